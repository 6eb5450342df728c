package org.wirewise.ui.lesson.congestion;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;
import org.wirewise.ui.widget.AccessibleText;

/**
 * What a screen reader says for a chart drawn on a canvas: each line's value at the player's
 * moment and its losses so far ("Reno 14.2 at 1.20 s, 2 losses so far"), read from the chart's
 * series (never from the drawing), and how to zoom and pan it. Only samples up to the moment
 * count, so a summary never tells what has not happened yet.
 */
final class ChartSummary {

    private static final String WORDS = "org.wirewise.ui.lesson.congestion.congestion-a11y";

    private final Texts words;
    private final Units units;

    ChartSummary(Locale language) {
        words = Texts.of(WORDS, language);
        units = new Units(words.language());
    }

    /** Gives {@code chart} its summary at {@code x} (seconds or rounds; negative: the end of its lines). */
    void describe(SeriesChart chart, double x) {
        AccessibleText.picture(chart, words.get("chart.help"));
        AccessibleText.set(chart, summary(chart.title(), chart.lines(), chart.unit(), x));
    }

    /** "cwnd (segments): Reno 14.2 at 1.20 s, 2 losses so far; Cubic …". */
    String summary(String title, List<ChartLine> lines, String unit, double x) {
        StringJoiner said = new StringJoiner("; ");
        for (ChartLine line : lines) {
            double at = x < 0 && line.n > 0 ? line.x[line.n - 1] : x;
            int i = lastAtOrBefore(line, at);
            if (i < 0) {
                continue; // the line starts later
            }
            said.add(words.get("chart.line", line.label, units.fixed(line.y[i], 1), where(unit, line.x[i]),
                    losses(line, at)));
        }
        return said.length() == 0 ? words.get("chart.empty", title) : words.get("chart", title, said.toString());
    }

    private String where(String unit, double x) {
        return unit.equals("s") ? words.get("x.seconds", units.fixed(x, 2)) : words.get("x.round", units.fixed(x, 0));
    }

    private String losses(ChartLine line, double x) {
        int count = 0;
        for (double mark : line.marks == null ? new double[0] : line.marks) {
            if (mark <= x) {
                count++;
            }
        }
        return count == 0 ? words.get("losses.none") : count == 1 ? words.get("losses.one")
                : words.get("losses.many", units.grouped(count));
    }

    private static int lastAtOrBefore(ChartLine line, double x) {
        int i = line.indexAtOrAfter(x);
        return i < line.n && line.x[i] == x ? i : i - 1;
    }
}
