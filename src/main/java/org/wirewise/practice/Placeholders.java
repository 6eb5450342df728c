package org.wirewise.practice;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code {name}} placeholders in a numeric question's text, filled from its generated values. */
final class Placeholders {

    private static final Pattern NAME = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    private Placeholders() {
    }

    static String fill(String text, Map<String, String> values) {
        Matcher m = NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + m.group(1) + "} in: " + text);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The placeholder names a text uses. */
    static java.util.Set<String> names(String text) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
