package org.wirewise.model.congestion;

import java.util.List;
import java.util.Locale;
import org.wirewise.model.text.Texts;

/**
 * The congestion lesson's words in one language ({@code congestion.properties} and its translations):
 * step titles, narration with the RFC that decides each event, reference lists, the what-if paragraph
 * that explains the chosen path, buffer and loss, and the words of lanes, states and the summary table.
 */
final class CongestionNarration {

    static final String TEXTS = "org.wirewise.model.congestion.congestion";
    static final List<String> START_REFERENCES = List.of("RFC 5681 §3.1", "RFC 6928", "RFC 9438", "RFC 6582");
    static final List<String> JOIN_REFERENCES = List.of("RFC 6928", "RFC 5681 §3.1");
    static final List<String> SUMMARY_REFERENCES = List.of("RFC 5681", "RFC 9438");

    private final Texts texts;
    private final CongestionUnits units;

    CongestionNarration(Locale language) {
        this.texts = Texts.of(TEXTS, language);
        this.units = new CongestionUnits(texts.language());
    }

    /** A text of the bundle with no numbers: a column, a variable's name. */
    String text(String key) {
        return texts.get(key);
    }

    CongestionUnits units() {
        return units;
    }

    /** A phase as this language names it on a node's state and in titles. */
    String phase(Phase p) {
        return p.label(texts.language());
    }

    String lane(String run, int flow) {
        return texts.get("lane", run, Integer.toString(flow + 1));
    }

    String segments(long bytes) {
        return texts.get("unit.segments", units.segments(bytes));
    }

    String packets(long packets) {
        return texts.get("unit.packets", Long.toString(packets));
    }

    String startTitle(CongestionScenario sc, List<String> labels) {
        return labels.size() > 1
                ? texts.get("start.title.several", String.join(" vs ", labels), fmt(sc.bandwidthMbps()), fmt(sc.rttMs()))
                : texts.get("start.title.one", labels.get(0), fmt(sc.bandwidthMbps()), fmt(sc.rttMs()));
    }

    /** The first step: slow start into the buffer, then what this scenario's path, loss and starts change. */
    String startNarration(CongestionScenario sc, List<String> labels, List<DumbbellResult> results, int buffer) {
        return texts.get("start", Integer.toString(buffer), fmt(sc.bufferBdp()), whatIf(sc, labels, results),
                lateStart(sc, results), chosenDrops(sc));
    }

    /** A flow's name in a title: "reno flow 2", or "reno + cubic (cubic) flow 2" when runs share a bottleneck. */
    private String who(String run, String algo, int flow) {
        return run.equals(algo) ? texts.get("who", run, Integer.toString(flow + 1))
                : texts.get("who.algorithm", run, algo, Integer.toString(flow + 1));
    }

    /** A late starter's step title; {@code run} labels its run, {@code flow} counts from 0. */
    String joinTitle(String run, String algo, int flow, long time) {
        return texts.get("join.title", who(run, algo, flow), fmt(time / 1e9));
    }

    String joinNarration(String algo) {
        return texts.get(algo.equals("bbr") ? "join.bbr" : "join.other", texts.get("join.fairness"));
    }

    String summaryTitle(CongestionScenario sc) {
        return texts.get("summary.title", fmt(sc.durationS()));
    }

    String summaryNarration(CongestionScenario sc) {
        boolean several = sc.flows() > 1 || sc.compare() == CongestionScenario.Compare.SHARED;
        return texts.get("summary", sc.staggerS() > 0 ? " " + texts.get("summary.stagger", fmt(sc.staggerS())) : "",
                // Why a simulated index near 1 is the best case. Measured (wirewise bench congestion --ns3 and
                // per-flow traces of bench/ns3/dumbbell.cc): 4 to 8 of 10 NewReno flows lose in each overflow
                // here, and a seeded jitter of 0–10 µs per ACK moved the index by less than 0.03; ns-3.37's low
                // indices come from flows caught in a loop of timeouts.
                several ? " " + texts.get("summary.fairnessCaveat") : "",
                // Where Linux and the RFCs or ns-3 differ, which one is shown.
                " " + texts.get("summary.linuxChoices"));
    }

    private String whatIf(CongestionScenario sc, List<String> labels, List<DumbbellResult> results) {
        if (sc.lossPercent() > 0) {
            return lossNarration(sc, labels, results);
        }
        if (sc.bufferBdp() >= 4) {
            return texts.get("whatif.bloat", fmt(sc.bufferBdp()));
        }
        if (sc.bufferBdp() < 1) {
            return texts.get("whatif.shallow");
        }
        if (sc.rttRatio() != 1) {
            return texts.get("whatif.rtt", fmt(sc.rttRatio()));
        }
        return texts.get("whatif.rule");
    }

