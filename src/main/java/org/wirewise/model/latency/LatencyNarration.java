package org.wirewise.model.latency;

import java.util.Locale;
import org.wirewise.model.text.Texts;

/** What the performance chapter's narration classes share: their bundle in one language and its numbers. */
abstract class LatencyNarration {

    protected final Texts texts;
    protected final LatencyUnits units;

    /** @param lesson the lesson's bundle, {@code org.wirewise.model.latency.<lesson>} */
    LatencyNarration(String lesson, Locale language) {
        this.texts = Texts.of("org.wirewise.model.latency." + lesson, language);
        this.units = new LatencyUnits(texts.language());
    }

    /** A text of the bundle (a title, a column, a lane, a state) with its arguments already formatted. */
    String text(String key, Object... args) {
        return texts.get(key, args);
    }

    String t(long nanos) {
        return units.t(nanos);
    }

    String rate(long bps) {
        return units.rate(bps);
    }
}
