package org.wirewise.model.packet;

import java.net.Inet6Address;
import java.net.NetworkInterface;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;

/**
 * An IPv6 packet (RFC 8200 §3). Extension headers, if any, are part of the payload, and
 * {@code nextHeader} names the first of them. Payload Length is computed by {@link #encode}.
 */
public record Ipv6Packet(int trafficClass, int flowLabel, int nextHeader, int hopLimit,
                         Inet6Address source, Inet6Address destination, byte[] payload) {

    public static final int HEADER_LENGTH = 40;

    public Ipv6Packet {
        Wire.checkRange("traffic class", trafficClass, 0xFF);
        Wire.checkRange("flow label", flowLabel, 0xF_FFFF);
        Wire.checkRange("next header", nextHeader, 0xFF);
        Wire.checkRange("hop limit", hopLimit, 0xFF);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        payload = Wire.copy(payload, "payload");
        // Larger payloads need the Jumbo Payload option (RFC 2675), which this record does not model.
        Wire.checkRange("IPv6 payload length", payload.length, 0xFFFF);
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    public byte[] encode() {
        byte[] b = new byte[HEADER_LENGTH + payload.length];
        Wire.put32(b, 0, 6L << 28 | (long) trafficClass << 20 | flowLabel);
        Wire.put16(b, 4, payload.length);
        b[6] = (byte) nextHeader;
        b[7] = (byte) hopLimit;
        System.arraycopy(source.getAddress(), 0, b, 8, 16);
        System.arraycopy(destination.getAddress(), 0, b, 24, 16);
        System.arraycopy(payload, 0, b, HEADER_LENGTH, payload.length);
        return b;
    }

    /**
     * Reads the packet at {@code off}; Payload Length decides where it ends, so padding after it
     * is ignored.
     *
     * @throws MalformedPacketException if the bytes are not IPv6 or are shorter than the header or
     *                                  Payload Length says
     */
    public static Ipv6Packet decode(byte[] b, int off, int len) {
        Wire.checkSlice(b, off, len);
        Wire.need("IPv6 header", off, HEADER_LENGTH, len);
        int version = Wire.u8(b, off) >>> 4;
        if (version != 6) {
            throw new MalformedPacketException(off, "not IPv6: version field is " + version);
        }
        int payloadLength = Wire.u16(b, off + 4);
        if (HEADER_LENGTH + payloadLength > len) {
            throw new MalformedPacketException(off + 4, "IPv6 packet truncated: Payload Length says "
                    + payloadLength + " bytes, " + (len - HEADER_LENGTH) + " remain");
        }
        long first = Wire.u32(b, off);
        return new Ipv6Packet(
                (int) (first >>> 20) & 0xFF,
                (int) first & 0xF_FFFF,
                Wire.u8(b, off + 6),
                Wire.u8(b, off + 7),
                ipv6(b, off + 8),
                ipv6(b, off + 24),
                Arrays.copyOfRange(b, off + HEADER_LENGTH, off + HEADER_LENGTH + payloadLength));
    }

    static Inet6Address ipv6(byte[] b, int offset) {
        try {
            // Inet6Address.getByAddress keeps even an IPv4-mapped address as IPv6, as it is on the wire.
            return Inet6Address.getByAddress(null, Arrays.copyOfRange(b, offset, offset + 16), (NetworkInterface) null);
        } catch (UnknownHostException e) {
            throw new AssertionError("sixteen bytes are always an IPv6 address", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ipv6Packet p && trafficClass == p.trafficClass && flowLabel == p.flowLabel
                && nextHeader == p.nextHeader && hopLimit == p.hopLimit && source.equals(p.source)
                && destination.equals(p.destination) && Arrays.equals(payload, p.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(trafficClass, flowLabel, nextHeader, hopLimit, source, destination,
                Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return "IPv6 " + source.getHostAddress() + " → " + destination.getHostAddress() + " next="
                + IpProtocol.name(nextHeader) + "(" + nextHeader + ") hopLimit=" + hopLimit
                + " Len=" + payload.length;
    }
}
