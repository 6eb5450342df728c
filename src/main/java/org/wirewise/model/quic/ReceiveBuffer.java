package org.wirewise.model.quic;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * One stream's (or one level's CRYPTO stream's) received bytes, put back in order (RFC 9000
 * §2.2): frames may arrive out of order or twice; only the contiguous prefix is delivered, so a
 * lost frame holds up this stream and no other.
 */
final class ReceiveBuffer {

    private final TreeMap<Long, byte[]> pending = new TreeMap<>();
    private long delivered;
    private long finalSize = -1;
    private long highest;

    /** Bytes at {@code offset}; {@code fin} fixes the final size. A changed final size is FINAL_SIZE_ERROR (§4.5). */
    void add(long offset, byte[] data, boolean fin) {
        long end = offset + data.length;
        if (finalSize >= 0 && (end > finalSize || fin && end != finalSize)) {
            throw new QuicException(TransportError.FINAL_SIZE_ERROR, "data past a stream's final size " + finalSize);
        }
        if (fin) {
            if (end < highest) {
                throw new QuicException(TransportError.FINAL_SIZE_ERROR, "a final size below data already received");
            }
            finalSize = end;
        }
        highest = Math.max(highest, end);
        if (end > delivered && data.length > 0) {
            byte[] old = pending.get(offset);
            if (old == null || old.length < data.length) {
                pending.put(offset, data.clone());
            }
        }
    }

    /** The bytes now contiguous with what was read before (possibly none). */
    byte[] read() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<Long, byte[]> e = pending.firstEntry(); e != null && e.getKey() <= delivered; e = pending.firstEntry()) {
            pending.pollFirstEntry();
            long skip = delivered - e.getKey();
            if (skip < e.getValue().length) {
                out.write(e.getValue(), (int) skip, e.getValue().length - (int) skip);
                delivered += e.getValue().length - skip;
            }
        }
        return out.toByteArray();
    }

    /** The highest offset received: what flow control counts (§4.1). */
    long highest() {
        return highest;
    }

    long delivered() {
        return delivered;
    }

    /** Whether every byte up to the final size was read. */
    boolean finished() {
        return finalSize >= 0 && delivered == finalSize;
    }

    /** Whether bytes arrived beyond a gap and wait for it. */
    boolean waiting() {
        return !pending.isEmpty();
    }
}
