package org.wirewise.model.congestion;

import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.sim.Progress;

/**
 * Simulates bulk TCP flows over a dumbbell with one drop-tail bottleneck. Each data packet costs
 * one event: its departure from the FIFO bottleneck is known when it is queued, and its ACK comes
 * back one RTT after that (receivers ACK every segment at once; no delayed ACKs). The
 * {@link CongestionControl} decides the window. Deterministic: same config, same result.
 *
 * <p>Without SACK, loss detection is RFC 5681 §3.2's three duplicate ACKs, recovery is RFC 5681
 * (Reno) or RFC 6582 (NewReno: one hole per round trip), and a lost retransmission waits for the
 * retransmission timer (RFC 6298: 1 s minimum, doubling back-off), which resends everything
 * unacknowledged. With SACK (RFC 2018, Linux's default) the sender keeps Linux's scoreboard
 * (SACKed, lost, retransmitted; in flight = outstanding − SACKed − lost + retransmitted, RFC 6675's
 * "pipe") and detects losses with RACK (RFC 8985 §6.2): a segment is lost when one sent after it
 * has been delivered and RTT + reo_wnd has passed since it was sent. That finds lost
 * retransmissions too, which are sent again in the same recovery instead of waiting for the timer.
 */
public final class DumbbellSimulator {

    private static final int ACK = 0;
    private static final int SEND = 1;
    private static final int TIMER = 2;
    private static final int SAMPLE = 3;
    private static final int HEADER_BYTES = 40;
    private static final long MIN_RTO = 1_000_000_000L;
    private static final long MAX_RTO = 60_000_000_000L;
    private static final int MAX_EVENTS = 100_000;
    /** Events between progress reports: a few per millisecond of wall time, cheap next to the work. */
    private static final int REPORT_EVERY = 1 << 14;

    private final DumbbellConfig config;
    private final EventQueue queue = new EventQueue();
    private final FlowRun[] flows;
    private final int wireBytes;
    private final DropTailBottleneck bottleneck;
    private long rng;
    private final Series samples = new Series();
    private final Series rounds = new Series();
    private final List<DumbbellResult.Event> events = new ArrayList<>();
    private final RateSample rs = new RateSample();

    private DumbbellSimulator(DumbbellConfig config) {
        this.config = config;
        this.wireBytes = config.mss() + HEADER_BYTES;
        this.rng = config.seed() ^ 0x9E3779B97F4A7C15L;
        this.bottleneck = new DropTailBottleneck(config, wireBytes, this::nextRandom, config.durationNs());
        flows = new FlowRun[config.flows().size()];
        for (int i = 0; i < flows.length; i++) {
            DumbbellConfig.Flow f = config.flows().get(i);
            flows[i] = new FlowRun(i, f, Algorithms.create(f.algorithm(), nextRandom()), config.mss());
        }
    }

    public static DumbbellResult run(DumbbellConfig config) {
        return run(config, Progress.NONE);
    }

    /**
     * Runs the dumbbell, reporting simulated time as a fraction of the run every few thousand
     * events; {@code progress} cancels the run by throwing CancellationException.
     */
    public static DumbbellResult run(DumbbellConfig config, Progress progress) {
        return new DumbbellSimulator(config).simulate(progress);
    }

