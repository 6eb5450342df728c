package org.wirewise.model.http.hpack;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One header field: a name and a value, each a string of octets (RFC 7541 §1.3). Characters are
 * ISO-8859-1 so every octet maps to one character and back, as HPACK sees them.
 */
public record HeaderField(String name, String value) {

    /** RFC 7541 §4.1: an entry costs its name and value octets plus 32. */
    public static final int ENTRY_OVERHEAD = 32;

    public HeaderField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** The size this field takes in a dynamic table (§4.1). */
    public int size() {
        return name.length() + value.length() + ENTRY_OVERHEAD;
    }

    /** The octets HTTP/1.1 spends on it: {@code name: value} and CRLF (RFC 9112 §5). */
    public int http1Octets() {
        return name.length() + 2 + value.length() + 2;
    }

    static byte[] octets(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static String string(byte[] octets) {
        return new String(octets, StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
        return name + ": " + value;
    }
}
