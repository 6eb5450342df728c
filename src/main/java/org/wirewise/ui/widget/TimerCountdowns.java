package org.wirewise.ui.widget;

import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import java.util.function.LongToDoubleFunction;
import java.util.function.ToIntFunction;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;

/**
 * Running timers drawn as countdowns beside their lane: the whole timeout as a faint bar from
 * when it was armed to when it will expire, the elapsed part solid, and the time left written at
 * the current moment. Timers come from the step's {@code timers} table (lane, timer, armed and
 * expiry in nanoseconds), which any lesson may provide.
 */
final class TimerCountdowns {

    static final String TABLE = "timers";

    private TimerCountdowns() {
    }

    /** Draws the step's running timers; their labels' bounds go into {@code placed} for packet labels to avoid. */
    static void draw(SequenceDiagram diagram, LongToDoubleFunction y, IntToDoubleFunction laneX,
                     ToIntFunction<String> laneIndex, Step step, long time, double em,
                     java.util.List<javafx.geometry.Bounds> placed) {
        Table table = step.snapshot().table(TABLE).orElse(null);
        if (table == null || table.columns().size() < 4) {
            return;
        }
        int row = 0;
        for (Table.Row r : table.rows()) {
            long armed;
            long expires;
            int lane;
            try {
                armed = Long.parseLong(r.cells().get(2));
                expires = Long.parseLong(r.cells().get(3));
                lane = laneIndex.applyAsInt(r.cells().get(0));
            } catch (IllegalArgumentException e) {
                continue; // not a timer row this widget understands
            }
            if (time < armed) {
                continue;
            }
            double side = lane == 0 ? -1 : 1;
            double x = laneX.applyAsDouble(lane) + side * (1.0 + 0.7 * row) * em;
            long now = Math.min(time, expires);
            Line whole = SequenceDiagram.line(x, y.applyAsDouble(armed), x, y.applyAsDouble(expires), "timer-span");
            Line elapsed = SequenceDiagram.line(x, y.applyAsDouble(armed), x, y.applyAsDouble(now), "timer-elapsed");
            diagram.add(whole, elapsed);
            String name = r.cells().get(1);
            Label label = diagram.label(name + " " + left(expires - now), "timer-label");
            label.setId("timer-" + r.cells().get(0) + "-" + name.replace(' ', '-'));
            double lw = label.prefWidth(-1);
            double lx = side < 0 ? x - lw - 0.4 * em : x + 0.4 * em;
            // Just above the moment shown, so the now-line runs under the label, not through its words.
            double ly = y.applyAsDouble(now) - label.prefHeight(-1) - 0.2 * em;
            SequenceDiagram.place(label, lx, ly);
            placed.add(new javafx.geometry.BoundingBox(lx, ly, lw, label.prefHeight(-1)));
            row++;
        }
    }

    private static String left(long nanos) {
        if (nanos >= 10_000_000_000L) {
            return String.format(Locale.ROOT, "%.0f s left", nanos / 1e9);
        }
        return String.format(Locale.ROOT, "%.2f s left", nanos / 1e9);
    }
}
