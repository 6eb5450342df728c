package org.wirewise.model.addr;

/** Checks shared by the parsers: no empty text, no white space, only printable characters. */
final class TextChecks {

    private TextChecks() {
    }

    static void requirePlain(String text, String what) {
        if (text == null || text.isEmpty()) {
            throw new AddressFormatException("empty " + what + ": type an IPv4 address such as 192.0.2.1 or an "
                    + "IPv6 address such as 2001:db8::1");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                throw new AddressFormatException(quote(text) + " has a space at position " + (i + 1)
                        + "; " + what + "es contain no spaces");
            }
            if (c < 0x21 || c > 0x7E) {
                throw new AddressFormatException(quote(text) + " has the character " + describe(c) + " at position "
                        + (i + 1) + "; only digits, a-f, '.', ':' and '/' belong in an " + what);
            }
        }
    }

    static String quote(String text) {
        return "\"" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "\"";
    }

    static String describe(char c) {
        return c >= 0x21 && c <= 0x7E ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }
}
