package org.wirewise.model.packet;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;

/**
 * An unfragmented IPv4 packet without options (RFC 791 §3.1). Version, header length, total
 * length and header checksum follow from the components and are computed by {@link #encode}.
 *
 * @param dscpEcn the former Type of Service byte: DSCP in the upper six bits, ECN in the lower two
 */
public record Ipv4Packet(int dscpEcn, int identification, boolean dontFragment, int ttl, int protocol,
                         Inet4Address source, Inet4Address destination, byte[] payload) {

    public static final int HEADER_LENGTH = 20;
    private static final int DONT_FRAGMENT = 0x4000;
    private static final int MORE_FRAGMENTS = 0x2000;
    private static final int FRAGMENT_OFFSET = 0x1FFF;

    public Ipv4Packet {
        Wire.checkRange("DSCP/ECN", dscpEcn, 0xFF);
        Wire.checkRange("identification", identification, 0xFFFF);
        Wire.checkRange("TTL", ttl, 0xFF);
        Wire.checkRange("protocol", protocol, 0xFF);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        payload = Wire.copy(payload, "payload");
        Wire.checkRange("IPv4 payload length", payload.length, 0xFFFF - HEADER_LENGTH);
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** Header and payload, with the header checksum of RFC 791 §3.1 (RFC 1071 over the header). */
    public byte[] encode() {
        byte[] b = new byte[HEADER_LENGTH + payload.length];
        b[0] = 0x45; // version 4, header length 5 words
        b[1] = (byte) dscpEcn;
        Wire.put16(b, 2, b.length);
        Wire.put16(b, 4, identification);
        Wire.put16(b, 6, dontFragment ? DONT_FRAGMENT : 0);
        b[8] = (byte) ttl;
        b[9] = (byte) protocol;
        System.arraycopy(source.getAddress(), 0, b, 12, 4);
        System.arraycopy(destination.getAddress(), 0, b, 16, 4);
        Wire.put16(b, 10, Checksum.internet(b, 0, HEADER_LENGTH));
        System.arraycopy(payload, 0, b, HEADER_LENGTH, payload.length);
        return b;
    }

    /**
     * Reads the packet at {@code off}. Total Length decides where it ends, so link-layer padding
     * after it is ignored. Header options are skipped (this record has no place for them); the
     * checksum is not verified here (compute {@link Checksum#internet} over the header: 0 means valid).
     *
     * @throws MalformedPacketException if the bytes are not IPv4, are truncated, have inconsistent
     *                                  lengths, or are a fragment (this record holds whole packets)
     */
    public static Ipv4Packet decode(byte[] b, int off, int len) {
        Wire.checkSlice(b, off, len);
        Wire.need("IPv4 header", off, HEADER_LENGTH, len);
        int version = Wire.u8(b, off) >>> 4;
        if (version != 4) {
            throw new MalformedPacketException(off, "not IPv4: version field is " + version);
        }
        int headerLength = (Wire.u8(b, off) & 0x0F) * 4;
        if (headerLength < HEADER_LENGTH) {
            throw new MalformedPacketException(off, "IPv4 Header Length " + headerLength
                    + " bytes is less than the minimum 20 (RFC 791 §3.1)");
        }
        int totalLength = Wire.u16(b, off + 2);
        if (totalLength < headerLength) {
            throw new MalformedPacketException(off + 2, "IPv4 Total Length " + totalLength
                    + " is less than its Header Length " + headerLength);
        }
        if (totalLength > len) {
            throw new MalformedPacketException(off + 2, "IPv4 packet truncated: Total Length says "
                    + totalLength + " bytes, " + len + " remain");
        }
        int flagsAndOffset = Wire.u16(b, off + 6);
        if ((flagsAndOffset & (MORE_FRAGMENTS | FRAGMENT_OFFSET)) != 0) {
            throw new MalformedPacketException(off + 6, "IPv4 fragment (offset "
                    + (flagsAndOffset & FRAGMENT_OFFSET) * 8 + " bytes, more fragments "
                    + ((flagsAndOffset & MORE_FRAGMENTS) != 0) + "): fragments are not decoded into packets");
        }
        return new Ipv4Packet(
                Wire.u8(b, off + 1),
                Wire.u16(b, off + 4),
                (flagsAndOffset & DONT_FRAGMENT) != 0,
                Wire.u8(b, off + 8),
                Wire.u8(b, off + 9),
                ipv4(b, off + 12),
                ipv4(b, off + 16),
                Arrays.copyOfRange(b, off + headerLength, off + totalLength));
    }

    static Inet4Address ipv4(byte[] b, int offset) {
        try {
            return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(b, offset, offset + 4));
        } catch (UnknownHostException e) {
            throw new AssertionError("four bytes are always an IPv4 address", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ipv4Packet p && dscpEcn == p.dscpEcn && identification == p.identification
                && dontFragment == p.dontFragment && ttl == p.ttl && protocol == p.protocol
                && source.equals(p.source) && destination.equals(p.destination) && Arrays.equals(payload, p.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dscpEcn, identification, dontFragment, ttl, protocol, source, destination,
                Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return "IPv4 " + source.getHostAddress() + " → " + destination.getHostAddress() + " proto="
                + IpProtocol.name(protocol) + "(" + protocol + ") ttl=" + ttl + " id=" + identification
                + (dontFragment ? " DF" : "") + " Len=" + payload.length;
    }
}
