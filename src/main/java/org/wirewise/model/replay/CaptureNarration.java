package org.wirewise.model.replay;

import java.util.List;
import java.util.Locale;
import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;

/**
 * Every sentence a replayed capture's steps show, in one language ({@code capture.properties} and
 * its translations). Each step says it was inferred from the capture: the capture shows what
 * crossed one point of the network, and why an endpoint sent it is Wireshark's reading of the
 * numbers, not something the capture proves. Packet labels are not here: they stay as Wireshark's
 * Info column writes them ("[TCP Retransmission]"), the words a reader looks for in Wireshark.
 */
public final class CaptureNarration {

    private static final String TEXTS = "org.wirewise.model.replay.capture";

    private final Texts texts;
    private final Units units;

    /** A step's words. */
    record Told(String title, String text, List<String> references) {
    }

    public CaptureNarration(Locale language) {
        this.texts = Texts.of(TEXTS, language);
        this.units = new Units(texts.language());
    }

    /** Ends every narration, so a replay is never mistaken for a simulation. */
    String inferred() {
        return texts.get("inferred");
    }

    /** A text of the bundle with its arguments: a lane's title, a variable's name. */
    String text(String key, Object... args) {
        return texts.get(key, args);
    }

    Told overview(Conversation c, int steps, String captureSide) {
        return new Told(texts.get("overview.title", c.protocolName(), c.a().toString(), c.b().toString()),
                texts.get("overview.text", count(c.framesTotal()), count(c.bytesTotal()), seconds(c.durationNanos()),
                        count(steps), captureSide, inferred()), List.of("RFC 9293 §3.1"));
    }

    /** What the bytes-in-flight graph shows, and where it parts from Wireshark's figure. */
    public String inFlightExplained() {
        return texts.get("inFlight", inferred());
    }

    /** What the throughput graph shows. */
    public String throughputExplained(long intervalNanos) {
        return texts.get("throughput", interval(intervalNanos), inferred());
    }

    /** What the round-trip graph shows. */
    public String rttExplained() {
        return texts.get("rtt", inferred());
    }

    String captureSide(String lane, boolean known) {
        return texts.get(known ? "side.known" : "side.unknown", lane);
    }

    Told syn(String who, long isn, int window, int mss, int scale) {
        return new Told(texts.get("syn.title", who), texts.get("syn.text", who, Long.toString(isn), count(window),
                mss > 0 ? texts.get("syn.mss", Integer.toString(mss)) : "",
                scale >= 0 ? texts.get("syn.scale", Integer.toString(scale)) : "", inferred()),
                List.of("RFC 9293 §3.5", "RFC 7323 §2.2"));
    }

    Told synAck(String who, long isn, int window) {
        return new Told(texts.get("synAck.title", who), texts.get("synAck.text", who, Long.toString(isn), count(window),
                inferred()), List.of("RFC 9293 §3.5"));
    }

    Told established(String who, long handshakeNanos) {
        return new Told(texts.get("established.title"), texts.get("established.text", who, millis(handshakeNanos),
                inferred()), List.of("RFC 9293 §3.5"));
    }

    String stateChange(String who, String from, String to) {
        return texts.get("stateChange", who, from, to);
    }

    Told stateStep(String who, String state) {
        return new Told(texts.get("stateStep.title", who, state), "", List.of("RFC 9293 §3.3.2"));
    }

    Told fin(String who, long relativeSeq) {
        return new Told(texts.get("fin.title", who), texts.get("fin.text", who, Long.toString(relativeSeq), inferred()),
                List.of("RFC 9293 §3.6"));
    }

    Told rst(String who) {
        return new Told(texts.get("rst.title", who), texts.get("rst.text", inferred()), List.of("RFC 9293 §3.5.2"));
    }

