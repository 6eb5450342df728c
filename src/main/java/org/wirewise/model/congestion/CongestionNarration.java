package org.wirewise.model.congestion;

import java.util.List;
import java.util.Locale;

/**
 * The congestion lesson's words: step titles, narration with the RFC that decides each event, reference
 * lists, and the what-if paragraph that explains the chosen path, buffer and loss.
 */
final class CongestionNarration {

    static final List<String> START_REFERENCES = List.of("RFC 5681 §3.1", "RFC 6928", "RFC 9438", "RFC 6582");
    static final List<String> JOIN_REFERENCES = List.of("RFC 6928", "RFC 5681 §3.1");
    static final List<String> SUMMARY_REFERENCES = List.of("RFC 5681", "RFC 9438");

    private CongestionNarration() {
    }

    static String startTitle(CongestionScenario sc, List<String> labels) {
        String what = labels.size() > 1 ? String.join(" vs ", labels) + ", each alone on" : labels.get(0) + " on";
        return "Flows start: " + what + " a " + fmt(sc.bandwidthMbps()) + " Mb/s, " + fmt(sc.rttMs()) + " ms path";
    }

    /** The first step: slow start into the buffer, then what this scenario's path, loss and starts change. */
    static String startNarration(CongestionScenario sc, List<String> labels, List<DumbbellResult> results, int buffer) {
        return "Every sender starts with an initial window of 10 segments (RFC 6928) and doubles it each round trip in "
                + "slow start (RFC 5681 §3.1) until the bottleneck's " + buffer + "-packet buffer ("
                + fmt(sc.bufferBdp()) + " BDP) overflows. " + whatIf(sc, labels, results)
                + lateStart(sc, results) + chosenDrops(sc)
                + " BBR here is version 1 as Linux's tcp_bbr implements it, not the BBRv3 of "
                + "draft-ietf-ccwg-bbr.";
    }

    /** A late starter's step title; {@code run} labels its run, {@code flow} counts from 0. */
    static String joinTitle(String run, String algo, int flow, long time) {
        return run + (run.equals(algo) ? "" : " (" + algo + ")") + " flow " + (flow + 1) + " joins at "
                + fmt(time / 1e9) + " s";
    }

    static String joinNarration(String algo) {
        return (algo.equals("bbr")
                ? "A late starter: BBR begins in Startup (pacing gain 2/ln 2) with 10 segments (RFC "
                + "6928) while the earlier flows already use the link, so its first RTT samples "
                + "include their queue and its bandwidth probe competes with them. "
                : "A late starter: it begins with 10 segments (RFC 6928) and slow start while the "
                + "earlier flows already use the link, so it sees their queue in its RTT and may "
                + "lose early. ")
                + "Loss-based flows converge toward a fair share only slowly (additive increase "
                + "against multiplicative decrease); watch the rates and the summary's fairness index.";
    }

    static String summaryTitle(CongestionScenario sc) {
        return "Summary after " + fmt(sc.durationS()) + " s";
    }

    static String summaryNarration(CongestionScenario sc) {
        boolean several = sc.flows() > 1 || sc.compare() == CongestionScenario.Compare.SHARED;
        return "Throughput counts every byte that crossed the "
                + "bottleneck, retransmissions included; goodput only what reached the application in order. Jain's "
                + "fairness index is (Σx)² / (n·Σx²) over the flows' goodput: 1 is a perfectly fair share."
                + (sc.staggerS() > 0 ? " Flows started " + fmt(sc.staggerS()) + " s apart; each flow's rates are "
                + "averaged over its own time in the run, from its start to the end." : "")
                + (several ? FAIRNESS_CAVEAT : "") + LINUX_CHOICES;
    }

    /**
     * Why a simulated index near 1 is the best case. Measured (wirewise bench congestion --ns3 and
     * per-flow traces of bench/ns3/dumbbell.cc): 4 to 8 of 10 NewReno flows lose in each overflow
     * here, and a seeded jitter of 0–10 µs per ACK moved the index by less than 0.03; ns-3.37's low
     * indices come from flows caught in a loop of timeouts.
     */
    private static final String FAIRNESS_CAVEAT = " Read the index as a best case. Loss-based flows with equal "
            + "RTTs lose in the same buffer overflows here, though not all of them each time (only those whose "
            + "packets arrive while the queue is full), and over a long run their losses even out; BBR v1 flows do "
            + "not slow down for loss, so their shares follow their own bandwidth estimates and can stay uneven. "
            + "Real drop-tail runs "
            + "vary from run to run and can end far less fair: a flow whose retransmission is lost too can time "
            + "out and stay small for a long time. ns-3.37 on the same path shows the extreme: without RACK, some "
            + "of its flows fall into a loop of timeouts, each repairing about one segment, and carry almost "
            + "nothing for the rest of the run.";

