package org.wirewise.model.packet;

import java.util.Arrays;
import java.util.Objects;

/**
 * An Ethernet II frame as captures hold it: destination, source, EtherType and payload, with no
 * preamble and no frame check sequence. {@link #encode} adds no padding to the 60-byte minimum
 * either, as a capture taken on the sending host shows.
 */
public record EthernetFrame(MacAddress destination, MacAddress source, int etherType, byte[] payload) {

    public static final int HEADER_LENGTH = 14;

    public EthernetFrame {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(source, "source");
        Wire.checkRange("EtherType", etherType, 0xFFFF);
        payload = Wire.copy(payload, "payload");
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    public byte[] encode() {
        byte[] b = new byte[HEADER_LENGTH + payload.length];
        System.arraycopy(destination.toBytes(), 0, b, 0, 6);
        System.arraycopy(source.toBytes(), 0, b, 6, 6);
        Wire.put16(b, 12, etherType);
        System.arraycopy(payload, 0, b, HEADER_LENGTH, payload.length);
        return b;
    }

    /**
     * Splits a captured frame into header and payload. The payload keeps any padding a short
     * frame carried; the network layer's own length field tells where its packet ends.
     *
     * @throws MalformedPacketException if the frame is shorter than the 14-byte header
     */
    public static EthernetFrame decode(byte[] b) {
        Objects.requireNonNull(b, "b");
        Wire.need("Ethernet II header", 0, HEADER_LENGTH, b.length);
        return new EthernetFrame(MacAddress.read(b, 0), MacAddress.read(b, 6), Wire.u16(b, 12),
                Arrays.copyOfRange(b, HEADER_LENGTH, b.length));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EthernetFrame f && destination.equals(f.destination) && source.equals(f.source)
                && etherType == f.etherType && Arrays.equals(payload, f.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(destination, source, etherType, Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return "Ethernet II " + source + " → " + destination + " type=0x"
                + String.format("%04x", etherType) + " Len=" + payload.length;
    }
}
