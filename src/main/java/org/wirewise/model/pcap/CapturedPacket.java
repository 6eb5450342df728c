package org.wirewise.model.pcap;

import java.util.Arrays;
import java.util.Objects;

/**
 * One packet of a capture.
 *
 * @param timestampNanos when it was captured, in nanoseconds since the Unix epoch (UTC)
 * @param originalLength its length on the wire; more than {@code data.length} when the capture's
 *                       snap length cut it short
 * @param data           the captured bytes, copied on the way in and out
 */
public record CapturedPacket(long timestampNanos, int originalLength, byte[] data) {

    public CapturedPacket {
        data = Objects.requireNonNull(data, "data").clone();
        if (originalLength < data.length) {
            throw new IllegalArgumentException("original length " + originalLength
                    + " is less than the " + data.length + " captured bytes");
        }
    }

    /** A packet captured whole. */
    public static CapturedPacket of(long timestampNanos, byte[] data) {
        return new CapturedPacket(timestampNanos, data.length, data);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** Number of captured bytes, without copying them. */
    public int capturedLength() {
        return data.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CapturedPacket p && timestampNanos == p.timestampNanos
                && originalLength == p.originalLength && Arrays.equals(data, p.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timestampNanos, originalLength, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "CapturedPacket[t=" + timestampNanos + "ns, " + data.length + "/" + originalLength + " bytes]";
    }
}
