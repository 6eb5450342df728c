package org.wirewise.model.addr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.trace.Variable;

/**
 * The CIDR calculator as a lesson: each step derives one more number from the block (mask,
 * network, broadcast, usable range), then splits it, aggregates, compares it with another block
 * and looks it up in the special-purpose registries.
 */
public final class CidrExplainer {

    public static final String LESSON_ID = "cidr";
    public static final String LANE = "block";
    public static final TableKey SUMMARY_TABLE = TableKey.of("summary");
    public static final TableKey SUBNETS_TABLE = TableKey.of("subnets");
    public static final TableKey COMPARE_TABLE = TableKey.of("compare");
    public static final TableKey REGISTRY_TABLE = TableKey.of("registry");
    /** The number line: each block's start and end as fractions of the range drawn. */
    public static final TableKey LINE_TABLE = TableKey.of("number-line");
    /** Subnets listed in full; beyond that the table ends with a count. */
    public static final int LISTED_SUBNETS = 16;

    private final CidrInput input;
    private final Cidr block;
    private final Cidr other;
    private final int split;
    private final TraceBuilder trace;
    private final List<Table.Row> summary = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private NumberLineFact line;

    private CidrExplainer(CidrScenario scenario) {
        try {
            this.input = CidrInput.parse(scenario.block());
        } catch (AddressFormatException e) {
            throw new IllegalArgumentException("block: " + e.getMessage(), e);
        }
        try {
            this.other = CidrInput.parse(scenario.other()).block();
        } catch (AddressFormatException e) {
            throw new IllegalArgumentException("other: " + e.getMessage(), e);
        }
        this.block = input.block();
        int bits = block.family().bits();
        if (scenario.splitPrefix() < block.prefix() || scenario.splitPrefix() > bits) {
            throw new IllegalArgumentException("splitPrefix: /" + scenario.splitPrefix() + " cannot split " + block
                    + "; choose /" + block.prefix() + " to /" + bits);
        }
        this.split = (int) scenario.splitPrefix();
        this.trace = new TraceBuilder(LESSON_ID, List.of(Narration.lane(LANE, block.family().displayName() + " block",
                block.toString())));
    }

    public static Trace explain(CidrScenario scenario) {
        return new CidrExplainer(scenario).run();
    }

