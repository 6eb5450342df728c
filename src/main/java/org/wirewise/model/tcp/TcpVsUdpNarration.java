package org.wirewise.model.tcp;

import java.util.List;
import java.util.Locale;
import org.wirewise.model.text.Texts;

/**
 * Every sentence and label the tcp-vs-udp lesson shows, in one language
 * ({@code tcp-vs-udp.properties} and its translations); the numbers come from the run.
 */
final class TcpVsUdpNarration {

    private final Texts texts;
    private final TcpUnits units;

    TcpVsUdpNarration(Locale language) {
        this.texts = Texts.of("org.wirewise.model.tcp.tcp-vs-udp", language);
        this.units = new TcpUnits(texts.language());
    }

    /** The text under {@code key} with {@code args} (already formatted, never grouped) filled in. */
    String say(String key, String... args) {
        return texts.get(key, (Object[]) args);
    }

    /** A parameter in milliseconds as typed: "20", "12.5". */
    String ms(double v) {
        return units.plain(v);
    }

    /** "Frame 5 is lost on both paths.", "Frames 5 and 7 are …", or that none is. */
    String lost(List<String> numbers) {
        if (numbers.isEmpty()) {
            return say("lost.none");
        }
        if (numbers.size() == 1) {
            return say("lost.one", numbers.get(0));
        }
        return say("lost.many", String.join(", ", numbers.subList(0, numbers.size() - 1)),
                numbers.get(numbers.size() - 1));
    }
}
