package org.wirewise.cli.http;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.http.RequestTiming;
import org.wirewise.model.http.hol.HolComparison;
import org.wirewise.model.http.hol.HolPage;
import org.wirewise.model.http.hol.HolSetup;

/** {@code wirewise http compare}'s text: the page load times, the lost packet, then a row per request. */
final class CompareText {

    private CompareText() {
    }

    static void single(HolSetup s, HolPage page, List<HolComparison.Measured> measured, PrintWriter out) {
        out.printf(Locale.ROOT, "Page: HTML + %d assets, %,d bytes; %s%n", s.assets(), CompareCommand.bytes(page),
                CompareCommand.describe(s));
        out.printf(Locale.ROOT, "%-22s", "");
        measured.forEach(m -> out.printf(Locale.ROOT, "%20s", m.protocol().label()));
        out.println();
        out.printf(Locale.ROOT, "%-22s", "page load (ms)");
        measured.forEach(m -> out.printf(Locale.ROOT, "%20s", m.run().complete()
                ? String.format(Locale.ROOT, "%.1f", CompareCommand.ms(m.run().pageLoad())) : "did not finish"));
        out.println();
        if (s.lossy()) {
            out.printf(Locale.ROOT, "%-22s", "without loss (ms)");
            measured.forEach(m -> out.printf(Locale.ROOT, "%20.1f", CompareCommand.ms(m.lossFree().pageLoad())));
            out.println();
        }
        if (s.losePacket() > 0) {
            out.printf(Locale.ROOT, "%-22s", "lost packet (ms)");
            measured.forEach(m -> out.printf(Locale.ROOT, "%20s", m.run().lost().map(l -> String.format(Locale.ROOT,
                    "%.1f → %.1f", CompareCommand.ms(l.sentAt()), CompareCommand.ms(l.repairedAt()))).orElse("none sent")));
            out.println();
        }
        if (s.losePacket() > 0) {
            out.printf(Locale.ROOT, "%-22s", "held behind it");
            measured.forEach(m -> out.printf(Locale.ROOT, "%20s", m.run().heldUp().size() + " of " + m.run().timings().size()));
            out.println();
        }
        out.println();
        out.printf(Locale.ROOT, "%-16s%8s", "request", "bytes");
        measured.forEach(m -> out.printf(Locale.ROOT, "%20s", m.protocol().label() + " done/stall"));
        out.println();
        long[][] stalls = measured.stream().map(HolComparison.Measured::stalls).toArray(long[][]::new);
        for (int i = 0; i < page.requests(); i++) {
            String target = HolPage.target(i);
            out.printf(Locale.ROOT, "%-16s%8d", target, page.size(target));
            for (int p = 0; p < measured.size(); p++) {
                RequestTiming t = measured.get(p).run().timings().get(i);
                String held = measured.get(p).run().heldUp().contains(i) ? "*" : " ";
                out.printf(Locale.ROOT, "%20s", t.completeAt() < 0 ? "—" : String.format(Locale.ROOT, "%.1f / %.1f%s",
                        CompareCommand.ms(t.completeAt()), CompareCommand.ms(Math.max(0, stalls[p][i])), held));
            }
            out.println();
        }
        out.println("(ms from the first SYN or Initial; stall = completion minus completion on the same network without loss,");
        out.println(" which includes the congestion response every stream of a connection shares; * = bytes held behind the lost packet)");
    }

    static void distribution(HolSetup s, int seeds, List<HolComparison.Distribution> d, double seconds, PrintWriter out) {
        out.printf(Locale.ROOT, "Page load over %d seeds (%d..%d): HTML + %d assets; %s%n", seeds, s.seed(),
                s.seed() + seeds - 1, s.assets(), CompareCommand.describe(s));
        out.printf(Locale.ROOT, "%-10s%12s%12s%12s%12s%12s%n", "", "median ms", "p95 ms", "min ms", "max ms", "unfinished");
        for (HolComparison.Distribution x : d) {
            out.printf(Locale.ROOT, "%-10s%12.1f%12.1f%12.1f%12.1f%12d%n", x.protocol().label(), CompareCommand.ms(x.median()),
                    CompareCommand.ms(x.p95()), CompareCommand.ms(x.min()), CompareCommand.ms(x.max()), x.incomplete());
        }
        out.printf(Locale.ROOT, "took %.1f s for %d page loads%n", seconds, 3 * seeds);
    }
}
