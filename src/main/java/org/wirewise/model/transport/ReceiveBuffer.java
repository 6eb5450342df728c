package org.wirewise.model.transport;

import static org.wirewise.model.transport.SequenceNumbers.add;
import static org.wirewise.model.transport.SequenceNumbers.distance;
import static org.wirewise.model.transport.SequenceNumbers.lessOrEqual;
import static org.wirewise.model.transport.SequenceNumbers.lessThan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;

/**
 * The receive side of one endpoint: in-order bytes waiting for the application, out-of-order
 * bytes waiting for a hole to fill, and the window offered to the peer with receiver
 * silly-window avoidance. Advances RCV.NXT as data becomes in order.
 */
final class ReceiveBuffer {

    private final TransmissionControlBlock tcb;
    private final NegotiatedOptions options;
    private final List<byte[]> delivered = new ArrayList<>();
    private final TreeMap<Long, byte[]> outOfOrder = new TreeMap<>(); // keyed by distance from IRS + 1
    private long outOfOrderFin = -1;
    /** Out-of-order ranges [start, end) by stream offset, most recently extended first (RFC 2018 §4). */
    private final List<long[]> sackBlocks = new ArrayList<>();
    private final List<byte[]> readable = new ArrayList<>();
    private long readableBytes;
    private long rcvRightEdge;

    ReceiveBuffer(TransmissionControlBlock tcb, NegotiatedOptions options) {
        this.tcb = tcb;
        this.options = options;
    }

    /** The peer's SYN set RCV.NXT: the whole buffer is offered beyond it. */
    void open() {
        rcvRightEdge = add(tcb.rcvNxt, tcb.config.receiveWindow());
    }

    /** The window this end offers now: free space in its receive buffer beyond RCV.NXT. */
    long window() {
        return Math.max(0, distance(tcb.rcvNxt, rcvRightEdge));
    }

    /** The window the next segment will advertise, in bytes (see {@link TcpEndpoint#offeredWindow()}). */
    long offeredWindow() {
        long window = lessThan(tcb.rcvNxt, rcvRightEdge) ? distance(tcb.rcvNxt, rcvRightEdge) : 0;
        long free = freeSpace();
        if (free - window >= updateStep()) {
            window = free; // the edge moves forward with the next segment
        }
        if (window < Math.min(tcb.config.mss(), tcb.config.receiveWindow() / 2)) {
            return 0;
        }
        return Math.min(window, 65535L << options.receiveShift) >> options.receiveShift << options.receiveShift;
    }

    /**
     * Receiver silly-window avoidance (RFC 9293 §3.8.6.2.2): the right edge moves only when the
     * free space has grown by min(buffer / 2, MSS); the window never shrinks. Returns the
     * segment's window field.
     */
    int advertisedWindow() {
        long candidate = add(tcb.rcvNxt, freeSpace());
        if (distance(rcvRightEdge, candidate) >= updateStep() && lessThan(rcvRightEdge, candidate)) {
            rcvRightEdge = candidate;
        }
        long window = lessThan(tcb.rcvNxt, rcvRightEdge) ? distance(tcb.rcvNxt, rcvRightEdge) : 0;
        if (window < Math.min(tcb.config.mss(), tcb.config.receiveWindow() / 2)) {
            // Less than a segment's room is offered as none, as Linux does (__tcp_select_window):
            // the sender would only fill it with a tiny segment.
            window = 0;
        }
        return (int) Math.min(65535, window >> options.receiveShift);
    }

    /** After a read: has the free space grown enough past the offered window to announce it? */
    boolean windowReopened() {
        return freeSpace() - window() >= updateStep() && !tcb.tuning.autoRead();
    }

    long freeSpace() {
        return tcb.config.receiveWindow() - readableBytes;
    }

    private long updateStep() {
        return Math.min(tcb.config.receiveWindow() / 2, tcb.config.mss());
    }

    /** RECEIVE (RFC 9293 §3.10.3): the application takes up to {@code max} bytes. */
    byte[] read(long max) {
        int n = (int) Math.min(max, readableBytes);
        byte[] out = new byte[n];
        int filled = 0;
        Iterator<byte[]> it = readable.iterator();
        while (filled < n) {
            byte[] chunk = it.next();
            int take = Math.min(chunk.length, n - filled);
            System.arraycopy(chunk, 0, out, filled, take);
            filled += take;
            it.remove();
            if (take < chunk.length) {
                readable.add(0, Arrays.copyOfRange(chunk, take, chunk.length));
                break;
            }
        }
        readableBytes -= n;
        if (n > 0) {
            delivered.add(out);
        }
        return out;
    }

