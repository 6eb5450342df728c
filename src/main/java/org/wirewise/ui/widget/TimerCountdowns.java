package org.wirewise.ui.widget;

import java.util.function.IntToDoubleFunction;
import java.util.function.LongToDoubleFunction;
import java.util.function.ToIntFunction;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.TimerFact;

/**
 * Running timers drawn as countdowns beside their lane: the whole timeout as a faint bar from
 * when it was armed to when it will expire, the elapsed part solid, and the time left written at
 * the current moment. Timers are the step's {@link TimerFact}s, which any lesson may provide.
 */
final class TimerCountdowns {

    private TimerCountdowns() {
    }

    /**
     * Draws the step's running timers; their labels' bounds go into {@code placed} for packet labels
     * to avoid. {@code plotTop} is where the lanes' headers end: no label rises above it.
     */
    static void draw(SequenceDiagram diagram, LongToDoubleFunction y, IntToDoubleFunction laneX,
                     ToIntFunction<String> laneIndex, Step step, long time, double em, double plotTop,
                     java.util.List<javafx.geometry.Bounds> placed) {
        int row = 0;
        for (TimerFact timer : step.snapshot().facts(TimerFact.class)) {
            long armed = timer.armedAt();
            long expires = timer.expiresAt();
            int lane;
            try {
                lane = laneIndex.applyAsInt(timer.lane());
            } catch (IllegalArgumentException e) {
                continue; // a lane this diagram does not draw
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
            String name = timer.name();
            Label label = diagram.label(diagram.words().get("timer.named", name, left(expires - now, diagram.words())),
                    "timer-label");
            label.setId("timer-" + timer.lane() + "-" + name.replace(' ', '-'));
            double lw = label.prefWidth(-1);
            // Never off the diagram's left edge (a first lane close to the time axis).
            double lx = Math.max(0, side < 0 ? x - lw - 0.4 * em : x + 0.4 * em);
            // No room right of the last lane: left of its bar, and under the now-line, clear of the
            // packets that have just arrived (the line's state chips sit on it, the label a row lower).
            boolean turned = side > 0 && diagram.getWidth() > 0 && lx + lw > diagram.getWidth();
            if (turned) {
                lx = Math.max(0, x - lw - 0.4 * em);
            }
            // Just above the moment shown, so the now-line runs under the label, not through its words.
            double ly = y.applyAsDouble(now) - label.prefHeight(-1) - 0.2 * em;
            if (ly < plotTop || turned) {
                // At the top of the plot there is no room above: under the now-line, not over the
                // lane's state badge in the header (it covered "SYN-SENT" on a timer's first step),
                // and a row lower, where the state chip on the now-line leaves it clear.
                ly = y.applyAsDouble(now) + 1.5 * em;
            }
            SequenceDiagram.place(label, lx, ly);
            placed.add(new javafx.geometry.BoundingBox(lx, ly, lw, label.prefHeight(-1)));
            row++;
        }
    }

    private static String left(long nanos, WidgetWords words) {
        return words.get("timer.left", words.units().fixed(nanos / 1e9, nanos >= 10_000_000_000L ? 0 : 2));
    }
}
