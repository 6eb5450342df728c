package org.wirewise.model.quic;

import java.util.Optional;

/**
 * What a connection does with a datagram that arrives (RFC 9000 §12.2, §13): each coalesced
 * packet opened with its level's keys (0-RTT with the early keys a server accepted), duplicates
 * ignored, the peer's connection ID learnt from its first Initial, the server's address check
 * passed by a Handshake packet, frames checked against the packet type (§12.4) and handled, an
 * ACK scheduled, and a server following a client that moved (§9).
 */
final class PacketReceiver {

    private final QuicConnection c;
    private boolean peerCidSet;

    PacketReceiver(QuicConnection c) {
        this.c = c;
    }

    void receive(byte[] datagram, QuicConnection.Peer from, long now) {
        if (c.closed) {
            return;
        }
        if (c.role == QuicConnection.Role.SERVER && !c.addressValidated) {
            c.bytesReceived += datagram.length;
        }
        for (PacketCodec.Envelope e : PacketCodec.split(datagram, QuicConnection.CID_LENGTH)) {
            if (e.version() != QuicPacket.VERSION_1 || e.type() == PacketType.RETRY) {
                continue;
            }
            PacketSpace s = c.space(e.type().space());
            PacketKeys keys = e.type() == PacketType.ZERO_RTT ? c.zeroRtt.readKeys() : s.readKeys;
            try {
                Optional<QuicPacket> opened = s.discarded || keys == null ? Optional.empty()
                        : PacketCodec.open(datagram, e, keys, s.largestReceived);
                if (opened.isEmpty()) {
                    c.event(now, QuicEvent.Kind.PACKET_DROPPED, e.type(), -1, keys == null ? "no keys for it" : "cannot be opened");
                    continue;
                }
                packet(s, opened.get(), e, from, now);
            } catch (QuicException ex) {
                c.closing = new Frame.ConnectionClose(false, ex.error().code(), 0, ex.getMessage());
                return;
            }
            if (c.closed) {
                return;
            }
        }
    }

    private void packet(PacketSpace s, QuicPacket p, PacketCodec.Envelope e, QuicConnection.Peer from, long now) {
        if (!s.receive(p.packetNumber(), now)) {
            return;
        }
        c.idle.received(now);
        c.event(now, QuicEvent.Kind.PACKET_RECEIVED, p.type(), p.packetNumber(), QuicConnection.describe(p.frames()));
        if (p.type() == PacketType.INITIAL && !peerCidSet) {
            c.peerCid = e.scid(); // the peer's own choice, used from now on (RFC 9000 §7.2)
            peerCidSet = true;
        }
        if (c.role == QuicConnection.Role.SERVER && p.type() == PacketType.HANDSHAKE && !c.addressValidated) {
            c.addressValidated = true; // only the client could decrypt our Handshake keys (§8.1)
            c.discard(PacketType.Space.INITIAL, now);
        }
        boolean probing = true;
        for (Frame f : p.frames()) {
            if (p.type() == PacketType.ZERO_RTT) {
                ZeroRtt.check(f);
            }
            if (s.id != PacketType.Space.APPLICATION && !(f instanceof Frame.Padding || f instanceof Frame.Ping
                    || f instanceof Frame.Ack || f instanceof Frame.Crypto || f instanceof Frame.ConnectionClose)) {
                throw new QuicException(TransportError.PROTOCOL_VIOLATION, f.describe() + " in a " + p.type().label() + " packet (§12.4)");
            }
            probing &= f instanceof Frame.Path || f instanceof Frame.Padding || f instanceof Frame.NewConnectionId;
            new FrameHandler(c).handle(s, f, now);
        }
        if (p.ackEliciting() && !s.discarded) { // the packet that completed the handshake may have discarded its own space
            s.unacknowledgedEliciting++;
            boolean now1 = s.id != PacketType.Space.APPLICATION || s.unacknowledgedEliciting >= 2 || s.outOfOrder(p.packetNumber());
            s.ackDeadline = now1 ? now : Math.min(s.ackDeadline, now + Recovery.MAX_ACK_DELAY);
        }
        if (c.role == QuicConnection.Role.SERVER && s.id == PacketType.Space.APPLICATION && !from.equals(c.peer) && !probing
                && p.packetNumber() == s.largestReceived) {
            c.paths.followClient(from, now);
        }
    }
}
