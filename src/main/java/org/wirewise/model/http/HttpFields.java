package org.wirewise.model.http;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The header (or trailer) section of an HTTP message (RFC 9110 §5): field lines in the order they
 * were sent or received, names compared without regard to case (§5.1), duplicates kept. Immutable;
 * {@link #with} gives a new section.
 */
public final class HttpFields implements Iterable<HttpFields.Field> {

    public static final HttpFields EMPTY = new HttpFields(List.of());

    /** One field line: a token name and a value without CR, LF or NUL (RFC 9110 §5.5). */
    public record Field(String name, String value) {
        public Field {
            if (!isToken(name)) {
                throw new IllegalArgumentException("field name must be a token (RFC 9110 §5.1), got \"" + name + "\"");
            }
            if (value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0 || c > 0xFF)) {
                throw new IllegalArgumentException("field value of " + name + " holds CR, LF or NUL (RFC 9110 §5.5)");
            }
            value = value.strip();
        }

        /** The line as sent: "Name: value". */
        public String line() {
            return name + ": " + value;
        }
    }

    private final List<Field> fields;

    private HttpFields(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    /** Fields from alternating names and values: {@code of("Host", "a.example", "Accept", "*&#47;*")}. */
    public static HttpFields of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        List<Field> list = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            list.add(new Field(namesAndValues[i], namesAndValues[i + 1]));
        }
        return new HttpFields(list);
    }

    public static HttpFields of(List<Field> fields) {
        return new HttpFields(fields);
    }

    /** This section with one more field line at the end. */
    public HttpFields with(String name, String value) {
        List<Field> list = new ArrayList<>(fields);
        list.add(new Field(name, value));
        return new HttpFields(list);
    }

    /** This section with every line named {@code name} removed. */
    public HttpFields without(String name) {
        return new HttpFields(fields.stream().filter(f -> !f.name().equalsIgnoreCase(name)).toList());
    }

    /** The first value of {@code name}, case-insensitively. */
    public Optional<String> get(String name) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).map(Field::value).findFirst();
    }

    /** Every value of {@code name}, in order. */
    public List<String> all(String name) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).map(Field::value).toList();
    }

    public boolean has(String name) {
        return get(name).isPresent();
    }

    /**
     * Whether a list-valued field ({@code Connection}, {@code Transfer-Encoding}) names
     * {@code token} in any of its lines, compared case-insensitively (RFC 9110 §5.6.1).
     */
    public boolean hasToken(String name, String token) {
        return tokens(name).contains(token.toLowerCase(Locale.ROOT));
    }

    /** The comma-separated members of every line of {@code name}, lower case, empty ones dropped. */
    public List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        for (String value : all(name)) {
            for (String member : value.split(",")) {
                String t = member.strip().toLowerCase(Locale.ROOT);
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    public List<Field> list() {
        return fields;
    }

    public int size() {
        return fields.size();
    }

    @Override
    public Iterator<Field> iterator() {
        return fields.iterator();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HttpFields other && fields.equals(other.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return fields.toString();
    }

    /** RFC 9110 §5.6.2: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA. */
    static boolean isToken(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
