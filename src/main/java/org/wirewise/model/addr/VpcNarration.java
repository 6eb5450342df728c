package org.wirewise.model.addr;

import java.math.BigInteger;
import java.util.Locale;
import org.wirewise.model.text.Texts;

/**
 * Every sentence and label the vpc-planner lesson shows, in one language ({@code vpc-planner.properties}
 * and its translations, which also hold the planner's messages); the numbers come from {@link VpcPlanner}
 * and {@link Cidr}. Tier and zone names are the plan's own identifiers and stay as typed.
 */
final class VpcNarration {

    private final Texts texts;
    private final AddrUnits units;

    VpcNarration(Locale language) {
        this.texts = Texts.of(AddressFormatException.PLANNER, language);
        this.units = new AddrUnits(texts.language());
    }

    Locale language() {
        return texts.language();
    }

    /** A text of the bundle (a title, a column, a label) with its arguments already formatted. */
    String text(String key, Object... args) {
        return texts.get(key, args);
    }

    String grouped(BigInteger n) {
        return units.grouped(n);
    }

    String vpc(Cidr vpc) {
        String text = texts.get("vpc.text", vpc, grouped(vpc.size()), units.describe(vpc));
        return VpcPlanner.addressSpaceNote(vpc, language()).map(note -> text + " " + texts.get("vpc.note", note))
                .orElse(text);
    }

    String tierTitle(String tier, String blocks) {
        return texts.get("tier.title", Character.toUpperCase(tier.charAt(0)) + tier.substring(1), blocks);
    }

    String tier(VpcPlan.Tier tier, String zones, Cidr first, Cidr region, int slots, int zoneCount) {
        return texts.get("tier.text", tier.name(), zones, Integer.toString(first.prefix()), grouped(first.size()),
                region, slots > zoneCount ? texts.get("tier.room", Integer.toString(slots)) : "",
                texts.get("tier." + tier.kind().id()));
    }

    String reserved(VpcPlan.Subnet first) {
        Cidr c = first.ipv4();
        return texts.get("reserved.text", first.name(), c, Integer.toString(c.prefix()), grouped(c.size()),
                VpcPlanner.awsUsable(c).toString(), grouped(c.usableCount()));
    }

    String free(int subnets, BigInteger used, BigInteger size, BigInteger free, int blocks) {
        return texts.get(blocks == 1 ? "free.one" : "free.many", Integer.toString(subnets), grouped(used),
                grouped(size), grouped(free), Integer.toString(blocks));
    }

    /** A tier's kind in words ("public"); its id stays the same in plan files and on the command line. */
    String kind(TierKind kind) {
        return texts.get("kind." + kind.id());
    }

    String defaultRoute(TierKind kind) {
        return texts.get("default." + kind.id());
    }
}
