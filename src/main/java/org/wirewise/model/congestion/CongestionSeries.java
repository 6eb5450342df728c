package org.wirewise.model.congestion;

import java.util.List;
import java.util.Locale;
import org.wirewise.model.trace.AbstractSeries;

/**
 * One dumbbell run as a series of its trace: every periodic sample of every flow, with the run's
 * events (fast retransmits, timeouts, phase changes) as rows of their own in time order, an event
 * before the sample at the same moment. Views get the run behind it from {@link #result()}.
 */
public final class CongestionSeries extends AbstractSeries {

    private static final List<Column> COLUMNS = List.of(Column.label("run"), Column.number("flow"),
            Column.label("algorithm"), Column.number("cwnd_bytes"), Column.number("ssthresh_bytes"),
            Column.number("inflight_bytes"), Column.number("srtt_ms"), Column.number("delivery_rate_bps"),
            Column.number("queue_packets"), Column.label("phase"), Column.label("event"));

    private final String label;
    private final DumbbellResult result;
    /** Row → sample index (≥ 0) or event index encoded as -1 - index. */
    private final int[] rows;

    public CongestionSeries(String label, DumbbellResult result) {
        super(label, "Congestion run " + label, COLUMNS);
        this.label = label;
        this.result = java.util.Objects.requireNonNull(result, "result");
        Series s = result.samples();
        List<DumbbellResult.Event> events = result.events();
        rows = new int[s.size() + events.size()];
        int e = 0;
        int row = 0;
        for (int i = 0; i <= s.size(); i++) {
            long t = i < s.size() ? s.time(i) : Long.MAX_VALUE;
            while (e < events.size() && events.get(e).time() <= t) {
                rows[row++] = -1 - e++;
            }
            if (i < s.size()) {
                rows[row++] = i;
            }
        }
    }

    /** The run's label: its algorithm, or every algorithm when they share the bottleneck. */
    public String label() {
        return label;
    }

    public DumbbellResult result() {
        return result;
    }

    @Override
    public int size() {
        return rows.length;
    }

    @Override
    public long time(int row) {
        int r = rows[row];
        return r >= 0 ? result.samples().time(r) : result.events().get(-1 - r).time();
    }

    @Override
    public double value(int row, int column) {
        int r = rows[row];
        Series s = result.samples();
        DumbbellResult.Event ev = r < 0 ? result.events().get(-1 - r) : null;
        return switch (column) {
            case 1 -> ev != null ? ev.flow() : s.flow(r);
            case 3 -> ev != null ? ev.cwnd() : s.cwnd(r);
            case 4 -> {
                long v = ev != null ? ev.ssthresh() : s.ssthresh(r);
                yield v >= SenderState.INFINITE_SSTHRESH ? Double.NaN : v;
            }
            case 5 -> ev != null ? Double.NaN : s.inflight(r);
            case 6 -> ev != null ? Double.NaN : s.srtt(r) / 1e6;
            case 7 -> ev != null ? Double.NaN : s.deliveryRate(r) * 8;
            case 8 -> ev != null ? Double.NaN : s.queue(r);
            default -> Double.NaN;
        };
    }

    @Override
    public String text(int row, int column) {
        int r = rows[row];
        Series s = result.samples();
        DumbbellResult.Event ev = r < 0 ? result.events().get(-1 - r) : null;
        int flow = ev != null ? ev.flow() : s.flow(r);
        return switch (column) {
            case 0 -> label;
            case 2 -> result.flows().get(flow).algorithm();
            case 4 -> Double.isNaN(value(row, 4)) ? "" : Long.toString(ev != null ? ev.ssthresh() : s.ssthresh(r));
            case 6 -> ev != null ? "" : String.format(Locale.ROOT, "%.3f", s.srtt(r) / 1e6);
            case 7 -> ev != null ? "" : String.format(Locale.ROOT, "%.0f", s.deliveryRate(r) * 8);
            case 9 -> (ev != null ? ev.phase() : s.phase(r)).label();
            case 10 -> ev != null ? ev.kind().name().toLowerCase(Locale.ROOT) : "";
            default -> {
                double v = value(row, column);
                yield Double.isNaN(v) ? "" : Long.toString((long) v);
            }
        };
    }
}
