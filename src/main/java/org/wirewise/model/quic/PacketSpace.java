package org.wirewise.model.quic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One packet number space (RFC 9000 §12.3): its keys, the next number to send (they only go up,
 * so a retransmission is a new packet with a new number), what was received (for ACK ranges),
 * what was sent and not yet acknowledged, and its CRYPTO stream in each direction.
 */
final class PacketSpace {

    /** At most this many ranges in one ACK frame; older ones fall off (RFC 9000 §13.2.4 lets a receiver limit them). */
    static final int MAX_ACK_RANGES = 32;

    final PacketType.Space id;
    PacketKeys readKeys;
    PacketKeys writeKeys;
    /** 0-RTT keys (application space only): a client's to write until it has 1-RTT keys, a server's to read. */
    PacketKeys earlyKeys;
    boolean discarded;
    long nextPacketNumber;
    long largestReceived = PacketNumbers.NONE;
    long largestReceivedTime;
    long largestAcked = PacketNumbers.NONE;
    long lossTime;
    long lastAckElicitingSent;
    int probes;
    /** When an ACK must go out, or Long.MAX_VALUE when none is owed. */
    long ackDeadline = Long.MAX_VALUE;
    int unacknowledgedEliciting;
    final TreeMap<Long, SentPacket> sent = new TreeMap<>();
    final SendBuffer cryptoOut = new SendBuffer();
    final ReceiveBuffer cryptoIn = new ReceiveBuffer();
    private final TreeMap<Long, Long> received = new TreeMap<>();

    PacketSpace(PacketType.Space id) {
        this.id = id;
    }

    /** Records {@code pn} as received; false for a duplicate (which is then ignored, §12.3). */
    boolean receive(long pn, long now) {
        Map.Entry<Long, Long> below = received.floorEntry(pn);
        if (below != null && below.getValue() >= pn) {
            return false;
        }
        long start = pn;
        long end = pn;
        if (below != null && below.getValue() == pn - 1) {
            start = below.getKey();
        }
        Long next = received.get(pn + 1);
        if (next != null) {
            end = next;
            received.remove(pn + 1);
        }
        received.put(start, end);
        while (received.size() > MAX_ACK_RANGES) {
            received.pollFirstEntry();
        }
        if (pn > largestReceived) {
            largestReceived = pn;
            largestReceivedTime = now;
        }
        return true;
    }

    /** Whether {@code pn} arrived after a gap: such a packet is acknowledged at once (RFC 9000 §13.2.1). */
    boolean outOfOrder(long pn) {
        return pn != largestReceived || received.size() > 1 && received.lastEntry().getKey() == pn;
    }

    /** The ACK frame for everything received, largest first, with the delay since the largest arrived. */
    Frame.Ack ack(long now, int ackDelayExponent) {
        List<AckRange> ranges = new ArrayList<>();
        for (Map.Entry<Long, Long> e : received.descendingMap().entrySet()) {
            ranges.add(new AckRange(e.getKey(), e.getValue()));
        }
        long delayMicros = id == PacketType.Space.APPLICATION ? Math.max(0, now - largestReceivedTime) / 1_000 : 0;
        return new Frame.Ack(ranges, delayMicros >> ackDelayExponent);
    }

    boolean ackEliciting() {
        return sent.values().stream().anyMatch(SentPacket::ackEliciting);
    }
}
