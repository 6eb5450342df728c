package org.wirewise.model.addr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** IPv6 text forms of RFC 4291 §2.2: x:x:x:x:x:x:x:x, "::" for one run of zero groups, a dotted IPv4 tail. */
final class Ipv6Text {

    private Ipv6Text() {
    }

    static BigInteger parse(String text) {
        if (text.indexOf('%') >= 0) {
            throw new AddressFormatException(TextChecks.quote(text) + " has a zone index (%...); zones name a link "
                    + "on one host (RFC 4007 §11) and are not part of the address");
        }
        int first = text.indexOf("::");
        if (first >= 0 && text.indexOf("::", first + 1) >= 0) {
            throw new AddressFormatException(TextChecks.quote(text) + " has \"::\" twice; it may stand for only one "
                    + "run of zero groups (RFC 4291 §2.2)");
        }
        if (text.contains(":::")) {
            throw new AddressFormatException(TextChecks.quote(text) + " has \":::\"; groups are separated by one "
                    + "colon and \"::\" stands for a run of zero groups");
        }
        List<Integer> head;
        List<Integer> tail;
        if (first >= 0) {
            head = groups(text, text.substring(0, first), 1);
            tail = groups(text, text.substring(first + 2), head.size() + 1);
        } else {
            head = groups(text, text, 1);
            tail = List.of();
        }
        int given = head.size() + tail.size();
        if (first < 0 && given != 8) {
            throw new AddressFormatException(TextChecks.quote(text) + " has " + given + (given == 1 ? " group" : " groups")
                    + "; an IPv6 address has 8 groups of 16 bits (or \"::\" for a run of zeros)");
        }
        if (first >= 0 && given > 7) {
            throw new AddressFormatException(TextChecks.quote(text) + " has " + given + " groups besides \"::\"; "
                    + "with \"::\" standing for at least one zero group there can be at most 7");
        }
        BigInteger value = BigInteger.ZERO;
        for (int g : head) {
            value = value.shiftLeft(16).or(BigInteger.valueOf(g));
        }
        value = value.shiftLeft(16 * (8 - given));
        for (int g : tail) {
            value = value.shiftLeft(16).or(BigInteger.valueOf(g));
        }
        return value.and(Family.IPV6.maxValue());
    }

    /** Groups of one side of "::" (or the whole text); a dotted IPv4 tail counts as two groups. */
    private static List<Integer> groups(String text, String part, int firstPosition) {
        List<Integer> groups = new ArrayList<>();
        if (part.isEmpty()) {
            return groups;
        }
        String[] pieces = part.split(":", -1);
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            int position = firstPosition + groups.size();
            if (piece.indexOf('.') >= 0) {
                if (i != pieces.length - 1 || !text.endsWith(piece)) {
                    throw new AddressFormatException("group " + position + " of " + TextChecks.quote(text) + " is "
                            + TextChecks.quote(piece) + "; a dotted IPv4 part may only end the address (RFC 4291 §2.2)");
                }
                long v4 = Ipv4Text.parse(piece);
                groups.add((int) (v4 >>> 16));
                groups.add((int) (v4 & 0xFFFF));
                continue;
            }
            if (piece.isEmpty()) {
                throw new AddressFormatException(TextChecks.quote(text) + " has an empty group at position " + position
                        + "; a single ':' may not start or end an address");
            }
            if (piece.length() > 4) {
                throw new AddressFormatException("group " + position + " of " + TextChecks.quote(text) + " is " + TextChecks.quote(piece)
                        + ": " + piece.length() + " hex digits, at most 4 fit in 16 bits");
            }
            for (int k = 0; k < piece.length(); k++) {
                if (Character.digit(piece.charAt(k), 16) < 0) {
                    throw new AddressFormatException("group " + position + " of " + TextChecks.quote(text) + " has "
                            + TextChecks.describe(piece.charAt(k)) + "; IPv6 groups are hex digits 0-9 and a-f");
                }
            }
            groups.add(Integer.parseInt(piece, 16));
        }
        return groups;
    }

    /** Eight groups of four hex digits. */
    static String full(IpAddress address, boolean upper) {
        StringBuilder b = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i > 0) {
                b.append(':');
            }
            b.append(String.format(Locale.ROOT, upper ? "%04X" : "%04x", address.group(i)));
        }
        return b.toString();
    }
}
