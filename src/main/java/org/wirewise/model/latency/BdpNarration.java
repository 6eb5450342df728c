package org.wirewise.model.latency;

import static org.wirewise.model.latency.ComponentsNarration.rate;
import static org.wirewise.model.latency.ComponentsNarration.t;
import static org.wirewise.model.latency.ThroughputNarration.mbps;

import java.util.Locale;

/** Every sentence the bdp lesson shows; the numbers come from the runs and from {@link Bdp}. */
final class BdpNarration {

    private BdpNarration() {
    }

    static String bytes(double b) {
        return Bdp.formatBytes(b);
    }

    static String product(double issueBdp, long bps, long rtt, double bdp) {
        return "The bandwidth-delay product is how much data is in flight on a full path: bandwidth × round-trip "
                + "time. A worked example: 1 Gb/s × 100 ms = " + bytes(issueBdp) + ". This path, " + rate(bps)
                + " with a " + t(rtt) + " round trip, holds " + bytes(bdp) + ". To keep it busy a sender must have "
                + "that much sent and not yet acknowledged: its window must be at least one BDP.";
    }

    static String unscaled(double measured, double limit, int perRound) {
        return "Without window scaling the receive window field is 16 bits: at most " + Bdp.UNSCALED_WINDOW
                + " bytes (RFC 9293 §3.1; the flow-control lesson shows the window at work). The sender sends "
                + perRound + " segments, then waits a round trip for the ACKs before it may send more. Measured "
                + "throughput: " + mbps(measured) + ", against window ÷ RTT = " + mbps(limit) + ". The link "
                + "sits idle most of each round trip.";
    }

    static String scaled(int shift, long window, double measured, long bps) {
        return "With window scaling (RFC 7323 §2) the client offers a shift of " + shift + ", so its window of "
                + bytes(window) + " fits. Now slow start grows the congestion window round by round until the pipe "
                + "is full; the flow's throughput over the download: " + mbps(measured) + " on a " + rate(bps)
                + " link. The congestion window (the congestion lesson) is then the limit, not the receiver's.";
    }

    static String fills(java.util.List<Integer> rounds, double bdpSegments) {
        return "The pipe fills: segments per round trip with scaling " + rounds.toString().replaceAll("[\\[\\]]", "")
                + ", until about " + String.format(Locale.ROOT, "%.0f", bdpSegments) + " full segments (one BDP) "
                + "are in flight and the ACKs return as fast as data leaves. Without scaling the window stops at 64 "
                + "KiB long before that.";
    }

    static String summary(double unscaled, double scaled, double ratio) {
        return "The same path, the same TCP, two window limits: " + mbps(unscaled) + " without scaling, "
                + mbps(scaled) + " with it, " + String.format(Locale.ROOT, "%.1f", ratio) + " times as much. A single "
                + "flow's throughput is at most window ÷ RTT, where the window is the smaller of the receiver's "
                + "and the congestion window: on long fat networks both must reach a BDP. That is why window "
                + "scaling is on by default and why buffer sizes matter.";
    }
}
