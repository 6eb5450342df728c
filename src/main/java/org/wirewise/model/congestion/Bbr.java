package org.wirewise.model.congestion;

/**
 * BBR version 1 as Linux's net/ipv4/tcp_bbr.c implements it: Startup with gain 2/ln 2, Drain,
 * ProbeBW cycling pacing gains 1.25, 0.75, 1 ×6 over one min-RTT each, ProbeRTT (cwnd 4 packets
 * for 200 ms and a round) when the min-RTT estimate is 10 s old; bottleneck bandwidth is the max
 * delivery rate over 10 rounds; cwnd = 2·BDP. Not the BBRv3 of draft-ietf-ccwg-bbr.
 *
 * <p>Loss does not lower BBR v1's model, but it does touch its window, as tcp_bbr.c does: entering
 * recovery or an RTO saves the window ({@code bbr_save_cwnd}); the first round of recovery is packet
 * conservation, cwnd = in flight + newly delivered, and when recovery or the RTO's Loss state ends
 * the saved window comes back ({@code bbr_set_cwnd_to_recover_or_restore}). Not modelled: the
 * long-term bandwidth sampling for token-bucket policers ({@code bbr_lt_bw_sampling}, which needs
 * about 20 % loss to engage) and the ACK-aggregation allowance.
 */
public final class Bbr implements CongestionControl {

    public static final double HIGH_GAIN = 2 / Math.log(2);
    public static final double DRAIN_GAIN = 1 / HIGH_GAIN;
    public static final double CWND_GAIN = 2;
    public static final double[] PACING_GAIN_CYCLE = {1.25, 0.75, 1, 1, 1, 1, 1, 1};
    public static final long MIN_RTT_WINDOW = 10_000_000_000L;
    public static final long PROBE_RTT_DURATION = 200_000_000L;
    public static final int MIN_CWND_SEGMENTS = 4;
    private static final int BW_WINDOW_ROUNDS = 10;

    private final long randomBits;
    private long nextRoundDelivered;
    private long roundCount;
    private boolean roundStart;
    private final double[] bwByRound = new double[BW_WINDOW_ROUNDS];
    private final long[] bwRound = new long[BW_WINDOW_ROUNDS];
    private double maxBw;
    private long minRtt = Long.MAX_VALUE;
    private long minRttStamp;
    private int cycleIndex;
    private long cycleStamp;
    private double fullBw;
    private int fullBwCount;
    private boolean filledPipe;
    private long probeRttDoneStamp;
    private boolean probeRttRoundDone;
    private long priorCwnd;
    private boolean packetConservation;
    private SenderState.CaState prevCaState = SenderState.CaState.OPEN;
    private double pacingGain = HIGH_GAIN;
    private double cwndGain = HIGH_GAIN;
    private Phase mode = Phase.BBR_STARTUP;

    /** @param randomBits seeded bits that pick the first ProbeBW phase, as Linux draws one at random */
    public Bbr(long randomBits) {
        this.randomBits = randomBits;
    }

    @Override
    public String name() {
        return "bbr";
    }

    @Override
    public boolean modelBased() {
        return true;
    }

    @Override
    public long ssthreshAfterLoss(SenderState s) {
        return s.ssthresh; // BBR does not use ssthresh
    }

    @Override
    public void onAck(SenderState s, long ackedBytes, long now) {
        // Window and pacing are set from rate samples.
    }

    /** Entering recovery: tcp_init_cwnd_reduction calls bbr_ssthresh, which saves the window. */
    @Override
    public void onCongestionEvent(SenderState s, long now) {
        saveCwnd(s);
    }

    /**
     * An RTO: Linux's tcp_enter_loss asks bbr_ssthresh (which saves the window), marks everything
     * outstanding lost and sets cwnd = packets in flight + 1, which is 1; bbr_set_state(TCP_CA_Loss)
     * records the state so the saved window is restored when the Loss state ends.
     */
    @Override
    public void onRetransmissionTimeout(SenderState s, long now) {
        saveCwnd(s);
        prevCaState = SenderState.CaState.LOSS;
        fullBw = 0;
        s.cwnd = s.mss;
    }

