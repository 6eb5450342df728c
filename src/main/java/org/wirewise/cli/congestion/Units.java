package org.wirewise.cli.congestion;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewise.cli.CliException;

/** Parses the command line's quantities: 100mbit, 50ms, 1bdp, 60s. */
final class Units {

    private static final Pattern NUMBER_UNIT = Pattern.compile("([0-9]*\\.?[0-9]+(?:e[0-9]+)?)\\s*([a-z%/]*)");

    private Units() {
    }

    private static Matcher match(String option, String text, String expected) throws CliException {
        Matcher m = NUMBER_UNIT.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new CliException(option + ": expected " + expected + ", got \"" + text + "\"");
        }
        return m;
    }

    /** Bits per second from "100mbit", "10gbit", "1.5mbps" (megabits), "500kbit" or a plain number of bits/s. */
    static double bandwidth(String text) throws CliException {
        String expected = "a rate from 1mbit to 10gbit such as 100mbit";
        Matcher m = match("--bandwidth", text, expected);
        double v = Double.parseDouble(m.group(1));
        double bps = switch (m.group(2)) {
            case "", "bit", "bps" -> v;
            case "kbit", "kbps", "k" -> v * 1e3;
            case "mbit", "mbps", "m" -> v * 1e6;
            case "gbit", "gbps", "g" -> v * 1e9;
            default -> throw new CliException("--bandwidth: expected " + expected + ", got \"" + text + "\"");
        };
        if (bps < 1e6 || bps > 10e9) {
            throw new CliException("--bandwidth: expected " + expected + ", got \"" + text + "\"");
        }
        return bps;
    }

    /** Nanoseconds from "50ms", "1.5s", "200us". */
    static long duration(String option, String text, boolean allowZero) throws CliException {
        String expected = "a time such as 50ms or 2s";
        Matcher m = match(option, text, expected);
        double v = Double.parseDouble(m.group(1));
        double ns = switch (m.group(2)) {
            case "s", "" -> v * 1e9;
            case "ms" -> v * 1e6;
            case "us" -> v * 1e3;
            case "ns" -> v;
            default -> throw new CliException(option + ": expected " + expected + ", got \"" + text + "\"");
        };
        if (ns > 3600e9 || (!allowZero && ns < 1000)) {
            throw new CliException(option + ": expected " + (allowZero ? "" : "a positive ") + "time up to 1 hour, got \""
                    + text + "\"");
        }
        return Math.round(ns);
    }

    /** A probability from "0", "0.01" or "1%". */
    static double probability(String text) throws CliException {
        Matcher m = match("--loss", text, "a loss probability such as 0.01 or 1%");
        double v = Double.parseDouble(m.group(1));
        if (m.group(2).equals("%")) {
            v /= 100;
        } else if (!m.group(2).isEmpty()) {
            throw new CliException("--loss: expected a loss probability such as 0.01 or 1%, got \"" + text + "\"");
        }
        if (v >= 1) {
            throw new CliException("--loss: expected a probability from 0 to below 1, got \"" + text + "\"");
        }
        return v;
    }

    /** Packets from "100" / "100p" or, with a BDP in packets, "1bdp" / "0.25bdp". */
    static int buffer(String text, int bdpPackets) throws CliException {
        String expected = "packets such as 100 or a multiple of the BDP such as 1bdp";
        Matcher m = match("--buffer", text, expected);
        double v = Double.parseDouble(m.group(1));
        double packets = switch (m.group(2)) {
            case "", "p", "pkt", "packets" -> v;
            case "bdp" -> v * bdpPackets;
            default -> throw new CliException("--buffer: expected " + expected + ", got \"" + text + "\"");
        };
        if (packets < 1 || packets > 10_000_000) {
            throw new CliException("--buffer: expected 1 to 10000000 packets, got \"" + text + "\" (" + Math.round(packets)
                    + " packets)");
        }
        return (int) Math.round(packets);
    }
}
