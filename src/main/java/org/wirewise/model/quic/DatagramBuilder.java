package org.wirewise.model.quic;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fills one datagram at a time (RFC 9000 §12.2, §13): a packet per space that has something to
 * say, Initial then Handshake then 1-RTT, coalesced; in each, the ACK owed, then control frames,
 * CRYPTO data, then streams — lost ranges first, then new data a stream at a time in turn. A
 * datagram carrying an ack-eliciting Initial is padded to 1200 bytes (§14.1); before the client's
 * address is validated a server sends at most three times what it received (§8.1).
 */
final class DatagramBuilder {

    private final QuicConnection c;
    private long nextStream;

    DatagramBuilder(QuicConnection c) {
        this.c = c;
    }

    Optional<QuicConnection.Datagram> build(long now) {
        if (c.closed) {
            return Optional.empty();
        }
        int limit = Recovery.MAX_DATAGRAM;
        if (c.role == QuicConnection.Role.SERVER && !c.addressValidated) {
            limit = (int) Math.min(limit, 3 * c.bytesReceived - c.bytesSent);
        }
        List<QuicPacket> planned = new ArrayList<>();
        List<PacketSpace> where = new ArrayList<>();
        int used = 0;
        for (PacketSpace s : c.spaces) {
            boolean early = s.id == PacketType.Space.APPLICATION && c.zeroRtt.sending();
            PacketKeys keys = early ? s.earlyKeys : s.writeKeys;
            int overhead = overhead(s, early);
            if (s.discarded || keys == null || limit - used - overhead < 32) {
                continue;
            }
            List<Frame> frames = c.closing != null ? (early ? List.of() : closeIn(s)) : frames(s, now, limit - used - overhead, early);
            if (frames.isEmpty()) {
                continue;
            }
            QuicPacket p = s.id == PacketType.Space.APPLICATION && !early ? QuicPacket.oneRtt(c.peerCid, s.nextPacketNumber++, frames)
                    : new QuicPacket(early ? PacketType.ZERO_RTT : s.id == PacketType.Space.INITIAL ? PacketType.INITIAL : PacketType.HANDSHAKE,
                    c.peerCid, c.localCid, new byte[0], s.nextPacketNumber++, frames);
            planned.add(p);
            where.add(s);
            used += overhead + p.payload().length;
            if (c.closing != null) {
                break;
            }
        }
        if (planned.isEmpty()) {
            return Optional.empty();
        }
        boolean pad = planned.stream().anyMatch(p -> p.type() == PacketType.INITIAL
                && (c.role == QuicConnection.Role.CLIENT || p.ackEliciting()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<QuicPacket> sent = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            PacketSpace s = where.get(i);
            int min = pad && i == planned.size() - 1 ? Recovery.MAX_DATAGRAM - out.size() : 0;
            PacketKeys keys = planned.get(i).type() == PacketType.ZERO_RTT ? s.earlyKeys : s.writeKeys;
            PacketCodec.Sealed sealed = PacketCodec.seal(planned.get(i), keys, s.largestAcked, min);
            out.writeBytes(sealed.bytes());
            sent.add(sealed.packet());
            c.sentPacket(s, new SentPacket(sealed.packet().type(), sealed.packet().packetNumber(), now, sealed.bytes().length,
                    sealed.packet().ackEliciting(), sealed.packet().frames()));
        }
        c.bytesSent += out.size();
        return Optional.of(new QuicConnection.Datagram(c.peer, out.toByteArray(), sent));
    }

    /** Header, a 4-byte packet number at most, and the AEAD tag; a 0-RTT packet has a long header. */
    private int overhead(PacketSpace s, boolean early) {
        boolean shortHeader = s.id == PacketType.Space.APPLICATION && !early;
        int cids = c.peerCid.length + (shortHeader ? 0 : 1 + 1 + c.localCid.length);
        int header = shortHeader ? 1 : 1 + 4 + 2 + (s.id == PacketType.Space.INITIAL ? 1 : 0);
        return header + cids + 4 + AeadCipher.TAG_LENGTH;
    }

    /** CONNECTION_CLOSE: in Initial and Handshake packets only the transport kind (0x1c) may go (RFC 9000 §10.2.3). */
    private List<Frame> closeIn(PacketSpace s) {
        Frame.ConnectionClose f = c.closing;
        if (s.id != PacketType.Space.APPLICATION && f.application()) {
            f = new Frame.ConnectionClose(false, TransportError.APPLICATION_ERROR.code(), 0, "");
        }
        boolean highest = s.id == PacketType.Space.APPLICATION || c.space(PacketType.Space.APPLICATION).writeKeys == null
                && (s.id == PacketType.Space.HANDSHAKE || c.space(PacketType.Space.HANDSHAKE).writeKeys == null);
        return highest ? List.of(f) : List.of();
    }

    /** In a 0-RTT packet ({@code early}) only stream data goes: no ACK, no CRYPTO (RFC 9000 §12.4). */
    private List<Frame> frames(PacketSpace s, long now, int room, boolean early) {
        List<Frame> frames = new ArrayList<>();
        int left = room;
        if (s.ackDeadline <= now && !early) {
            Frame.Ack ack = s.ack(now, QuicConnection.ACK_DELAY_EXPONENT);
            frames.add(ack);
            left -= ack.bytes().length;
            s.ackDeadline = Long.MAX_VALUE;
            s.unacknowledgedEliciting = 0;
        }
        if (!c.recovery.canSend() && s.probes == 0) {
            return frames;
        }
        if (s.id == PacketType.Space.APPLICATION && c.handshakeComplete) {
            while (!c.control.isEmpty() && c.control.peekFirst().bytes().length <= left) {
                Frame f = c.control.pollFirst();
                frames.add(f);
                left -= f.bytes().length;
            }
        }
        while (s.cryptoOut.hasData() && left > 16 && !early) {
            SendBuffer.Chunk chunk = s.cryptoOut.next(left - 12, Long.MAX_VALUE);
            if (chunk.data().length == 0) {
                break;
            }
            Frame f = new Frame.Crypto(chunk.offset(), chunk.data());
            frames.add(f);
            left -= f.bytes().length;
        }
        if (s.id == PacketType.Space.APPLICATION && (c.handshakeComplete || early || c.zeroRtt.halfRtt())) {
            streams(frames, left);
        }
        if (s.probes > 0) {
            if (frames.stream().noneMatch(Frame::ackEliciting)) {
                frames.add(new Frame.Ping());
            }
            s.probes--;
        }
        return frames;
    }

    /** Lost ranges of any stream first, then new data of one stream after another, starting after the last served. */
    private void streams(List<Frame> frames, int room) {
        int left = room;
        for (QuicStream s : c.streams.all()) {
            while (s.out.hasLost() && left > 24) {
                left -= add(frames, s, left, Long.MAX_VALUE);
            }
        }
        List<QuicStream> order = new ArrayList<>(c.streams.map().tailMap(nextStream, true).values());
        order.addAll(c.streams.map().headMap(nextStream, false).values());
        for (QuicStream s : order) {
            if (left <= 24) {
                break;
            }
            long credit = c.streams.peerMaxData - c.streams.sentData;
            if (s.out.hasData() && (credit > 0 || s.out.length() == s.out.sentBytes())) {
                long before = s.out.sentBytes();
                left -= add(frames, s, left, Math.min(s.peerMaxData, before + credit));
                c.streams.sentData += s.out.sentBytes() - before;
                nextStream = s.id + 1;
            }
        }
    }

    private static int add(List<Frame> frames, QuicStream s, int left, long limit) {
        int header = 1 + VarInt.length(s.id) + 8 + 2;
        SendBuffer.Chunk chunk = s.out.next(left - header, limit);
        if (chunk.data().length == 0 && !chunk.fin()) {
            return 0; // blocked by flow control: nothing from this stream now
        }
        Frame f = new Frame.Stream(s.id, chunk.offset(), chunk.data(), chunk.fin());
        frames.add(f);
        return f.bytes().length;
    }
}
