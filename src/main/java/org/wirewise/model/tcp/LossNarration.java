package org.wirewise.model.tcp;

import org.wirewise.model.transport.SequenceNumbers;
import org.wirewise.model.transport.TcpEndpoint;
import org.wirewise.model.transport.TcpEvent;
import org.wirewise.model.transport.TcpState;
import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.packet.SackBlock;
import org.wirewise.model.text.Texts;

/**
 * Steps for what an endpoint does about loss on its own: timer expiries, duplicate ACKs, fast
 * retransmits, zero-window probes, giving up. Shared by the TCP lessons. Each step is recorded
 * just after the event, once the segment it concerns has been sent.
 */
final class LossNarration {

    private final TcpRig rig;
    private final Texts texts;
    private final TcpUnits units;

    LossNarration(TcpRig rig) {
        this.rig = rig;
        this.texts = rig.texts();
        this.units = new TcpUnits(texts.language());
    }

    void onEvent(TcpRig.Side side, TcpEvent e) {
        String who = rig.who(side);
        TcpEndpoint ep = side.endpoint;
        switch (e.kind()) {
            case TIMEOUT -> {
                boolean syn = ep.state() == TcpState.SYN_SENT || ep.state() == TcpState.SYN_RECEIVED;
                String what = syn ? texts.get("loss.timeout.syn")
                        : texts.get("loss.timeout.segment", relative(ep, e.seq()));
                rig.sim.schedule(0, () -> rig.step(texts.get("loss.timeout.title", who),
                        texts.get("loss.timeout", who, what, units.seconds(e.value()),
                                texts.get(syn ? "loss.timeout.synRetries" : "loss.timeout.dataRetries")),
                        List.of("RFC 6298 §5.4–5.6", "RFC 6298 §3", "RFC 5681 §3.1"), side.lastPacket()));
            }
            case DUPLICATE_ACK -> {
                if (e.value() <= 3) {
                    int packet = rig.arriving();
                    String sack = sackBlocks(ep);
                    rig.sim.schedule(0, () -> rig.step(texts.get("loss.dupAck.title", Long.toString(e.value()), who),
                            texts.get("loss.dupAck", relative(ep, e.seq()),
                                    sack.isEmpty() ? "" : texts.get("loss.dupAck.sack", sack, who)),
                            sack.isEmpty() ? List.of("RFC 5681 §2", "RFC 5681 §4.2")
                                    : List.of("RFC 5681 §2", "RFC 2018 §4", "RFC 6675 §5"), packet));
                }
            }
            case FAST_RETRANSMIT -> rig.sim.schedule(0, () -> rig.step(texts.get("loss.fast.title"),
                    texts.get("loss.fast", who, relative(ep, e.seq()), Long.toString(e.value()),
                            Integer.toString(ep.sendMss()), Long.toString(ep.slowStartThreshold()),
                            texts.get(ep.sackNegotiated() ? "loss.fast.sack" : "loss.fast.newReno",
                                    Long.toString(ep.congestionWindow()))),
                    ep.sackNegotiated() ? List.of("RFC 5681 §3.2", "RFC 6675 §5", "RFC 6937 §3")
                            : List.of("RFC 5681 §3.2", "RFC 6582 §3.2"), side.lastPacket()));
            case SACK_RETRANSMIT -> rig.sim.schedule(0, () -> rig.step(texts.get("loss.sack.title"),
                    texts.get("loss.sack", relative(ep, e.seq()), who),
                    List.of("RFC 6675 §5", "RFC 2018 §4"), side.lastPacket()));
            case PARTIAL_ACK_RETRANSMIT -> rig.sim.schedule(0, () -> rig.step(texts.get("loss.partial.title"),
                    texts.get("loss.partial", who), List.of("RFC 6582 §3.2"), side.lastPacket()));
            case ZERO_WINDOW_PROBE -> rig.sim.schedule(0, () -> rig.step(texts.get("loss.probe.title", who),
                    texts.get("loss.probe", who, units.seconds(e.value())),
                    List.of("RFC 9293 §3.8.6.1"), side.lastPacket()));
            case GAVE_UP -> rig.sim.schedule(0, () -> rig.step(texts.get("loss.gaveUp.title", who),
                    texts.get("loss.gaveUp"), List.of("RFC 9293 §3.8.3"), -1));
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

    /** A relative sequence number: never grouped, in any language. */
    private static String relative(TcpEndpoint ep, long seq) {
        return Long.toString(SequenceNumbers.distance(ep.iss(), seq));
    }
}
