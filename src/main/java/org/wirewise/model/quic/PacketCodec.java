package org.wirewise.model.quic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Long and short header packets on the wire (RFC 9000 §17.2, §17.3): sealing a {@link QuicPacket}
 * under its keys (padding it when a datagram must reach a size), splitting a datagram into its
 * coalesced packets by the header fields that are never protected (§12.2), and opening one.
 */
public final class PacketCodec {

    private static final int FIXED_BIT = 0x40;
    private static final int LONG_FORM = 0x80;

    private PacketCodec() {
    }

    /** A sealed packet: its protected bytes and the packet as sent (with any PADDING added). */
    public record Sealed(byte[] bytes, QuicPacket packet) {
        public Sealed {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /**
     * Protects {@code p}: the packet number takes as many bytes as {@code largestAcked} calls for;
     * PADDING is added so the packet is at least {@code minLength} bytes (an Initial's datagram
     * reaches 1200, §14.1) and always gives header protection its sample (RFC 9001 §5.4.2).
     */
    public static Sealed seal(QuicPacket p, PacketKeys keys, long largestAcked, int minLength) {
        return sealWith(p, keys, PacketNumbers.encodedLength(p.packetNumber(), largestAcked), minLength);
    }

    /** As {@link #seal}, with the packet number on {@code pnLength} bytes (RFC 9001 A.2 sends 2 on 4). */
    public static Sealed sealWith(QuicPacket p, PacketKeys keys, int pnLength, int minLength) {
        byte[] payload = p.payload();
        int headerLength = header(p, pnLength, 0).length;
        int total = headerLength + payload.length + AeadCipher.TAG_LENGTH; // the header ends with the packet number
        int padding = Math.max(Math.max(0, minLength - total), 4 - pnLength - payload.length);
        QuicPacket sent = p;
        if (padding > 0) {
            List<Frame> frames = new ArrayList<>(p.frames());
            frames.add(new Frame.Padding(padding));
            sent = new QuicPacket(p.type(), p.dcid(), p.scid(), p.token(), p.packetNumber(), frames);
            payload = sent.payload();
        }
        byte[] header = header(sent, pnLength, pnLength + payload.length + AeadCipher.TAG_LENGTH);
        return new Sealed(PacketProtection.protect(keys, header, pnLength, p.packetNumber(), payload), sent);
    }

    /** The unprotected header ending with the truncated packet number; {@code length} is a long header's Length field. */
    private static byte[] header(QuicPacket p, int pnLength, int length) {
        QuicWriter w = new QuicWriter();
        if (p.type().isLong()) {
            w.u8(LONG_FORM | FIXED_BIT | p.type().longType() << 4 | pnLength - 1).u32(QuicPacket.VERSION_1)
                    .shortPrefixed(p.dcid()).shortPrefixed(p.scid());
            if (p.type() == PacketType.INITIAL) {
                w.lengthPrefixed(p.token());
            }
            w.bytes(VarInt.encode(length, 2)); // 2 bytes as RFC 9001 A.2 does, so the size is known before the payload
        } else {
            w.u8(FIXED_BIT | pnLength - 1).bytes(p.dcid()); // spin bit 0 and key phase 0
        }
        return w.bytes(PacketNumbers.truncate(p.packetNumber(), pnLength)).toByteArray();
    }

    /** Where one packet of a datagram lies and what its unprotected header fields say. */
    public record Envelope(PacketType type, long version, byte[] dcid, byte[] scid, byte[] token, int start, int pnOffset, int end) {
        public Envelope {
            dcid = dcid.clone();
            scid = scid.clone();
            token = token.clone();
        }

        @Override
        public byte[] dcid() {
            return dcid.clone();
        }

        @Override
        public byte[] scid() {
            return scid.clone();
        }

        @Override
        public byte[] token() {
            return token.clone();
        }
    }

    /**
     * The packets coalesced in {@code datagram} (§12.2): long headers say their length, a short
     * header runs to the end; {@code shortDcidLength} is the length of this endpoint's connection
     * IDs, which a short header does not state. A header that does not parse ends the list.
     */
    public static List<Envelope> split(byte[] datagram, int shortDcidLength) {
        List<Envelope> out = new ArrayList<>();
        int at = 0;
        while (at < datagram.length) {
            try {
                Envelope e = envelope(datagram, at, shortDcidLength);
                out.add(e);
                at = e.end();
            } catch (QuicException | IllegalArgumentException e) {
                break;
            }
        }
        return out;
    }

    private static Envelope envelope(byte[] d, int start, int shortDcidLength) {
        QuicReader r = new QuicReader(d, start, d.length, TransportError.PROTOCOL_VIOLATION);
        int first = r.u8();
        if ((first & LONG_FORM) == 0) {
            byte[] dcid = r.bytes(shortDcidLength);
            return new Envelope(PacketType.ONE_RTT, QuicPacket.VERSION_1, dcid, new byte[0], new byte[0], start, r.position(), d.length);
        }
        long version = r.u32();
        byte[] dcid = r.shortPrefixed();
        byte[] scid = r.shortPrefixed();
        PacketType type = PacketType.ofLong(first >>> 4 & 0x03);
        if (version != QuicPacket.VERSION_1 || type == PacketType.RETRY) {
            return new Envelope(type, version, dcid, scid, new byte[0], start, d.length, d.length);
        }
        byte[] token = type == PacketType.INITIAL ? r.lengthPrefixed() : new byte[0];
        long length = r.varint();
        if (length > r.remaining()) {
            throw new QuicException(TransportError.PROTOCOL_VIOLATION, "a Length past the datagram's end");
        }
        return new Envelope(type, version, dcid, scid, token, start, r.position(), r.position() + (int) length);
    }

    /** The packet in {@code e} opened with {@code keys}; empty when it does not authenticate (it is then dropped, RFC 9001 §5.5). */
    public static Optional<QuicPacket> open(byte[] datagram, Envelope e, PacketKeys keys, long largestPn) {
        return PacketProtection.open(keys, datagram, e.start(), e.pnOffset(), e.end(), largestPn)
                .map(o -> new QuicPacket(e.type(), e.dcid(), e.scid(), e.token(), o.packetNumber(), FrameReader.decode(o.payload())));
    }
}
