package org.wirewise.model.tcp;

import java.util.Locale;
import org.wirewise.model.text.Texts;

/**
 * Every sentence and label the head-of-line lesson shows, in one language
 * ({@code head-of-line.properties} and its translations); the numbers come from the run.
 */
final class HeadOfLineNarration {

    private final Texts texts;
    private final TcpUnits units;

    HeadOfLineNarration(Locale language) {
        this.texts = Texts.of("org.wirewise.model.tcp.head-of-line", language);
        this.units = new TcpUnits(texts.language());
    }

    /** The text under {@code key} with {@code args} (already formatted, never grouped) filled in. */
    String say(String key, String... args) {
        return texts.get(key, (Object[]) args);
    }

    String stream(int bytes, long interval, int lost) {
        return say("stream", Integer.toString(bytes), units.time(interval),
                lost > 0 ? say("stream.lost", Integer.toString(lost)) : "");
    }

    String burst(int count, long now) {
        return say("burst", Integer.toString(count), units.time(now));
    }
}
