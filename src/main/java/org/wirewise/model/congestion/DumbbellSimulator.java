package org.wirewise.model.congestion;

import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.sim.Progress;

/**
 * Simulates bulk TCP flows over a dumbbell with one drop-tail bottleneck. Each data packet costs
 * one event: its departure from the FIFO bottleneck is known when it is queued, and its ACK comes
 * back one RTT after that (receivers ACK every segment at once, cumulatively; no delayed ACKs, no
 * SACK). Loss detection follows RFC 5681 §3.2 (three duplicate ACKs) and RFC 6298 (the
 * retransmission timer, 1 s minimum, doubling back-off); the {@link CongestionControl} decides the
 * window. Deterministic: same config, same result.
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
    private final long txTime;
    private final int wireBytes;
    private long[] departures = new long[1024];
    private int depHead;
    private int depSize;
    private long lastDeparture;
    private long rng;
    private long bottleneckBytes;
    private long packets;
    private final Series samples = new Series();
    private final Series rounds = new Series();
    private final List<DumbbellResult.Event> events = new ArrayList<>();
    private final RateSample rs = new RateSample();

    private DumbbellSimulator(DumbbellConfig config) {
        this.config = config;
        this.wireBytes = config.mss() + HEADER_BYTES;
        this.txTime = Math.max(1, Math.round(wireBytes * 8e9 / config.bandwidthBps()));
        this.rng = config.seed() ^ 0x9E3779B97F4A7C15L;
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
        return new DumbbellResult(config, samples, rounds, List.copyOf(events), List.copyOf(totals), bottleneckBytes,
                packets);
    }

    private void sample(long now) {
        int q = queueLength(now);
        for (FlowRun f : flows) {
            if (f.started) {
                samples.add(now, f.index, f.s, q);
            }
        }
        queue.add(now + config.sampleIntervalNs(), SAMPLE, 0);
    }

    /** Packets at the bottleneck (waiting or being sent) at {@code now}. */
    private int queueLength(long now) {
        while (depSize > 0 && departures[depHead] <= now) {
            depHead = (depHead + 1) & (departures.length - 1);
            depSize--;
        }
        return depSize;
    }

    /** Offers a packet to the bottleneck; returns its departure time or -1 when dropped. */
    private long enqueue(long now) {
        packets++;
        if (config.lossRate() > 0 && (nextRandom() >>> 11) * 0x1.0p-53 < config.lossRate()) {
            return -1;
        }
        if (queueLength(now) >= config.bufferPackets() + 1) {
            return -1;
        }
        if (depSize == departures.length) {
            long[] bigger = new long[departures.length * 2];
            for (int i = 0; i < depSize; i++) {
                bigger[i] = departures[(depHead + i) & (departures.length - 1)];
            }
            departures = bigger;
            depHead = 0;
        }
        long depart = Math.max(now, lastDeparture) + txTime;
        lastDeparture = depart;
        departures[(depHead + depSize) & (departures.length - 1)] = depart;
        depSize++;
        if (depart <= config.durationNs()) {
            bottleneckBytes += wireBytes;
        }
        return depart;
    }

    private void event(long now, FlowRun f, DumbbellResult.EventKind kind) {
        if (events.size() < MAX_EVENTS) {
            events.add(new DumbbellResult.Event(now, f.index, kind, f.s.phase, f.s.cwnd, f.s.ssthresh));
        }
    }

    /** One sender and its receiver. */
    private final class FlowRun {
        final int index;
        final DumbbellConfig.Flow spec;
        final CongestionControl cc;
        final SenderState s;
        boolean started;
        // sender, in segment numbers
        long sndUna;
        long sndNxt;
        long highSent;
        long recoverNext = -1;
        int dupAcks;
        boolean inRecovery;
        boolean partialAckSeen;
        long rto = MIN_RTO;
        long rtoAt = -1;
        boolean timerPending;
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
        // receiver
        long rcvNxt;
        boolean[] outOfOrder = new boolean[1024];
        long highestReceived = -1;
        long retransmitNext;
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
                for (int i = 0; i < retransmitted.length; i++) {
                    r[(int) (relocate(i, retransmitted.length, sndUna) & (n - 1))] = retransmitted[i];
                    o[(int) (relocate(i, outOfOrder.length, rcvNxt) & (n - 1))] = outOfOrder[i];
                }
                retransmitted = r;
                outOfOrder = o;
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

        void transmit(long seq, long now) {
            grow(seq);
            int slot = (int) (seq & (sentTime.length - 1));
            boolean again = seq < highSent;
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
            s.bytesInFlight = (sndNxt - sndUna) * s.mss;
            long depart = enqueue(now);
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

        void armTimer(long now) {
            rtoAt = now + rto;
            if (!timerPending) {
                timerPending = true;
                queue.add(rtoAt, TIMER, index);
            }
        }

        void onTimer(long now) {
            timerPending = false;
            if (rtoAt < 0 || sndNxt == sndUna) {
                rtoAt = -1;
                return;
            }
            if (rtoAt > now) {
                timerPending = true;
                queue.add(rtoAt, TIMER, index);
                return;
            }
            // RFC 6298 §5.4-5.6 and RFC 5681 §3.1: retransmit the earliest segment, back off, cwnd = 1 SMSS.
            s.bytesInFlight = (sndNxt - sndUna) * s.mss;
            cc.onRetransmissionTimeout(s, now);
            recoverNext = sndNxt;
            inRecovery = false;
            dupAcks = 0;
            sndNxt = sndUna; // go back N: everything unacknowledged is sent again
            s.bytesInFlight = 0;
            rto = Math.min(rto * 2, MAX_RTO);
            rtoAt = -1;
            nextSendTime = now;
            event(now, this, DumbbellResult.EventKind.RTO);
            lastPhase = s.phase;
            transmit(sndNxt++, now);
            trySend(now);
        }

        /** A data segment reached the receiver; its ACK reaches the sender now (ACK path is uncongested). */
        void onDataArrived(long seq, long now) {
            if (seq >= rcvNxt) {
                grow(seq);
            }
            highestReceived = Math.max(highestReceived, seq);
            boolean fresh = seq >= rcvNxt && !outOfOrder[(int) (seq & (outOfOrder.length - 1))];
            if (fresh) {
                rateSample(seq, now);
            }
            if (seq == rcvNxt) {
                rcvNxt++;
                goodputBytes += s.mss;
                while (outOfOrder[(int) (rcvNxt & (outOfOrder.length - 1))]) {
                    outOfOrder[(int) (rcvNxt & (outOfOrder.length - 1))] = false;
                    rcvNxt++;
                    goodputBytes += s.mss;
                }
            } else if (fresh) {
                grow(seq);
                outOfOrder[(int) (seq & (outOfOrder.length - 1))] = true;
            }
            onAck(rcvNxt, seq, now);
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
            rs.losses = false;
            if (rs.interval > 0) {
                s.deliveryRate = rs.rate();
            }
        }

        void onAck(long ack, long seq, long now) {
            if (ack > sndUna) {
                long acked = (ack - sndUna) * s.mss;
                rs.ackedBytes = acked;
                sndUna = ack;
                if (sndNxt < sndUna) {
                    sndNxt = sndUna;
                }
                s.bytesInFlight = (sndNxt - sndUna) * s.mss;
                dupAcks = 0;
                if (inRecovery) {
                    if (cc.recovery() == CongestionControl.Recovery.RENO || ack >= recoverNext) {
                        inRecovery = false; // RFC 5681 §3.2 step 6 / RFC 6582 §3.2 step 3
                        if (!cc.modelBased()) {
                            s.cwnd = s.ssthresh;
                            s.phase = Phase.CONGESTION_AVOIDANCE;
                        }
                    } else {
                        // RFC 6582 §3.2 step 4: partial ACK. Retransmit the next hole, deflate by what was acked.
                        if (!config.sack() || retransmitNext <= sndUna) {
                            transmit(sndUna, now);
                            retransmitNext = sndUna + 1;
                        }
                        retransmitSackHole(now);
                        if (!cc.modelBased()) {
                            s.cwnd = Math.max(s.mss, s.cwnd - acked + (acked >= s.mss ? s.mss : 0));
                        }
                        if (!partialAckSeen) {
                            partialAckSeen = true;
                            armTimer(now);
                        }
                    }
                } else {
                    cc.onAck(s, acked, now);
                }
                if (cc.modelBased()) {
                    cc.onRateSample(s, rs, now);
                }
                if (sndNxt > sndUna) {
                    armTimer(now); // RFC 6298 §5.3
                } else {
                    rtoAt = -1;
                }
                if (ack >= roundEnd) {
                    rounds.add(now, index, s, queueLength(now));
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
                    retransmitSackHole(now);
                }
            }
            if (s.phase != lastPhase) {
                lastPhase = s.phase;
                event(now, this, DumbbellResult.EventKind.PHASE_CHANGE);
            }
            trySend(now);
        }

        private void enterRecovery(long now) {
            s.bytesInFlight = (sndNxt - sndUna) * s.mss;
            cc.onCongestionEvent(s, now);
            recoverNext = sndNxt;
            if (cc.recovery() == CongestionControl.Recovery.TAHOE) {
                s.ssthresh = cc.ssthreshAfterLoss(s);
                s.cwnd = s.mss;
                s.phase = Phase.SLOW_START;
                sndNxt = sndUna;
                s.bytesInFlight = 0;
                event(now, this, DumbbellResult.EventKind.FAST_RETRANSMIT);
                transmit(sndNxt++, now);
                return;
            }
            inRecovery = true;
            partialAckSeen = false;
            if (!cc.modelBased()) {
                s.ssthresh = cc.ssthreshAfterLoss(s); // RFC 5681 eq. 4
                s.cwnd = s.ssthresh + 3L * s.mss;     // RFC 5681 §3.2 step 3
                s.phase = Phase.FAST_RECOVERY;
            } else {
                rs.losses = true;
            }
            event(now, this, DumbbellResult.EventKind.FAST_RETRANSMIT);
            transmit(sndUna, now);
            retransmitNext = sndUna + 1;
        }

        /**
         * With SACK (RFC 2018, on by default in Linux) the sender knows which segments above the
         * cumulative ACK arrived; like RFC 6675's NextSeg() rule 1 it retransmits the next hole
         * below the highest SACKed segment, one per ACK, each hole once per recovery.
         */
        private void retransmitSackHole(long now) {
            if (!config.sack() || !inRecovery) {
                return;
            }
            long next = Math.max(retransmitNext, sndUna);
            while (next < highestReceived && next >= rcvNxt
                    && outOfOrder[(int) (next & (outOfOrder.length - 1))]) {
                next++;
            }
            if (next < highestReceived && next >= rcvNxt && next < sndNxt) {
                transmit(next, now);
                next++;
            }
            retransmitNext = next;
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
