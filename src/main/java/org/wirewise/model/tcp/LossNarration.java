package org.wirewise.model.tcp;

import org.wirewise.model.transport.SequenceNumbers;
import org.wirewise.model.transport.TcpEndpoint;
import org.wirewise.model.transport.TcpEvent;
import org.wirewise.model.transport.TcpState;
import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.packet.SackBlock;

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
                    String sack = sackBlocks(ep);
                    rig.sim.schedule(0, () -> rig.step("Duplicate ACK " + e.value() + " at the " + who,
                            "Another ACK for the same byte (" + relative(ep, e.seq()) + " relative), carrying no "
                                    + "data and the same window: the receiver got a segment beyond a hole and is "
                                    + "asking again for the missing one. " + (sack.isEmpty() ? ""
                                    : "Its SACK option says which bytes it already holds: " + sack + " (relative, "
                                    + "the most recent block first), so the " + who + " knows exactly which "
                                    + "segments are missing and will not resend the rest. ")
                                    + "One or two duplicates may just mean reordering; the third means loss.",
                            sack.isEmpty() ? List.of("RFC 5681 §2", "RFC 5681 §4.2")
                                    : List.of("RFC 5681 §2", "RFC 2018 §4", "RFC 6675 §5"), packet));
                }
            }
            case FAST_RETRANSMIT -> rig.sim.schedule(0, () -> rig.step("Third duplicate ACK: fast retransmit",
                    "Three duplicate ACKs: the " + who + " resends the missing segment (seq " + relative(ep, e.seq())
                            + ") now, without waiting for the retransmission timer, and sets ssthresh to half the "
                            + "data in flight: max(" + e.value() + " / 2, 2 × " + ep.sendMss() + ") = "
                            + ep.slowStartThreshold() + " bytes. " + (ep.sackNegotiated()
                            ? "With SACK it counts what is still in the network (pipe, RFC 6675) and lets cwnd "
                            + "fall toward ssthresh in step with the ACKs (PRR, RFC 6937, as Linux): cwnd = "
                            + ep.congestionWindow() + " bytes."
                            : "It enters fast recovery with cwnd = ssthresh + 3 segments = " + ep.congestionWindow()
                            + " bytes (RFC 6582)."),
                    ep.sackNegotiated() ? List.of("RFC 5681 §3.2", "RFC 6675 §5", "RFC 6937 §3")
                            : List.of("RFC 5681 §3.2", "RFC 6582 §3.2"), side.lastPacket()));
            case SACK_RETRANSMIT -> rig.sim.schedule(0, () -> rig.step("SACK shows another hole",
                    "SACKed data above seq " + relative(ep, e.seq()) + " (three segments, or more than two "
                            + "segments' bytes) means it is lost too (RFC 6675 IsLost), and the " + who + " resends "
                            + "it as soon as the window has room, in this same round trip: no waiting for a partial "
                            + "ACK as NewReno must.",
                    List.of("RFC 6675 §5", "RFC 2018 §4"), side.lastPacket()));
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

    /** "3001–6001, 8001–9001" relative to the endpoint's ISS, or "" when the ACK carried none. */
    private static String sackBlocks(TcpEndpoint ep) {
        List<String> blocks = new ArrayList<>();
        for (SackBlock b : ep.lastSackBlocks()) {
            blocks.add(relative(ep, b.left()) + "–" + relative(ep, b.right()));
        }
        return String.join(", ", blocks);
    }

    private static long relative(TcpEndpoint ep, long seq) {
        return SequenceNumbers.distance(ep.iss(), seq);
    }
}
