package org.wirewise.model.replay;

import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.trace.TraceBuilder;

/**
 * The steps of a replayed conversation: an overview, then one step for each frame where
 * something happens (handshake, state changes, FIN, RST, retransmissions, duplicate ACKs, zero
 * windows, TLS handshake records, DNS queries and answers, HTTP start lines, and a long idle gap
 * before a frame), then the end. Frames where nothing notable happens are drawn but get no step.
 */
final class CaptureSteps {

    /** A silence longer than this before a frame gets its own mention. */
    static final long IDLE_GAP_NANOS = 1_000_000_000L;

    private final OpenedCapture capture;
    private final Conversation conversation;
    private final List<TcpSegmentAnalysis> analysis;
    private final Roles roles;
    private final List<Long> captured;
    private final CaptureNarration n;
    private boolean handshakeTold;

    CaptureSteps(OpenedCapture capture, Conversation conversation, List<TcpSegmentAnalysis> analysis, Roles roles,
                 List<Long> captured, CaptureNarration n) {
        this.n = n;
        this.capture = capture;
        this.conversation = conversation;
        this.analysis = analysis;
        this.roles = roles;
        this.captured = captured;
    }

    private record Pending(long time, CaptureNarration.Told told, int packet, String stateA, String stateB,
                           int framesA, int framesB) {
    }

    void addTo(TraceBuilder trace) {
        List<Pending> steps = new ArrayList<>();
        TcpStates states = new TcpStates();
        boolean tcp = conversation.protocol() == Frame.TCP;
        String none = "—";
        int framesA = 0;
        int framesB = 0;
        int tcpIndex = 0;
        long previous = conversation.firstNanos();
        for (int i = 0; i < conversation.frames().size(); i++) {
            Frame f = conversation.frames().get(i);
            boolean fromA = conversation.fromA(f);
            framesA += fromA ? 1 : 0;
            framesB += fromA ? 0 : 1;
            List<CaptureNarration.Told> told = new ArrayList<>();
            if (f.nanos() - previous > IDLE_GAP_NANOS) {
                told.add(n.idle(f.nanos() - previous));
            }
            previous = Math.max(previous, f.nanos());
            String stateChanges = "";
            String stateA = states.state(true);
            if (f.isTcp()) {
                TcpSegmentAnalysis a = analysis.get(tcpIndex++);
                stateA = states.state(true);
                String beforeB = states.state(false);
                states.segment(fromA, f.tcp(), f.payloadLength());
                tcpEvents(a, fromA, states, told);
                stateChanges = change(true, stateA, states.state(true)) + change(false, beforeB, states.state(false));
            }
            PayloadSummary.Summary payload = PayloadSummary.of(f,
                    capture.capture().data(f.number() - 1), n);
            if (payload != null) {
                told.add(payloadStep(payload, roles.who(fromA, n)));
            }
            if (told.isEmpty() && !stateChanges.isEmpty()) {
                boolean aMoved = !change(true, stateA, states.state(true)).isEmpty();
                told.add(n.stateStep(roles.who(aMoved, n), states.state(aMoved)));
            }
            if (!told.isEmpty()) {
                steps.add(new Pending(captured.get(i), merge(told, stateChanges), i,
                        tcp ? states.state(true) : none, tcp ? states.state(false) : none, framesA, framesB));
            }
        }
        long end = captured.isEmpty() ? 0 : captured.get(captured.size() - 1);
        String side = n.captureSide(roles.who(roles.capturedAtA(), n), roles.handshake());
        CaptureNarration.Told overview = n.overview(conversation, steps.size() + 2, side);
        String startState = tcp ? TcpStates.UNKNOWN : none;
        trace.step(0, overview.title(), overview.text(), overview.references(), -1,
                CaptureTrace.snapshot(startState, startState, 0, 0, n));
        long last = 0;
        for (Pending p : steps) {
            last = Math.max(last, p.time());
            trace.step(last, p.told().title(), p.told().text(), p.told().references(), p.packet(),
                    CaptureTrace.snapshot(p.stateA(), p.stateB(), p.framesA(), p.framesB(), n));
        }
        CaptureNarration.Told done = n.end(conversation);
        trace.step(Math.max(last, end), done.title(), done.text(), done.references(), -1,
                CaptureTrace.snapshot(tcp ? states.state(true) : none, tcp ? states.state(false) : none,
                        framesA, framesB, n));
    }

