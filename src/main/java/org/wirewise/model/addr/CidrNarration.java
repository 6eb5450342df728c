package org.wirewise.model.addr;

import java.math.BigInteger;
import java.util.Locale;
import org.wirewise.model.text.Texts;

/**
 * Every sentence and label the cidr lesson shows, in one language ({@code cidr.properties} and its
 * translations); the numbers come from {@link Cidr}.
 */
final class CidrNarration {

    private final Texts texts;
    private final AddrUnits units;

    CidrNarration(Locale language) {
        this.texts = Texts.of("org.wirewise.model.addr.cidr", language);
        this.units = new AddrUnits(texts.language());
    }

    AddrUnits units() {
        return units;
    }

    /** A text of the bundle (a title, a column, a label) with its arguments already formatted. */
    String text(String key, Object... args) {
        return texts.get(key, args);
    }

    String grouped(BigInteger n) {
        return units.grouped(n);
    }

    /** "1 subnet", "4 subnets"; {@code what} is "subnet" or "address". */
    String count(BigInteger n, String what) {
        return texts.get("count." + what + (n.equals(BigInteger.ONE) ? ".one" : ".many"), grouped(n));
    }

    String block(CidrInput input, Cidr block) {
        String main = texts.get("block.text", Integer.toString(block.prefix()),
                Integer.toString(block.family().bits()), Integer.toString(block.hostBits()),
                units.power(block.hostBits()));
        return input.hostBitsSet() ? texts.get("block.typed", input.address(), Integer.toString(block.prefix()),
                block.network()) + " " + main : main;
    }

    String last(Cidr block) {
        String after = block.family() != Family.IPV4 ? texts.get("last.v6")
                : texts.get(block.hasBroadcast() ? "last.broadcast" : "last.noBroadcast");
        return texts.get("last.text", block.last()) + " " + after;
    }

    String usable(Cidr block) {
        int p = block.prefix();
        if (block.family() == Family.IPV4) {
            if (p == 32 || p == 31) {
                return texts.get("usable." + p);
            }
            return texts.get("usable.v4", Integer.toString(p), grouped(block.size()), grouped(block.usableCount()),
                    block.firstUsable(), block.lastUsable());
        }
        if (p == 128 || p == 127) {
            return texts.get("usable." + p);
        }
        return texts.get("usable.v6", units.scientific(block.usableCount()));
    }

    String split(Cidr block, int split, BigInteger count) {
        return texts.get("split.text", Integer.toString(split - block.prefix()), grouped(count),
                count(BigInteger.ONE.shiftLeft(block.family().bits() - split), "address"));
    }

    String compare(Cidr block, Cidr other, int split, java.util.List<Cidr> aggregated, Cidr supernet) {
        StringBuilder b = new StringBuilder();
        if (split > block.prefix()) {
            b.append(texts.get("compare.aggregate", block.split(split, 2).get(0), block.split(split, 2).get(1),
                    aggregated.size() == 1 ? aggregated.get(0) : "", block)).append(' ');
        }
        b.append(texts.get("compare.nest", relation(block, other)));
        if (supernet != null) {
            b.append(' ').append(texts.get("compare.smallest", supernet));
        }
        return b.toString();
    }

    String relation(Cidr block, Cidr other) {
        if (block.family() != other.family()) {
            return texts.get("relation.families", block, other);
        }
        if (block.equals(other)) {
            return texts.get("relation.same", other);
        }
        if (block.contains(other)) {
            return texts.get("relation.inside", other, block);
        }
        if (other.contains(block)) {
            return texts.get("relation.inside", block, other);
        }
        return texts.get("relation.apart", block, other);
    }

    String registry(Cidr block) {
        String text = texts.get("registry.text", block, units.describe(block));
        int inside = SpecialPurpose.inside(block).size();
        return inside == 0 ? text : text + " " + texts.get("registry.contains", Integer.toString(inside));
    }

    String role(NumberLineFact.Role role) {
        return texts.get("role." + role.key());
    }
}
