package org.wirewise.model.http.hol;

import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.http.Phase;
import org.wirewise.model.http.RequestTiming;
import org.wirewise.model.http.Waterfall;
import org.wirewise.model.http.WaterfallRow;
import org.wirewise.model.trace.Fact;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TraceBuilder;

/**
 * The lab's steps: the page, then per protocol the load without loss (at the moment the browser asks for the
 * scripts), the lost packet, its repair with the requests it held up, the page loaded; then the three side by side.
 * Every step carries the three waterfalls (without loss, or as set up with the held-up stretches), the focus and
 * the load-time table; a protocol's loss steps also the table of its held-up requests.
 */
final class HolLabSteps {

    private final HolSetup s;
    private final HolLabNarration n;
    private final List<HolLabSimulator.Load> loads;
    private final TraceBuilder trace;
    private final List<Waterfall> clean = new ArrayList<>();
    private final List<Waterfall> asSetUp = new ArrayList<>();
    private final long axisEnd;

    HolLabSteps(HolSetup s, HolLabNarration n, List<HolLabSimulator.Load> loads, TraceBuilder trace) {
        this.s = s;
        this.n = n;
        this.loads = loads;
        this.trace = trace;
        long end = 0;
        for (HolLabSimulator.Load l : loads) {
            clean.add(Waterfall.of(n.waterfallTitle(l.protocol(), l.clean(), true), l.clean().timings()));
            Waterfall w = held(Waterfall.of(n.waterfallTitle(l.protocol(), l.run(), !s.lossy()), l.run().timings()), l.run());
            asSetUp.add(w);
            end = Math.max(end, Math.max(w.end(), clean.get(clean.size() - 1).end()));
        }
        this.axisEnd = end;
    }

    /** The rows the lost packet held up get the stretch from its sending to its repair, within the row. */
    private static Waterfall held(Waterfall w, HolRun run) {
        if (run.lost().isEmpty() || run.lost().get().repairedAt() < 0) {
            return w;
        }
        LostPacket l = run.lost().get();
        Waterfall out = w;
        for (int i : run.heldUp()) {
            WaterfallRow row = w.rows().get(i);
            long from = Math.max(row.start(), l.sentAt());
            long to = Math.min(row.end(), l.repairedAt());
            if (to > from) {
                out = out.withRow(i, row.withHeld(List.of(new WaterfallRow.Hold(from, to))));
            }
        }
        return out;
    }

    void build() {
        HolPage page = new HolPage(s.assets(), s.seed());
        long bytes = 0;
        for (int i = 0; i < page.requests(); i++) {
            bytes += page.size(HolPage.target(i));
        }
        trace.step(0, n.introTitle(), n.intro(page, bytes), n.introReferences(), -1, snapshot(loads.get(0), true, false, null));
        long last = 0;
        for (HolLabSimulator.Load l : loads) {
            last = protocol(l);
        }
        HolLabSimulator.Load lastLoad = loads.get(loads.size() - 1);
        trace.step(last, n.comparisonTitle(), n.comparison(loads.stream().map(HolLabSimulator.Load::measured).toList()),
                n.comparisonReferences(), -1, snapshot(lastLoad, false, false, null));
    }

    /** A protocol's steps; returns the time of its last. */
    private long protocol(HolLabSimulator.Load l) {
        HolProtocol p = l.protocol();
        RequestTiming html = l.run().timings().get(0);
        long asked = l.origin() + Math.max(0, html.completeAt() >= 0 ? html.completeAt() : l.clean().timings().get(0).completeAt());
        Waterfall reference = clean.get(p.ordinal());
        WaterfallRow first = reference.rows().get(0);
        long handshake = first.duration(Phase.Kind.CONNECT) + first.duration(Phase.Kind.TLS);
        long queued = reference.rows().stream().skip(1).filter(r -> r.duration(Phase.Kind.QUEUED) > 0).count();
        step(asked, n.withoutLossTitle(p), n.withoutLoss(p, l.clean(), reference.connections(), handshake, queued,
                s.lossPercent() == 0), n.withoutLossReferences(p), -1, l, true, false);
        long time = asked;
        boolean lost = l.run().lost().isPresent() && l.lostPacket() >= 0;
        if (lost) {
            LostPacket lp = l.run().lost().get();
            time = Math.max(time, trace.packet(l.lostPacket()).sentAt());
            step(time, n.lostTitle(p), n.lost(p, lp, lp.requests().stream().sorted().map(HolPage::target).toList()),
                    n.lostReferences(p), l.lostPacket(), l, false, true);
            if (l.repairPacket() >= 0) {
                time = Math.max(time, trace.packet(l.repairPacket()).arrivesAt());
                List<String> held = l.run().heldUp().stream().sorted().map(HolPage::target).toList();
                step(time, n.repairedTitle(p, held.size()), n.repaired(p, lp, held, longestStall(l, true)), n.repairedReferences(p),
                        l.repairPacket(), l, false, true);
            }
        }
        long end = l.run().complete() ? l.origin() + l.run().pageLoad() : l.origin() + l.recording().lastArrival();
        time = Math.max(time, end);
        step(time, n.loadedTitle(p, l.run()), n.loaded(p, l.run(), l.clean(), l.run().heldUp().size(), longestStall(l, false)),
                List.of(), -1, l, false, lost);
        return time;
    }

