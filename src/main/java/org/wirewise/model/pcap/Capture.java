package org.wirewise.model.pcap;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The packets of a capture file, in file order, and the link type that says how to read their
 * first bytes ({@link LinkType}). Stored compactly, since a capture may hold a million packets:
 * every packet's bytes end to end in one array, their times and lengths in primitive arrays; a
 * {@link CapturedPacket} is made only when one is asked for.
 */
public final class Capture {

    private final int linkType;
    private final int size;
    private final long[] nanos;
    private final int[] originalLengths;
    /** Packet i's bytes are {@code data[starts[i]] .. data[starts[i + 1]]}. */
    private final int[] starts;
    private final byte[] data;

    public Capture(int linkType, List<CapturedPacket> packets) {
        this(builder(linkType, packets), linkType);
    }

    private static Builder builder(int linkType, List<CapturedPacket> packets) {
        Builder b = new Builder(packets.size(), 0);
        for (CapturedPacket p : packets) {
            byte[] bytes = p.data();
            b.add(p.timestampNanos(), p.originalLength(), bytes, 0, bytes.length);
        }
        return b;
    }

    private Capture(Builder b, int linkType) {
        this.linkType = linkType;
        size = b.size;
        nanos = Arrays.copyOf(b.nanos, size);
        originalLengths = Arrays.copyOf(b.originalLengths, size);
        starts = Arrays.copyOf(b.starts, size + 1);
        // The parsers size the array by the file, record headers included, which need not be kept.
        data = b.data.length == b.starts[size] ? b.data : Arrays.copyOf(b.data, b.starts[size]);
    }

    public int linkType() {
        return linkType;
    }

    /** Number of packets. */
    public int size() {
        return size;
    }

    /** Packet {@code i}'s capture time, nanoseconds since the Unix epoch. */
    public long timestampNanos(int i) {
        return nanos[index(i)];
    }

    /** Packet {@code i}'s length on the wire. */
    public int originalLength(int i) {
        return originalLengths[index(i)];
    }

    /** A copy of packet {@code i}'s captured bytes. */
    public byte[] data(int i) {
        return Arrays.copyOfRange(data, starts[index(i)], starts[i + 1]);
    }

    /** The packets, made one by one as they are read (the list holds none of them). */
    public List<CapturedPacket> packets() {
        return new Packets();
    }

    private int index(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("packet " + i + " of " + size);
        }
        return i;
    }

    private final class Packets extends AbstractList<CapturedPacket> implements RandomAccess {
        @Override
        public CapturedPacket get(int i) {
            return new CapturedPacket(timestampNanos(i), originalLength(i), data(i));
        }

        @Override
        public int size() {
            return size;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Capture c && linkType == c.linkType && size == c.size && Arrays.equals(nanos, c.nanos)
                && Arrays.equals(originalLengths, c.originalLengths) && Arrays.equals(starts, c.starts)
                && Arrays.equals(data, c.data);
    }

    @Override
    public int hashCode() {
        return 31 * linkType + Arrays.hashCode(nanos);
    }

    @Override
    public String toString() {
        return "Capture[linkType=" + linkType + ", " + size + " packets]";
    }

    /** Collects packets as a parser reads them, copying each one's bytes to the end of one array. */
    static final class Builder {

        private int size;
        private long[] nanos;
        private int[] originalLengths;
        private int[] starts;
        private byte[] data;

        /** @param bytesHint about how many bytes the packets hold (the file's size is an upper bound) */
        Builder(int packetsHint, int bytesHint) {
            int n = Math.max(16, packetsHint);
            nanos = new long[n];
            originalLengths = new int[n];
            starts = new int[n + 1];
            data = new byte[Math.max(256, bytesHint)];
        }

        /** @throws IllegalArgumentException when the original length is less than what was captured */
        void add(long timestampNanos, int originalLength, byte[] source, int from, int length) {
            if (originalLength < length) {
                throw new IllegalArgumentException("original length " + originalLength
                        + " is less than the " + length + " captured bytes");
            }
            if (size == nanos.length) {
                int grown = (int) Math.min(Integer.MAX_VALUE - 8, nanos.length * 2L);
                nanos = Arrays.copyOf(nanos, grown);
                originalLengths = Arrays.copyOf(originalLengths, grown);
                starts = Arrays.copyOf(starts, grown + 1);
            }
            int end = starts[size];
            if ((long) end + length > data.length) {
                long grown = Math.max((long) end + length, data.length * 2L);
                if (grown > Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException("the packets hold more than 2 GB");
                }
                data = Arrays.copyOf(data, (int) grown);
            }
            System.arraycopy(source, from, data, end, length);
            nanos[size] = timestampNanos;
            originalLengths[size] = originalLength;
            starts[size + 1] = end + length;
            size++;
        }

        int size() {
            return size;
        }

        Capture build(int linkType) {
            return new Capture(this, linkType);
        }
    }
}