    /** bbr_save_cwnd: remember the last window that was not cut by recovery or ProbeRTT. */
    private void saveCwnd(SenderState s) {
        if (prevCaState == SenderState.CaState.OPEN && mode != Phase.BBR_PROBE_RTT) {
            priorCwnd = s.cwnd;
        } else {
            priorCwnd = Math.max(priorCwnd, s.cwnd);
        }
    }

    /** The window saved before the current recovery (bytes), restored when it ends. */
    public long priorCwnd() {
        return priorCwnd;
    }

    /** Whether the first round of recovery is holding cwnd to in flight + newly delivered. */
    public boolean packetConservation() {
        return packetConservation;
    }

    public int cycleIndex() {
        return cycleIndex;
    }

    public double pacingGain() {
        return pacingGain;
    }

    public Phase mode() {
        return mode;
    }

    /** Bottleneck bandwidth estimate, bytes per second: the max-filter over the last 10 rounds. */
    public double bandwidth() {
        return maxBw;
    }

    /** The windowed maximum, recomputed only when a round starts and old rounds may have expired. */
    private double windowMax() {
        double max = 0;
        for (int i = 0; i < BW_WINDOW_ROUNDS; i++) {
            if (roundCount - bwRound[i] < BW_WINDOW_ROUNDS) {
                max = Math.max(max, bwByRound[i]);
            }
        }
        return max;
    }

    @Override
    public void init(SenderState s, long now) {
        minRttStamp = now;
        s.phase = mode;
        s.pacingRate = HIGH_GAIN * s.cwnd / 1e-3; // no RTT yet: tcp_bbr assumes 1 ms
    }

    private double bdp(SenderState s, double gain) {
        if (minRtt == Long.MAX_VALUE) {
            return s.cwnd;
        }
        return gain * bandwidth() * minRtt / 1e9;
    }

    @Override
    public void onRateSample(SenderState s, RateSample rs, long now) {
        roundStart = false;
        if (rs.priorDelivered >= nextRoundDelivered) {
            nextRoundDelivered = s.delivered;
            roundCount++;
            roundStart = true;
            packetConservation = false; // bbr_update_bw: conservation lasts one round
        }
        double bw = rs.rate();
        if (bw > 0) {
            int slot = (int) (roundCount % BW_WINDOW_ROUNDS);
            if (bwRound[slot] != roundCount) {
                bwRound[slot] = roundCount;
                bwByRound[slot] = 0;
            }
            bwByRound[slot] = Math.max(bwByRound[slot], bw);
        }
        // Within a round no sample expires, so the maximum can only grow (the filter runs on every ACK).
        maxBw = roundStart ? windowMax() : Math.max(maxBw, bw);
        updateCyclePhase(s, rs, now);
        checkFullBandwidth();
        checkDrain(s, now);
        updateMinRtt(s, rs, now);
        double rate = pacingGain * bandwidth() * 0.99;
        if (rate > 0 && (filledPipe || rate > s.pacingRate)) {
            s.pacingRate = rate;
        }
        setCwnd(s, rs);
        s.phase = mode;
    }

    /**
     * bbr_set_cwnd_to_recover_or_restore: deduct newly lost packets; on the first round of recovery
     * hold cwnd to in flight + newly delivered (packet conservation); when recovery or the Loss state
     * ends, restore the window saved on entry. Returns whether packet conservation set cwnd.
     */
    private boolean recoverOrRestore(SenderState s, RateSample rs, long acked) {
        SenderState.CaState state = s.caState;
        long cwnd = s.cwnd;
        if (rs.losses > 0) {
            cwnd = Math.max(cwnd - (long) rs.losses * s.mss, s.mss);
        }
        if (state == SenderState.CaState.RECOVERY && prevCaState != SenderState.CaState.RECOVERY) {
            packetConservation = true;
            nextRoundDelivered = s.delivered; // start a round now
            cwnd = s.bytesInFlight + acked;
        } else if (prevCaState != SenderState.CaState.OPEN && state == SenderState.CaState.OPEN) {
            cwnd = Math.max(cwnd, priorCwnd);
            packetConservation = false;
        }
        prevCaState = state;
        if (packetConservation) {
            s.cwnd = Math.max(cwnd, s.bytesInFlight + acked);
            return true;
        }
        s.cwnd = cwnd;
        return false;
    }