    private Trace run() {
        tables.add(numberLine());
        boolean v4 = block.family() == Family.IPV4;
        int bits = block.family().bits();
        IpAddress a = input.address();
        row("Address", a, false);
        row("Prefix", "/" + block.prefix(), false);
        row("Addresses", Narration.grouped(block.size()) + " (2^" + block.hostBits() + ")",
                false);
        step("The block " + block,
                (input.hostBitsSet() ? "You typed " + a + "/" + block.prefix() + ", an address inside the block; "
                        + "the block itself starts at " + block.network() + ". " : "")
                        + "The prefix /" + block.prefix() + " says the first " + block.prefix() + " of " + bits
                        + " bits are the network; the remaining " + block.hostBits() + " bits number "
                        + Narration.power(block.hostBits()) + " addresses.",
                List.of("RFC 4632 §3.1"));

        row("Netmask", v4 ? block.netmask() : "/" + block.prefix() + " (" + block.netmask() + ")", false);
        row("Network", block.network(), true);
        step("Network address = address AND netmask",
                "The netmask has a 1 for each network bit. AND-ing it with the address clears the host bits, leaving "
                        + "the first address of the block: " + block.network() + ".",
                List.of(v4 ? "RFC 950" : "RFC 4291 §2.3", "RFC 4632 §3.1"));

        row("Wildcard mask", block.wildcard(), false);
        if (v4) {
            row("Broadcast", block.hasBroadcast() ? block.broadcast() : "none (/" + block.prefix() + ")", true);
        } else {
            row("Last address", block.last(), true);
        }
        step(v4 ? "Broadcast = network OR wildcard" : "Last address = network OR wildcard",
                "The wildcard mask (the inverted netmask, as ACLs write it) has a 1 for each host bit. OR-ing it with "
                        + "the network sets them all: " + block.last() + ". "
                        + (v4 ? (block.hasBroadcast() ? "In IPv4 that is the directed broadcast address."
                        : "A /31 and a /32 have no broadcast address (RFC 3021).")
                        : "IPv6 has no broadcast; multicast to ff02::1 does that job."),
                List.of(v4 ? "RFC 919 §7" : "RFC 4291 §2.7"));

        row("First usable", block.firstUsable(), true);
        row("Last usable", block.lastUsable(), true);
        row("Usable hosts", Narration.grouped(block.usableCount()), true);
        step("Usable hosts: " + Narration.grouped(block.usableCount()), usableNarration(), usableRefs());

        BigInteger count = block.subnetCount(split);
        tables.add(subnets(false));
        step("Split into /" + split + ": " + Narration.plural(count, "subnet", "subnets"),
                "Borrowing " + (split - block.prefix()) + " host bits for the subnet number gives 2^"
                        + (split - block.prefix()) + " = " + Narration.grouped(count) + " blocks of "
                        + Narration.plural(BigInteger.ONE.shiftLeft(bits - split), "address", "addresses")
                        + ", each starting where the previous one ends.",
                List.of("RFC 950 §2.1", "RFC 4632 §3.1"));

        // The subnets inside the other block are what the compare step is about: highlighted on it only.
        int subnetsAt = tables.size() - 1;
        tables.set(subnetsAt, subnets(true));
        List<Cidr> aggregated = Cidr.aggregate(block.split(split, 2));
        Cidr supernet = block.family() == other.family() ? Cidr.supernet(List.of(block, other)) : null;
        List<Table.Row> compare = new ArrayList<>();
        compare.add(new Table.Row(List.of("Other block", other.toString()), false));
        compare.add(new Table.Row(List.of("Relation", relation()), true));
        compare.add(new Table.Row(List.of("Supernet of both", supernet == null ? "none: different families"
                : supernet.toString()), false));
        tables.add(new Table(COMPARE_TABLE, "Compared with " + other, List.of("", ""), compare));
        step("Aggregate and compare with " + other,
                (split > block.prefix() ? "Aggregation is the split in reverse: two adjacent halves of one parent merge "
                        + "(" + block.split(split, 2).get(0) + " + " + block.split(split, 2).get(1) + " → "
                        + (aggregated.size() == 1 ? aggregated.get(0) : "") + " when all halves are there), until "
                        + "the whole " + block + " is one route again. " : "")
                        + "Two CIDR blocks either nest or do not overlap at all: " + relation() + "."
                        + (supernet == null ? "" : " The smallest block holding both is " + supernet + ", which one "
                        + "route could announce (it may cover addresses that are in neither)."),
                List.of("RFC 4632 §3.2", "RFC 4632 §4"));

        tables.set(subnetsAt, subnets(false));
        List<Table.Row> registry = new ArrayList<>();
        for (SpecialPurpose.Entry e : SpecialPurpose.classify(block)) {
            registry.add(new Table.Row(List.of(e.block().toString(), e.name(), e.rfc(), reach(e.reachable()),
                    "holds this block"), true));
        }
        for (SpecialPurpose.Entry e : SpecialPurpose.inside(block)) {
            registry.add(new Table.Row(List.of(e.block().toString(), e.name(), e.rfc(), reach(e.reachable()),
                    "inside this block"), false));
        }
        if (registry.isEmpty()) {
            registry.add(new Table.Row(List.of(block.toString(), SpecialPurpose.describe(block), "", "", ""), true));
        }
        tables.add(new Table(REGISTRY_TABLE, "Special-purpose registries", List.of("Block", "Name", "RFC",
                "Globally reachable", ""), registry));
        step("Special-purpose registries: " + SpecialPurpose.describe(block),
                "IANA lists the blocks with a special meaning (RFC 6890 and its updates): private space, loopback, "
                        + "link-local, shared CGNAT space, documentation, benchmarking, multicast and more. "
                        + block + ": " + SpecialPurpose.describe(block) + "."
                        + (SpecialPurpose.inside(block).isEmpty() ? ""
                        : " It also contains " + SpecialPurpose.inside(block).size() + " registered blocks."),
                List.of(v4 ? "RFC 6890 §2.2.2" : "RFC 6890 §2.2.3", "RFC 8190"));
        return trace.build();
    }

    /**
     * The blocks on one line: the range is the smallest block holding this one and the other (this
     * block's parent when the two are the same), and the first split subnets are marked.
     */
    /** The line as a fact for the view and as text; the block's row is the one the lesson is about. */
    private Table numberLine() {
        Cidr range = block.family() == other.family() ? Cidr.supernet(List.of(block, other)) : block;
        if (range.equals(block) && other.equals(block) && block.prefix() > 0) {
            range = block.parent();
        }
        List<NumberLineFact.Span> spans = new ArrayList<>();
        List<Table.Row> rows = new ArrayList<>();
        record Part(Cidr cidr, NumberLineFact.Role role) {
        }
        List<Part> parts = new ArrayList<>();
        if (!range.equals(block)) {
            parts.add(new Part(range, NumberLineFact.Role.RANGE));
        }
        parts.add(new Part(block, NumberLineFact.Role.BLOCK));
        if (block.family() == other.family()) {
            parts.add(new Part(other, NumberLineFact.Role.OTHER));
        }
        if (split > block.prefix()) {
            for (Cidr part : block.split(split, LISTED_SUBNETS)) {
                parts.add(new Part(part, NumberLineFact.Role.SUBNET));
            }
        }
        for (Part p : parts) {
            Cidr part = p.cidr();
            NumberLineFact.Role role = p.role();
            java.math.BigDecimal from = fraction(range, part.network().value());
            java.math.BigDecimal to = fraction(range, part.last().value().add(BigInteger.ONE));
            spans.add(new NumberLineFact.Span(part.toString(), from.doubleValue(), to.doubleValue(), role));
            rows.add(new Table.Row(List.of(part.toString(), from.toPlainString(), to.toPlainString(), role.key()),
                    role == NumberLineFact.Role.BLOCK));
        }
        line = new NumberLineFact("Number line of " + range, spans);
        return new Table(LINE_TABLE, line.title(), List.of("Block", "From", "To", "Role"), rows);
    }

