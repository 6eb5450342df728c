package org.wirewise.text;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * For tests elsewhere that run the window in Spanish: which lessons are translated (those not on
 * {@link TranslationCoverageTest#NOT_YET_TRANSLATED}, so the set grows as lessons land) and the
 * same check of English words the coverage test makes.
 */
public final class Translated {

    public static final Locale SPANISH = TranslationCoverageTest.SPANISH;

    private Translated() {
    }

    /** The ids of the lessons translated so far, in the catalogue's order. */
    public static Stream<String> lessons() {
        return TranslationCoverageTest.lessons().filter(id -> !TranslationCoverageTest.NOT_YET_TRANSLATED.contains(id));
    }

    /** The words of {@code text} that read as English ({@link TranslationCoverageTest#ENGLISH}). */
    public static List<String> englishWords(String text) {
        return TranslationCoverageTest.englishWords(text);
    }
}
