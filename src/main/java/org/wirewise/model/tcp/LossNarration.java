package org.wirewise.model.tcp;

import java.util.List;

/**
 * Steps for what an endpoint does about loss on its own: timer expiries, duplicate ACKs, fast
 * retransmits, zero-window probes, giving up. Shared by the TCP lessons. Each step is recorded
 * just after the event, once the segment it concerns has been sent.
 */
final class LossNarration {

    private final TcpRig rig;

    LossNarration(TcpRig rig) {
        this.rig = rig;
    }

    void onEvent(TcpRig.Side side, TcpEvent e) {
        String who = side.lane();
        TcpEndpoint ep = side.endpoint;
        switch (e.kind()) {
            case TIMEOUT -> {
                boolean syn = ep.state() == TcpState.SYN_SENT || ep.state() == TcpState.SYN_RECEIVED;
                String what = syn ? "its SYN"
                        : "its earliest unacknowledged segment (seq " + relative(ep, e.seq()) + ")";
                rig.sim.schedule(0, () -> rig.step("The " + who + "'s retransmission timer expires",
                        "No acknowledgment came back before the RTO ran out, so the " + who + " resends " + what
                                + ", doubles the timeout to " + TcpRig.seconds(e.value()) + " (exponential back-off) "
                                + "and restarts the timer. By Karn's rule the ACK of a retransmitted segment gives no "
                                + "RTT sample: it could answer either copy."
                                + (syn ? " A lost SYN is retried after 1, 2, 4, 8… seconds; Linux gives up after 6 "
                                + "retries, 127 s after connect()." : " After a timeout the congestion window "
                                + "drops to one segment."),
                        List.of("RFC 6298 §5.4–5.6", "RFC 6298 §3", "RFC 5681 §3.1"), side.lastPacket()));
            }
            case DUPLICATE_ACK -> {
                if (e.value() <= 3) {
                    int packet = rig.arriving();
                    rig.sim.schedule(0, () -> rig.step("Duplicate ACK " + e.value() + " at the " + who,
                            "Another ACK for the same byte (" + relative(ep, e.seq()) + " relative), carrying no "
                                    + "data and the same window: the receiver got a segment beyond a hole and is "
                                    + "asking again for the missing one. One or two duplicates may just mean "
                                    + "reordering; the third means loss.", List.of("RFC 5681 §2", "RFC 5681 §4.2"),
                            packet));
                }
            }
            case FAST_RETRANSMIT -> rig.sim.schedule(0, () -> rig.step("Third duplicate ACK: fast retransmit",
                    "Three duplicate ACKs: the " + who + " resends the missing segment (seq " + relative(ep, e.seq())
                            + ") now, without waiting for the retransmission timer, sets ssthresh to half the data "
                            + "in flight and enters fast recovery (cwnd = ssthresh + 3 segments = "
                            + ep.congestionWindow() + " bytes).",
                    List.of("RFC 5681 §3.2", "RFC 6582 §3.2"), side.lastPacket()));
            case PARTIAL_ACK_RETRANSMIT -> rig.sim.schedule(0, () -> rig.step("A partial ACK: the next hole",
                    "The ACK covers the retransmitted segment but not everything sent before recovery began, so "
                            + "the next segment was lost too; the " + who + " resends it at once (NewReno).",
                    List.of("RFC 6582 §3.2"), side.lastPacket()));
            case ZERO_WINDOW_PROBE -> rig.sim.schedule(0, () -> rig.step("The " + who + " probes the zero window",
                    "The receiver's window is zero, and the ACK that reopens it could be lost, so the " + who
                            + " asks with a probe when its persist timer expires (here after "
                            + TcpRig.seconds(e.value()) + ", doubling each time). Linux sends a segment whose "
                            + "sequence number is one below SND.UNA (tcp_xmit_probe_skb); the receiver must answer "
                            + "with an ACK carrying its current window. RFC 9293 describes probing with one byte.",
                    List.of("RFC 9293 §3.8.6.1"), side.lastPacket()));
            case GAVE_UP -> rig.sim.schedule(0, () -> rig.step("The " + who + " gives up",
                    "The retry limit is reached (Linux: 6 SYN retries, tcp_syn_retries; 15 data retries, "
                            + "tcp_retries2), so the connection is aborted: the application's call fails with "
                            + "ETIMEDOUT (\"Connection timed out\").", List.of("RFC 9293 §3.8.3"), -1));
            default -> { }
        }
    }

    private static long relative(TcpEndpoint ep, long seq) {
        return SequenceNumbers.distance(ep.iss(), seq);
    }
}
