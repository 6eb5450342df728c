package org.wirewise.model.packet;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A TCP segment: the header fields of RFC 9293 §3.1 that a sender chooses, its options (§3.2)
 * and its payload. The data offset and checksum are not components: they follow from the rest
 * and are computed by {@link #encode}.
 *
 * @param flags the control bits ({@link TcpFlags}), up to 12 bits including AE and reserved
 * @param options in wire order; an {@link TcpOption.EndOfOptions}, if present, must be last
 * @param payload copied on the way in and out, so the record stays immutable
 */
public record TcpSegment(int sourcePort, int destinationPort, long sequenceNumber, long acknowledgmentNumber,
                         int flags, int window, int urgentPointer, List<TcpOption> options, byte[] payload) {

    /** Header without options (RFC 9293 §3.1). */
    public static final int MIN_HEADER_LENGTH = 20;

    public TcpSegment {
        Wire.checkRange("source port", sourcePort, 0xFFFF);
        Wire.checkRange("destination port", destinationPort, 0xFFFF);
        Wire.checkRange("sequence number", sequenceNumber, 0xFFFF_FFFFL);
        Wire.checkRange("acknowledgment number", acknowledgmentNumber, 0xFFFF_FFFFL);
        Wire.checkRange("flags", flags, TcpFlags.ALL);
        Wire.checkRange("window", window, 0xFFFF);
        Wire.checkRange("urgent pointer", urgentPointer, 0xFFFF);
        options = List.copyOf(options);
        int optionBytes = TcpOptionCodec.rawLength(options);
        if (optionBytes > TcpOptionCodec.MAX_OPTIONS_LENGTH) {
            throw new IllegalArgumentException("TCP options take " + optionBytes + " bytes; at most "
                    + TcpOptionCodec.MAX_OPTIONS_LENGTH + " fit in a header (RFC 9293 §3.1, Data Offset)");
        }
        for (int i = 0; i < options.size() - 1; i++) {
            // What follows End of Option List is padding to a receiver, so options there would be lost.
            if (options.get(i) instanceof TcpOption.EndOfOptions) {
                throw new IllegalArgumentException("End of Option List must be the last option, found at index " + i);
            }
        }
        payload = Wire.copy(payload, "payload");
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    public int payloadLength() {
        return payload.length;
    }

    /** 20 plus the options rounded up to a multiple of 4; the padding is zero bytes (End of Option List). */
    public int headerLength() {
        return MIN_HEADER_LENGTH + ((TcpOptionCodec.rawLength(options) + 3) & ~3);
    }

    /** True if every bit of {@code flag} is set: {@code has(TcpFlags.SYN | TcpFlags.ACK)} asks for both. */
    public boolean has(int flag) {
        return (flags & flag) == flag;
    }

    /**
     * The segment's bytes with the checksum computed over the pseudo-header of {@code src} and
     * {@code dst} (RFC 9293 §3.1), both IPv4 or both IPv6.
     */
    public byte[] encode(InetAddress src, InetAddress dst) {
        int headerLength = headerLength();
        byte[] b = new byte[headerLength + payload.length];
        Wire.put16(b, 0, sourcePort);
        Wire.put16(b, 2, destinationPort);
        Wire.put32(b, 4, sequenceNumber);
        Wire.put32(b, 8, acknowledgmentNumber);
        Wire.put16(b, 12, (headerLength / 4) << 12 | flags);
        Wire.put16(b, 14, window);
        Wire.put16(b, 18, urgentPointer);
        TcpOptionCodec.write(options, b, MIN_HEADER_LENGTH);
        System.arraycopy(payload, 0, b, headerLength, payload.length);
        Wire.put16(b, 16, Checksum.pseudoHeaderChecksum(src, dst, IpProtocol.TCP, b));
        return b;
    }

    /**
     * Reads a segment of {@code length} bytes at {@code offset}: the header, its options up to
     * the data offset (stopping at End of Option List; what follows it is padding) and the rest as
     * payload. The checksum is not verified here: see {@link Checksum#pseudoHeaderChecksum}.
     *
     * @throws MalformedPacketException if the header is short, the data offset is below 5 words or
     *                                  past the end, or an option's length is inconsistent
     */
    public static TcpSegment decode(byte[] bytes, int offset, int length) {
        Wire.checkSlice(bytes, offset, length);
        Wire.need("TCP header", offset, MIN_HEADER_LENGTH, length);
        int headerLength = (Wire.u8(bytes, offset + 12) >>> 4) * 4;
        if (headerLength < MIN_HEADER_LENGTH) {
            throw new MalformedPacketException(offset + 12, "TCP Data Offset says " + headerLength
                    + " header bytes, less than the minimum 20 (RFC 9293 §3.1)");
        }
        if (headerLength > length) {
            throw new MalformedPacketException(offset + 12, "TCP header truncated: Data Offset says "
                    + headerLength + " bytes, " + length + " remain");
        }
        List<TcpOption> options = TcpOptionCodec.read(bytes, offset + MIN_HEADER_LENGTH,
                headerLength - MIN_HEADER_LENGTH);
        return new TcpSegment(
                Wire.u16(bytes, offset),
                Wire.u16(bytes, offset + 2),
                Wire.u32(bytes, offset + 4),
                Wire.u32(bytes, offset + 8),
                Wire.u16(bytes, offset + 12) & TcpFlags.ALL,
                Wire.u16(bytes, offset + 14),
                Wire.u16(bytes, offset + 18),
                options,
                Arrays.copyOfRange(bytes, offset + headerLength, offset + length));
    }

    // Records compare arrays by identity; a segment is a value, so compare the payload's bytes.
    @Override
    public boolean equals(Object o) {
        return o instanceof TcpSegment s
                && sourcePort == s.sourcePort && destinationPort == s.destinationPort
                && sequenceNumber == s.sequenceNumber && acknowledgmentNumber == s.acknowledgmentNumber
                && flags == s.flags && window == s.window && urgentPointer == s.urgentPointer
                && options.equals(s.options) && Arrays.equals(payload, s.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourcePort, destinationPort, sequenceNumber, acknowledgmentNumber, flags, window,
                urgentPointer, options, Arrays.hashCode(payload));
    }

    /** Wireshark-like one-liner: "61450 → 80 [SYN] Seq=... Ack=... Win=65535 Len=0 options=[...]". */
    @Override
    public String toString() {
        return sourcePort + " → " + destinationPort + " [" + TcpFlags.names(flags) + "] Seq=" + sequenceNumber
                + " Ack=" + acknowledgmentNumber + " Win=" + window + " Urg=" + urgentPointer
                + " Len=" + payload.length + " options=" + options;
    }
}
