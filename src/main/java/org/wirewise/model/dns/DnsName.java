package org.wirewise.model.dns;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Domain names as text: absolute, lower-case, with a trailing dot ("www.example.com.", the root
 * is "."). Labels of 1–63 bytes, at most 255 bytes on the wire (RFC 1035 §2.3.4).
 */
public final class DnsName {

    public static final String ROOT = ".";

    private DnsName() {
    }

    /** The name in canonical form; refuses what RFC 1035 §2.3.4 does not allow, saying why. */
    public static String canonical(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.isEmpty() || n.equals(ROOT)) {
            return ROOT;
        }
        if (!n.endsWith(".")) {
            n = n + ".";
        }
        int wire = 1;
        for (String label : labels(n)) {
            if (label.isEmpty()) {
                throw new IllegalArgumentException("a name has an empty label (two dots in a row)");
            }
            if (label.length() > 63) {
                throw new IllegalArgumentException("a label is at most 63 characters, got " + label.length());
            }
            for (char c : label.toCharArray()) {
                if (c > 0x7E || c < 0x21) {
                    throw new IllegalArgumentException("a label holds printable ASCII only");
                }
            }
            wire += 1 + label.length();
        }
        if (wire > 255) {
            throw new IllegalArgumentException("a name is at most 255 bytes on the wire, got " + wire);
        }
        return n;
    }

    /** The labels, leftmost first; none for the root. */
    public static List<String> labels(String canonical) {
        List<String> out = new ArrayList<>();
        if (canonical.equals(ROOT)) {
            return out;
        }
        String body = canonical.endsWith(".") ? canonical.substring(0, canonical.length() - 1) : canonical;
        for (String l : body.split("\\.", -1)) {
            out.add(l);
        }
        return out;
    }

    /** The name one label up: "example.com." → "com." → ".". */
    public static String parent(String canonical) {
        if (canonical.equals(ROOT)) {
            return ROOT;
        }
        int dot = canonical.indexOf('.');
        String rest = canonical.substring(dot + 1);
        return rest.isEmpty() ? ROOT : rest;
    }

    /** Whether {@code name} is {@code zone} or below it. */
    public static boolean isWithin(String name, String zone) {
        return zone.equals(ROOT) || name.equals(zone) || name.endsWith("." + zone);
    }

    /**
     * DNSSEC's canonical order of names (RFC 4034 §6.1): label by label from the right, each label's bytes as
     * unsigned numbers (names here are lower case already), a name with fewer labels first. NSEC chains follow it.
     */
    public static final Comparator<String> CANONICAL_ORDER = (a, b) -> {
        List<String> x = labels(canonical(a));
        List<String> y = labels(canonical(b));
        for (int i = 1; i <= Math.min(x.size(), y.size()); i++) {
            int c = Arrays.compareUnsigned(x.get(x.size() - i).getBytes(StandardCharsets.ISO_8859_1),
                    y.get(y.size() - i).getBytes(StandardCharsets.ISO_8859_1));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    };

    /** As people write it: without the trailing dot, the root as ".". */
    public static String display(String canonical) {
        return canonical.equals(ROOT) ? ROOT : canonical.substring(0, canonical.length() - 1);
    }
}
