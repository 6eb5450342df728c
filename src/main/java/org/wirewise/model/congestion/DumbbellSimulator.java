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

    static final int ACK = 0;
    static final int SEND = 1;
    static final int TIMER = 2;
    private static final int SAMPLE = 3;
    /** A data packet reaches the bottleneck from its sender's access link. */
    static final int ARRIVE = 4;
    /** A receiver's delayed-ACK timer. */
    static final int DELACK = 5;
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
    private final EventLog events = new EventLog();
    private final RateSample rs = new RateSample();

    private DumbbellSimulator(DumbbellConfig config) {
        this.config = config;
        this.wireBytes = config.mss() + DumbbellConfig.HEADER_BYTES;
        this.rng = config.seed() ^ 0x9E3779B97F4A7C15L;
        this.bottleneck = new DropTailBottleneck(config, wireBytes, this::nextRandom, config.durationNs());
        flows = new FlowRun[config.flows().size()];
        for (int i = 0; i < flows.length; i++) {
            DumbbellConfig.Flow f = config.flows().get(i);
            flows[i] = new FlowRun(i, f, Algorithms.create(f.algorithm(), nextRandom()), config, queue, bottleneck,
                    rounds, events, rs, wireBytes);
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
                case ARRIVE -> flows[(int) (arg >>> 40)].atBottleneck(arg & 0xFF_FFFF_FFFFL, now);
                case DELACK -> flows[(int) (arg >>> 40)].onDelayedAckTimer(arg & 0xFF_FFFF_FFFFL, now);
                default -> sample(now);
            }
        }
        List<DumbbellResult.FlowTotals> totals = new ArrayList<>();
        for (FlowRun f : flows) {
            totals.add(new DumbbellResult.FlowTotals(f.spec.algorithm(), f.sentBytes, f.throughputBytes,
                    f.receiver.goodputBytes, f.retransmissions, end - f.spec.startNs(), f.acks));
        }
        List<FlowSequence> sequences = new ArrayList<>();
        for (FlowRun f : flows) {
            sequences.add(f.sequence);
        }
        return new DumbbellResult(config, samples, rounds, events.toList(), List.copyOf(totals), bottleneck.bytesSent(),
                bottleneck.offered(), List.copyOf(sequences));
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
}
