package org.wirewise.model.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wirewise.model.trace.Fact;

/**
 * A page load as DevTools' Network panel draws it: a row per request, in request order, on one
 * time axis. A lesson puts it in a step's snapshot for {@code ui.widget.WaterfallChart} to draw.
 *
 * @param title what was loaded and how ("HTTP/2 over TLS"), shown above the rows
 */
public record Waterfall(String title, List<WaterfallRow> rows) implements Fact {

    public Waterfall {
        rows = List.copyOf(rows);
    }

    /** The rows of {@code timings}, their connections numbered 1, 2, ... in the order the rows first use them. */
    public static Waterfall of(String title, List<RequestTiming> timings) {
        Map<Integer, Integer> numbers = new HashMap<>();
        List<WaterfallRow> rows = new ArrayList<>();
        for (RequestTiming t : timings) {
            int number = numbers.computeIfAbsent(t.connection(), k -> numbers.size() + 1);
            rows.add(WaterfallRow.of(t, number));
        }
        return new Waterfall(title, rows);
    }

    /** The same waterfall with row {@code index} replaced. */
    public Waterfall withRow(int index, WaterfallRow row) {
        List<WaterfallRow> out = new ArrayList<>(rows);
        out.set(index, row);
        return new Waterfall(title, out);
    }

    /** The earliest moment on any row, or 0 when none has begun. */
    public long start() {
        return rows.stream().mapToLong(WaterfallRow::start).filter(t -> t >= 0).min().orElse(0);
    }

    /** The latest moment on any row, or 0. */
    public long end() {
        return rows.stream().mapToLong(WaterfallRow::end).max().orElse(0);
    }

    /** How many connections the rows used. */
    public int connections() {
        return (int) rows.stream().mapToInt(WaterfallRow::connection).distinct().count();
    }
}
