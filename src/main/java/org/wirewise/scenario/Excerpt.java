package org.wirewise.scenario;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a message may repeat of what the user gave: quoted, at most a line's worth, with the
 * length said when cut; numbers in their short form; long lists as their first few items.
 * A 10 kB argument or 1e999 must not turn a one-line message into a page.
 */
public final class Excerpt {

    /** Characters of a value a message shows. */
    public static final int MAX_CHARS = 60;
    private static final int MAX_ITEMS = 5;

    private Excerpt() {
    }

    /** {@code "text"}, or its start and its length when longer than {@link #MAX_CHARS}. */
    public static String quoted(String text) {
        return text == null ? "nothing" : excerpt(text, "\"");
    }

    /** The same unquoted, for names and paths. */
    public static String cut(String text) {
        return excerpt(text, "");
    }

    private static String excerpt(String text, String quote) {
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        if (oneLine.length() <= MAX_CHARS) {
            return quote + oneLine + quote;
        }
        return quote + oneLine.substring(0, MAX_CHARS - 3) + "..." + quote + " (" + text.length() + " characters)";
    }

    private static final java.util.regex.Pattern LONG_RUN = java.util.regex.Pattern.compile("[^\\s']{" + (MAX_CHARS + 1) + ",}");

    /** A message with every run of more than {@link #MAX_CHARS} characters cut, as a library wrote it. */
    public static String capRuns(String message) {
        return LONG_RUN.matcher(message).replaceAll(r -> java.util.regex.Matcher.quoteReplacement(cut(r.group())));
    }

    /** A number as plain digits when short, else in scientific form (1E+999), never thousands of digits. */
    public static String number(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        long integerDigits = (long) s.precision() - s.scale();
        if (s.scale() <= 20 && integerDigits <= 20) {
            return s.toPlainString();
        }
        String sci = s.toString();
        return sci.length() <= MAX_CHARS ? sci : sci.substring(0, 20) + "...E" + sci.substring(sci.indexOf('E') + 1);
    }

    /** The first few items, then how many more: "a, b, c, d, e and 39995 more". */
    public static String list(List<String> items) {
        List<String> shown = items.stream().limit(MAX_ITEMS).map(Excerpt::cut).toList();
        String head = String.join(", ", shown);
        return items.size() > MAX_ITEMS ? head + " and " + (items.size() - MAX_ITEMS) + " more" : head;
    }
}