    private static java.math.BigDecimal fraction(Cidr range, BigInteger value) {
        java.math.BigDecimal offset = new java.math.BigDecimal(value.subtract(range.network().value()));
        return offset.divide(new java.math.BigDecimal(range.size()), java.math.MathContext.DECIMAL64);
    }

    private String usableNarration() {
        int p = block.prefix();
        if (block.family() == Family.IPV4) {
            if (p == 32) {
                return "A /32 is one address: a host route or a loopback, used as is.";
            }
            if (p == 31) {
                return "A /31 has two addresses and no network or broadcast address: RFC 3021 lets both ends of a "
                        + "point-to-point link use them, saving half the addresses of a /30.";
            }
            return "The network address and the broadcast address are not given to hosts, so a /" + p + " has "
                    + Narration.grouped(block.size()) + " − 2 = " + Narration.grouped(block.usableCount())
                    + " usable addresses, from " + block.firstUsable() + " to " + block.lastUsable() + ".";
        }
        if (p == 128) {
            return "A /128 is one address.";
        }
        if (p == 127) {
            return "A /127 between two routers uses both addresses (RFC 6164); the Subnet-Router anycast address "
                    + "is not reserved there.";
        }
        return "IPv6 has no broadcast, but the first address (host bits all zero) is the Subnet-Router anycast "
                + "address (RFC 4291 §2.6.1), so hosts get " + Narration.scientific(block.usableCount()) + " addresses.";
    }

    private List<String> usableRefs() {
        if (block.family() == Family.IPV4) {
            return block.prefix() == 31 ? List.of("RFC 3021 §2.1") : List.of("RFC 1122 §3.2.1.3", "RFC 3021");
        }
        return block.prefix() == 127 ? List.of("RFC 6164 §5") : List.of("RFC 4291 §2.6.1");
    }

    private String relation() {
        if (block.family() != other.family()) {
            return block + " and " + other + " are of different families and cannot overlap";
        }
        if (block.equals(other)) {
            return other + " is the same block";
        }
        if (block.contains(other)) {
            return other + " lies inside " + block;
        }
        if (other.contains(block)) {
            return block + " lies inside " + other;
        }
        return block + " and " + other + " do not overlap";
    }

    private static String reach(SpecialPurpose.Reach r) {
        return switch (r) {
            case YES -> "yes";
            case NO -> "no";
            case NOT_APPLICABLE -> "n/a";
        };
    }

    private void row(String field, Object value, boolean highlight) {
        IpAddress address = value instanceof IpAddress ip ? ip : null;
        summary.add(new Table.Row(List.of(field, String.valueOf(value), address == null ? "" : address.bits()),
                highlight));
    }

    /** The first subnets of the split (and the last); {@code markOverlap} highlights those inside the other block. */
    private Table subnets(boolean markOverlap) {
        BigInteger count = block.subnetCount(split);
        List<Table.Row> rows = new ArrayList<>();
        List<Cidr> parts = block.split(split, LISTED_SUBNETS);
        for (int i = 0; i < parts.size(); i++) {
            Cidr p = parts.get(i);
            rows.add(new Table.Row(List.of(String.valueOf(i + 1), p.toString(), p.firstUsable() + " – " + p.lastUsable(),
                    Narration.grouped(p.usableCount())), markOverlap && p.overlaps(other)));
        }
        if (count.compareTo(BigInteger.valueOf(LISTED_SUBNETS)) > 0) {
            Cidr lastPart = block.subnet(split, count.subtract(BigInteger.ONE));
            rows.add(new Table.Row(List.of("…", "", "", ""), false));
            rows.add(new Table.Row(List.of(Narration.grouped(count), lastPart.toString(),
                    lastPart.firstUsable() + " – " + lastPart.lastUsable(), Narration.grouped(lastPart.usableCount())),
                    markOverlap && lastPart.overlaps(other)));
        }
        return new Table(SUBNETS_TABLE, "Split into /" + split, List.of("#", "Subnet", "Usable range", "Hosts"), rows);
    }

    private void clearHighlights() {
        summary.replaceAll(r -> new Table.Row(r.cells(), false));
    }

    private void step(String title, String narration, List<String> refs) {
        List<Variable> vars = List.of(
                Narration.var("Block", block),
                Narration.var("Prefix", block.prefix()),
                Narration.var("Family", block.family().displayName()),
                Narration.var("Other", other),
                Narration.var("Split prefix", split),
                Narration.var("Addresses", Narration.grouped(block.size())),
                Narration.var("Usable", Narration.grouped(block.usableCount())));
        List<Table> all = new ArrayList<>();
        all.add(new Table(SUMMARY_TABLE, "Calculator", List.of("Field", "Value", "Bits"), summary));
        all.addAll(tables);
        Narration.step(trace, title, narration, refs, new NodeState(LANE, block.toString(), vars), all,
                List.of(line, new PrefixFact(block.prefix())));
        // Highlights mark what this step added; the next step starts plain.
        clearHighlights();
    }
}
