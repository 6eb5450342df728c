package org.wirewise.model.latency;

import java.util.List;
import java.util.Locale;

/** Every sentence the bandwidth-throughput lesson shows; the numbers come from the run. */
final class ThroughputNarration {

    private static final LatencyUnits ENGLISH = new LatencyUnits(Locale.ENGLISH);

    private ThroughputNarration() {
    }

    static String t(long nanos) {
        return ENGLISH.t(nanos);
    }

    static String rate(long bps) {
        return ENGLISH.rate(bps);
    }

    static String percent(double fraction) {
        return ENGLISH.percent(fraction);
    }

    static String mbps(double bps) {
        return Bdp.formatRate(bps);
    }

    static String example(long atFull, long atEffective, long withLatency, ThroughputScenario s, long bps) {
        return "Bandwidth is what a link can carry; throughput is what a transfer achieves; latency is how long "
                + "each bit takes to arrive. A worked example: 100 MB over a 1 Gb/s link would take "
                + t(atFull) + " at the full rate; at a more realistic 800 Mb/s effective it takes " + t(atEffective)
                + ", and with 50 ms of latency on top " + t(withLatency) + ". Here one TCP download of "
                + s.transferKB() + " kB runs over a " + rate(bps) + " link with a " + t(Math.round(s.rttMs() * 1e6))
                + " round trip, and each reason throughput falls short of bandwidth is measured on it.";
    }

    static String handshake(long firstData, long rtt) {
        return "Before a byte of data, TCP's handshake costs a round trip: the client's SYN, the server's "
                + "SYN-ACK (RFC 9293 §3.5); then the client's ACK (where an HTTP client would put its request) "
                + "takes half a round trip more to reach the server. The server's first data segment leaves at "
                + t(firstData) + ", " + String.format(Locale.ROOT, "%.1f", (double) firstData / rtt)
                + " round trips after the SYN; until then the link carries three small segments.";
    }

    static String firstFlight(int segments, long rtt) {
        return "The server may send only its initial congestion window: " + segments + " segments (RFC 6928 allows "
                + "ten). Then it must wait for ACKs, which take a round trip (" + t(rtt) + ") to come back. On a "
                + "fast link those segments leave in a moment and the wire stands idle for most of the round trip.";
    }

    static String headers(int payload, int wire) {
        return "Every full segment carries " + payload + " bytes of data in a frame that costs " + wire
                + " bytes on the wire: 20 bytes of IP header, 32 of TCP header with timestamps (RFC 7323), 14 of "
                + "Ethernet header and 24 of checksum, preamble and gap. At best " + percent((double) payload / wire)
                + " of the bandwidth carries data.";
    }

    static String acks(int frames, long bytes, int dataFrames, double returnShare) {
        return "The client answers with " + frames + " frames (" + String.format(Locale.ROOT, "%,d", bytes)
                + " bytes on the wire, " + String.format(Locale.ROOT, "%.1f %%", returnShare * 100) + " of the return "
                + "path's capacity) for " + dataFrames + " data frames: the handshake, the FIN and an ACK for each "
                + "data segment, as Linux does in its quick-ACK mode early in a connection (delayed ACKs, RFC 9293 "
                + "§3.8.6.3, would send about half as many). The ACKs cost little bandwidth, but the sender's pace "
                + "follows their arrival: no ACK, no more data.";
    }

    static String rounds(List<Integer> rounds, long bdpBytes) {
        return "Slow start grows the window by one segment per segment acknowledged, so each round trip carries "
                + "about twice the last (RFC 5681 §3.1): " + rounds.toString().replaceAll("[\\[\\]]", "")
                + " segments per round here. Filling this "
                + "link takes a window of one bandwidth-delay product, " + String.format(Locale.ROOT, "%,d", bdpBytes)
                + " bytes; a short transfer can finish before it gets there, and then its throughput is set by "
                + "round trips, not bandwidth.";
    }

    static String loss(int lost, long retransmitted, double lossPercent) {
        if (lost == 0) {
            return "No frame was lost in this run" + (lossPercent > 0 ? " (at " + lossPercent + " % that can "
                    + "happen by luck)" : "") + ". With loss, the lost data is sent again (costing bandwidth and at "
                    + "least a round trip) and the congestion window is halved (RFC 5681 §3.2): set the loss "
                    + "parameter to 1 % to see it.";
        }
        return lost + " frame" + (lost == 1 ? " was" : "s were") + " lost. " + String.format(Locale.ROOT, "%,d",
                retransmitted) + " bytes were sent again, and each loss halved the congestion window (RFC 5681 "
                + "§3.2): the transfer pays in retransmitted bytes and, more, in the round trips spent recovering "
                + "and growing the window back.";
    }

    static String summary(TransferAccount a, long bps, long ideal) {
        return "The download took " + t(a.duration()) + " where size ÷ bandwidth alone would be " + t(ideal)
                + ": a throughput of " + mbps(a.throughputBps()) + " on a " + rate(bps) + " link, "
                + percent(a.throughputBps() / bps) + " of it. The bar shows where the link's capacity went over "
                + "that time: payload, headers, retransmissions, and idle time waiting for the handshake, ACKs and "
                + "the window. Longer transfers spend more of their time at full speed; large round trips make "
                + "every wait longer.";
    }
}
