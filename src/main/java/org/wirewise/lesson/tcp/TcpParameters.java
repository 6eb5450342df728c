package org.wirewise.lesson.tcp;

import org.wirewise.scenario.ParameterSpec;

/** Parameters the TCP lessons share, spelled and explained the same way everywhere. */
public final class TcpParameters {

    private TcpParameters() {
    }

    static ParameterSpec rtt() {
        return ParameterSpec.decimal("rttMs", "Round-trip time", "ms", 0.1, 10_000,
                "Round-trip propagation delay between client and server: about 1 ms in a data centre, "
                        + "80 ms across a continent.");
    }

    static ParameterSpec bandwidth() {
        return ParameterSpec.decimal("bandwidthMbps", "Bandwidth", "Mb/s", 0.01, 100_000,
                "Link rate; it sets how long each frame takes to serialise onto the wire.");
    }

    static ParameterSpec seed() {
        return ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                "Seeds the initial sequence numbers, the client's ephemeral port and the timestamp clocks. "
                        + "The same seed always gives the same trace.");
    }

    /** The packets to lose; the TCP view edits it when the learner loses a packet from the diagram. */
    public static ParameterSpec drop() {
        return ParameterSpec.text("drop", "Lose packets", 200,
                "Packet numbers to lose in transit, as the diagram numbers them (#3), separated by commas: "
                        + "\"3\" or \"3,7\". Right-click (or Shift-click) a packet in the diagram to lose it.");
    }
}
