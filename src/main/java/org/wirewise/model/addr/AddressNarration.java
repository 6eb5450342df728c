package org.wirewise.model.addr;

import java.math.BigInteger;
import java.util.Locale;
import org.wirewise.model.text.Texts;

/**
 * Every sentence and label the ip-addresses lesson shows, in one language ({@code ip-addresses.properties}
 * and its translations); the numbers come from {@link IpAddress}, {@link Cidr} and {@link Rfc5952}. The
 * packet's label ("UDP to …") is wire notation and stays as it is.
 */
final class AddressNarration {

    private final Texts texts;
    private final AddrUnits units;

    AddressNarration(Locale language) {
        this.texts = Texts.of("org.wirewise.model.addr.ip-addresses", language);
        this.units = new AddrUnits(texts.language());
    }

    AddrUnits units() {
        return units;
    }

    /** A text of the bundle (a title, a column, a label) with its arguments already formatted. */
    String text(String key, Object... args) {
        return texts.get(key, args);
    }

    String space(IpAddress a) {
        Family f = a.family();
        if (a.isIpv4()) {
            return texts.get("space.v4", units.power(f.bits()));
        }
        return texts.get("space.v6", units.power(f.bits()),
                units.fixed(Narration.WORLD_POPULATION.doubleValue() / 1e9, 1),
                units.scientific(f.size().divide(Narration.WORLD_POPULATION)));
    }

    String bits(String typed, IpAddress a, String octets) {
        return a.isIpv4() ? texts.get("bits.v4", typed, octets, units.grouped(a.value()), a.hex(), space(a))
                : texts.get("bits.v6", typed, space(a));
    }

    String split(int prefix, int bits, boolean noPrefix, Cidr network, boolean slaac) {
        String part = noPrefix ? texts.get("split.noPrefix", Integer.toString(bits))
                : texts.get("split.prefix", Integer.toString(prefix), network, Integer.toString(bits - prefix),
                units.power(bits - prefix));
        return slaac ? part + " " + texts.get("split.slaac") : part;
    }

    /** The rule a step of RFC 5952 applies, as a title and a row of the text forms. */
    String rule(Rfc5952.Step s) {
        return switch (s.reference()) {
            case "RFC 4291 §2.2" -> texts.get("rule.full");
            case "RFC 5952 §4.1" -> texts.get("rule.zeros");
            case "RFC 5952 §4.2" -> s.runStart() < 0 ? texts.get("rule.noRun")
                    : texts.get("rule.run", Integer.toString(s.runLength()), Integer.toString(s.runStart() + 1));
            case "RFC 5952 §4.3" -> texts.get("rule.lower");
            default -> texts.get("rule.mapped");
        };
    }

    /** Why a rule of RFC 5952 exists and what it does to this address. */
    String explain(Rfc5952.Step s, int index, int count) {
        if (index == 0) {
            return texts.get("explain.full");
        }
        String effect = " " + texts.get(s.changed() ? "explain.changed" : "explain.same", s.text());
        String canonical = " " + texts.get("explain.canonical");
        return switch (s.reference()) {
            case "RFC 5952 §4.1" -> texts.get("explain.zeros") + effect;
            case "RFC 5952 §4.2" -> texts.get("explain.run") + effect;
            case "RFC 5952 §4.3" -> texts.get("explain.lower") + effect + (index == count - 1 ? canonical : "");
            default -> texts.get("explain.mapped") + effect + canonical;
        };
    }

    String kind(IpAddress a, java.util.List<SpecialPurpose.Entry> hits) {
        if (hits.isEmpty()) {
            return texts.get(a.isIpv4() ? "kind.globalV4" : "kind.globalV6", a);
        }
        SpecialPurpose.Entry e = hits.get(0);
        return texts.get("kind.registered", a, e.block(), e.name(), e.rfc(), units.reach(e.reachable(), false));
    }

    String wire(IpAddress a) {
        boolean v4 = a.isIpv4();
        return texts.get("wire.text", a, v4 ? "4" : "16", a.family().displayName(), v4 ? "16-19" : "24-39");
    }

    String grouped(BigInteger n) {
        return units.grouped(n);
    }

    Locale language() {
        return texts.language();
    }
}
