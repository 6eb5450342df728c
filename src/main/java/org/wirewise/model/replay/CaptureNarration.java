package org.wirewise.model.replay;

import java.util.List;
import java.util.Locale;

/**
 * Every sentence a replayed capture's steps show. Each step says it was inferred from the
 * capture: the capture shows what crossed one point of the network, and why an endpoint sent it
 * is Wireshark's reading of the numbers, not something the capture proves.
 */
public final class CaptureNarration {

    /** Ends every narration, so a replay is never mistaken for a simulation. */
    static final String INFERRED = "Inferred from the capture.";

    /** A step's words. */
    record Told(String title, String text, List<String> references) {
    }

    private CaptureNarration() {
    }

    static Told overview(Conversation c, int steps, String captureSide) {
        return new Told(c.protocolName() + " conversation " + c.a() + " ↔ " + c.b(),
                "This capture holds " + c.framesTotal() + " frames of this conversation (" + c.bytesTotal()
                        + " bytes on the wire) over " + seconds(c.durationNanos()) + ". Each packet keeps its "
                        + "captured bytes and time; " + steps + " steps mark what happened. " + captureSide + " "
                        + INFERRED,
                List.of("RFC 9293 §3.1"));
    }

    /** What the bytes-in-flight graph shows, and where it parts from Wireshark's figure. */
    public static String inFlightExplained() {
        return "Bytes in flight: data the sender has sent that the receiver has acknowledged neither cumulatively "
                + "nor by SACK (RFC 5681 §2 FlightSize, less the SACKed bytes as RFC 6675 counts its pipe), at the "
                + "sender's moments: its segments when sent, the other side's ACKs when they reach it. Captured at the "
                + "sender, it is a floor under its congestion window. Wireshark's tcp.analysis.bytes_in_flight differs: "
                + "it is given on data segments only; it counts a resent segment the receiver had already acknowledged, "
                + "a keep-alive's byte, and takes a duplicate SACK (RFC 2883) off; captured at the receiver, it counts "
                + "what the receiver holds unacknowledged, where Wirewise moves each segment back and each ACK forward "
                + "by half the handshake's round trip and counts what the sender had out, segments the capture missed "
                + "included. " + INFERRED;
    }

    /** What the throughput graph shows. */
    public static String throughputExplained(long intervalNanos) {
        return "Throughput: the data bytes the receiver acknowledged in each " + interval(intervalNanos) + " (as "
                + "Wireshark's I/O graph counts them per interval), when the ACKs reach the sender: what arrived, "
                + "retransmissions counted once. " + INFERRED;
    }

    /** What the round-trip graph shows. */
    public static String rttExplained() {
        return "Round trip of each ACKed segment: from a segment to the first ACK that covers it exactly, as "
                + "Wireshark's tcp.analysis.ack_rtt: a resent segment is timed from its first copy, a sample TCP "
                + "itself would not take (RFC 6298 §3, Karn's rule). Captured at the receiver, it is the receiver's "
                + "own delay before it ACKs, not the path's round trip. " + INFERRED;
    }

    static String captureSide(String lane, boolean known) {
        return known ? "The capture was taken near the " + lane + ": its packets leave at the moment they were "
                + "captured, and the other side's arrive then; the one-way delay drawn is half the round trip the "
                + "handshake shows from there." : "Where the capture was taken is not known, so packets are drawn as if captured "
                + "at the " + lane + ".";
    }

    static Told syn(String who, long isn, int window, int mss, int scale) {
        return new Told("The " + who + " opens: SYN", "The " + who + " sends a SYN with initial sequence number "
                + isn + " (shown as relative 0), a window of " + window + " bytes" + (mss > 0 ? ", MSS " + mss : "")
                + (scale >= 0 ? " and window scale " + scale : "") + ". It is now SYN-SENT. " + INFERRED,
                List.of("RFC 9293 §3.5", "RFC 7323 §2.2"));
    }

    static Told synAck(String who, long isn, int window) {
        return new Told("The " + who + " answers: SYN-ACK", "The " + who + " acknowledges the SYN and sends its "
                + "own initial sequence number " + isn + " with a window of " + window + " bytes. It is now "
                + "SYN-RECEIVED. " + INFERRED, List.of("RFC 9293 §3.5"));
    }

    static Told established(String who, long handshakeNanos) {
        return new Told("Handshake complete", "The " + who + "'s ACK of the SYN-ACK completes the three-way "
                + "handshake; both ends are ESTABLISHED. SYN to this ACK took " + millis(handshakeNanos)
                + " at the capture point (Wireshark's initial RTT). " + INFERRED, List.of("RFC 9293 §3.5"));
    }

    static String stateChange(String who, String from, String to) {
        return "The " + who + " goes from " + from + " to " + to + ".";
    }

    static Told stateStep(String who, String state) {
        return new Told("The " + who + " is now " + state, "", List.of("RFC 9293 §3.3.2"));
    }

