package org.wirewise.model.addr;

/**
 * Dotted-decimal IPv4 text as inet_pton(AF_INET) accepts it: exactly four decimal octets 0-255,
 * no leading zeros (which older parsers read as octal, RFC 6943 §3.1.1).
 */
final class Ipv4Text {

    private Ipv4Text() {
    }

    static long parse(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new AddressFormatException(TextChecks.quote(text) + " has " + parts.length
                    + (parts.length == 1 ? " part" : " parts") + "; an IPv4 address is 4 octets separated by dots"
                    + " (192.0.2.1)");
        }
        long value = 0;
        for (int i = 0; i < 4; i++) {
            value = (value << 8) | octet(text, parts[i], i + 1);
        }
        return value;
    }

    private static int octet(String text, String part, int position) {
        if (part.isEmpty()) {
            throw new AddressFormatException("octet " + position + " of " + TextChecks.quote(text)
                    + " is empty; each octet is a number from 0 to 255");
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c < '0' || c > '9') {
                throw new AddressFormatException("octet " + position + " of " + TextChecks.quote(text) + " has "
                        + TextChecks.describe(c) + "; IPv4 octets are decimal numbers from 0 to 255");
            }
        }
        if (part.length() > 1 && part.charAt(0) == '0') {
            throw new AddressFormatException("octet " + position + " of " + TextChecks.quote(text) + " is " + TextChecks.quote(part)
                    + ": leading zeros are not allowed (old parsers read them as octal, RFC 6943 §3.1.1)");
        }
        if (part.length() > 3 || Integer.parseInt(part) > 255) {
            throw new AddressFormatException("octet " + position + " of " + TextChecks.quote(text) + " is " + part
                    + "; each octet is a number from 0 to 255");
        }
        return Integer.parseInt(part);
    }
}
