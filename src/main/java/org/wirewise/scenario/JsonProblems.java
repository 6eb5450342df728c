package org.wirewise.scenario;

import com.fasterxml.jackson.core.JacksonException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's parse errors in the user's terms. Its messages name its own switches ("enable
 * JsonReadFeature.ALLOW_…", "StreamReadConstraints.getMaxNumberLength()") that a person writing
 * a scenario cannot set, and may quote hundreds of characters of the input.
 */
final class JsonProblems {

    private static final Pattern QUOTED = Pattern.compile("'([^']{" + Excerpt.MAX_CHARS + ",})'");
    private static final int MAX_CHARS = 160;

    private JsonProblems() {
    }

    static String describe(JacksonException e) {
        String m = String.valueOf(e.getOriginalMessage());
        int newline = m.indexOf('\n');
        if (newline >= 0) {
            m = m.substring(0, newline);
        }
        if (m.contains("Trailing token")) {
            return "something follows the end of the object; a scenario file holds one JSON object";
        }
        if (m.contains("Number value length")) {
            return "a number with too many digits";
        }
        if (m.contains("nesting depth")) {
            return "nested too deeply";
        }
        if (m.contains("String value length") || m.contains("Name length")) {
            return "a text too long";
        }
        m = cutAt(m, " (start marker at");
        for (String internal : new String[] {"enable `", "(not recognized as one since", "not allowed as per",
                "Feature", "`"}) {
            m = cutClause(m, internal);
        }
        Matcher q = QUOTED.matcher(m);
        StringBuilder capped = new StringBuilder();
        while (q.find()) {
            String token = q.group(1);
            q.appendReplacement(capped, Matcher.quoteReplacement(
                    "'" + token.substring(0, Excerpt.MAX_CHARS - 3) + "...' (" + token.length() + " characters)"));
        }
        q.appendTail(capped);
        m = capped.toString().strip();
        return m.length() <= MAX_CHARS ? m : m.substring(0, MAX_CHARS - 3) + "...";
    }

    private static String cutAt(String m, String marker) {
        int i = m.indexOf(marker);
        return i >= 0 ? m.substring(0, i) : m;
    }

    /** Drops the clause that holds {@code marker}: from the ':' or '(' that opens it to the end. */
    private static String cutClause(String m, String marker) {
        int i = m.indexOf(marker);
        if (i < 0) {
            return m;
        }
        int open = Math.max(m.lastIndexOf(':', i), m.lastIndexOf('(', i));
        return m.substring(0, open >= 0 ? open : i).strip();
    }
}
