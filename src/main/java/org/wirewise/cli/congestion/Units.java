package org.wirewise.cli.congestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewise.cli.CliException;
import org.wirewise.scenario.Excerpt;

/**
 * Parses the command line's quantities: 100mbit, 50ms, 1bdp, 60s. A unit is required, and its
 * case counts where it changes the meaning: b is bits and B bytes (10Mbps is ten megabits per
 * second, 10MBps ten megabytes). Every refusal lists the forms accepted.
 */
public final class Units {

    private static final Pattern NUMBER_UNIT = Pattern.compile("([0-9]*\\.?[0-9]+(?:[eE][0-9]+)?)\\s*([A-Za-z%/µ]*)");
    private static final Pattern BITS = Pattern.compile("([kKmMgG]?)(bit|bps|b/s)");
    private static final Pattern BYTES = Pattern.compile("([kKmMgG]?)(Bps|B/s)");
    static final String RATES = "a rate from 1mbit to 10gbit with its unit: 100mbit or 100Mbps (megabits per "
            + "second), 12.5MBps (megabytes per second), 500kbit, 1gbit";
    static final String TIMES = "a time with its unit: 60s, 50ms, 200us or 1000ns";

    private Units() {
    }

    private static Matcher match(String option, String text, String expected) throws CliException {
        Matcher m = NUMBER_UNIT.matcher(text.strip());
        if (!m.matches()) {
            throw new CliException(option + ": expected " + expected + ", got " + Excerpt.quoted(text));
        }
        return m;
    }

    /** Bits per second from "100mbit", "10Gbps", "12.5MBps" (bytes), "500kbit". */
    public static double bandwidth(String text) throws CliException {
        Matcher m = match("--bandwidth", text, RATES);
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2);
        Matcher bits = BITS.matcher(unit);
        Matcher bytes = BYTES.matcher(unit);
        double bps;
        if (bits.matches()) {
            bps = v * prefix(bits.group(1));
        } else if (bytes.matches()) {
            bps = v * 8 * prefix(bytes.group(1));
        } else {
            throw new CliException("--bandwidth: expected " + RATES + ", got " + Excerpt.quoted(text)
                    + (unit.isEmpty() ? " (no unit)" : ""));
        }
        if (bps < 1e6 || bps > 10e9) {
            throw new CliException("--bandwidth: expected " + RATES + ", got " + Excerpt.quoted(text));
        }
        return bps;
    }

    private static double prefix(String p) {
        return switch (p.toLowerCase(Locale.ROOT)) {
            case "k" -> 1e3;
            case "m" -> 1e6;
            case "g" -> 1e9;
            default -> 1;
        };
    }

    /** Nanoseconds from "50ms", "1.5s", "200us"; a unit is required (a bare 0 is zero where zero is allowed). */
    public static long duration(String option, String text, boolean allowZero) throws CliException {
        Matcher m = match(option, text, TIMES);
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2);
        if (unit.isEmpty() && allowZero && v == 0) {
            return 0;
        }
        double ns = switch (unit) {
            case "s" -> v * 1e9;
            case "ms" -> v * 1e6;
            case "us", "µs" -> v * 1e3;
            case "ns" -> v;
            default -> throw new CliException(option + ": expected " + TIMES + ", got " + Excerpt.quoted(text)
                    + (unit.isEmpty() ? " (no unit)" : ""));
        };
        if (ns > 3600e9 || (!allowZero && ns < 1000)) {
            throw new CliException(option + ": expected " + (allowZero ? "" : "a positive ") + "time up to 1 hour ("
                    + TIMES + "), got " + Excerpt.quoted(text));
        }
        return Math.round(ns);
    }

    /** A list of times ("50ms,100ms"); an empty list or an empty item is refused. */
    static long[] durations(String option, List<String> texts) throws CliException {
        if (texts.isEmpty()) {
            throw new CliException(option + ": expected one or more times separated by commas, e.g. 50ms or "
                    + "20ms,80ms (" + TIMES + ")");
        }
        long[] ns = new long[texts.size()];
        for (int i = 0; i < ns.length; i++) {
            ns[i] = duration(option, texts.get(i), false);
        }
        return ns;
    }

    /** A probability from "0", "0.01" or "1%". */
    static double probability(String text) throws CliException {
        String expected = "a loss probability from 0 to below 1, such as 0, 0.01 or 1%";
        Matcher m = match("--loss", text, expected);
        double v = Double.parseDouble(m.group(1));
        if (m.group(2).equals("%")) {
            v /= 100;
        } else if (!m.group(2).isEmpty()) {
            throw new CliException("--loss: expected " + expected + ", got " + Excerpt.quoted(text));
        }
        if (v >= 1) {
            throw new CliException("--loss: expected " + expected + ", got " + Excerpt.quoted(text));
        }
        return v;
    }

    /** Packets from "100" / "100p" or, with a BDP in packets, "1bdp" / "0.25bdp". */
    static int buffer(String text, int bdpPackets) throws CliException {
        String expected = "packets such as 100 or a multiple of the BDP such as 1bdp";
        Matcher m = match("--buffer", text, expected);
        double v = Double.parseDouble(m.group(1));
        double packets = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "", "p", "pkt", "packets" -> v;
            case "bdp" -> v * bdpPackets;
            default -> throw new CliException("--buffer: expected " + expected + ", got " + Excerpt.quoted(text));
        };
        if (packets < 1 || packets > 10_000_000) {
            throw new CliException("--buffer: expected 1 to 10000000 packets, got " + Excerpt.quoted(text) + " ("
                    + Math.round(packets) + " packets)");
        }
        return (int) Math.round(packets);
    }

    /**
     * Segment numbers from "31,33,35" (each may be written #31), each from 1 to {@code max}, the
     * most segments the first flow could send in the run; "" is none.
     */
    static List<Long> drops(String text, long max) throws CliException {
        String expected = "segment numbers from 1 to " + max + " separated by commas, e.g. 31,33,35";
        List<Long> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        for (String part : text.split(",", -1)) {
            String t = part.strip();
            if (t.isEmpty()) {
                throw new CliException("--drop: an empty item in " + Excerpt.quoted(text) + "; expected " + expected);
            }
            long n;
            try {
                n = Long.parseLong(t.startsWith("#") ? t.substring(1) : t);
            } catch (NumberFormatException e) {
                throw new CliException("--drop: " + Excerpt.quoted(t) + " is not a segment number; expected " + expected);
            }
            if (n < 1) {
                throw new CliException("--drop: segment numbers start at 1, got " + n + "; expected " + expected);
            }
            if (n > max) {
                throw new CliException("--drop: segment " + n + " is beyond what the first flow can send in this run; "
                        + "expected " + expected);
            }
            out.add(n);
        }
        return out;
    }
}
