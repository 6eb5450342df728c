package org.wirewise.model.quic;

import java.util.List;

/**
 * One QUIC packet before protection or after it was removed: its type, connection IDs, the
 * Initial's token, its full packet number and its frames (RFC 9000 §17).
 */
public record QuicPacket(PacketType type, byte[] dcid, byte[] scid, byte[] token, long packetNumber, List<Frame> frames) {

    /** QUIC version 1 (RFC 9000 §15). */
    public static final long VERSION_1 = 1;

    public QuicPacket {
        dcid = dcid.clone();
        scid = scid.clone();
        token = token.clone();
        frames = List.copyOf(frames);
        if (dcid.length > 20 || scid.length > 20) {
            throw new IllegalArgumentException("a connection ID is at most 20 bytes in version 1 (§17.2)");
        }
    }

    /** A short header (1-RTT) packet: only the destination connection ID. */
    public static QuicPacket oneRtt(byte[] dcid, long pn, List<Frame> frames) {
        return new QuicPacket(PacketType.ONE_RTT, dcid, new byte[0], new byte[0], pn, frames);
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

    /** Whether the peer must acknowledge it (it carries a frame other than PADDING, ACK, CONNECTION_CLOSE). */
    public boolean ackEliciting() {
        return frames.stream().anyMatch(Frame::ackEliciting);
    }

    /** The frames' bytes, in order. */
    public byte[] payload() {
        QuicWriter w = new QuicWriter();
        frames.forEach(f -> f.encode(w));
        return w.toByteArray();
    }
}
