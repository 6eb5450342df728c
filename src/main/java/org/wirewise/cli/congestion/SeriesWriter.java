package org.wirewise.cli.congestion;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewise.export.SeriesCsv;
import org.wirewise.model.congestion.CongestionSeries;
import org.wirewise.model.congestion.DumbbellResult;
import org.wirewise.model.congestion.Series;

/** Prints runs as CSV (series rows as {@link SeriesCsv} writes them, then '#' summary lines) or as one JSON document. */
final class SeriesWriter {

    static final String HEADER = "time_s,run,flow,algorithm,cwnd_bytes,ssthresh_bytes,inflight_bytes,srtt_ms,"
            + "delivery_rate_bps,queue_packets,phase,event";

    private SeriesWriter() {
    }

    static void csv(List<CongestionCommand.Run> runs, List<DumbbellResult> results, boolean summaryOnly, PrintWriter out) {
        if (!summaryOnly) {
            List<CongestionSeries> series = new ArrayList<>();
            for (int r = 0; r < runs.size(); r++) {
                series.add(new CongestionSeries(runs.get(r).label(), results.get(r)));
            }
            try {
                new SeriesCsv(System.lineSeparator()).write(series, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a PrintWriter does not throw; kept for the signature
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
