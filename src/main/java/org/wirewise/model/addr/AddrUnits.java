package org.wirewise.model.addr;

import java.math.BigInteger;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;

/**
 * The addressing chapter's numbers and shared words in one language: counts of addresses too big
 * for a long ("340,282,366,…"), powers of two, and the special-purpose registry's verdicts
 * ({@code addr-words.properties}). The English forms are those the lessons printed before they were
 * translated, so English traces did not change. The IANA registry's own names for its blocks
 * ("Private-Use", "Loopback") are proper names, as IANA publishes them, and stay as they are.
 */
final class AddrUnits {

    private final Units units;
    private final Texts words;
    private final char groupMark;
    private final char decimalMark;

    AddrUnits(Locale language) {
        this.words = Texts.of("org.wirewise.model.addr.addr-words", language);
        this.units = new Units(words.language());
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(words.language());
        this.groupMark = symbols.getGroupingSeparator();
        this.decimalMark = symbols.getDecimalSeparator();
    }

    Locale language() {
        return units.language();
    }

    /** 4294967296 → "4,294,967,296" / "4.294.967.296" (Spanish writes up to four digits whole: "1024"). */
    String grouped(BigInteger n) {
        if (n.bitLength() < 63) {
            return units.grouped(n.longValue());
        }
        String digits = n.toString();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                b.append(groupMark);
            }
            b.append(digits.charAt(i));
        }
        return b.toString();
    }

    /** "2^24 = 16,777,216" for small powers; "2^64 ≈ 1.8 × 10^19" for big ones. */
    String power(int bits) {
        BigInteger n = BigInteger.ONE.shiftLeft(bits);
        if (bits <= 40) {
            return "2^" + bits + " = " + grouped(n);
        }
        return "2^" + bits + " ≈ " + scientific(n);
    }

    /** "1.8 × 10^19", two significant digits; small numbers grouped in full. */
    String scientific(BigInteger n) {
        String digits = n.toString();
        if (digits.length() <= 6) {
            return grouped(n);
        }
        return digits.charAt(0) + String.valueOf(decimalMark) + digits.charAt(1) + " × 10^" + (digits.length() - 1);
    }

    /** A number with {@code decimals} digits after the language's decimal mark. */
    String fixed(double value, int decimals) {
        return units.fixed(value, decimals);
    }

    /** The special-purpose registries' verdict on a block: the most specific entry, or ordinary global unicast. */
    String describe(Cidr block) {
        List<SpecialPurpose.Entry> hits = SpecialPurpose.classify(block);
        if (hits.isEmpty()) {
            return block.family() == Family.IPV4 ? words.get("registry.globalV4")
                    : words.get(block.network().value().shiftRight(125).intValue() == 1
                    ? "registry.globalV6" : "registry.noneV6");
        }
        SpecialPurpose.Entry e = hits.get(0);
        return e.name() + " (" + e.block() + ", " + e.rfc() + ")";
    }

    /** Whether a registered block is globally reachable, in words. */
    String reach(SpecialPurpose.Reach r, boolean shortForm) {
        return switch (r) {
            case YES -> words.get("reach.yes");
            case NO -> words.get("reach.no");
            case NOT_APPLICABLE -> words.get(shortForm ? "reach.na" : "reach.notApplicable");
        };
    }
}