    /** Where Linux and the RFCs or ns-3 differ, which one is shown. */
    private static final String LINUX_CHOICES = " Linux's choices are followed: segments of 1448 bytes (1460 less "
            + "12 of timestamps) in 1500-byte packets, each sender behind an access link ten times the bottleneck's "
            + "rate, delayed ACKs (one per two segments, a parameter), windows that grow by bytes acknowledged so "
            + "delayed ACKs do not slow them (ns-3 adds one segment per ACK instead), SACK recovery with RACK and "
            + "PRR (RFC 8985, RFC 6937), and CUBIC's slow start ended by Linux's HyStart. Not modelled: TCP small "
            + "queues and segmentation offload. The minimum RTO is RFC 6298's 1 s, not Linux's 200 ms. BBR is "
            + "Linux's tcp_bbr v1 without its long-term sampling for policers or its allowance for ACK aggregation; "
            + "ns-3.37's own BBR differs: with no "
            + "RACK, a retransmission lost in Startup's overshoot costs it a timeout and a slow regrowth, and "
            + "with ten flows several of them stall in timeouts and leave much of the link unused.";

    private static String whatIf(CongestionScenario sc, List<String> labels, List<DumbbellResult> results) {
        if (sc.lossPercent() > 0) {
            return lossNarration(sc, labels, results);
        }
        if (sc.bufferBdp() >= 4) {
            return "The buffer is " + fmt(sc.bufferBdp()) + " times the BDP: bufferbloat. Loss-based flows fill it "
                    + "and every packet waits; watch the RTT climb while BBR keeps the queue short.";
        }
        if (sc.bufferBdp() < 1) {
            return "The buffer is shallower than one BDP, so loss-based flows lose before the link is full and "
                    + "leave capacity unused after each halving.";
        }
        if (sc.rttRatio() != 1) {
            return "The flows' RTTs differ by up to " + fmt(sc.rttRatio()) + "×: short-RTT flows grow their window "
                    + "faster and take more than their share (RTT unfairness).";
        }
        return "One BDP of buffer is the classic rule of thumb: enough to keep a single Reno flow's link busy "
                + "across its halving.";
    }

    /**
     * Random loss, with the numbers this run produced. Loss-based control is held to the Mathis et
     * al. (1997) rate, (MSS/RTT)·sqrt(3/2)/sqrt(p); BBR v1 is not, as long as SACK lets RACK (RFC
     * 8985) find lost segments, lost retransmissions included, without waiting for a timeout.
     */
    private static String lossNarration(CongestionScenario sc, List<String> labels, List<DumbbellResult> results) {
        double p = sc.lossPercent() / 100;
        double mathis = DumbbellConfig.LINUX_MSS * 8 / (sc.rttMs() / 1e3) * Math.sqrt(1.5) / Math.sqrt(p);
        StringBuilder numbers = new StringBuilder();
        for (int r = 0; r < results.size(); r++) {
            double goodput = results.get(r).flows().stream().mapToDouble(DumbbellResult.FlowTotals::goodputBps).sum();
            numbers.append(numbers.isEmpty() ? "" : ", ").append(labels.get(r)).append(' ')
                    .append(mbps(goodput)).append(" Mb/s (")
                    .append(Math.round(100 * goodput / (sc.bandwidthMbps() * 1e6))).append(" %)");
        }
        String text = "Random loss of " + fmt(sc.lossPercent()) + " % hits every flow. Loss-based control (Reno, "
                + "NewReno, CUBIC) reads each loss as congestion and backs off again and again: a Reno flow is held "
                + "near (MSS/RTT)·√(3/2)/√p = " + mbps(mathis) + " Mb/s however fast the link (Mathis et al. 1997, "
                + "RFC 3649 §2). BBR v1 does not treat loss as a congestion signal: it paces at the bandwidth it "
                + "measures, and Linux's tcp_bbr only trims its window during recovery (packet conservation for a "
                + "round, bbr_set_cwnd_to_recover_or_restore: the dips in its cwnd curve) and restores it afterwards. ";
        text += sc.sack()
                ? "With SACK, RACK (RFC 8985 §6.2) marks a segment lost once a segment sent after it is delivered, "
                + "lost retransmissions too, so each is resent in the same recovery and no timeout resets BBR's window."
                : "Without SACK the sender repairs one hole per round trip (RFC 6582) and a lost retransmission is "
                + "only found by the retransmission timeout (RFC 6298), which cuts cwnd to one segment: BBR suffers "
                + "too. Turn SACK on to see the difference.";
        return text + " Goodput in this run: " + numbers + ".";
    }