    private void updateCyclePhase(SenderState s, RateSample rs, long now) {
        if (mode != Phase.BBR_PROBE_BW) {
            return;
        }
        boolean fullLength = now - cycleStamp > minRtt;
        boolean next;
        if (pacingGain == 1) {
            next = fullLength;
        } else if (pacingGain > 1) {
            next = fullLength && (rs.losses > 0 || s.bytesInFlight >= bdp(s, pacingGain));
        } else {
            next = fullLength || s.bytesInFlight <= bdp(s, 1);
        }
        if (next) {
            advanceCycle(now);
        }
    }

    private void advanceCycle(long now) {
        cycleIndex = (cycleIndex + 1) % PACING_GAIN_CYCLE.length;
        cycleStamp = now;
        pacingGain = PACING_GAIN_CYCLE[cycleIndex];
    }

    private void checkFullBandwidth() {
        if (filledPipe || !roundStart) {
            return;
        }
        double bw = bandwidth();
        if (bw >= fullBw * 1.25) {
            fullBw = bw;
            fullBwCount = 0;
            return;
        }
        filledPipe = ++fullBwCount >= 3;
    }

    private void checkDrain(SenderState s, long now) {
        if (mode == Phase.BBR_STARTUP && filledPipe) {
            mode = Phase.BBR_DRAIN;
            pacingGain = DRAIN_GAIN;
            cwndGain = HIGH_GAIN;
        }
        if (mode == Phase.BBR_DRAIN && s.bytesInFlight <= bdp(s, 1)) {
            enterProbeBw(now);
        }
    }

    private void enterProbeBw(long now) {
        mode = Phase.BBR_PROBE_BW;
        cwndGain = CWND_GAIN;
        // tcp_bbr: cycle_idx = CYCLE_LEN - 1 - random(7), then advance: never starts in the 0.75 phase.
        cycleIndex = PACING_GAIN_CYCLE.length - 1 - (int) Math.floorMod(randomBits, 7L);
        advanceCycle(now);
    }

    private void updateMinRtt(SenderState s, RateSample rs, long now) {
        boolean expired = now > minRttStamp + MIN_RTT_WINDOW;
        if (rs.rtt > 0 && (rs.rtt < minRtt || expired)) {
            minRtt = rs.rtt;
            minRttStamp = now;
        }
        if (expired && mode != Phase.BBR_PROBE_RTT) {
            mode = Phase.BBR_PROBE_RTT;
            pacingGain = 1;
            cwndGain = 1;
            saveCwnd(s); // bbr_update_min_rtt: note cwnd so it can be restored
            probeRttDoneStamp = 0;
        }
        if (mode == Phase.BBR_PROBE_RTT) {
            if (probeRttDoneStamp == 0 && s.bytesInFlight <= (long) MIN_CWND_SEGMENTS * s.mss) {
                probeRttDoneStamp = now + PROBE_RTT_DURATION;
                probeRttRoundDone = false;
                nextRoundDelivered = s.delivered;
            } else if (probeRttDoneStamp != 0) {
                if (roundStart) {
                    probeRttRoundDone = true;
                }
                if (probeRttRoundDone && now > probeRttDoneStamp) {
                    minRttStamp = now;
                    s.cwnd = Math.max(s.cwnd, priorCwnd);
                    if (filledPipe) {
                        enterProbeBw(now);
                    } else {
                        mode = Phase.BBR_STARTUP;
                        pacingGain = HIGH_GAIN;
                        cwndGain = HIGH_GAIN;
                    }
                }
            }
        }
    }

    /** bbr_set_cwnd. */
    private void setCwnd(SenderState s, RateSample rs) {
        long acked = rs.ackedBytes;
        if (acked > 0 && !recoverOrRestore(s, rs, acked)) {
            long target = (long) bdp(s, cwndGain) + 3L * s.mss;
            if (filledPipe) {
                s.cwnd = Math.min(s.cwnd + acked, target);
            } else if (s.cwnd < target || s.delivered < 10L * s.mss) {
                s.cwnd += acked;
            }
            s.cwnd = Math.max(s.cwnd, (long) MIN_CWND_SEGMENTS * s.mss);
        }
        if (mode == Phase.BBR_PROBE_RTT) {
            s.cwnd = Math.min(s.cwnd, (long) MIN_CWND_SEGMENTS * s.mss);
        }
    }
}
