package org.wirewise.model.addr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The canonical IPv6 text of RFC 5952, and the way there as steps from the full form: leading
 * zeros dropped (§4.1), the longest run of two or more zero groups as "::", the first on a tie
 * (§4.2), lowercase (§4.3), and an IPv4-mapped address's last 32 bits in dotted form (§5).
 */
public final class Rfc5952 {

    /**
     * One rule applied: which (in English, as the command line prints it), where it is written, and
     * the text after it. For §4.2, {@code runStart} (0-based) and {@code runLength} say which run of
     * zero groups became "::" ({@code runStart} is -1 when none did), so a lesson can say it in words.
     */
    public record Step(String rule, String reference, String text, boolean changed, int runStart, int runLength) {

        public Step(String rule, String reference, String text, boolean changed) {
            this(rule, reference, text, changed, -1, 0);
        }
    }

    private Rfc5952() {
    }

    public static String canonical(IpAddress address) {
        List<Step> steps = steps(address, false);
        return steps.get(steps.size() - 1).text();
    }

    /**
     * From the full form (in upper case when {@code typedUpper}, as the learner typed it) to the
     * canonical text. The last step's text is always {@link #canonical(IpAddress)}.
     */
    public static List<Step> steps(IpAddress address, boolean typedUpper) {
        if (address.isIpv4()) {
            throw new IllegalArgumentException("RFC 5952 is about IPv6 text; " + address + " is IPv4");
        }
        List<Step> steps = new ArrayList<>();
        String full = Ipv6Text.full(address, typedUpper);
        steps.add(new Step("Full form: 8 groups of 4 hex digits", "RFC 4291 §2.2", full, false));

        String[] groups = new String[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = String.format(Locale.ROOT, typedUpper ? "%X" : "%x", address.group(i));
        }
        String noZeros = join(groups, -1, 0);
        steps.add(new Step("Leading zeros in each group are dropped", "RFC 5952 §4.1", noZeros,
                !noZeros.equals(full)));

        int bestStart = -1;
        int bestLength = 1; // a single zero group is never shortened (§4.2.2)
        for (int i = 0; i < 8; ) {
            if (address.group(i) != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && address.group(j) == 0) {
                j++;
            }
            if (j - i > bestLength) { // strictly longer: the first run wins a tie (§4.2.3)
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        String compressed = bestStart < 0 ? noZeros : join(groups, bestStart, bestLength);
        String rule = bestStart < 0
                ? "No run of two or more zero groups, so no \"::\" (a single 0 group stays)"
                : "The longest run of zero groups (" + bestLength + " from group " + (bestStart + 1)
                        + ") becomes \"::\"";
        steps.add(new Step(rule, "RFC 5952 §4.2", compressed, !compressed.equals(noZeros), bestStart,
                bestStart < 0 ? 0 : bestLength));

        String lower = compressed.toLowerCase(Locale.ROOT);
        steps.add(new Step("Hex digits a-f in lower case", "RFC 5952 §4.3", lower, !lower.equals(compressed)));
        if (address.isIpv4Mapped()) {
            // Groups 1-5 of ::ffff:0:0/96 are zero and the sixth is ffff, so the text is "::ffff:x:y".
            String mixed = "::ffff:" + ipv4Tail(address);
            steps.add(new Step("IPv4-mapped: the last 32 bits are written as dotted decimal", "RFC 5952 §5", mixed,
                    true));
        }
        return List.copyOf(steps);
    }

    private static String ipv4Tail(IpAddress address) {
        return address.octet(12) + "." + address.octet(13) + "." + address.octet(14) + "." + address.octet(15);
    }

    /** Joins groups with ':', replacing {@code runLength} groups from {@code runStart} with "::". */
    private static String join(String[] groups, int runStart, int runLength) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < groups.length; i++) {
            if (i == runStart) {
                b.append("::");
                i += runLength - 1;
                continue;
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) != ':') {
                b.append(':');
            }
            b.append(groups[i]);
        }
        return b.toString();
    }
}
