package org.wirewise.model.packet;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Objects;

/**
 * A UDP datagram (RFC 768): ports and payload. Length and checksum follow from them and are
 * computed by {@link #encode}.
 */
public record UdpDatagram(int sourcePort, int destinationPort, byte[] payload) {

    public static final int HEADER_LENGTH = 8;

    public UdpDatagram {
        Wire.checkRange("source port", sourcePort, 0xFFFF);
        Wire.checkRange("destination port", destinationPort, 0xFFFF);
        payload = Wire.copy(payload, "payload");
        Wire.checkRange("UDP payload length", payload.length, 0xFFFF - HEADER_LENGTH);
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /**
     * Header and payload with the checksum over the pseudo-header of {@code src} and {@code dst}.
     * A computed checksum of 0 is sent as 0xFFFF, because 0 on the wire means "no checksum"
     * (RFC 768; over IPv6 the checksum is mandatory, RFC 8200 §8.1).
     */
    public byte[] encode(InetAddress src, InetAddress dst) {
        byte[] b = new byte[HEADER_LENGTH + payload.length];
        Wire.put16(b, 0, sourcePort);
        Wire.put16(b, 2, destinationPort);
        Wire.put16(b, 4, b.length);
        System.arraycopy(payload, 0, b, HEADER_LENGTH, payload.length);
        int checksum = Checksum.pseudoHeaderChecksum(src, dst, IpProtocol.UDP, b);
        Wire.put16(b, 6, checksum == 0 ? 0xFFFF : checksum);
        return b;
    }

    /**
     * Reads the datagram at {@code offset}; its Length field decides where the payload ends, so
     * bytes past it (link-layer padding) are ignored. The checksum is not verified here.
     *
     * @throws MalformedPacketException if the header is short or Length is below 8 or past the end
     */
    public static UdpDatagram decode(byte[] b, int off, int len) {
        Wire.checkSlice(b, off, len);
        Wire.need("UDP header", off, HEADER_LENGTH, len);
        int length = Wire.u16(b, off + 4);
        if (length < HEADER_LENGTH) {
            throw new MalformedPacketException(off + 4, "UDP Length " + length + " is less than the 8-byte header");
        }
        if (length > len) {
            throw new MalformedPacketException(off + 4,
                    "UDP datagram truncated: Length says " + length + " bytes, " + len + " remain");
        }
        return new UdpDatagram(Wire.u16(b, off), Wire.u16(b, off + 2),
                Arrays.copyOfRange(b, off + HEADER_LENGTH, off + length));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UdpDatagram d && sourcePort == d.sourcePort && destinationPort == d.destinationPort
                && Arrays.equals(payload, d.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourcePort, destinationPort, Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return "UDP " + sourcePort + " → " + destinationPort + " Len=" + payload.length;
    }
}