    private void tcpEvents(TcpSegmentAnalysis a, boolean fromA, TcpStates states, List<CaptureNarration.Told> told) {
        TcpHeader h = a.frame().tcp();
        String who = roles.who(fromA, n);
        if (h.has(TcpHeader.RST)) {
            told.add(n.rst(who));
        } else if (h.has(TcpHeader.SYN) && !a.isRetransmission() && !a.has(TcpAnalysisFlag.OUT_OF_ORDER)) {
            told.add(h.has(TcpHeader.ACK) ? n.synAck(who, h.seq(), h.window())
                    : n.syn(who, h.seq(), h.window(), h.mss(), h.windowScale()));
        } else if (roles.handshake() && !h.has(TcpHeader.SYN) && states.state(true).equals("ESTABLISHED")
                && states.state(false).equals("ESTABLISHED") && !handshakeTold) {
            handshakeTold = true;
            told.add(n.established(who, roles.initialRttNanos()));
        }
        if (h.has(TcpHeader.FIN) && !a.isRetransmission()) {
            told.add(n.fin(who, a.relativeSeq()));
        }
        if (a.isRetransmission()) {
            told.add(n.retransmission(who, a));
        } else if (a.has(TcpAnalysisFlag.OUT_OF_ORDER)) {
            told.add(n.outOfOrder(who, a.relativeSeq()));
        }
        if (a.has(TcpAnalysisFlag.DUPLICATE_ACK)) {
            told.add(n.duplicateAck(who, a.duplicateAckNumber(), a.relativeAck()));
        }
        if (a.has(TcpAnalysisFlag.ZERO_WINDOW)) {
            told.add(n.zeroWindow(who));
        }
        if (a.has(TcpAnalysisFlag.WINDOW_FULL)) {
            told.add(n.windowFull(who, a.relativeNextSeq()));
        }
        if (a.has(TcpAnalysisFlag.KEEP_ALIVE)) {
            told.add(n.keepAlive(who));
        }
        if (a.has(TcpAnalysisFlag.LOST_SEGMENT) || a.has(TcpAnalysisFlag.ACKED_UNSEEN_SEGMENT)) {
            told.add(n.notCaptured(who));
        }
    }

    private CaptureNarration.Told payloadStep(PayloadSummary.Summary p, String who) {
        return switch (p.kind()) {
            case TLS_HANDSHAKE -> n.tls(who, p.text());
            case DNS_QUERY -> n.dnsQuery(who, p.text());
            case DNS_ANSWER -> n.dnsAnswer(who, p.text());
            case HTTP -> n.http(who, p.text());
        };
    }

    private String change(boolean ofA, String before, String after) {
        if (before.equals(after) || before.equals(TcpStates.UNKNOWN)) {
            return "";
        }
        return " " + n.stateChange(roles.who(ofA, n), before, after);
    }

    /** One step from several events on one frame: the first one's title, every text, every reference. */
    private CaptureNarration.Told merge(List<CaptureNarration.Told> told, String stateChanges) {
        StringBuilder text = new StringBuilder();
        List<String> references = new ArrayList<>();
        for (CaptureNarration.Told t : told) {
            String sentence = t.text().replace(n.inferred(), "").trim();
            if (!sentence.isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(sentence);
            }
            t.references().stream().filter(r -> !references.contains(r)).forEach(references::add);
        }
        text.append(stateChanges).append(text.isEmpty() && stateChanges.isEmpty() ? "" : " ")
                .append(n.inferred());
        return new CaptureNarration.Told(told.get(0).title(), text.toString().trim(), references);
    }
}
