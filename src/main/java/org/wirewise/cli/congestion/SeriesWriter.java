package org.wirewise.cli.congestion;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.congestion.DumbbellResult;
import org.wirewise.model.congestion.Series;

/** Prints runs as CSV (series rows, then '#' summary lines) or as one JSON document. */
final class SeriesWriter {

    static final String HEADER = "time_s,run,flow,algorithm,cwnd_bytes,ssthresh_bytes,inflight_bytes,srtt_ms,"
            + "delivery_rate_bps,queue_packets,phase,event";

    private SeriesWriter() {
    }

    static void csv(List<CongestionCommand.Run> runs, List<DumbbellResult> results, boolean summaryOnly, PrintWriter out) {
        if (!summaryOnly) {
            out.println(HEADER);
            for (int r = 0; r < runs.size(); r++) {
                DumbbellResult res = results.get(r);
                String run = runs.get(r).label();
                Series s = res.samples();
                List<DumbbellResult.Event> events = res.events();
                int e = 0;
                for (int i = 0; i <= s.size(); i++) {
                    long t = i < s.size() ? s.time(i) : Long.MAX_VALUE;
                    while (e < events.size() && events.get(e).time() <= t) {
                        DumbbellResult.Event ev = events.get(e++);
                        out.printf(Locale.ROOT, "%.6f,%s,%d,%s,%d,%s,,,,,%s,%s%n", ev.time() / 1e9, run, ev.flow(),
                                res.flows().get(ev.flow()).algorithm(), ev.cwnd(), CongestionCommand.ssthresh(ev.ssthresh()),
                                ev.phase().label(), ev.kind().name().toLowerCase(Locale.ROOT));
                    }
                    if (i < s.size()) {
                        out.printf(Locale.ROOT, "%.6f,%s,%d,%s,%d,%s,%d,%.3f,%.0f,%d,%s,%n", t / 1e9, run, s.flow(i),
                                res.flows().get(s.flow(i)).algorithm(), s.cwnd(i), CongestionCommand.ssthresh(s.ssthresh(i)),
                                s.inflight(i), s.srtt(i) / 1e6, s.deliveryRate(i) * 8, s.queue(i), s.phase(i).label());
                    }
                }
            }
        }
        out.println("# summary");
        out.println("# run,flow,algorithm,throughput_bps,goodput_bps,retransmissions,utilization,jain_fairness");
        for (int r = 0; r < runs.size(); r++) {
            DumbbellResult res = results.get(r);
            for (int f = 0; f < res.flows().size(); f++) {
                DumbbellResult.FlowTotals t = res.flows().get(f);
                out.printf(Locale.ROOT, "# %s,%d,%s,%.0f,%.0f,%d,%.4f,%.4f%n", runs.get(r).label(), f, t.algorithm(),
                        t.throughputBps(), t.goodputBps(), t.retransmissions(), res.utilization(), res.jainFairness());
            }
        }
    }

    static void json(List<CongestionCommand.Run> runs, List<DumbbellResult> results, boolean summaryOnly, PrintWriter out) {
        out.println("{\"runs\": [");
        for (int r = 0; r < runs.size(); r++) {
            DumbbellResult res = results.get(r);
            out.printf(Locale.ROOT, "{\"run\": \"%s\", \"summary\": {\"utilization\": %.6f, \"jainFairness\": %.6f, "
                    + "\"simulatedPackets\": %d, \"flows\": [", runs.get(r).label(), res.utilization(), res.jainFairness(),
                    res.simulatedPackets());
            for (int f = 0; f < res.flows().size(); f++) {
                DumbbellResult.FlowTotals t = res.flows().get(f);
                out.printf(Locale.ROOT, "%s{\"flow\": %d, \"algorithm\": \"%s\", \"throughputBps\": %.0f, \"goodputBps\": %.0f, "
                        + "\"retransmissions\": %d}", f == 0 ? "" : ", ", f, t.algorithm(), t.throughputBps(),
                        t.goodputBps(), t.retransmissions());
            }
            out.print("]}");
            if (!summaryOnly) {
                out.println(", \"series\": [");
                Series s = res.samples();
                for (int i = 0; i < s.size(); i++) {
                    out.printf(Locale.ROOT, "%s{\"time\": %.6f, \"flow\": %d, \"cwnd\": %d, \"ssthresh\": %s, \"inflight\": %d, "
                            + "\"srttMs\": %.3f, \"deliveryRateBps\": %.0f, \"queue\": %d, \"phase\": \"%s\"}%n",
                            i == 0 ? "" : ",", s.time(i) / 1e9, s.flow(i), s.cwnd(i),
                            CongestionCommand.ssthresh(s.ssthresh(i)).isEmpty() ? "null" : Long.toString(s.ssthresh(i)),
                            s.inflight(i), s.srtt(i) / 1e6, s.deliveryRate(i) * 8, s.queue(i), s.phase(i).label());
                }
                out.println("], \"events\": [");
                List<DumbbellResult.Event> events = res.events();
                for (int i = 0; i < events.size(); i++) {
                    DumbbellResult.Event ev = events.get(i);
                    out.printf(Locale.ROOT, "%s{\"time\": %.6f, \"flow\": %d, \"event\": \"%s\", \"phase\": \"%s\", \"cwnd\": %d%s}%n",
                            i == 0 ? "" : ",", ev.time() / 1e9, ev.flow(), ev.kind().name().toLowerCase(Locale.ROOT),
                            ev.phase().label(), ev.cwnd(), ev.segment() > 0 ? ", \"segment\": " + ev.segment() : "");
                }
                out.print("]");
            }
            out.println(r + 1 < runs.size() ? "}," : "}");
        }
        out.println("]}");
    }
}
