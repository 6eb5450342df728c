package org.wirewise.model.quic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A connection's side of RFC 9002: what an ACK acknowledges (an RTT sample, the window grows),
 * what is then lost, the loss and probe timers, and the frames of lost packets queued again in
 * their own stream or space (RFC 9000 §13.3), never the packet itself.
 */
final class LossHandler {

    private final QuicConnection c;

    LossHandler(QuicConnection c) {
        this.c = c;
    }

    /** When {@link #onTimeout} should run next (loss detection, probe timeout, a delayed ACK); Long.MAX_VALUE for never. */
    long nextTimeout() {
        long t = lossTimer();
        if (amplificationLimited()) {
            return t; // an ACK owed cannot go either; the next datagram from the client lifts the limit and flushes it
        }
        for (PacketSpace s : c.spaces) {
            t = s.discarded ? t : Math.min(t, s.ackDeadline);
        }
        return t;
    }

    /** A server that has sent three times what an unvalidated client sent, within a small packet (RFC 9000 §8.1). */
    private boolean amplificationLimited() {
        return c.role == QuicConnection.Role.SERVER && !c.addressValidated && 3 * c.bytesReceived - c.bytesSent < 64;
    }

    private long lossTimer() {
        long loss = Long.MAX_VALUE;
        for (PacketSpace s : c.spaces) {
            if (s.lossTime > 0) {
                loss = Math.min(loss, s.lossTime);
            }
        }
        if (loss != Long.MAX_VALUE) {
            return loss;
        }
        if (amplificationLimited()) {
            return Long.MAX_VALUE; // at the amplification limit no probe may go, so none is armed (RFC 9002 §6.2.2.1)
        }
        return ptoSpace().map(s -> s.lastAckElicitingSent + (c.recovery.pto(s.id) << c.recovery.ptoCount)).orElse(Long.MAX_VALUE);
    }

    private Optional<PacketSpace> ptoSpace() {
        PacketSpace best = null;
        for (PacketSpace s : c.spaces) {
            if (s.discarded || !s.ackEliciting() || s.id == PacketType.Space.APPLICATION && !c.handshakeComplete) {
                continue;
            }
            if (best == null || s.lastAckElicitingSent + c.recovery.pto(s.id) < best.lastAckElicitingSent + c.recovery.pto(best.id)) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Runs the timer: packets past the loss time are lost; past the probe timeout one probe goes, retransmitting (RFC 9002 §6.2.4). */
    void onTimeout(long now) {
        for (PacketSpace s : c.spaces) {
            if (s.lossTime > 0 && s.lossTime <= now) {
                lost(s, c.recovery.detectLost(s, now), now);
                return;
            }
        }
        if (lossTimer() > now) {
            return;
        }
        PacketSpace s = ptoSpace().orElseThrow();
        c.recovery.ptoCount++;
        s.probes = 1;
        c.event(now, QuicEvent.Kind.PROBE_TIMEOUT, null, -1, s.id + " probe timeout, backoff ×" + (1 << c.recovery.ptoCount));
        List<SentPacket> unacked = s.id == PacketType.Space.APPLICATION
                ? s.sent.values().stream().filter(SentPacket::ackEliciting).limit(1).toList() : List.copyOf(s.sent.values());
        unacked.forEach(p -> requeue(s, p));
    }

    /** Frames newly acknowledged or lost: RTT, window, and the lost frames' data queued again (RFC 9002 §6, RFC 9000 §13.3). */
    void acked(PacketSpace s, Frame.Ack ack, long now) {
        if (ack.largest() >= s.nextPacketNumber) {
            throw new QuicException(TransportError.PROTOCOL_VIOLATION, "an ACK of packet " + ack.largest() + ", never sent");
        }
        List<SentPacket> newly = new ArrayList<>();
        for (AckRange r : ack.ranges()) {
            newly.addAll(s.sent.subMap(r.smallest(), true, r.largest(), true).values());
        }
        if (newly.isEmpty()) {
            return;
        }
        s.largestAcked = Math.max(s.largestAcked, ack.largest());
        SentPacket largest = s.sent.get(ack.largest());
        if (largest != null && newly.stream().anyMatch(SentPacket::ackEliciting)) {
            c.recovery.sample(now - largest.timeSent(), (ack.ackDelay() << QuicConnection.ACK_DELAY_EXPONENT) * 1_000, c.handshakeConfirmed);
        }
        for (SentPacket p : newly) {
            s.sent.remove(p.packetNumber());
            c.recovery.acked(p);
            for (Frame f : p.frames()) {
                if (f instanceof Frame.Stream st && c.streams.has(st.streamId())) {
                    c.streams.get(st.streamId()).out.acked(st.data().length, st.fin());
                }
            }
        }
        c.event(now, QuicEvent.Kind.PACKET_ACKED, null, ack.largest(), s.id + " " + ack.describe());
        lost(s, c.recovery.detectLost(s, now), now);
        c.recovery.ptoCount = 0;
    }

    void lost(PacketSpace s, List<SentPacket> lost, long now) {
        if (lost.isEmpty()) {
            return;
        }
        c.recovery.lost(lost, now);
        for (SentPacket p : lost) {
            c.event(now, QuicEvent.Kind.PACKET_LOST, p.type(), p.packetNumber(), QuicConnection.describe(p.frames()));
            requeue(s, p);
        }
    }

    /**
     * The server refused 0-RTT (RFC 9001 §4.6.2): the 0-RTT packets are gone without a congestion signal (RFC 9002 §6.4)
     * and their stream data goes again in 1-RTT packets.
     */
    void rejected(PacketSpace s, long now) {
        List<SentPacket> gone = s.sent.values().stream().filter(p -> p.type() == PacketType.ZERO_RTT).toList();
        for (SentPacket p : gone) {
            s.sent.remove(p.packetNumber());
            c.recovery.forget(p);
            c.event(now, QuicEvent.Kind.PACKET_LOST, p.type(), p.packetNumber(), "0-RTT rejected: " + QuicConnection.describe(p.frames()));
            requeue(s, p);
        }
    }

    /** A lost packet's frames that must arrive go again in new packets; ACK, PADDING, PING and path frames do not (§13.3). */
    private void requeue(PacketSpace s, SentPacket p) {
        for (Frame f : p.frames()) {
            if (f instanceof Frame.Crypto cr) {
                s.cryptoOut.lost(cr.offset(), cr.data().length, false);
            } else if (f instanceof Frame.Stream st && c.streams.has(st.streamId()) && !c.streams.get(st.streamId()).sendReset) {
                c.streams.get(st.streamId()).out.lost(st.offset(), st.data().length, st.fin());
            } else if (f instanceof Frame.HandshakeDone || f instanceof Frame.NewConnectionId || f instanceof Frame.MaxData
                    || f instanceof Frame.MaxStreamData || f instanceof Frame.ResetStream || f instanceof Frame.StopSending) {
                c.control.add(f);
            }
        }
    }
}
