package org.wirewise.model.replay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bytes one endpoint of a TCP conversation has in flight, as that sender sees them: data sent
 * (up to the highest sequence number, SND.NXT) and neither acknowledged cumulatively (SND.UNA) nor
 * selectively by the receiver's latest ACK (RFC 2018 SACK blocks) — RFC 5681's FlightSize less
 * what SACK says has arrived, RFC 6675's "pipe" without its loss guesses. A SYN or FIN occupies
 * a sequence number but carries no byte, so it is not counted. Events are taken in the sender's
 * time: its segments when it sends them, the receiver's ACKs when they reach it, so a capture
 * taken at the receiver is read as the sender would have seen it (shifted by half the round trip).
 * On a capture taken at the sender, this is the sender's own view and a lower bound on its cwnd.
 */
public final class BytesInFlight {

    /**
     * The flight after one event.
     *
     * @param index   the frame's index in the conversation
     * @param time    the sender's moment (trace nanoseconds)
     * @param bytes   bytes in flight after it
     * @param acked   data bytes this ACK acknowledged for the first time (0 for a segment of the sender's)
     * @param data    whether the frame is a segment of the sender's carrying data (what Wireshark reports on)
     */
    public record Sample(int index, long time, long bytes, long acked, boolean data) {
    }

    private boolean started;
    private long una;
    private long nxt;
    private long synAt = Long.MIN_VALUE;
    private long finAt = Long.MIN_VALUE;
    private long[] sack = TcpHeader.NO_SACK;

    private BytesInFlight() {
    }

    /**
     * Samples for the sender {@code fromA} (A's data to B, or B's to A) at every frame of theirs
     * and every ACK from the other side, in the sender's time order.
     *
     * @param sentAt    each frame's departure in trace time, by index in the conversation
     * @param arrivesAt each frame's arrival in trace time
     */
    public static List<Sample> of(Conversation conversation, boolean fromA, long[] sentAt, long[] arrivesAt) {
        List<Frame> frames = conversation.frames();
        List<long[]> events = new ArrayList<>(); // {time, index}
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            if (f.isTcp()) {
                boolean sender = conversation.fromA(f) == fromA;
                events.add(new long[] {sender ? sentAt[i] : arrivesAt[i], i});
            }
        }
        events.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        BytesInFlight flight = new BytesInFlight();
        List<Sample> samples = new ArrayList<>(events.size());
        for (long[] e : events) {
            int i = (int) e[1];
            Frame f = frames.get(i);
            if (conversation.fromA(f) == fromA) {
                flight.sent(f.tcp(), f.payloadLength());
                samples.add(new Sample(i, e[0], flight.bytes(), 0, f.payloadLength() > 0));
            } else if (f.tcp().has(TcpHeader.ACK) && flight.started) {
                long acked = flight.acknowledged(f.tcp());
                samples.add(new Sample(i, e[0], flight.bytes(), acked, false));
            }
        }
        return samples;
    }

    /** A segment of the sender's: SND.NXT moves up to its end. */
    private void sent(TcpHeader h, int length) {
        long seq = unwrap(h.seq(), started ? nxt : h.seq());
        if (!started) {
            started = true;
            una = seq;
            nxt = seq;
        }
        if (h.has(TcpHeader.SYN)) {
            synAt = seq;
        }
        long end = seq + length + (h.has(TcpHeader.SYN) ? 1 : 0);
        if (h.has(TcpHeader.FIN)) {
            finAt = end;
            end++;
        }
        nxt = Math.max(nxt, end);
    }

    /** An ACK from the receiver: SND.UNA moves up, its SACK blocks replace the last ones; returns the new data bytes acknowledged. */
    private long acknowledged(TcpHeader h) {
        long ack = unwrap(h.ack(), una);
        long acked = 0;
        if (ack > una) {
            acked = ack - una - flags(una, ack);
            una = ack;
            nxt = Math.max(nxt, una); // it acknowledges data the capture never showed being sent
        }
        long[] blocks = new long[h.sack().length];
        for (int k = 0; k < blocks.length; k++) {
            blocks[k] = unwrap(h.sack()[k], una);
        }
        sack = blocks;
        return Math.max(0, acked);
    }

    /** Bytes sent and neither acknowledged nor SACKed, SYN and FIN not counted. */
    private long bytes() {
        return Math.max(0, nxt - una - sacked() - flags(una, nxt));
    }

    /** How many of the SYN and FIN sequence numbers lie in [from, to). */
    private int flags(long from, long to) {
        return (synAt >= from && synAt < to ? 1 : 0) + (finAt >= from && finAt < to ? 1 : 0);
    }

    /** Bytes inside (SND.UNA, SND.NXT) the latest SACK blocks cover, overlapping blocks counted once. */
    private long sacked() {
        int n = sack.length / 2;
        long[][] blocks = new long[n][];
        for (int k = 0; k < n; k++) {
            blocks[k] = new long[] {Math.max(una, sack[2 * k]), Math.min(nxt, sack[2 * k + 1])};
        }
        Arrays.sort(blocks, (x, y) -> Long.compare(x[0], y[0]));
        long covered = 0;
        long reached = una;
        for (long[] b : blocks) {
            long from = Math.max(b[0], reached);
            if (b[1] > from) {
                covered += b[1] - from;
                reached = b[1];
            }
        }
        return covered;
    }

    /** The 64-bit sequence number nearest {@code reference} whose low 32 bits are {@code raw}. */
    private static long unwrap(long raw, long reference) {
        return reference + (int) (raw - reference);
    }
}
