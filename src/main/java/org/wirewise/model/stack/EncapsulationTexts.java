package org.wirewise.model.stack;

import java.util.Locale;
import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;

/**
 * The encapsulation lesson's words in one language ({@code encapsulation.properties} and its
 * translations): {@link Narration} tells the steps with them, {@link EncapsulationSimulator} names
 * its lanes, states, variables and tables with them.
 */
final class EncapsulationTexts {

    static final String TEXTS = "org.wirewise.model.stack.encapsulation";

    private final Texts texts;
    private final Units units;

    EncapsulationTexts(Locale language) {
        this.texts = Texts.of(TEXTS, language);
        this.units = new Units(texts.language());
    }

    /** The text under {@code key} with {@code args} (already formatted) filled in. */
    String get(String key, Object... args) {
        return texts.get(key, args);
    }

    /** One of two texts by count: {@code key.one} for 1, else {@code key.many}, with the count as {0}. */
    String count(String key, int n) {
        return texts.get(key + (n == 1 ? ".one" : ".many"), Integer.toString(n));
    }

    /** A node state by its key ("idle", "forwarding"). */
    String state(String key) {
        return texts.get("state." + key);
    }

    /** A dissector field's name as the layers table shows it: Wireshark's, with a gloss where the language has one. */
    String fieldName(String field) {
        String key = "field." + field.replaceAll("[^A-Za-z0-9]", "");
        return texts.has(key) ? texts.get(key) : field;
    }

    Units units() {
        return units;
    }
}
