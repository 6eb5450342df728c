package org.wirewise.ui.lesson.congestion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A chart's words for a screen reader: values at the moment from the series, losses so far, nothing ahead. */
class ChartSummaryTest {

    private static final ChartLine RENO = new ChartLine("Reno", new double[] {0, 0.5, 1.0, 1.5},
            new double[] {10, 12.5, 14.2, 3}, 4, 0, new double[] {0.4, 1.3}, null);
    private static final ChartLine LATE = new ChartLine("CUBIC", new double[] {2, 3}, new double[] {1, 2}, 2, 1,
            new double[0], null);

    @Test
    void saysEachLinesValueAtTheMomentAndItsLossesSoFar() {
        ChartSummary words = new ChartSummary(Locale.ENGLISH);
        assertEquals("cwnd (segments): Reno 14.2 at 1.00 s, 1 loss so far.",
                words.summary("cwnd (segments)", List.of(RENO, LATE), "s", 1.2));
        assertEquals("cwnd (segments): Reno 10.0 at 0.00 s, no loss so far.",
                words.summary("cwnd (segments)", List.of(RENO), "s", 0.3));
        assertEquals("cwnd (segments): Reno 3.0 at 1.50 s, 2 losses so far; CUBIC 2.0 at 3.00 s, no loss so far.",
                words.summary("cwnd (segments)", List.of(RENO, LATE), "s", 3.5));
        assertEquals("queue: no samples yet.", words.summary("queue", List.of(LATE), "s", 1.0));
        // Per round the chart shows the whole run: its end.
        assertEquals("cwnd (segments): Reno 3.0 in round 2, 2 losses so far.",
                words.summary("cwnd (segments)", List.of(RENO), "rounds", -1));
    }

    @Test
    void spanishHasSpanishWordsAndNumbers() {
        assertEquals("cwnd (segments): Reno 14,2 a los 1,00 s, 1 pérdida hasta ahora.",
                new ChartSummary(Locale.forLanguageTag("es")).summary("cwnd (segments)", List.of(RENO), "s", 1.2));
    }
}
