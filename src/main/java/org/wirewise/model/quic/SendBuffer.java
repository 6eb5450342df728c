package org.wirewise.model.quic;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * One stream's (or CRYPTO stream's) bytes to send (RFC 9000 §2.2, §13.3): new bytes go out in
 * order, and the ranges of frames declared lost come back to be sent again in new packets,
 * before any new byte of this stream.
 */
final class SendBuffer {

    /** A range of the stream to put in a frame: offset, length, and whether it ends the stream. */
    record Chunk(long offset, byte[] data, boolean fin) {
    }

    private byte[] bytes = new byte[0];
    private int size;
    private final Deque<long[]> lost = new ArrayDeque<>();
    private long sent;
    private boolean finWritten;
    private boolean finSent;
    private long acked;
    private long ackedBytes;

    void write(byte[] data, boolean fin) {
        if (finWritten) {
            throw new IllegalStateException("the stream was finished");
        }
        if (size + data.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + data.length, bytes.length * 2));
        }
        System.arraycopy(data, 0, bytes, size, data.length);
        size += data.length;
        finWritten |= fin;
    }

    long length() {
        return size;
    }

    /** How far new bytes were sent (retransmissions do not move it). */
    long sentBytes() {
        return sent;
    }

    /** Whether a frame is waiting: a lost range, new bytes, or a FIN not yet sent. */
    boolean hasData() {
        return !lost.isEmpty() || sent < size || finWritten && !finSent;
    }

    /** Whether a lost range waits (retransmissions go before any new byte on the connection). */
    boolean hasLost() {
        return !lost.isEmpty();
    }

    /** The next frame's range, at most {@code max} bytes; new bytes only up to {@code limit} (flow control). */
    Chunk next(int max, long limit) {
        if (!lost.isEmpty()) {
            long[] range = lost.pollFirst();
            int n = (int) Math.min(max, range[1]);
            if (n < range[1]) {
                lost.addFirst(new long[] {range[0] + n, range[1] - n});
            }
            return chunk(range[0], n);
        }
        int n = (int) Math.max(0, Math.min(max, Math.min(size, limit) - sent));
        long offset = sent;
        sent += n;
        return chunk(offset, n);
    }

    private Chunk chunk(long offset, int n) {
        boolean fin = finWritten && offset + n == size;
        finSent |= fin;
        return new Chunk(offset, Arrays.copyOfRange(bytes, (int) offset, (int) offset + n), fin);
    }

    /** The stream was reset (RFC 9000 §3.1): nothing more goes, not even what was lost; returns the final size, what was sent. */
    long abandon() {
        lost.clear();
        size = (int) sent;
        finWritten = true;
        finSent = true;
        return sent;
    }

    /** A frame carrying {@code [offset, offset + length)} (and the FIN if {@code fin}) was declared lost. */
    void lost(long offset, int length, boolean fin) {
        if (length > 0) {
            lost.addLast(new long[] {offset, length});
        } else if (fin) {
            finSent = false;
        }
    }

    /** A frame carrying {@code length} bytes was acknowledged. */
    void acked(int length, boolean fin) {
        ackedBytes += length;
        if (fin) {
            acked = 1;
        }
    }

    /** Whether every byte and the FIN were acknowledged. */
    boolean allAcked() {
        return acked == 1 && ackedBytes >= size;
    }
}
