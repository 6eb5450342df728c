package org.wirewise.model.congestion;

/**
 * A flow's retransmission timer (RFC 6298: SRTT/RTTVAR, 1 s minimum, doubling back-off) and the
 * one TIMER event it keeps queued, which the RACK reordering timer shares.
 */
final class RetransmissionTimer {

    private static final long MIN_RTO = 1_000_000_000L;
    private static final long MAX_RTO = 60_000_000_000L;

    private final EventQueue queue;
    private final int flow;
    private long rto = MIN_RTO;
    /** When the timer expires, or -1 when it is off. */
    long rtoAt = -1;
    /** Time of the earliest TIMER event still queued, or Long.MAX_VALUE. */
    private long timerEventAt = Long.MAX_VALUE;

    RetransmissionTimer(EventQueue queue, int flow) {
        this.queue = queue;
        this.flow = flow;
    }

    void arm(long now) {
        rtoAt = now + rto;
        wakeAt(rtoAt);
    }

    /** Makes sure a TIMER event is queued at or before {@code t}; late ones re-check their deadlines. */
    void wakeAt(long t) {
        if (t < timerEventAt) {
            timerEventAt = t;
            queue.add(t, DumbbellSimulator.TIMER, flow);
        }
    }

    /** A TIMER event for this flow came due. */
    void fired(long now) {
        if (now >= timerEventAt) {
            timerEventAt = Long.MAX_VALUE;
        }
    }

    /** After a timeout: RFC 6298 §5.5 doubles the RTO; the timer is re-armed by the next transmission. */
    void backOff() {
        rto = Math.min(rto * 2, MAX_RTO);
        rtoAt = -1;
    }

    /** An RTT measurement: RFC 6298 §2.2-2.4, and the minimum RTT. */
    void updateRtt(SenderState s, long r) {
        if (s.srtt == 0) { // RFC 6298 §2.2
            s.srtt = r;
            s.rttVar = r / 2;
        } else { // §2.3
            s.rttVar = (3 * s.rttVar + Math.abs(s.srtt - r)) / 4;
            s.srtt = (7 * s.srtt + r) / 8;
        }
        s.minRtt = s.minRtt == 0 ? r : Math.min(s.minRtt, r);
        rto = Math.min(MAX_RTO, Math.max(MIN_RTO, s.srtt + Math.max(1, 4 * s.rttVar)));
    }
}
