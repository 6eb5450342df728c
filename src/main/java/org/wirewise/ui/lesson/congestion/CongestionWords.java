package org.wirewise.ui.lesson.congestion;

import java.util.Locale;
import org.wirewise.model.congestion.Phase;
import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;

/**
 * The congestion view's own words and numbers in the window's language ({@code congestion-views.properties}):
 * buttons, legends, chart titles, hover read-outs and axis ticks. Phase names come from the lesson's
 * bundle ({@link Phase#label(Locale)}), so the legend names a phase as the narration does.
 */
final class CongestionWords {

    /** The language of the command line and of the chart benchmark. */
    static final CongestionWords ENGLISH = new CongestionWords(Locale.ENGLISH);

    private final Texts texts;
    private final Units units;

    CongestionWords(Locale language) {
        this.texts = Texts.of("org.wirewise.ui.lesson.congestion.congestion-views", language);
        this.units = new Units(texts.language());
    }

    String get(String key, Object... args) {
        return texts.get(key, args);
    }

    Locale language() {
        return texts.language();
    }

    Units units() {
        return units;
    }

    String phase(Phase p) {
        return p.label(texts.language());
    }

    String metric(Metric m) {
        return texts.get("metric." + m.name());
    }

    /** An axis tick with as many decimals as the step needs, with the language's decimal mark. */
    String tick(double value, double step) {
        return units.fixed(Math.abs(value) < step * 1e-6 ? 0.0 : value, Ticks.decimals(step));
    }
}
