package org.wirewise.lesson;

import java.util.List;

/**
 * A lesson id that no lesson has. The message names the closest ids when there are any (a typo), and otherwise
 * where the whole list is; listing every id made the message grow with the catalog.
 */
public final class UnknownLessonException extends Exception {

    public UnknownLessonException(String id, List<String> known) {
        super(message(id, known));
    }

    private static String message(String id, List<String> known) {
        String asked = "unknown lesson " + org.wirewise.scenario.Excerpt.quoted(id);
        List<String> close = known.stream()
                .filter(k -> distance(k, id) <= Math.max(2, k.length() / 4) || (id.length() >= 3 && k.contains(id)))
                // ids that begin with what was typed first ("dns" means the dns- lessons), then the nearest in spelling
                .sorted(java.util.Comparator.<String, Boolean>comparing(k -> !k.startsWith(id))
                        .thenComparingInt(k -> distance(k, id))).limit(3).toList();
        if (!close.isEmpty()) {
            return asked + "; did you mean " + String.join(" or ", close) + "?";
        }
        return asked + "; there are " + known.size() + " lessons, from " + known.get(0) + " to "
                + known.get(known.size() - 1) + " (\"wirewise lessons\" lists them)";
    }

    /** Levenshtein distance, giving up early past 10: ids are short and a long input is no typo. */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 10) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