    private void step(long time, String title, String text, List<String> refs, int packet, HolLabSimulator.Load focus,
                      boolean lossFree, boolean heldTable) {
        trace.step(time, title, text, refs, packet, snapshot(focus, lossFree, heldTable, focus.protocol()));
    }

    /** @param highlighted the load-time row to highlight, or null */
    private Snapshot snapshot(HolLabSimulator.Load focus, boolean lossFree, boolean heldTable, HolProtocol highlighted) {
        List<Fact> facts = new ArrayList<>(lossFree ? clean : asSetUp);
        facts.add(new HolFocus(focus.protocol(), focus.origin(), axisEnd, lossFree));
        List<Table> tables = new ArrayList<>(List.of(loadTimes(highlighted)));
        if (heldTable) {
            tables.add(heldUp(focus));
        }
        return new Snapshot(List.of(), List.of(), tables, facts);
    }

    /** The longest completion delay among all requests, or (heldOnly) among those the lost packet held up. */
    private static long longestStall(HolLabSimulator.Load l, boolean held) {
        long[] stalls = l.measured().stalls();
        java.util.Set<Integer> heldUp = l.run().heldUp();
        long max = 0;
        for (int i = 0; i < stalls.length; i++) {
            if (held == heldUp.contains(i) || !held && heldUp.isEmpty()) {
                max = Math.max(max, stalls[i]);
            }
        }
        return max;
    }

    private static long longestStall(HolLabSimulator.Load l) {
        long max = 0;
        for (long stall : l.measured().stalls()) {
            max = Math.max(max, stall);
        }
        return max;
    }

    private Table loadTimes(HolProtocol focus) {
        List<Table.Row> rows = new ArrayList<>();
        for (HolLabSimulator.Load l : loads) {
            String connections = Integer.toString(asSetUp.get(l.protocol().ordinal()).connections());
            List<String> cells = s.lossy()
                    ? List.of(l.protocol().label(), connections, n.ms(l.clean().pageLoad()), completeOrNot(l.run()),
                    l.run().lost().isPresent() ? Integer.toString(l.run().heldUp().size()) : "—", n.ms(longestStall(l)))
                    : List.of(l.protocol().label(), connections, completeOrNot(l.run()));
            rows.add(new Table.Row(cells, l.protocol() == focus));
        }
        return new Table(HolLabSimulator.LOAD_TIMES, n.loadTimesTitle(), n.loadTimesColumns(), rows);
    }

    private String completeOrNot(HolRun run) {
        return run.complete() ? n.ms(run.pageLoad()) : n.incomplete();
    }

    private Table heldUp(HolLabSimulator.Load l) {
        long[] stalls = l.measured().stalls();
        Waterfall w = asSetUp.get(l.protocol().ordinal());
        List<Table.Row> rows = new ArrayList<>();
        for (int i : l.run().heldUp().stream().sorted().toList()) {
            String carrier = l.protocol() == HolProtocol.HTTP3 ? Long.toString(ResponseBytes.stream(i))
                    : Integer.toString(w.rows().get(i).connection());
            rows.add(Table.Row.of(HolPage.target(i), carrier, n.ms(l.clean().timings().get(i).completeAt()),
                    n.ms(l.run().timings().get(i).completeAt()), n.ms(stalls[i])));
        }
        return new Table(HolLabSimulator.HELD, n.heldTitle(l.protocol()), n.heldColumns(l.protocol()), rows);
    }
}