    private static String lateStart(CongestionScenario sc, List<DumbbellResult> results) {
        int flows = results.get(0).flows().size();
        if (sc.staggerS() <= 0 || flows < 2) {
            return "";
        }
        return " Flows start " + fmt(sc.staggerS()) + " s apart (flow " + flows + " at "
                + fmt(sc.staggerS() * (flows - 1)) + " s): late joiners start while earlier flows already use the link.";
    }

    private static String chosenDrops(CongestionScenario sc) {
        List<Long> drops = CongestionSimulator.drops(sc.drop());
        if (drops.isEmpty()) {
            return "";
        }
        return " Segment" + (drops.size() > 1 ? "s " : " ") + String.join(", ", drops.stream().map(String::valueOf)
                .toList()) + " of flow 1 " + (drops.size() > 1 ? "are" : "is") + " lost on the first transmission.";
    }

    private static String mbps(double bps) {
        return String.format(Locale.ROOT, bps >= 10e6 ? "%.0f" : "%.1f", bps / 1e6);
    }

    /** A step's title for an event of a run. */
    static String title(String run, DumbbellResult.Event e, String algo, boolean sack) {
        String who = run + (run.equals(algo) ? "" : " (" + algo + ")") + " flow " + (e.flow() + 1);
        return switch (e.kind()) {
            case FAST_RETRANSMIT -> who + (sack ? ": loss found by SACK (RACK), fast retransmit"
                    : ": three duplicate ACKs, fast retransmit");
            case RTO -> who + ": retransmission timeout";
            case PHASE_CHANGE -> who + ": " + e.phase().label();
            case PARTIAL_ACK -> who + ": partial ACK, segment " + e.segment() + " resent at once";
            case LOST_RETRANSMISSION -> who + ": retransmission of segment " + e.segment() + " lost too";
            case HYSTART_ACK_TRAIN -> who + ": HyStart ends slow start (ACK train)";
            case HYSTART_DELAY -> who + ": HyStart ends slow start (delay increase)";
        };
    }

