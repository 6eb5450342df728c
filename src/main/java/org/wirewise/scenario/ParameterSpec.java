package org.wirewise.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.text.Texts;
import java.util.Objects;

/**
 * One parameter of a lesson's scenario: its key (the record component's name), how people see
 * it, and what values are allowed. Parsing and checking live here so that the parameter panel,
 * scenario files and {@code --set key=value} all give the same message for the same mistake.
 *
 * @param key         record component name, also the JSON field and the --set key
 * @param label       what the parameter panel shows ("Round-trip time")
 * @param description a tooltip sentence
 * @param unit        unit shown after the value ("ms"), or empty
 * @param kind        the value type
 * @param min         smallest allowed value (numbers), shortest length (text)
 * @param max         largest allowed value (numbers), longest length (text)
 * @param choices     the allowed values of a CHOICE, as typed ("client"); empty otherwise
 */
public record ParameterSpec(String key, String label, String description, String unit, Kind kind, double min,
                            double max, List<String> choices) {

    /**
     * Value types a scenario parameter can have. A CHOICE's record component is a String or an
     * enum whose constant names match the choices ignoring case and '-'/'_'.
     */
    public enum Kind {
        INTEGER, DECIMAL, BOOLEAN, TEXT, CHOICE
    }

    public ParameterSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        choices = List.copyOf(choices);
        if (min > max) {
            throw new IllegalArgumentException("min > max for " + key);
        }
        if ((kind == Kind.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException("choices are required for, and only for, a CHOICE: " + key);
        }
    }

    public static ParameterSpec integer(String key, String label, String unit, long min, long max, String description) {
        return new ParameterSpec(key, label, description, unit, Kind.INTEGER, min, max, List.of());
    }

    public static ParameterSpec decimal(String key, String label, String unit, double min, double max,
                                        String description) {
        return new ParameterSpec(key, label, description, unit, Kind.DECIMAL, min, max, List.of());
    }

    public static ParameterSpec bool(String key, String label, String description) {
        return new ParameterSpec(key, label, description, "", Kind.BOOLEAN, 0, 1, List.of());
    }

    /** Free text of a bounded length (an address, a path, a list); the lesson checks its meaning. */
    public static ParameterSpec text(String key, String label, int maxLength, String description) {
        return new ParameterSpec(key, label, description, "", Kind.TEXT, 0, maxLength, List.of());
    }

    /** One of a fixed set of values, e.g. who closes first: "client", "server", "simultaneous". */
    public static ParameterSpec choice(String key, String label, List<String> choices, String description) {
        return new ParameterSpec(key, label, description, "", Kind.CHOICE, 0, 0, choices);
    }

    /** The phrases of {@link #allowed(Locale)} and of a refusal, in each language. */
    static final String TEXTS = "org.wirewise.scenario.parameters";

    /** What is allowed, as a phrase: "a whole number from 88 to 65495" (English: files and the command line). */
    public String allowed() {
        return allowed(Locale.ENGLISH);
    }

    /** What is allowed in {@code language}, limits written as they are typed ("0.5"). */
    public String allowed(Locale language) {
        Texts t = Texts.of(TEXTS, language);
        String unitSuffix = unit.isEmpty() ? "" : " " + unit(language);
        return switch (kind) {
            case BOOLEAN -> t.get("allowed.boolean");
            case INTEGER -> t.get("allowed.integer", plain(min), plain(max), unitSuffix);
            case DECIMAL -> t.get("allowed.decimal", plain(min, language), plain(max, language), unitSuffix);
            case TEXT -> t.get("allowed.text", plain(max));
            case CHOICE -> t.get("allowed.choice", String.join(", ", choices));
        };
    }

    /**
     * The unit as {@code language} writes it after a value ("conexiones" for "connections"); the
     * unit itself stays an identifier (a lesson's schema in every language has the same units).
     */
    public String unit(Locale language) {
        Texts t = Texts.of(TEXTS, language);
        String key = "unit." + unit.replace(' ', '_');
        return unit.isEmpty() || !t.has(key) ? unit : t.get(key);
    }

    /**
     * Parses text typed in the window in {@code language}: a number may have that language's
     * decimal comma ("12,5" in Spanish; the point is still read). Scenario files and the command
     * line keep the point alone ({@link #parse(String)}); in English the two are the same.
     */
    public Object parse(String text, Locale language) throws ScenarioException {
        boolean number = kind == Kind.INTEGER || kind == Kind.DECIMAL;
        if (!number || text == null || !decimalComma(language) || text.indexOf('.') >= 0
                || text.indexOf(',') != text.lastIndexOf(',')) {
            return parse(text);
        }
        try {
            return parse(text.replace(',', '.'));
        } catch (ParameterRefused refused) {
            throw wrong(Excerpt.quoted(text)); // the refusal quotes what was typed, comma and all
        }
    }

    private static boolean decimalComma(Locale language) {
        return java.text.DecimalFormatSymbols.getInstance(Texts.supported(language)).getDecimalSeparator() == ',';
    }

    /** Parses text typed by a person (command line, editor) into a checked value. */
    public Object parse(String text) throws ScenarioException {
        String t = text == null ? "" : text.strip();
        return switch (kind) {
            case BOOLEAN -> {
                String lower = t.toLowerCase(Locale.ROOT);
                if (List.of("true", "on", "yes", "1").contains(lower)) {
                    yield Boolean.TRUE;
                }
                if (List.of("false", "off", "no", "0").contains(lower)) {
                    yield Boolean.FALSE;
                }
                throw wrong(Excerpt.quoted(text));
            }
            case INTEGER, DECIMAL -> {
                if (t.length() > Excerpt.MAX_CHARS) {
                    throw wrong(Excerpt.quoted(text)); // no number needs more digits; parsing them is slow
                }
                try {
                    yield check(new BigDecimal(t));
                } catch (NumberFormatException e) {
                    throw wrong(Excerpt.quoted(text));
                }
            }
            case TEXT -> check(text == null ? "" : text);
            case CHOICE -> check(t);
        };
    }

    /** Checks a value that arrived already typed (JSON, an editor's value) and normalises it. */
    public Object check(Object value) throws ScenarioException {
        if (value == null) {
            throw wrong(null);
        }
        switch (kind) {
            case BOOLEAN -> {
                if (value instanceof Boolean b) {
                    return b;
                }
                throw wrong(describe(value));
            }
            case INTEGER -> {
                BigDecimal d = toDecimal(value);
                if (d == null || d.stripTrailingZeros().scale() > 0) {
                    throw wrong(describe(value));
                }
                if (d.compareTo(BigDecimal.valueOf((long) min)) < 0 || d.compareTo(BigDecimal.valueOf((long) max)) > 0) {
                    throw wrong(Excerpt.number(d));
                }
                return d.longValueExact();
            }
            case DECIMAL -> {
                BigDecimal d = toDecimal(value);
                if (d == null) {
                    throw wrong(describe(value));
                }
                double v = d.doubleValue();
                if (!(v >= min && v <= max)) {
                    throw wrong(Excerpt.number(d));
                }
                return v;
            }
            case TEXT -> {
                if (!(value instanceof String s) || s.length() > max) {
                    throw wrong(describe(value));
                }
                return s;
            }
            default -> {
                String given = value instanceof Enum<?> e ? e.name() : String.valueOf(value);
                for (String choice : choices) {
                    if (normalise(choice).equals(normalise(given))) {
                        return choice;
                    }
                }
                throw wrong(describe(value));
            }
        }
    }

    /** Choice spelling that ignores case, '-' and '_': "SYN_SENT" matches "syn-sent". */
    static String normalise(String choice) {
        return choice.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static BigDecimal toDecimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            double v = n.doubleValue();
            return Double.isFinite(v) ? BigDecimal.valueOf(v) : null;
        }
        return null;
    }

    private ScenarioException wrong(String found) {
        return new ParameterRefused(this, found);
    }

    private static String describe(Object value) {
        if (value instanceof String s) {
            return Excerpt.quoted(s);
        }
        if (value instanceof BigDecimal d) {
            return Excerpt.number(d);
        }
        String text = String.valueOf(value);
        return text.length() > Excerpt.MAX_CHARS ? Excerpt.quoted(text) : text;
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A limit as it is typed in the window in {@code language}: "0,5" in Spanish. */
    private static String plain(double v, Locale language) {
        return decimalComma(language) ? plain(v).replace('.', ',') : plain(v);
    }

    /** A decimal value as the window shows it in {@code language}, to be typed back: "12,5", "80". */
    public static String typed(double v, Locale language) {
        return plain(v, language);
    }
}
