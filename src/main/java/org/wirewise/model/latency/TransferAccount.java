package org.wirewise.model.latency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.transport.TcpStack;

/**
 * Where a TCP download's time and the link's capacity went, read off its transmissions: payload
 * sent once, payload sent again (retransmissions), headers and framing, the ACKs coming back,
 * and the rounds of sending the window allowed.
 *
 * @param duration         from the client's SYN to the last byte read
 * @param firstDataSent    when the server put its first data segment on the wire
 * @param payloadBytes     data delivered (each byte counted once)
 * @param retransmitted    payload bytes sent more than once
 * @param dataFrames       frames carrying data, server to client
 * @param dataWireBytes    what those frames cost on the wire, framing included
 * @param ackFrames        frames from the client (handshake, ACKs, FIN)
 * @param ackWireBytes     what those cost on the reverse path
 * @param rounds           data segments sent in each burst (a burst ends at a gap of half an RTT)
 */
public record TransferAccount(long duration, long firstDataSent, long payloadBytes, long retransmitted,
                              int dataFrames, long dataWireBytes, int ackFrames, long ackWireBytes,
                              List<Integer> rounds, long fullSegmentPayload, int fullSegmentWire, int lostFrames) {

    public TransferAccount {
        rounds = List.copyOf(rounds);
    }

    public static TransferAccount of(TcpTransfer.Setup s, TcpTransfer.Result r) {
        long firstData = -1;
        long retransmitted = 0;
        int dataFrames = 0;
        long dataWire = 0;
        int acks = 0;
        long ackWire = 0;
        int lost = 0;
        int fullPayload = 0;
        int fullWire = 0;
        Set<Long> sent = new HashSet<>();
        List<Integer> rounds = new ArrayList<>();
        long lastDataStart = Long.MIN_VALUE;
        for (Transmission t : r.wire()) {
            TcpSegment seg = TcpStack.segmentIn(t.packet());
            int wire = t.packet().length() + ComponentsPath.FRAMING;
            if (t.fate() != org.wirewise.model.sim.Link.Fate.DELIVERED) {
                lost++;
            }
            if (t.from().node().name().equals(TcpTransfer.CLIENT)) {
                acks++;
                ackWire += wire;
                continue;
            }
            if (seg.payloadLength() == 0 || seg.has(TcpFlags.SYN)) {
                continue;
            }
            if (firstData < 0) {
                firstData = t.start();
            }
            if (!sent.add(seg.sequenceNumber())) {
                retransmitted += seg.payloadLength();
            }
            if (seg.payloadLength() > fullPayload) {
                fullPayload = seg.payloadLength();
                fullWire = wire;
            }
            dataFrames++;
            dataWire += wire;
            if (t.start() - lastDataStart > s.rttNanos() / 2 || rounds.isEmpty()) {
                rounds.add(0);
            }
            rounds.set(rounds.size() - 1, rounds.get(rounds.size() - 1) + 1);
            lastDataStart = t.start();
        }
        return new TransferAccount(r.lastByteRead() - r.synSent(), firstData, s.bytes(), retransmitted, dataFrames,
                dataWire, acks, ackWire, rounds, fullPayload, fullWire, lost);
    }

    /** Payload bits per second over the whole transfer: what the application saw. */
    public double throughputBps() {
        return payloadBytes * 8.0 * 1e9 / duration;
    }

    /** Bits the server-to-client direction could have carried in the transfer's time. */
    public double capacityBits(long bitsPerSecond) {
        return bitsPerSecond * (duration / 1e9);
    }

    /** Header and framing bits of every data frame. */
    public long headerBits() {
        return (dataWireBytes - payloadBytes - retransmitted) * 8;
    }

    /** Time the data direction's wire carried nothing (waiting for the handshake, for ACKs, for the window). */
    public double idleBits(long bitsPerSecond) {
        return capacityBits(bitsPerSecond) - dataWireBytes * 8.0;
    }
}