    private long nextRandom() {
        long z = (rng += 0x9E3779B97F4A7C15L); // SplitMix64
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private DumbbellResult simulate(Progress progress) {
        for (FlowRun f : flows) {
            queue.add(f.spec.startNs(), SEND, f.index);
        }
        queue.add(0, SAMPLE, 0);
        long end = config.durationNs();
        int untilReport = REPORT_EVERY;
        while (!queue.isEmpty()) {
            queue.poll();
            long now = queue.topTime;
            if (now > end) {
                break;
            }
            if (--untilReport == 0) {
                untilReport = REPORT_EVERY;
                progress.worked((double) now / end);
            }
            int kind = queue.topKind;
            long arg = queue.topArg;
            switch (kind) {
                case ACK -> flows[(int) (arg >>> 40)].onDataArrived(arg & 0xFF_FFFF_FFFFL, now);
                case SEND -> flows[(int) arg].onSendTimer(now);
                case TIMER -> flows[(int) arg].onTimer(now);
                default -> sample(now);
            }
        }
        List<DumbbellResult.FlowTotals> totals = new ArrayList<>();
        for (FlowRun f : flows) {
            totals.add(new DumbbellResult.FlowTotals(f.spec.algorithm(), f.sentBytes, f.throughputBytes,
                    f.goodputBytes, f.retransmissions, end - f.spec.startNs()));
        }
        return new DumbbellResult(config, samples, rounds, List.copyOf(events), List.copyOf(totals), bottleneck.bytesSent(),
                bottleneck.offered());
    }

    private void sample(long now) {
        int q = bottleneck.queueLength(now);
        for (FlowRun f : flows) {
            if (f.started) {
                samples.add(now, f.index, f.s, q);
            }
        }
        queue.add(now + config.sampleIntervalNs(), SAMPLE, 0);
    }

    private void event(long now, FlowRun f, DumbbellResult.EventKind kind) {
        if (events.size() < MAX_EVENTS) {
            events.add(new DumbbellResult.Event(now, f.index, kind, f.s.phase, f.s.cwnd, f.s.ssthresh, f.s.bytesInFlight,
                    0, 0, 0, false));
        }
    }

    /** One sender and its receiver. */
    private final class FlowRun {
        final int index;
        final DumbbellConfig.Flow spec;
        final CongestionControl cc;
        final SenderState s;
        boolean started;
        final long[] drops;
        // sender, in segment numbers
        long sndUna;
        long sndNxt;
        long highSent;
        long recoverNext = -1;
        int dupAcks;
        boolean inRecovery;
        long rto = MIN_RTO;
        long rtoAt = -1;
        /** Time of the earliest TIMER event still queued, or Long.MAX_VALUE. */
        long timerEventAt = Long.MAX_VALUE;
        boolean sendPending;
        long nextSendTime;
        long lastDeliveredTime;
        long roundEnd;
        Phase lastPhase;
        long[] sentTime = new long[1024];
        long[] priorDelivered = new long[1024];
        long[] priorDeliveredTime = new long[1024];
        long[] priorFirstSent = new long[1024];
        long firstSentTime;
        boolean[] retransmitted = new boolean[1024];
        // SACK scoreboard, as Linux's tcp_sock counts it: TCPCB_LOST and TCPCB_SACKED_RETRANS per segment
        boolean[] lost = new boolean[1024];
        boolean[] rtxOut = new boolean[1024];
        int sackedOut;
        int lostOut;
        int retransOut;
        long recoveryPoint;
        final LongFifo lostQueue = new LongFifo();
        // RACK (RFC 8985): transmissions in send order (Linux's tsorted_sent_queue) and the newest delivered.
        // A segment is in it at most once: it leaves when marked lost (or all leave on an RTO) before it
        // can be sent again, so its entry's send time is always sentTime[slot].
        final LongFifo sentSeq = new LongFifo();
        long rackXmit = -1;
        long rackSeq;
        long rackRtt;
        long rackAt = -1;
        int pendingLosses;
        // receiver
        long rcvNxt;
        boolean[] outOfOrder = new boolean[1024];
        long highestReceived = -1;
        // totals
        long sentBytes;
        long throughputBytes;
        long goodputBytes;
        long retransmissions;

        FlowRun(int index, DumbbellConfig.Flow spec, CongestionControl cc, int mss) {
            this.index = index;
            this.spec = spec;
            this.cc = cc;
            this.s = new SenderState(mss, 10); // RFC 6928 initial window
            this.drops = spec.drops().stream().mapToLong(d -> d - 1).toArray();
        }

        void onSendTimer(long now) {
            sendPending = false;
            if (!started) {
                started = true;
                lastDeliveredTime = now;
                firstSentTime = now;
                cc.init(s, now);
                lastPhase = s.phase;
            }
            trySend(now);
        }

        private void grow(long seq) {
            while (seq - sndUna >= sentTime.length || seq - rcvNxt >= outOfOrder.length) {
                int n = sentTime.length * 2;
                sentTime = regrow(sentTime, n);
                priorDelivered = regrow(priorDelivered, n);
                priorDeliveredTime = regrow(priorDeliveredTime, n);
                priorFirstSent = regrow(priorFirstSent, n);
                boolean[] r = new boolean[n];
                boolean[] o = new boolean[n];
                boolean[] l = new boolean[n];
                boolean[] x = new boolean[n];
                for (int i = 0; i < retransmitted.length; i++) {
                    int to = (int) (relocate(i, retransmitted.length, sndUna) & (n - 1));
                    r[to] = retransmitted[i];
                    l[to] = lost[i];
                    x[to] = rtxOut[i];
                    o[(int) (relocate(i, outOfOrder.length, rcvNxt) & (n - 1))] = outOfOrder[i];
                }
                retransmitted = r;
                outOfOrder = o;
                lost = l;
                rtxOut = x;
            }
        }

        private long[] regrow(long[] a, int n) {
            long[] b = new long[n];
            for (int i = 0; i < a.length; i++) {
                b[(int) (relocate(i, a.length, sndUna) & (n - 1))] = a[i];
            }
            return b;
        }

        /** The sequence number that slot i of a ring of length len holds, given the window base. */
        private long relocate(int i, int len, long base) {
            long baseSlot = base & (len - 1);
            return base + ((i - baseSlot) & (len - 1));
        }

        void trySend(long now) {
            if (config.sack()) {
                trySendSack(now);
                return;
            }
            while ((sndNxt - sndUna + 1) * s.mss <= s.cwnd) {
                if (s.pacingRate > 0 && now < nextSendTime) {
                    if (!sendPending) {
                        sendPending = true;
                        queue.add(nextSendTime, SEND, index);
                    }
                    return;
                }
                transmit(sndNxt++, now);
                if (s.pacingRate > 0) {
                    nextSendTime = Math.max(nextSendTime, now) + Math.round(s.mss * 1e9 / s.pacingRate);
                }
            }
        }

        /**
         * RFC 6675 §5: while cwnd − pipe ≥ 1 SMSS, send NextSeg(): first a segment marked lost and
         * not yet retransmitted (rule 1), else new data (rule 2). Pacing applies to both.
         */
        private void trySendSack(long now) {
            while ((pipe() + 1) * s.mss <= s.cwnd) {
                if (s.pacingRate > 0 && now < nextSendTime) {
                    if (!sendPending) {
                        sendPending = true;
                        queue.add(nextSendTime, SEND, index);
                    }
                    return;
                }
                long seq = nextLost();
                if (seq < 0) {
                    seq = sndNxt++;
                }
                transmit(seq, now);
                if (s.pacingRate > 0) {
                    nextSendTime = Math.max(nextSendTime, now) + Math.round(s.mss * 1e9 / s.pacingRate);
                }
            }
        }

        /** Linux's tcp_packets_in_flight: outstanding − SACKed − lost + retransmitted (RFC 6675 pipe), segments. */
        long pipe() {
            return highSent - sndUna - sackedOut - lostOut + retransOut;
        }

        /** The oldest segment marked lost and not retransmitted since, or -1. */
        private long nextLost() {
            while (!lostQueue.isEmpty()) {
                long seq = lostQueue.poll();
                if (seq < sndUna) {
                    continue;
                }
                int slot = (int) (seq & (sentTime.length - 1));
                if (lost[slot] && !rtxOut[slot] && !outOfOrder[(int) (seq & (outOfOrder.length - 1))]) {
                    return seq;
                }
            }
            return -1;
        }

        void transmit(long seq, long now) {
            grow(seq);
            int slot = (int) (seq & (sentTime.length - 1));
            boolean again = seq < highSent;
            if (config.sack()) {
                if (again) {
                    if (!rtxOut[slot]) {
                        rtxOut[slot] = true;
                        retransOut++;
                    }
                } else {
                    lost[slot] = false;
                    rtxOut[slot] = false;
                }
                sentSeq.add(seq);
            }
            sentTime[slot] = now;
            priorDelivered[slot] = s.delivered;
            priorDeliveredTime[slot] = lastDeliveredTime;
            priorFirstSent[slot] = firstSentTime;
            retransmitted[slot] = again;
            highSent = Math.max(highSent, seq + 1);
            sentBytes += s.mss;
            if (again) {
                retransmissions++;
            }
            s.bytesInFlight = flight();
            long depart;
            if (!again && drops.length > 0 && java.util.Arrays.binarySearch(drops, seq) >= 0) {
                bottleneck.offeredAndDropped(); // offered to the bottleneck and dropped there, as the scenario asks
                depart = -1;
            } else {
                depart = bottleneck.offer(now);
            }
            if (depart >= 0) {
                if (depart <= config.durationNs()) {
                    throughputBytes += wireBytes;
                }
                queue.add(depart + spec.rttNs(), ACK, ((long) index << 40) | seq);
            }
            if (rtoAt < 0) {
                armTimer(now);
            }
        }

        /** Bytes in flight as the sender counts them: RFC 6675's pipe with SACK, else snd.nxt − snd.una. */
        long flight() {
            return (config.sack() ? pipe() : sndNxt - sndUna) * s.mss;
        }

        void armTimer(long now) {
            rtoAt = now + rto;
            wakeAt(rtoAt);
        }

        /** Makes sure a TIMER event is queued at or before {@code t}; late ones re-check their deadlines. */
        private void wakeAt(long t) {
            if (t < timerEventAt) {
                timerEventAt = t;
                queue.add(t, TIMER, index);
            }
        }

        void onTimer(long now) {
            if (now >= timerEventAt) {
                timerEventAt = Long.MAX_VALUE;
            }
            if (rackAt >= 0 && rackAt <= now) {
                rackAt = -1;
                int newlyLost = rackDetectLoss(now);
                if (newlyLost > 0) {
                    pendingLosses += newlyLost;
                    if (s.caState == SenderState.CaState.OPEN) {
                        long flightAtLoss = flight();
                        enterRecoverySack(now);
                        fastRetransmitEvent(now, flightAtLoss);
                    }
                    trySend(now);
                }
            }
            if (rackAt >= 0) {
                wakeAt(rackAt);
            }
            if (rtoAt < 0 || highSent == sndUna) {
                rtoAt = -1;
                return;
            }
            if (rtoAt > now) {
                wakeAt(rtoAt);
                return;
            }
            if (config.sack()) {
                onTimeoutSack(now);
                return;
            }
            // RFC 6298 §5.4-5.6 and RFC 5681 §3.1: retransmit the earliest segment, back off, cwnd = 1 SMSS.
            s.bytesInFlight = (sndNxt - sndUna) * s.mss;
            long flightBefore = s.bytesInFlight;
            timeout(now);
            recoverNext = sndNxt;
            inRecovery = false;
            dupAcks = 0;
            sndNxt = sndUna; // go back N: everything unacknowledged is sent again
            s.bytesInFlight = 0;
            rto = Math.min(rto * 2, MAX_RTO);
            rtoAt = -1;
            nextSendTime = now;
            event(now, DumbbellResult.EventKind.RTO, flightBefore, sndUna + 1, 0, recoverNext, true);
            lastPhase = s.phase;
            transmit(sndNxt++, now);
            trySend(now);
        }

        /**
         * An RTO with SACK, as Linux's tcp_enter_loss does it: every outstanding segment not SACKed
         * is marked lost (SACKed ones are not resent), cwnd restarts from 1 segment and the lost
         * ones go out again in slow start; the Loss state lasts until everything sent before the
         * timeout is acknowledged.
         */
        /**
         * The window's side of a timeout. One that fires in the middle of fast recovery keeps the
         * ssthresh recovery set, as Linux's tcp_enter_loss does: the flight it would halve again
         * counts the new data the inflated recovery window let out (RFC 5681 §3.2 step 4), and
         * halving that would send slow start far past the link, only to lose a window again.
         */
        private void timeout(long now) {
            boolean inFastRecovery = s.caState == SenderState.CaState.RECOVERY;
            long recoverySsthresh = s.ssthresh;
            s.caState = SenderState.CaState.LOSS;
            cc.onRetransmissionTimeout(s, now);
            if (inFastRecovery && !cc.modelBased()) {
                s.ssthresh = recoverySsthresh;
            }
        }

        private void onTimeoutSack(long now) {
            long flightBefore = flight();
            s.bytesInFlight = (highSent - sndUna) * s.mss; // FlightSize for ssthresh (RFC 5681 eq. 4)
            timeout(now);
            lostQueue.clear();
            sentSeq.clear();
            rackAt = -1;
            retransOut = 0;
            lostOut = 0;
            for (long q = sndUna; q < highSent; q++) {
                int slot = (int) (q & (sentTime.length - 1));
                rtxOut[slot] = false;
                lost[slot] = !outOfOrder[(int) (q & (outOfOrder.length - 1))];
                if (lost[slot]) {
                    lostOut++;
                    lostQueue.add(q);
                }
            }
            recoveryPoint = highSent;
            rto = Math.min(rto * 2, MAX_RTO);
            rtoAt = -1;
            nextSendTime = now;
            s.bytesInFlight = flight();
            event(now, DumbbellResult.EventKind.RTO, flightBefore, sndUna + 1, 0, recoveryPoint, true);
            lastPhase = s.phase;
            trySend(now);
        }

        /** A data segment reached the receiver; its ACK reaches the sender now (ACK path is uncongested). */
        void onDataArrived(long seq, long now) {
            if (seq >= rcvNxt) {
                grow(seq);
            }
            highestReceived = Math.max(highestReceived, seq);
            boolean fresh = seq >= rcvNxt && !outOfOrder[(int) (seq & (outOfOrder.length - 1))];
            boolean sack = config.sack();
            if (fresh) {
                rateSample(seq, now);
                if (sack) {
                    delivered(seq, now);
                }
            }
            if (seq == rcvNxt) {
                rcvNxt++;
                goodputBytes += s.mss;
                while (outOfOrder[(int) (rcvNxt & (outOfOrder.length - 1))]) {
                    outOfOrder[(int) (rcvNxt & (outOfOrder.length - 1))] = false;
                    rcvNxt++;
                    goodputBytes += s.mss;
                    if (sack) {
                        sackedOut--; // was SACKed, now cumulatively acknowledged
                    }
                }
            } else if (fresh) {
                grow(seq);
                outOfOrder[(int) (seq & (outOfOrder.length - 1))] = true;
                if (sack) {
                    sackedOut++;
                }
            }
            if (sack) {
                onAckSack(rcvNxt, fresh, now);
            } else {
                onAck(rcvNxt, seq, now);
            }
        }

        /** A segment arrived for the first time: it is neither lost nor a retransmission in flight any more. */
        private void delivered(long seq, long now) {
            int slot = (int) (seq & (sentTime.length - 1));
            if (lost[slot]) {
                lost[slot] = false;
                lostOut--;
            }
            if (rtxOut[slot]) {
                rtxOut[slot] = false;
                retransOut--;
            }
            // RFC 8985 §6.2 step 2: remember the most recently sent segment delivered and its RTT,
            // except a retransmission ACKed sooner than min_RTT (the ACK may be for the original).
            long rtt = now - sentTime[slot];
            if (retransmitted[slot] && rtt < s.minRtt) {
                return;
            }
            if (sentTime[slot] > rackXmit || (sentTime[slot] == rackXmit && seq > rackSeq)) {
                rackXmit = sentTime[slot];
                rackSeq = seq;
                rackRtt = rtt;
            }
        }

        /**
         * RFC 8985 §6.2 step 4: reo_wnd is min_RTT/4 (capped at SRTT), but 0 while in recovery or once
         * DupThresh segments are SACKed, as long as no reordering has been seen (this path never reorders);
         * Linux's tcp_rack_reo_wnd.
         */
        private long reoWnd() {
            if (s.caState != SenderState.CaState.OPEN || sackedOut >= 3) {
                return 0;
            }
            return Math.min(s.minRtt / 4, s.srtt);
        }

        /**
         * RFC 8985 §6.2 step 5, RACK_detect_loss: walking transmissions oldest first, a segment not
         * delivered and sent before the newest delivered one is lost once RACK.rtt + reo_wnd has passed
         * since it was sent; for a younger one the reordering timer is armed. Delivered and already
         * lost segments leave the walk for good, so each transmission is looked at about once.
         * Returns how many segments were newly marked lost.
         */
        private int rackDetectLoss(long now) {
            if (rackXmit < 0) {
                return 0;
            }
            long reo = reoWnd();
            int newlyLost = 0;
            while (!sentSeq.isEmpty()) {
                long seq = sentSeq.peek();
                if (seq < sndUna) {
                    sentSeq.poll();
                    continue;
                }
                int slot = (int) (seq & (sentTime.length - 1));
                if (outOfOrder[(int) (seq & (outOfOrder.length - 1))] || (lost[slot] && !rtxOut[slot])) {
                    sentSeq.poll(); // SACKed, or already waiting to be resent
                    continue;
                }
                long t = sentTime[slot];
                if (t > rackXmit || (t == rackXmit && seq >= rackSeq)) {
                    break; // sent after the newest delivered segment: nothing to say yet
                }
                long wait = t + rackRtt + reo - now;
                if (wait > 0) {
                    rackAt = now + wait;
                    wakeAt(rackAt);
                    break;
                }
                sentSeq.poll();
                if (lost[slot]) { // a retransmission was lost too (RFC 8985 §6.2, Linux tcp_rack_detect_loss)
                    rtxOut[slot] = false;
                    retransOut--;
                    event(now, DumbbellResult.EventKind.LOST_RETRANSMISSION, flight(), seq + 1, 0, recoveryPoint,
                            false);
                } else {
                    lost[slot] = true;
                    lostOut++;
                }
                lostQueue.add(seq);
                newlyLost++;
            }
            return newlyLost;
        }

        /**
         * An ACK with SACK information: RACK marks losses, recovery follows RFC 6675 (cwnd = ssthresh on
         * entry, no growth until everything outstanding at the loss is acknowledged), and NextSeg()
         * resends lost segments, lost retransmissions included, within cwnd.
         */
        private void onAckSack(long ack, boolean fresh, long now) {
            long ackedBytes = 0;
            if (ack > sndUna) {
                ackedBytes = (ack - sndUna) * s.mss;
                sndUna = ack;
                dupAcks = 0;
            }
            int newlyLost = rackDetectLoss(now);
            boolean entered = false;
            long flightAtLoss = 0;
            if (newlyLost > 0 && s.caState == SenderState.CaState.OPEN) {
                flightAtLoss = flight();
                enterRecoverySack(now);
                entered = true;
            }
            if (s.caState != SenderState.CaState.OPEN && sndUna >= recoveryPoint) {
                // RFC 6675 §5: recovery ends when the cumulative ACK covers RecoveryPoint. cwnd is
                // already ssthresh (fast recovery) or has slow-started back (after an RTO).
                s.caState = SenderState.CaState.OPEN;
                if (!cc.modelBased()) {
                    s.phase = s.cwnd < s.ssthresh ? Phase.SLOW_START : Phase.CONGESTION_AVOIDANCE;
                }
            }
            s.bytesInFlight = flight();
            if (cc.modelBased()) {
                if (fresh || ackedBytes > 0) {
                    rs.ackedBytes = fresh ? s.mss : 0; // Linux's acked_sacked: newly delivered
                    rs.losses = newlyLost + pendingLosses;
                    pendingLosses = 0;
                    cc.onRateSample(s, rs, now);
                }
            } else if (ackedBytes > 0 && s.caState != SenderState.CaState.RECOVERY && !entered) {
                cc.onAck(s, ackedBytes, now); // slow start or congestion avoidance, also after an RTO
            }
            if (ackedBytes > 0) {
                if (highSent > sndUna) {
                    armTimer(now); // RFC 6298 §5.3
                } else {
                    rtoAt = -1;
                }
                if (ack >= roundEnd) {
                    rounds.add(now, index, s, bottleneck.queueLength(now));
                    roundEnd = highSent;
                }
            }
            if (entered) {
                // Recorded after the control reacted (BBR sets its window on this same ACK).
                fastRetransmitEvent(now, flightAtLoss);
            }
            if (s.phase != lastPhase) {
                lastPhase = s.phase;
                DumbbellSimulator.this.event(now, this, DumbbellResult.EventKind.PHASE_CHANGE);
            }
            trySend(now);
            s.bytesInFlight = flight();
        }

        /** RFC 6675 §5 step 4 (entered by RACK, RFC 8985 §6.2, which includes the DupThresh case). */
        private void enterRecoverySack(long now) {
            s.bytesInFlight = (highSent - sndUna) * s.mss; // FlightSize (RFC 5681 eq. 4)
            cc.onCongestionEvent(s, now);
            recoveryPoint = highSent;
            s.caState = SenderState.CaState.RECOVERY;
            if (cc.recovery() == CongestionControl.Recovery.TAHOE) {
                s.ssthresh = cc.ssthreshAfterLoss(s); // no fast recovery: slow start from one segment
                s.cwnd = s.mss;
                s.phase = Phase.SLOW_START;
                s.caState = SenderState.CaState.LOSS;
            } else if (!cc.modelBased()) {
                s.ssthresh = cc.ssthreshAfterLoss(s);
                s.cwnd = s.ssthresh; // RFC 6675 §5 (4.2): cwnd = ssthresh, no inflation with SACK
                s.phase = Phase.FAST_RECOVERY;
            }
            s.bytesInFlight = flight();
        }

        private void fastRetransmitEvent(long now, long flightAtLoss) {
            long first = lostQueue.isEmpty() ? sndUna : lostQueue.peek();
            event(now, DumbbellResult.EventKind.FAST_RETRANSMIT, flightAtLoss, first + 1, 0, recoveryPoint, false);
            lastPhase = s.phase;
        }

        /**
         * Counts a segment's first arrival as delivered (what SACK would report) and takes a
         * delivery-rate sample from it (draft-cheng-iccrg-delivery-rate-estimation §3).
         */
        private void rateSample(long seq, long now) {
            int slot = (int) (seq & (sentTime.length - 1));
            long rtt = retransmitted[slot] ? 0 : now - sentTime[slot];
            if (rtt > 0) {
                updateRtt(rtt);
            }
            s.delivered += s.mss;
            lastDeliveredTime = now;
            rs.priorDelivered = priorDelivered[slot];
            rs.deliveredBytes = s.delivered - priorDelivered[slot];
            // Interval = max(send elapsed, ACK elapsed); shorter than min RTT is no sample (Linux tcp_rate.c).
            rs.interval = Math.max(now - priorDeliveredTime[slot], sentTime[slot] - priorFirstSent[slot]);
            if (rs.interval < s.minRtt || retransmitted[slot]) {
                rs.interval = 0;
            }
            firstSentTime = sentTime[slot];
            rs.rtt = rtt;
            rs.losses = 0;
            if (rs.interval > 0) {
                s.deliveryRate = rs.rate();
            }
        }

        /** An ACK without SACK information: RFC 5681 §3.2 and RFC 6582 §3.2. */
        void onAck(long ack, long seq, long now) {
            if (ack > sndUna) {
                long acked = (ack - sndUna) * s.mss;
                long flightBefore = (sndNxt - sndUna) * s.mss;
                rs.ackedBytes = acked;
                sndUna = ack;
                if (sndNxt < sndUna) {
                    sndNxt = sndUna;
                }
                s.bytesInFlight = (sndNxt - sndUna) * s.mss;
                dupAcks = 0;
                if (s.caState == SenderState.CaState.LOSS && ack >= recoverNext) {
                    s.caState = SenderState.CaState.OPEN; // everything sent before the timeout is acknowledged
                }
                if (inRecovery) {
                    if (cc.recovery() == CongestionControl.Recovery.RENO || ack >= recoverNext) {
                        // RFC 5681 §3.2 step 6 (Reno: the first ACK of new data ends recovery) / RFC 6582
                        // §3.2 step 3 (NewReno: the full ACK). Step 3 allows cwnd = min(ssthresh,
                        // max(FlightSize, SMSS) + SMSS) or cwnd = ssthresh; this simulator takes the
                        // second option, as RFC 5681 §3.2 step 6 does for Reno ("deflating" the window).
                        inRecovery = false;
                        s.caState = SenderState.CaState.OPEN;
                        if (!cc.modelBased()) {
                            s.cwnd = s.ssthresh;
                            s.phase = Phase.CONGESTION_AVOIDANCE;
                        }
                    } else {
                        // RFC 6582 §3.2 step 4: a partial ACK. Retransmit the first unacknowledged segment,
                        // deflate cwnd by the amount newly acknowledged and add back one SMSS if that was at
                        // least one SMSS (step 5 of RFC 6582 §3.2 for the sending), and send new data if
                        // cwnd allows. The retransmission timer restarts on every partial ACK, as on any
                        // ACK of new data (RFC 6298 §5.3) and as Linux does: RFC 6582 §4 calls this the
                        // "Slow-but-Steady" variant. §3.2 itself restarts it on the first partial ACK only
                        // ("Impatient"), which turns a recovery of more holes than RTO / RTT into a timeout.
                        transmit(sndUna, now);
                        if (!cc.modelBased()) {
                            s.cwnd = Math.max(s.mss, s.cwnd - acked + (acked >= s.mss ? s.mss : 0));
                        }
                        event(now, DumbbellResult.EventKind.PARTIAL_ACK, flightBefore, sndUna + 1, acked, recoverNext,
                                true);
                    }
                } else {
                    cc.onAck(s, acked, now);
                }
                if (cc.modelBased()) {
                    rs.losses = pendingLosses;
                    pendingLosses = 0;
                    cc.onRateSample(s, rs, now);
                }
                if (sndNxt == sndUna) {
                    rtoAt = -1;
                } else {
                    armTimer(now); // RFC 6298 §5.3, partial ACKs included
                }
                if (ack >= roundEnd) {
                    rounds.add(now, index, s, bottleneck.queueLength(now));
                    roundEnd = sndNxt;
                }
            } else if (ack == sndUna && sndNxt > sndUna) {
                dupAcks++;
                if (!inRecovery && dupAcks == 3 && (cc.recovery() != CongestionControl.Recovery.NEWRENO
                        || ack > recoverNext)) {
                    enterRecovery(now);
                } else if (inRecovery) {
                    if (!cc.modelBased()) {
                        s.cwnd += s.mss; // RFC 5681 §3.2 step 4: each further duplicate ACK inflates cwnd
                    }
                }
            }
            if (s.phase != lastPhase) {
                lastPhase = s.phase;
                DumbbellSimulator.this.event(now, this, DumbbellResult.EventKind.PHASE_CHANGE);
            }
            trySend(now);
        }

        /** Three duplicate ACKs without SACK: RFC 5681 §3.2 steps 2-3 (Tahoe: RFC 5681 §3.1's restart). */
        private void enterRecovery(long now) {
            s.bytesInFlight = (sndNxt - sndUna) * s.mss;
            long flightBefore = s.bytesInFlight;
            cc.onCongestionEvent(s, now);
            recoverNext = sndNxt; // RFC 6582 §3.2 step 2: recover = the highest sequence number sent
            if (cc.recovery() == CongestionControl.Recovery.TAHOE) {
                s.ssthresh = cc.ssthreshAfterLoss(s);
                s.cwnd = s.mss;
                s.phase = Phase.SLOW_START;
                sndNxt = sndUna;
                s.bytesInFlight = 0;
                event(now, DumbbellResult.EventKind.FAST_RETRANSMIT, flightBefore, sndUna + 1, 0, recoverNext, false);
                transmit(sndNxt++, now);
                return;
            }
            inRecovery = true;
            s.caState = SenderState.CaState.RECOVERY;
            if (!cc.modelBased()) {
                s.ssthresh = cc.ssthreshAfterLoss(s); // RFC 5681 eq. 4
                s.cwnd = s.ssthresh + 3L * s.mss;     // RFC 5681 §3.2 step 3
                s.phase = Phase.FAST_RECOVERY;
            } else {
                pendingLosses++;
            }
            event(now, DumbbellResult.EventKind.FAST_RETRANSMIT, flightBefore, sndUna + 1, 0, recoverNext, false);
            transmit(sndUna, now);
        }

        private void event(long now, DumbbellResult.EventKind kind, long flight, long segment, long acked,
                           long recover, boolean timerRestarted) {
            if (events.size() < MAX_EVENTS) {
                events.add(new DumbbellResult.Event(now, index, kind, s.phase, s.cwnd, s.ssthresh, flight, segment,
                        acked, recover, timerRestarted));
            }
        }

        private void updateRtt(long r) {
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
}