    /**
     * Seventh step of RFC 9293 §3.10.7.4: keeps the part of the segment's text inside the window,
     * in order or held beyond a hole, and notes where its FIN lies. Returns true when that FIN is
     * now next in sequence.
     */
    boolean take(TcpSegment seg) {
        long base = streamOffset(); // stream offset of RCV.NXT
        long segOffset = base - distance(seg.sequenceNumber(), tcb.rcvNxt);
        if (lessOrEqual(tcb.rcvNxt, seg.sequenceNumber())) {
            segOffset = base + distance(tcb.rcvNxt, seg.sequenceNumber());
        }
        byte[] data = seg.payload();
        long finOffset = seg.has(TcpFlags.FIN) ? segOffset + data.length : -1;
        long windowEnd = base + window();
        // Trim what was already received and what lies beyond the window.
        long start = Math.max(segOffset, base);
        long end = Math.min(segOffset + data.length, windowEnd);
        if (end > start) {
            byte[] part = Arrays.copyOfRange(data, (int) (start - segOffset), (int) (end - segOffset));
            if (start == base) {
                accept(part);
                pullOutOfOrder();
            } else {
                outOfOrder.merge(start, part, (a, b) -> a.length >= b.length ? a : b);
                noteSackBlock(start, end);
                tcb.report(TcpEvent.Kind.OUT_OF_ORDER, seg.sequenceNumber(), part.length);
            }
        }
        if (finOffset >= 0 && finOffset <= windowEnd) {
            outOfOrderFin = finOffset;
        }
        if (outOfOrderFin >= 0 && outOfOrderFin == streamOffset()) {
            outOfOrderFin = -1;
            return true;
        }
        return false;
    }

    /** Eighth step of §3.10.7.4: the FIN takes one sequence number and no buffer space. */
    void consumeFin() {
        tcb.rcvNxt = add(tcb.rcvNxt, 1);
        rcvRightEdge = add(rcvRightEdge, 1);
    }

    private void accept(byte[] part) {
        tcb.rcvNxt = add(tcb.rcvNxt, part.length);
        readable.add(part);
        readableBytes += part.length;
        tcb.report(TcpEvent.Kind.DELIVERED, -1, part.length);
        if (tcb.tuning.autoRead()) {
            read(readableBytes); // no window update to announce: an auto-reading buffer never fills
        }
    }

    /**
     * RFC 2018 §4: the first block reports the segment that just arrived, merged with what it
     * touches; the others follow in the order they were last reported (Linux tcp_sack_new_ofo_skb).
     */
    private void noteSackBlock(long start, long end) {
        long lo = start;
        long hi = end;
        for (Iterator<long[]> it = sackBlocks.iterator(); it.hasNext(); ) {
            long[] b = it.next();
            if (b[0] <= hi && b[1] >= lo) {
                lo = Math.min(lo, b[0]);
                hi = Math.max(hi, b[1]);
                it.remove();
            }
        }
        sackBlocks.add(0, new long[] {lo, hi});
    }

    /**
     * The SACK blocks to send, as sequence numbers, most recent first, at most {@code max}; empty
     * when nothing is held beyond a hole.
     */
    List<long[]> sackBlocks(int max) {
        long first = add(tcb.irs, 1);
        List<long[]> out = new ArrayList<>();
        for (long[] b : sackBlocks) {
            if (out.size() == max) {
                break;
            }
            out.add(new long[] {add(first, b[0]), add(first, b[1])});
        }
        return out;
    }

    private void pullOutOfOrder() {
        pullInOrder();
        long base = streamOffset();
        sackBlocks.removeIf(b -> b[0] <= base); // the hole before it filled: the cumulative ACK covers it
    }

    private void pullInOrder() {
        while (!outOfOrder.isEmpty()) {
            long base = streamOffset();
            Map.Entry<Long, byte[]> first = outOfOrder.firstEntry();
            if (first.getKey() > base) {
                return;
            }
            outOfOrder.pollFirstEntry();
            long endOffset = first.getKey() + first.getValue().length;
            if (endOffset > base) {
                accept(Arrays.copyOfRange(first.getValue(), (int) (base - first.getKey()), first.getValue().length));
            }
        }
    }

    /** RCV.NXT as an offset in the peer's byte stream. */
    private long streamOffset() {
        return distance(add(tcb.irs, 1), tcb.rcvNxt);
    }

    List<byte[]> delivered() {
        return List.copyOf(delivered);
    }

    /** What the application has read, from the {@code from}-th read on (the socket's reader keeps its place). */
    List<byte[]> deliveredFrom(int from) {
        return List.copyOf(delivered.subList(Math.min(from, delivered.size()), delivered.size()));
    }

    long deliveredBytes() {
        return delivered.stream().mapToLong(b -> b.length).sum();
    }

    long readableBytes() {
        return readableBytes;
    }

    long outOfOrderBytes() {
        return outOfOrder.values().stream().mapToLong(b -> b.length).sum();
    }

    /** Held out-of-order ranges as [start, end) offsets relative to RCV.NXT. */
    List<long[]> outOfOrderRanges() {
        List<long[]> ranges = new ArrayList<>();
        long base = streamOffset();
        for (Map.Entry<Long, byte[]> e : outOfOrder.entrySet()) {
            ranges.add(new long[] {e.getKey() - base, e.getKey() - base + e.getValue().length});
        }
        return ranges;
    }
}