    /** What happened at an event and which rule decided it. */
    static String narration(DumbbellResult.Event e, String algo, boolean sack) {
        String cwnd = segs(e.cwnd());
        String flight = segs(e.flight());
        String detected = sack
                ? "RACK (RFC 8985 §6.2) found segment " + e.segment() + " lost: segments sent after it were SACKed. "
                : "Three duplicate ACKs: segment " + e.segment() + " is resent at once (RFC 5681 §3.2 step 2). ";
        return switch (e.kind()) {
            case FAST_RETRANSMIT -> algo.equals("bbr")
                    ? detected + "BBR v1 does not treat the loss as congestion: tcp_bbr saves its window "
                    + "(bbr_save_cwnd), holds it to what is in flight plus what each ACK delivers for one round "
                    + "(packet conservation, bbr_set_cwnd_to_recover_or_restore: cwnd is now " + cwnd
                    + " segments, of " + flight + " outstanding) and restores the saved window when recovery ends. "
                    + "Its pacing rate, from the bandwidth model, does not change, so the dip in cwnd costs little."
                    : algo.equals("tahoe")
                    ? detected + "Tahoe has no fast recovery: FlightSize was " + flight + " segments, so ssthresh = "
                    + "max(" + flight + " / 2, 2) = " + segs(e.ssthresh()) + " segments (RFC 5681 eq. 4), and cwnd "
                    + "= 1 segment, then slow start again (RFC 5681 §3.1)."
                    : algo.equals("cubic")
                    ? detected + "CUBIC remembers the window it had, " + segs(e.priorCwnd()) + " segments, as W_max "
                    + "(less under fast convergence) and cuts ssthresh to β = 0.7 of it: ssthresh = 0.7 × "
                    + segs(e.priorCwnd()) + " = " + segs(e.ssthresh()) + " segments (RFC 9438 §4.6); it will grow "
                    + "along C·(t−K)³ + W_max back toward it. " + recoveryWindow(e, sack)
                    : detected + "FlightSize was " + flight + " segments: ssthresh = max(" + flight + " / 2, 2) = "
                    + segs(e.ssthresh()) + " segments (RFC 5681 eq. 4). " + recoveryWindow(e, sack)
                    + (algo.equals("newreno") && !sack ? " NewReno stays in fast recovery until segment "
                    + e.recover() + ", the highest sent (\"recover\"), is acknowledged (RFC 6582 §3.2)." : "");
            case RTO -> algo.equals("bbr")
                    ? "No ACK for a whole retransmission timeout (RFC 6298 §5). Linux marks everything outstanding "
                    + "lost and sets cwnd = packets in flight + 1, one segment; tcp_bbr saved the window first "
                    + "(bbr_save_cwnd) and restores it when the Loss state ends (bbr_set_cwnd_to_recover_or_restore)."
                    + " The timer backs off ×2."
                    : "No ACK for a whole retransmission timeout (RFC 6298 §5): the sender assumes the worst. "
                    + "cwnd = 1 segment and ssthresh becomes " + segs(e.ssthresh()) + " segments: half the "
                    + "FlightSize (β × cwnd for CUBIC), except that a timeout in the middle of fast recovery keeps "
                    + "the ssthresh recovery set, as Linux's tcp_enter_loss does. The timer backs off ×2, and "
                    + "everything " + (sack ? "unacknowledged and not SACKed is sent again."
                    : "unacknowledged is sent again.");
            case PHASE_CHANGE -> phaseNarration(e.phase());
            case PARTIAL_ACK -> "Partial ACK: it acknowledges " + Math.round(e.ackedBytes() / (double) DumbbellConfig.LINUX_MSS) + " more segments "
                    + "but not everything up to segment " + e.recover() + " (\"recover\", the highest sent when recovery "
                    + "began), so another segment was lost. NewReno retransmits the next hole, segment "
                    + e.segment() + ", without waiting for three more duplicate ACKs, deflates cwnd by the "
                    + "amount acknowledged and adds one segment back (now " + cwnd + "), and stays in fast recovery "
                    + "(RFC 6582 §3.2 step 4). "
                    + "The retransmission timer restarts, as on every ACK of new data (RFC 6298 §5.3) and as Linux "
                    + "does; RFC 6582 §3.2 restarts it on the first partial ACK only (its \"Impatient\" variant, §4), "
                    + "which ends a recovery with many holes, one per round trip, in a timeout.";
            case LOST_RETRANSMISSION -> "The retransmission of segment " + e.segment() + " was lost too: segments "
                    + "sent after that retransmission have already been SACKed, and a round trip has passed since it "
                    + "went out (RACK, RFC 8985 §6.2, as Linux does it). It goes out again in the same recovery, within cwnd (RFC 6675 §5), instead of "
                    + "waiting for the retransmission timeout. Without SACK, only the timeout finds it.";
            case HYSTART_ACK_TRAIN, HYSTART_DELAY -> hyStartNarration(e);
        };
    }

    /** cwnd in fast recovery: PRR with SACK, RFC 5681's inflated window without. */
    private static String recoveryWindow(DumbbellResult.Event e, boolean sack) {
        return sack
                ? "SACK shows which segments are missing, so there is no +3 inflation: PRR (RFC 6937, as Linux) "
                + "sets cwnd on each ACK to what is still in the network (pipe) plus a share of what the ACK "
                + "delivered, so the sending rate falls smoothly toward ssthresh with lost segments sent first; "
                + "cwnd is " + segs(e.cwnd()) + " segments now, and recovery lasts until segment " + e.recover()
                + ", the highest sent, is acknowledged (RFC 6675 §5)."
                : "cwnd = " + segs(e.ssthresh()) + " + 3 = " + segs(e.cwnd()) + " segments, the three duplicate "
                + "ACKs being three segments that left the network (RFC 5681 §3.2).";
    }