    static Told fin(String who, long relativeSeq) {
        return new Told("The " + who + " closes: FIN", "The " + who + " has no more to send and sends FIN at "
                + "relative sequence " + relativeSeq + "; the FIN takes one sequence number. " + INFERRED,
                List.of("RFC 9293 §3.6"));
    }

    static Told rst(String who) {
        return new Told("The " + who + " resets the connection", "A RST ends the connection at once: neither side "
                + "waits for outstanding data, and both are CLOSED. " + INFERRED, List.of("RFC 9293 §3.5.2"));
    }

    static Told retransmission(String who, TcpSegmentAnalysis a) {
        if (a.has(TcpAnalysisFlag.FAST_RETRANSMISSION)) {
            return new Told("Fast retransmission by the " + who, "The " + who + " resends relative sequence "
                    + a.relativeSeq() + " right after duplicate ACKs asked for it, without waiting for its "
                    + "retransmission timer. " + INFERRED, List.of("RFC 5681 §3.2"));
        }
        if (a.has(TcpAnalysisFlag.SPURIOUS_RETRANSMISSION)) {
            return new Told("Spurious retransmission by the " + who, "The " + who + " resends data at relative "
                    + "sequence " + a.relativeSeq() + " that the other side had already acknowledged: the first "
                    + "copy was not lost. " + INFERRED, List.of("RFC 6298 §5", "RFC 3522 §1"));
        }
        return new Told("Retransmission by the " + who, "Relative sequence " + a.relativeSeq() + " was sent before "
                + "and is sent again: most likely the retransmission timer expired. " + INFERRED,
                List.of("RFC 6298 §5"));
    }

    static Told outOfOrder(String who, long relativeSeq) {
        return new Told("Out-of-order segment from the " + who, "Relative sequence " + relativeSeq + " arrives "
                + "behind higher ones, sooner than a retransmission could: the network reordered it. " + INFERRED,
                List.of("RFC 9293 §3.10.7.4"));
    }

    static Told duplicateAck(String who, int number, long relativeAck) {
        return new Told("Duplicate ACK " + number + " from the " + who, "The " + who + " acknowledges relative "
                + relativeAck + " again, without data and with the same window: a segment beyond a hole arrived. "
                + "The third duplicate triggers fast retransmit. " + INFERRED, List.of("RFC 5681 §2", "RFC 5681 §3.2"));
    }

    static Told zeroWindow(String who) {
        return new Told("The " + who + " advertises a zero window", "Its receive buffer is full: the other side "
                + "must stop sending and probe until the window opens. " + INFERRED, List.of("RFC 9293 §3.8.6.1"));
    }

    static Told windowFull(String who, long relativeSeq) {
        return new Told("The " + who + " fills the window", "This segment ends exactly at the edge of the "
                + "receiver's advertised window (relative " + relativeSeq + "): the " + who + " must wait for an "
                + "ACK before sending more. " + INFERRED, List.of("RFC 9293 §3.8.6"));
    }

    static Told keepAlive(String who) {
        return new Told("Keep-alive from the " + who, "A segment one byte below the next sequence number asks the "
                + "other side to answer if it is still there. " + INFERRED, List.of("RFC 9293 §3.8.4"));
    }

    static Told notCaptured(String who) {
        return new Told("A gap in the capture", "The " + who + "'s segment starts beyond what was seen, or an ACK "
                + "covers data never captured: the capture missed packets (common at its start). " + INFERRED,
                List.of("RFC 9293 §3.4"));
    }

    static Told tls(String who, String messages) {
        return new Told("TLS from the " + who + ": " + messages, "The " + who + " sends TLS handshake records: "
                + messages + ". " + INFERRED, List.of("RFC 8446 §4"));
    }

    static Told dnsQuery(String who, String question) {
        return new Told("DNS query: " + question, "The " + who + " asks for " + question + ". " + INFERRED,
                List.of("RFC 1035 §4.1"));
    }

    static Told dnsAnswer(String who, String answer) {
        return new Told("DNS answer: " + answer, "The " + who + " answers " + answer + ". " + INFERRED,
                List.of("RFC 1035 §4.1"));
    }

    static Told http(String who, String startLine) {
        return new Told("HTTP: " + startLine, "The " + who + " sends " + startLine + ". " + INFERRED,
                List.of("RFC 9112 §3", "RFC 9112 §4"));
    }

    static Told idle(long gapNanos) {
        return new Told("Idle for " + seconds(gapNanos), "Nothing of this conversation was captured for "
                + seconds(gapNanos) + ". " + INFERRED, List.of());
    }

    static Told end(Conversation c) {
        return new Told("End of the capture", "The last frame of this conversation, " + seconds(c.durationNanos())
                + " after the first. " + INFERRED, List.of());
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
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

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
    }
}
