package org.wirewise.model.packet;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Objects;

/**
 * The Internet checksum (RFC 1071): the 16-bit ones' complement of the ones' complement sum of
 * the data taken as big-endian 16-bit words, an odd last byte padded with zero.
 *
 * <p>Computed over data whose checksum field is zero it gives the value to store; computed over
 * data that already carries a correct checksum it gives 0, which is how a receiver verifies.
 */
public final class Checksum {

    private Checksum() {
    }

    /** RFC 1071 checksum of {@code length} bytes from {@code offset}: folded and inverted, 0..0xFFFF. */
    public static int internet(byte[] data, int offset, int length) {
        Wire.checkSlice(data, offset, length);
        return finish(add(0, data, offset, length));
    }

    /**
     * Checksum of a TCP or UDP (or ICMPv6) segment over its pseudo-header: for IPv4 source,
     * destination, zero, protocol and segment length (RFC 9293 §3.1, RFC 768); for IPv6 source,
     * destination, 32-bit length, three zero bytes and next header (RFC 8200 §8.1).
     *
     * @param protocol the IP protocol number ({@link IpProtocol#TCP}, ...)
     * @param segment  the whole transport header and payload
     * @throws IllegalArgumentException if the two addresses are not the same IP version
     */
    public static int pseudoHeaderChecksum(InetAddress src, InetAddress dst, int protocol, byte[] segment) {
        Objects.requireNonNull(segment, "segment");
        return pseudoHeaderChecksum(src, dst, protocol, segment, 0, segment.length);
    }

    /** As {@link #pseudoHeaderChecksum(InetAddress, InetAddress, int, byte[])} over a slice, to verify in place. */
    public static int pseudoHeaderChecksum(InetAddress src, InetAddress dst, int protocol,
                                           byte[] bytes, int offset, int length) {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
        Wire.checkSlice(bytes, offset, length);
        Wire.checkRange("protocol", protocol, 0xFF);
        long sum;
        if (src instanceof Inet4Address && dst instanceof Inet4Address) {
            // The IPv4 pseudo-header carries a 16-bit length: a longer segment cannot be sent.
            Wire.checkRange("IPv4 segment length", length, 0xFFFF);
            sum = add(0, src.getAddress(), 0, 4);
            sum = add(sum, dst.getAddress(), 0, 4);
            sum += protocol + length;
        } else if (src instanceof Inet6Address && dst instanceof Inet6Address) {
            sum = add(0, src.getAddress(), 0, 16);
            sum = add(sum, dst.getAddress(), 0, 16);
            sum += (length >>> 16) + (length & 0xFFFF) + protocol;
        } else {
            throw new IllegalArgumentException("source " + src.getHostAddress() + " and destination "
                    + dst.getHostAddress() + " are not the same IP version");
        }
        return finish(add(sum, bytes, offset, length));
    }

    /** Adds 16-bit words to a running sum; only the last piece summed may have an odd length. */
    private static long add(long sum, byte[] d, int offset, int length) {
        int i = offset;
        int end = offset + length;
        for (; i + 1 < end; i += 2) {
            sum += (d[i] & 0xFF) << 8 | (d[i + 1] & 0xFF);
        }
        if (i < end) {
            sum += (d[i] & 0xFF) << 8;
        }
        return sum;
    }

    private static int finish(long sum) {
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return (int) (~sum & 0xFFFF);
    }
}
