package org.wirewise.model.congestion;

import java.util.Arrays;

/**
 * One sender and its receiver on the dumbbell: sequence space, pacing and sending, delivery-rate
 * samples, and the wiring of its {@link Receiver}, {@link RetransmissionTimer} and
 * {@link LossRecovery}. Its data packets go through the shared bottleneck; their ACKs come back one
 * RTT after they leave it.
 */
final class FlowRun {

    final int index;
    final DumbbellConfig.Flow spec;
    final CongestionControl cc;
    final SenderState s;
    final SegmentRing ring = new SegmentRing();
    /** What the flow's tcptrace graph draws: segments sent, ACKs, drops. */
    final FlowSequence sequence;
    final Receiver receiver;
    final RetransmissionTimer timer;
    final LossRecovery recovery;
    private final DelayedAcks delayedAcks;
    /** The sender's access link, or null when it sits at the bottleneck. */
    private final DropTailBottleneck access;
    /** Segments delivered for the first time that the ACK being processed covers (Linux's acked_sacked). */
    int ackDelivered;
    private int ackHeldChange;
    /** Shared by all flows: filled and handed to the control within one ACK. */
    final RateSample rs;
    private final DumbbellConfig config;
    private final EventQueue queue;
    private final DropTailBottleneck bottleneck;
    private final Series rounds;
    private final EventLog events;
    private final int wireBytes;
    /** Segments (counting from 0) dropped on their first transmission, sorted. */
    private final long[] drops;
    boolean started;
    // sender, in segment numbers
    long sndUna;
    long sndNxt;
    long highSent;
    private boolean sendPending;
    long nextSendTime;
    private long lastDeliveredTime;
    private long firstSentTime;
    private long roundEnd;
    Phase lastPhase;
    // totals
    long sentBytes;
    long throughputBytes;
    long retransmissions;
    long acks;

