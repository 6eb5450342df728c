package org.wirewise.text;

import java.util.ArrayList;
import java.util.List;

/** The texts of a Spanish trace left as in English, read as {@link TranslationCoverageTest} reads them. */
final class SameInBothLanguages {

    private SameInBothLanguages() {
    }

    /**
     * Each text of {@code es} identical to its place in {@code en} and reading as English (a TCP state name,
     * RFC notation, is the same in both), as "where: text".
     */
    static List<String> untranslated(List<String[]> en, List<String[]> es) {
        List<String> same = new ArrayList<>();
        for (int i = 0; i < en.size(); i++) {
            String text = es.get(i)[1];
            if (en.get(i)[1].equals(text) && !TranslationCoverageTest.englishWords(text).isEmpty()
                    && !TranslationCoverageTest.TCP_STATES.contains(text)) {
                same.add(en.get(i)[0] + ": " + text);
            }
        }
        return same;
    }
}