    Told retransmission(String who, TcpSegmentAnalysis a) {
        String seq = Long.toString(a.relativeSeq());
        if (a.has(TcpAnalysisFlag.FAST_RETRANSMISSION)) {
            return new Told(texts.get("fast.title", who), texts.get("fast.text", who, seq, inferred()),
                    List.of("RFC 5681 §3.2"));
        }
        if (a.has(TcpAnalysisFlag.SPURIOUS_RETRANSMISSION)) {
            return new Told(texts.get("spurious.title", who), texts.get("spurious.text", who, seq, inferred()),
                    List.of("RFC 6298 §5", "RFC 3522 §1"));
        }
        return new Told(texts.get("retransmission.title", who), texts.get("retransmission.text", seq, inferred()),
                List.of("RFC 6298 §5"));
    }

    Told outOfOrder(String who, long relativeSeq) {
        return new Told(texts.get("outOfOrder.title", who), texts.get("outOfOrder.text", Long.toString(relativeSeq),
                inferred()), List.of("RFC 9293 §3.10.7.4"));
    }

    Told duplicateAck(String who, int number, long relativeAck) {
        return new Told(texts.get("dupAck.title", Integer.toString(number), who), texts.get("dupAck.text", who,
                Long.toString(relativeAck), inferred()), List.of("RFC 5681 §2", "RFC 5681 §3.2"));
    }

    Told zeroWindow(String who) {
        return new Told(texts.get("zeroWindow.title", who), texts.get("zeroWindow.text", inferred()),
                List.of("RFC 9293 §3.8.6.1"));
    }

    Told windowFull(String who, long relativeSeq) {
        return new Told(texts.get("windowFull.title", who), texts.get("windowFull.text", Long.toString(relativeSeq), who,
                inferred()), List.of("RFC 9293 §3.8.6"));
    }

    Told keepAlive(String who) {
        return new Told(texts.get("keepAlive.title", who), texts.get("keepAlive.text", inferred()),
                List.of("RFC 9293 §3.8.4"));
    }

    Told notCaptured(String who) {
        return new Told(texts.get("gap.title"), texts.get("gap.text", who, inferred()), List.of("RFC 9293 §3.4"));
    }

    Told tls(String who, String messages) {
        return new Told(texts.get("tls.title", who, messages), texts.get("tls.text", who, messages, inferred()),
                List.of("RFC 8446 §4"));
    }

    Told dnsQuery(String who, String question) {
        return new Told(texts.get("dnsQuery.title", question), texts.get("dnsQuery.text", who, question, inferred()),
                List.of("RFC 1035 §4.1"));
    }

    Told dnsAnswer(String who, String answer) {
        return new Told(texts.get("dnsAnswer.title", answer), texts.get("dnsAnswer.text", who, answer, inferred()),
                List.of("RFC 1035 §4.1"));
    }

    Told http(String who, String startLine) {
        return new Told(texts.get("http.title", startLine), texts.get("http.text", who, startLine, inferred()),
                List.of("RFC 9112 §3", "RFC 9112 §4"));
    }

    Told idle(long gapNanos) {
        return new Told(texts.get("idle.title", seconds(gapNanos)), texts.get("idle.text", seconds(gapNanos), inferred()),
                List.of());
    }

    Told end(Conversation c) {
        return new Told(texts.get("end.title"), texts.get("end.text", seconds(c.durationNanos()), inferred()), List.of());
    }

    String millis(long nanos) {
        return units.fixed(nanos / 1e6, 3) + " ms";
    }

    /** "100 ms", "1 s", "250 µs": an interval as a person would say it. */
    public static String interval(long nanos) {
        if (nanos % 1_000_000_000L == 0) {
            return nanos / 1_000_000_000L + " s";
        }
        if (nanos % 1_000_000L == 0) {
            return nanos / 1_000_000L + " ms";
        }
        return String.format(Locale.ROOT, "%.0f µs", nanos / 1e3);
    }

    String seconds(long nanos) {
        return units.fixed(nanos / 1e9, 3) + " s";
    }

    /** A count (frames, bytes, a window): as English printed it, grouped from five digits in Spanish. */
    private String count(long n) {
        return texts.language().equals(Locale.ENGLISH) ? Long.toString(n) : units.grouped(n);
    }
}