    FlowRun(int index, DumbbellConfig.Flow spec, CongestionControl cc, DumbbellConfig config, EventQueue queue,
            DropTailBottleneck bottleneck, Series rounds, EventLog events, RateSample rs, int wireBytes) {
        this.index = index;
        this.spec = spec;
        this.cc = cc;
        this.s = new SenderState(config.mss(), 10); // RFC 6928 initial window
        this.sequence = new FlowSequence(config.mss());
        this.drops = spec.drops().stream().mapToLong(d -> d - 1).toArray();
        this.config = config;
        this.queue = queue;
        this.bottleneck = bottleneck;
        this.rounds = rounds;
        this.events = events;
        this.rs = rs;
        this.wireBytes = wireBytes;
        this.receiver = new Receiver(ring, config.mss());
        this.timer = new RetransmissionTimer(queue, index);
        this.recovery = config.sack() ? new SackRecovery(this) : new DupAckRecovery(this);
        this.delayedAcks = new DelayedAcks(config.delayedAck());
        this.access = config.access().present()
                ? DropTailBottleneck.access(config.access(), wireBytes, config.durationNs()) : null;
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

    /** Sends what the window allows, paced when the control sets a pacing rate. */
    void trySend(long now) {
        while (recovery.windowOpen()) {
            if (s.pacingRate > 0 && now < nextSendTime) {
                if (!sendPending) {
                    sendPending = true;
                    queue.add(nextSendTime, DumbbellSimulator.SEND, index);
                }
                return;
            }
            transmit(recovery.nextSegment(), now);
            if (s.pacingRate > 0) {
                nextSendTime = Math.max(nextSendTime, now) + Math.round(s.mss * 1e9 / s.pacingRate);
            }
        }
    }

    void transmit(long seq, long now) {
        ring.grow(seq, sndUna, receiver.rcvNxt);
        int slot = ring.slot(seq);
        boolean again = seq < highSent;
        recovery.onTransmit(seq, slot, again);
        ring.sentTime[slot] = now;
        ring.priorDelivered[slot] = s.delivered;
        ring.priorDeliveredTime[slot] = lastDeliveredTime;
        ring.priorFirstSent[slot] = firstSentTime;
        ring.retransmitted[slot] = again;
        highSent = Math.max(highSent, seq + 1);
        sentBytes += s.mss;
        if (again) {
            retransmissions++;
        }
        sequence.sent(now, seq, again);
        s.bytesInFlight = recovery.flight();
        if (!again && drops.length > 0 && Arrays.binarySearch(drops, seq) >= 0) {
            bottleneck.offeredAndDropped(); // offered to the bottleneck and dropped there, as the scenario asks
            sequence.lost(now, seq);
        } else if (access != null) {
            long leaves = access.offer(now); // serialised at the access rate; -1 when its buffer is full
            if (leaves >= 0) {
                queue.add(leaves + config.access().delayNs(), DumbbellSimulator.ARRIVE, ((long) index << 40) | seq);
            } else {
                sequence.lost(now, seq);
            }
        } else {
            atBottleneck(seq, now);
        }
        if (timer.rtoAt < 0) {
            timer.arm(now);
        }
    }

    /** The segment reaches the bottleneck; its ACK returns over the rest of the (uncongested) path. */
    void atBottleneck(long seq, long now) {
        long depart = bottleneck.offer(now);
        if (depart >= 0) {
            if (depart <= config.durationNs()) {
                throughputBytes += wireBytes;
            }
            queue.add(depart + spec.rttNs() - config.access().delayNs(), DumbbellSimulator.ACK,
                    ((long) index << 40) | seq);
        } else {
            sequence.lost(now, seq);
        }
    }

    void onTimer(long now) {
        timer.fired(now);
        recovery.onTimer(now);
        if (timer.rtoAt < 0 || highSent == sndUna) {
            timer.rtoAt = -1;
            return;
        }
        if (timer.rtoAt > now) {
            timer.wakeAt(timer.rtoAt);
            return;
        }
        recovery.onTimeout(now);
    }

    /**
     * A data segment reached the receiver; were it ACKed at once, the ACK would reach the sender
     * now (the ACK path is uncongested, a constant delay, so the receiver's choices are made in the
     * sender's time). A delayed ACK reaches it with the next segment's or when the timer fires.
     */
    void onDataArrived(long seq, long now) {
        boolean inOrder = seq == receiver.rcvNxt;
        if (delayedAcks.held() >= 0) {
            absorb(delayedAcks.release(), now); // one ACK covers the waiting segment and this one
        } else if (delayedAcks.mayDelay(inOrder, receiver.heldOutOfOrder > 0)) {
            long generation = delayedAcks.hold(seq);
            queue.add(now + DelayedAcks.TIMEOUT_NS, DumbbellSimulator.DELACK, ((long) index << 40) | generation);
            return;
        }
        absorb(seq, now);
        acknowledge(now);
    }

    /** The delayed-ACK timer: the waiting segment is ACKed alone. */
    void onDelayedAckTimer(long generation, long now) {
        if (delayedAcks.timerMatches(generation)) {
            absorb(delayedAcks.release(), now);
            acknowledge(now);
        }
    }

    /** The receiver takes a segment in; the sender learns of it with the next ACK. */
    private void absorb(long seq, long now) {
        if (seq >= receiver.rcvNxt) {
            ring.grow(seq, sndUna, receiver.rcvNxt);
        }
        boolean fresh = receiver.isNew(seq);
        if (fresh) {
            rateSample(seq, now);
            recovery.onDelivered(seq, now);
            ackDelivered++;
        }
        ackHeldChange += receiver.accept(seq, fresh, sndUna);
    }

    private void acknowledge(long now) {
        int heldChange = ackHeldChange;
        boolean fresh = ackDelivered > 0;
        ackHeldChange = 0;
        acks++;
        recovery.onAck(receiver.rcvNxt, fresh, heldChange, now);
        sequence.acked(now, receiver.rcvNxt, s.cwnd);
        ackDelivered = 0;
        s.ackRtt = 0;
    }

    /**
     * Counts a segment's first arrival as delivered (what SACK would report) and takes a
     * delivery-rate sample from it (draft-cheng-iccrg-delivery-rate-estimation §3).
     */
    private void rateSample(long seq, long now) {
        int slot = ring.slot(seq);
        long rtt = ring.retransmitted[slot] ? 0 : now - ring.sentTime[slot];
        if (rtt > 0) {
            timer.updateRtt(s, rtt);
            s.ackRtt = rtt;
        }
        s.delivered += s.mss;
        lastDeliveredTime = now;
        rs.priorDelivered = ring.priorDelivered[slot];
        rs.deliveredBytes = s.delivered - ring.priorDelivered[slot];
        // Interval = max(send elapsed, ACK elapsed); shorter than min RTT is no sample (Linux tcp_rate.c).
        rs.interval = Math.max(now - ring.priorDeliveredTime[slot], ring.sentTime[slot] - ring.priorFirstSent[slot]);
        if (rs.interval < s.minRtt || ring.retransmitted[slot]) {
            rs.interval = 0;
        }
        firstSentTime = ring.sentTime[slot];
        rs.rtt = rtt;
        rs.losses = 0;
        if (rs.interval > 0) {
            s.deliveryRate = rs.rate();
        }
    }

    /** Records one per-round sample when {@code ack} ends the round; the next ends at {@code nextEnd}. */
    void endRound(long ack, long nextEnd, long now) {
        if (ack >= roundEnd) {
            rounds.add(now, index, s, bottleneck.queueLength(now));
            roundEnd = nextEnd;
        }
    }

    void notePhaseChange(long now) {
        if (s.phase != lastPhase) {
            lastPhase = s.phase;
            DumbbellResult.EventKind why = cc.takeSlowStartExit();
            events.add(now, index, why != null ? why : DumbbellResult.EventKind.PHASE_CHANGE, s, s.bytesInFlight, 0, 0,
                    0, false);
        }
    }

    void event(long now, DumbbellResult.EventKind kind, long flight, long segment, long acked, long recover,
               boolean timerRestarted) {
        events.add(now, index, kind, s, flight, segment, acked, recover, timerRestarted);
    }
}
