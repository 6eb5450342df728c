package org.wirewise.model.congestion;

import java.util.List;

/**
 * What a dumbbell run produced: periodic samples, per-round samples (one per flow per RTT round,
 * the teaching sawtooth), the events a learner steps through, per-flow totals and each flow's
 * segments, ACKs and drops for its tcptrace graph ({@code sequences}, in flow order).
 */
public record DumbbellResult(DumbbellConfig config, Series samples, Series rounds, List<Event> events,
                             List<FlowTotals> flows, long bottleneckBytes, long simulatedPackets,
                             List<FlowSequence> sequences) {

    /** Something worth stopping at. */
    public enum EventKind {
        /** Three duplicate ACKs (or, with SACK, RACK) detected a loss: recovery starts. */
        FAST_RETRANSMIT,
        RTO,
        PHASE_CHANGE,
        /** NewReno without SACK: an ACK below the recovery point, the next hole resent at once (RFC 6582 §3.2 step 4). */
        PARTIAL_ACK,
        /** With SACK: RACK found a retransmission lost too and sends it again in the same recovery (RFC 8985 §6.2). */
        LOST_RETRANSMISSION,
        /** CUBIC's HyStart ended slow start before any loss: ACKs came in one train for half the minimum RTT. */
        HYSTART_ACK_TRAIN,
        /** CUBIC's HyStart ended slow start before any loss: the round's RTT rose above the minimum. */
        HYSTART_DELAY;

        /** Whether the event is a loss found or repaired (charts mark these), not a change of phase. */
        public boolean loss() {
            return this != PHASE_CHANGE && this != HYSTART_ACK_TRAIN && this != HYSTART_DELAY;
        }
    }

    /**
     * One event, with the sender's state just after the sender reacted to it.
     *
     * @param flight         FlightSize when the event happened, before the reaction (bytes)
     * @param segment        the segment (re)transmitted because of it, counting from 1, or 0 for none
     * @param ackedBytes     bytes the triggering ACK newly acknowledged cumulatively
     * @param recover        the recovery point (RFC 6582 "recover"), the highest segment sent when the
     *                       recovery began, counting from 1; 0 outside recovery
     * @param timerRestarted whether the retransmission timer was restarted by it
     */
    public record Event(long time, int flow, EventKind kind, Phase phase, long cwnd, long ssthresh, long flight,
                        long segment, long ackedBytes, long recover, boolean timerRestarted, long priorCwnd) {

        public Event(long time, int flow, EventKind kind, Phase phase, long cwnd, long ssthresh) {
            this(time, flow, kind, phase, cwnd, ssthresh, 0, 0, 0, 0, false, cwnd);
        }
    }

    /**
     * @param sentBytes       bytes sent, retransmissions included
     * @param deliveredBytes  bytes that crossed the bottleneck (throughput)
     * @param goodputBytes    bytes delivered in order to the application
     * @param retransmissions segments sent again
     * @param acks            ACKs the receiver sent (fewer than segments with delayed ACKs)
     * @param activeNs        time from the flow's start to the end of the run
     */
    public record FlowTotals(String algorithm, long sentBytes, long deliveredBytes, long goodputBytes,
                             long retransmissions, long activeNs, long acks) {
        public double throughputBps() {
            return deliveredBytes * 8e9 / activeNs;
        }

        public double goodputBps() {
            return goodputBytes * 8e9 / activeNs;
        }
    }

    /** Jain's fairness index over the flows' goodput: (Σx)² / (n·Σx²), 1 is perfectly fair. */
    public double jainFairness() {
        double sum = 0;
        double squares = 0;
        for (FlowTotals f : flows) {
            double x = f.goodputBps();
            sum += x;
            squares += x * x;
        }
        return squares == 0 ? 0 : sum * sum / (flows.size() * squares);
    }

    /** Fraction of the bottleneck's capacity used, from the first flow's start to the end. */
    public double utilization() {
        long first = config.flows().stream().mapToLong(DumbbellConfig.Flow::startNs).min().orElse(0);
        double capacity = config.bandwidthBps() / 8 * (config.durationNs() - first) / 1e9;
        return bottleneckBytes / capacity;
    }
}