    private static String phaseNarration(Phase p) {
        return switch (p) {
            case SLOW_START -> "Slow start: cwnd grows by one segment per ACK, doubling every round trip (RFC 5681 §3.1).";
            case CONGESTION_AVOIDANCE -> "Congestion avoidance: cwnd ≥ ssthresh, so it grows by about one segment "
                    + "per round trip (RFC 5681 §3.1), or along CUBIC's curve (RFC 9438 §4.2).";
            case FAST_RECOVERY -> "Fast recovery: new data keeps flowing while the hole is repaired: without SACK "
                    + "each further duplicate ACK inflates cwnd by one segment (RFC 5681 §3.2); with SACK, PRR "
                    + "sends in proportion to what the ACKs deliver (RFC 6937).";
            case RTO_RECOVERY -> "Recovering after a timeout: slow start from one segment up to the new ssthresh.";
            case BBR_STARTUP -> "BBR Startup: pacing gain 2/ln 2 ≈ 2.89 doubles the delivery rate every round until "
                    + "three rounds bring less than 25 % more bandwidth.";
            case BBR_DRAIN -> "BBR Drain: the pipe is full; pacing at 1/2.89 of the bandwidth drains the queue "
                    + "Startup built, until the flight is one BDP.";
            case BBR_PROBE_BW -> "BBR ProbeBW: the pacing gain cycles 1.25, 0.75, then 1 for six round trips: probe "
                    + "for more bandwidth, drain what the probe queued, cruise.";
            case BBR_PROBE_RTT -> "BBR ProbeRTT: no new minimum RTT for 10 s, so cwnd drops to 4 packets for 200 ms "
                    + "and a round trip to let the queue empty and measure the path's real RTT.";
        };
    }

    /** The RFCs (or Linux sources) behind an event. */
    static List<String> references(DumbbellResult.Event e, String algo, boolean sack) {
        if (e.kind() == DumbbellResult.EventKind.LOST_RETRANSMISSION) {
            return List.of("RFC 8985 §6.2", "RFC 6675 §5");
        }
        if (algo.equals("bbr")) {
            return e.kind() == DumbbellResult.EventKind.FAST_RETRANSMIT && sack
                    ? List.of("Linux net/ipv4/tcp_bbr.c (BBR v1)", "RFC 8985 §6.2")
                    : List.of("Linux net/ipv4/tcp_bbr.c (BBR v1)");
        }
        return switch (e.kind()) {
            case FAST_RETRANSMIT -> sack ? (algo.equals("cubic") ? List.of("RFC 8985 §6.2", "RFC 6937 §3",
                    "RFC 9438 §4.6") : List.of("RFC 8985 §6.2", "RFC 6937 §3", "RFC 6675 §5"))
                    : algo.equals("cubic") ? List.of("RFC 9438 §4.6", "RFC 9438 §4.7")
                    : algo.equals("newreno") ? List.of("RFC 5681 §3.2", "RFC 6582 §3.2") : List.of("RFC 5681 §3.2");
            case RTO -> List.of("RFC 6298 §5", "RFC 5681 §3.1");
            case PHASE_CHANGE -> algo.equals("cubic") ? List.of("RFC 9438 §4") : List.of("RFC 5681 §3.1");
            case PARTIAL_ACK -> List.of("RFC 6582 §3.2");
            case LOST_RETRANSMISSION -> List.of("RFC 8985 §6.2", "RFC 6675 §5");
            case HYSTART_ACK_TRAIN, HYSTART_DELAY -> List.of("Linux net/ipv4/tcp_cubic.c (HyStart)", "RFC 9438 §4.10");
        };
    }

    /** Linux's hybrid slow start, with the thresholds HyStart acts on. */
    private static String hyStartNarration(DumbbellResult.Event e) {
        String signal = e.kind() == DumbbellResult.EventKind.HYSTART_ACK_TRAIN
                ? "this round's ACKs kept arriving at most " + fmt(HyStart.ACK_DELTA_NS / 1e6) + " ms apart for more "
                + "than half the minimum RTT, so the window already spans the path"
                : "the smallest RTT among this round's first " + HyStart.MIN_SAMPLES + " ACKs exceeded the minimum "
                + "RTT by more than an eighth of it (at least " + fmt(HyStart.DELAY_MIN_NS / 1e6) + ", at most "
                + fmt(HyStart.DELAY_MAX_NS / 1e6) + " ms), so a queue is building";
        return "Linux's CUBIC leaves slow start before any loss with HyStart (hybrid slow start, from a window of "
                + HyStart.LOW_WINDOW + " segments on): " + signal + ". ssthresh is set to the current cwnd, " + segs(e.ssthresh())
                + " segments, and CUBIC grows from there with K = 0 and W_max = that window (RFC 9438 §4.10). "
                + "Without it, slow start keeps doubling the window until the buffer overflows. RFC 9438 "
                + "recommends HyStart++ (RFC 9406, delay only); Linux runs this older HyStart, as shown here.";
    }

    /** Bytes as segments of the lesson's MSS, one decimal; the snapshots use it too. */
    static String segs(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (double) DumbbellConfig.LINUX_MSS);
    }

    /** A number as the lesson writes it: whole numbers without decimals, else two. */
    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
