package org.wirewise.model.congestion;

import java.util.List;

/** The congestion controls by name, as the command line and the lesson spell them. */
public final class Algorithms {

    public static final List<String> NAMES = List.of("tahoe", "reno", "newreno", "cubic", "bbr");

    private Algorithms() {
    }

    /** A fresh instance; {@code randomBits} seeds BBR's first ProbeBW phase. */
    public static CongestionControl create(String name, long randomBits) {
        return switch (name) {
            case "tahoe" -> Reno.tahoe();
            case "reno" -> Reno.reno();
            case "newreno" -> Reno.newReno();
            case "cubic" -> new Cubic();
            case "bbr" -> new Bbr(randomBits);
            default -> throw new IllegalArgumentException("unknown algorithm \"" + name + "\"; expected one of "
                    + String.join(", ", NAMES));
        };
    }
}
