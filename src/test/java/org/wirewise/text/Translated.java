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

    /**
     * English words the translation guide (issue #24) prescribes in Spanish text as they are:
     * "negociación (handshake)" the first time, then "handshake" (never "apretón de manos").
     */
    static final java.util.Set<String> SPANISH_LOANWORDS = java.util.Set.of("handshake");

    private Translated() {
    }

    /** The ids of the lessons translated so far, in the catalogue's order. */
    /** Whether a text is a name the coverage test accepts in both languages ({@code TranslationCoverageTest.NAMES}). */
    public static boolean isName(String text) {
        return TranslationCoverageTest.NAMES.contains(text);
    }

    public static Stream<String> lessons() {
        return TranslationCoverageTest.lessons().filter(id -> !TranslationCoverageTest.NOT_YET_TRANSLATED.contains(id));
    }

    /** The words of {@code text} that read as English ({@link TranslationCoverageTest#ENGLISH}). */
    public static List<String> englishWords(String text) {
        String rest = text;
        for (String state : TranslationCoverageTest.TCP_STATES) {
            rest = rest.replace(state, " "); // RFC 9293's state names are protocol notation ("SYN-SENT", "TIME-WAIT")
        }
        return TranslationCoverageTest.englishWords(rest).stream().filter(w -> !SPANISH_LOANWORDS.contains(w)).toList();
    }
}
