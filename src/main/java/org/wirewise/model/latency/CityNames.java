package org.wirewise.model.latency;

import java.util.Locale;
import org.wirewise.model.text.Texts;

/**
 * A city's name in a language, for lessons that put the latency map's cities on screen: the
 * language's own name where it has one ("Londres"), else the city's identifier ({@link City#name()}),
 * which stays the value parameters and links carry. The names are the latency map's ({@code city.*}).
 */
public final class CityNames {

    private final Texts texts;

    public CityNames(Locale language) {
        this.texts = Texts.of("org.wirewise.model.latency.latency-map", language);
    }

    public String of(City c) {
        String key = "city." + c.name().replace(' ', '_');
        return texts.has(key) ? texts.get(key) : c.name();
    }
}
