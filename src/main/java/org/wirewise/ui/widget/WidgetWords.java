package org.wirewise.ui.widget;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;

/**
 * The shared widgets' words and numbers in one language (bundle {@code ui/widget/widget}): a
 * lesson view passes its {@code LessonContext.language()} to the widgets it builds.
 */
final class WidgetWords {

    static final WidgetWords ENGLISH = new WidgetWords(Locale.ENGLISH);

    private final Texts texts;
    private final Units units;
    private final char decimalMark;

    private WidgetWords(Locale language) {
        this.texts = Texts.of("org.wirewise.ui.widget.widget", language);
        this.units = new Units(texts.language());
        this.decimalMark = DecimalFormatSymbols.getInstance(texts.language()).getDecimalSeparator();
    }

    static WidgetWords of(Locale language) {
        return Texts.supported(language).equals(Locale.ENGLISH) ? ENGLISH : new WidgetWords(language);
    }

    String get(String key, Object... args) {
        return texts.get(key, args);
    }

    Units units() {
        return units;
    }

    /** A reading written with a point and no grouping ("20.64 ms", as TimeAxis writes it) in this language's mark. */
    String decimals(String pointed) {
        return decimalMark == '.' ? pointed : pointed.replace('.', decimalMark);
    }
}
