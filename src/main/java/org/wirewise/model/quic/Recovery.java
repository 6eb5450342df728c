package org.wirewise.model.quic;

import java.util.ArrayList;
import java.util.List;

/**
 * Loss detection and congestion control of RFC 9002: the RTT estimate (§5), packets declared lost
 * by the packet threshold (3) or the time threshold (9/8 RTT) (§6.1), the probe timeout (§6.2),
 * and NewReno's window (§7) counted in bytes in flight.
 */
final class Recovery {

    static final long INITIAL_RTT = 333_000_000L;
    static final int PACKET_THRESHOLD = 3;
    static final long GRANULARITY = 1_000_000L;
    static final int MAX_DATAGRAM = 1200;
    /** max_ack_delay this endpoint announces and assumes of its peer (the default of RFC 9000 §18.2). */
    static final long MAX_ACK_DELAY = 25_000_000L;

    long latestRtt;
    long smoothedRtt = INITIAL_RTT;
    long rttVar = INITIAL_RTT / 2;
    long minRtt;
    private boolean sampled;
    int ptoCount;
    long bytesInFlight;
    long congestionWindow = Math.min(10L * MAX_DATAGRAM, Math.max(14_720L, 2L * MAX_DATAGRAM));
    long ssthresh = Long.MAX_VALUE;
    private long recoveryStart = -1;

    /** A new path (RFC 9000 §9.4): the window and the RTT estimate start over; what is in flight still counts. */
    void newPath() {
        Recovery fresh = new Recovery();
        congestionWindow = fresh.congestionWindow;
        ssthresh = fresh.ssthresh;
        recoveryStart = -1;
        smoothedRtt = fresh.smoothedRtt;
        rttVar = fresh.rttVar;
        latestRtt = 0;
        minRtt = 0;
        sampled = false;
    }

    /** A new RTT sample (§5.3); the peer's ack delay counts only once the handshake is confirmed, up to max_ack_delay. */
    void sample(long latest, long ackDelay, boolean confirmed) {
        latestRtt = latest;
        if (!sampled) {
            sampled = true;
            minRtt = latest;
            smoothedRtt = latest;
            rttVar = latest / 2;
            return;
        }
        minRtt = Math.min(minRtt, latest);
        long delay = confirmed ? Math.min(ackDelay, MAX_ACK_DELAY) : ackDelay;
        long adjusted = latest >= minRtt + delay ? latest - delay : latest;
        rttVar = (3 * rttVar + Math.abs(smoothedRtt - adjusted)) / 4;
        smoothedRtt = (7 * smoothedRtt + adjusted) / 8;
    }

    /** The probe timeout without backoff (§6.2.1); the application space adds the peer's max_ack_delay. */
    long pto(PacketType.Space space) {
        long pto = smoothedRtt + Math.max(4 * rttVar, GRANULARITY);
        return space == PacketType.Space.APPLICATION ? pto + MAX_ACK_DELAY : pto;
    }

    /** The packets of {@code s} now lost by either threshold; sets the space's loss time for the rest (§6.1, A.10). */
    List<SentPacket> detectLost(PacketSpace s, long now) {
        List<SentPacket> lost = new ArrayList<>();
        s.lossTime = 0;
        if (s.largestAcked == PacketNumbers.NONE) {
            return lost;
        }
        long lossDelay = Math.max(9 * Math.max(latestRtt, smoothedRtt) / 8, GRANULARITY);
        for (SentPacket p : List.copyOf(s.sent.headMap(s.largestAcked, false).values())) {
            if (p.timeSent() <= now - lossDelay || s.largestAcked >= p.packetNumber() + PACKET_THRESHOLD) {
                s.sent.remove(p.packetNumber());
                lost.add(p);
            } else {
                long when = p.timeSent() + lossDelay;
                s.lossTime = s.lossTime == 0 ? when : Math.min(s.lossTime, when);
            }
        }
        return lost;
    }

    void sent(SentPacket p) {
        if (p.inFlight()) {
            bytesInFlight += p.size();
        }
    }

    /** An acknowledged packet leaves the network and grows the window (§7.3.1, §7.3.3). */
    void acked(SentPacket p) {
        if (!p.inFlight()) {
            return;
        }
        bytesInFlight -= p.size();
        if (p.timeSent() <= recoveryStart) {
            return;
        }
        congestionWindow += congestionWindow < ssthresh ? p.size() : (long) MAX_DATAGRAM * p.size() / congestionWindow;
    }

    /** A packet that will never be acknowledged, without a loss signal (0-RTT the server refused). */
    void forget(SentPacket p) {
        if (p.inFlight()) {
            bytesInFlight -= p.size();
        }
    }

    /** Lost packets leave the network; the first loss after the recovery period began halves the window (§7.3.2). */
    void lost(List<SentPacket> lost, long now) {
        long newest = -1;
        for (SentPacket p : lost) {
            if (p.inFlight()) {
                bytesInFlight -= p.size();
                newest = Math.max(newest, p.timeSent());
            }
        }
        if (newest > recoveryStart) {
            recoveryStart = now;
            ssthresh = Math.max(congestionWindow / 2, 2L * MAX_DATAGRAM);
            congestionWindow = ssthresh;
        }
    }

    /** A discarded space's packets no longer count (RFC 9002 §6.4). */
    void discard(PacketSpace s) {
        s.sent.values().stream().filter(SentPacket::inFlight).forEach(p -> bytesInFlight -= p.size());
        s.sent.clear();
        s.lossTime = 0;
        s.discarded = true;
        s.ackDeadline = Long.MAX_VALUE;
    }

    /** Whether the window lets another ack-eliciting packet go. */
    boolean canSend() {
        return bytesInFlight < congestionWindow;
    }
}