    /**
     * Random loss, with the numbers this run produced. Loss-based control is held to the Mathis et
     * al. (1997) rate, (MSS/RTT)·sqrt(3/2)/sqrt(p); BBR v1 is not, as long as SACK lets RACK (RFC
     * 8985) find lost segments, lost retransmissions included, without waiting for a timeout.
     */
    private String lossNarration(CongestionScenario sc, List<String> labels, List<DumbbellResult> results) {
        double p = sc.lossPercent() / 100;
        double mathis = DumbbellConfig.LINUX_MSS * 8 / (sc.rttMs() / 1e3) * Math.sqrt(1.5) / Math.sqrt(p);
        StringBuilder numbers = new StringBuilder();
        for (int r = 0; r < results.size(); r++) {
            double goodput = results.get(r).flows().stream().mapToDouble(DumbbellResult.FlowTotals::goodputBps).sum();
            numbers.append(numbers.isEmpty() ? "" : ", ").append(texts.get("loss.goodput", labels.get(r),
                    units.mbps(goodput), Long.toString(Math.round(100 * goodput / (sc.bandwidthMbps() * 1e6)))));
        }
        return texts.get("loss", fmt(sc.lossPercent()), units.mbps(mathis),
                texts.get(sc.sack() ? "loss.sack" : "loss.noSack"), numbers.toString());
    }

    private String lateStart(CongestionScenario sc, List<DumbbellResult> results) {
        int flows = results.get(0).flows().size();
        if (sc.staggerS() <= 0 || flows < 2) {
            return "";
        }
        return " " + texts.get("lateStart", fmt(sc.staggerS()), Integer.toString(flows), fmt(sc.staggerS() * (flows - 1)));
    }

    private String chosenDrops(CongestionScenario sc) {
        List<Long> drops = CongestionSimulator.drops(sc.drop());
        if (drops.isEmpty()) {
            return "";
        }
        return " " + texts.get(drops.size() > 1 ? "drops.many" : "drops.one",
                String.join(", ", drops.stream().map(String::valueOf).toList()));
    }

    /** A step's title for an event of a run. */
    String title(String run, DumbbellResult.Event e, String algo, boolean sack) {
        String who = who(run, algo, e.flow());
        String segment = Long.toString(e.segment());
        return switch (e.kind()) {
            case FAST_RETRANSMIT -> texts.get(sack ? "event.fastRetransmit.sack" : "event.fastRetransmit.noSack", who);
            case RTO -> texts.get("event.rto", who);
            case PHASE_CHANGE -> texts.get("event.phase", who, phase(e.phase()));
            case PARTIAL_ACK -> texts.get("event.partialAck", who, segment);
            case LOST_RETRANSMISSION -> texts.get("event.lostRetransmission", who, segment);
            case HYSTART_ACK_TRAIN -> texts.get("event.hyStartAckTrain", who);
            case HYSTART_DELAY -> texts.get("event.hyStartDelay", who);
        };
    }

    /** What happened at an event and which rule decided it. */
    String narration(DumbbellResult.Event e, String algo, boolean sack) {
        String cwnd = units.segments(e.cwnd());
        String flight = units.segments(e.flight());
        String segment = Long.toString(e.segment());
        String detected = texts.get(sack ? "detected.sack" : "detected.noSack", segment);
        return switch (e.kind()) {
            case FAST_RETRANSMIT -> switch (algo) {
                case "bbr" -> texts.get("fastRetransmit.bbr", detected, cwnd, flight);
                case "tahoe" -> texts.get("fastRetransmit.tahoe", detected, flight, units.segments(e.ssthresh()));
                case "cubic" -> texts.get("fastRetransmit.cubic", detected, units.segments(e.priorCwnd()),
                        units.segments(e.ssthresh()), recoveryWindow(e, sack));
                default -> texts.get("fastRetransmit.reno", detected, flight, units.segments(e.ssthresh()),
                        recoveryWindow(e, sack), algo.equals("newreno") && !sack
                                ? " " + texts.get("fastRetransmit.newReno", Long.toString(e.recover())) : "");
            };
            case RTO -> algo.equals("bbr") ? texts.get("rto.bbr")
                    : texts.get("rto", units.segments(e.ssthresh()), texts.get(sack ? "rto.sack" : "rto.noSack"));
            case PHASE_CHANGE -> texts.get("phaseNarration." + e.phase().name());
            case PARTIAL_ACK -> texts.get("partialAck",
                    Long.toString(Math.round(e.ackedBytes() / (double) DumbbellConfig.LINUX_MSS)),
                    Long.toString(e.recover()), segment, cwnd);
            case LOST_RETRANSMISSION -> texts.get("lostRetransmission", segment);
            case HYSTART_ACK_TRAIN, HYSTART_DELAY -> hyStartNarration(e);
        };
    }

    /** cwnd in fast recovery: PRR with SACK, RFC 5681's inflated window without. */
    private String recoveryWindow(DumbbellResult.Event e, boolean sack) {
        return sack ? texts.get("recovery.sack", units.segments(e.cwnd()), Long.toString(e.recover()))
                : texts.get("recovery.noSack", units.segments(e.ssthresh()), units.segments(e.cwnd()));
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
    private String hyStartNarration(DumbbellResult.Event e) {
        String signal = e.kind() == DumbbellResult.EventKind.HYSTART_ACK_TRAIN
                ? texts.get("hyStart.ackTrain", fmt(HyStart.ACK_DELTA_NS / 1e6))
                : texts.get("hyStart.delay", Integer.toString(HyStart.MIN_SAMPLES), fmt(HyStart.DELAY_MIN_NS / 1e6),
                        fmt(HyStart.DELAY_MAX_NS / 1e6));
        return texts.get("hyStart", Integer.toString(HyStart.LOW_WINDOW), signal, units.segments(e.ssthresh()));
    }

    private String fmt(double v) {
        return units.plain(v);
    }
}
