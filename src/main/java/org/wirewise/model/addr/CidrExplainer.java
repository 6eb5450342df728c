package org.wirewise.model.addr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** The summary table's column of an address's bits, drawn as bits by the view. */
    public static final int SUMMARY_BITS = 2;

    private final CidrInput input;
    private final CidrNarration n;
    private final Cidr block;
    private final Cidr other;
    private final int split;
    private final TraceBuilder trace;
    private final List<Table.Row> summary = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private NumberLineFact line;

    private CidrExplainer(CidrScenario scenario, Locale language) {
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
        this.n = new CidrNarration(language);
        this.trace = new TraceBuilder(LESSON_ID, List.of(Narration.lane(LANE,
                n.text("lane.block", block.family().displayName()), block.toString())));
    }

    /** The lesson in English. */
    public static Trace explain(CidrScenario scenario) {
        return explain(scenario, Locale.ENGLISH);
    }

    /** The lesson with every word in {@code language}. */
    public static Trace explain(CidrScenario scenario, Locale language) {
        return new CidrExplainer(scenario, language).run();
    }

    private Trace run() {
        tables.add(numberLine());
        boolean v4 = block.family() == Family.IPV4;
        int bits = block.family().bits();
        IpAddress a = input.address();
        row("row.address", a, false);
        row("row.prefix", "/" + block.prefix(), false);
        row("row.addresses", n.grouped(block.size()) + " (2^" + block.hostBits() + ")", false);
        step(n.text("block.title", block), n.block(input, block), List.of("RFC 4632 §3.1"));

        row("row.netmask", v4 ? block.netmask() : "/" + block.prefix() + " (" + block.netmask() + ")", false);
        row("row.network", block.network(), true);
        step(n.text("network.title"), n.text("network.text", block.network()),
                List.of(v4 ? "RFC 950" : "RFC 4291 §2.3", "RFC 4632 §3.1"));

        row("row.wildcard", block.wildcard(), false);
        if (v4) {
            row("row.broadcast", block.hasBroadcast() ? block.broadcast()
                    : n.text("row.noBroadcast", Integer.toString(block.prefix())), true);
        } else {
            row("row.last", block.last(), true);
        }
        step(n.text(v4 ? "last.titleV4" : "last.titleV6"), n.last(block), List.of(v4 ? "RFC 919 §7" : "RFC 4291 §2.7"));

        row("row.firstUsable", block.firstUsable(), true);
        row("row.lastUsable", block.lastUsable(), true);
        row("row.usable", n.grouped(block.usableCount()), true);
        step(n.text("usable.title", n.grouped(block.usableCount())), n.usable(block), usableRefs());

        BigInteger count = block.subnetCount(split);
        tables.add(subnets(false));
        step(n.text("split.title", Integer.toString(split), n.count(count, "subnet")), n.split(block, split, count),
                List.of("RFC 950 §2.1", "RFC 4632 §3.1"));

        // The subnets inside the other block are what the compare step is about: highlighted on it only.
        int subnetsAt = tables.size() - 1;
        tables.set(subnetsAt, subnets(true));
        List<Cidr> aggregated = Cidr.aggregate(block.split(split, 2));
        Cidr supernet = block.family() == other.family() ? Cidr.supernet(List.of(block, other)) : null;
        List<Table.Row> compare = new ArrayList<>();
        compare.add(new Table.Row(List.of(n.text("compare.other"), other.toString()), false));
        compare.add(new Table.Row(List.of(n.text("compare.relation"), n.relation(block, other)), true));
        compare.add(new Table.Row(List.of(n.text("compare.supernet"), supernet == null ? n.text("compare.noSupernet")
                : supernet.toString()), false));
        tables.add(new Table(COMPARE_TABLE, n.text("compare.table", other), List.of("", ""), compare));
        step(n.text("compare.title", other), n.compare(block, other, split, aggregated, supernet),
                List.of("RFC 4632 §3.2", "RFC 4632 §4"));

        tables.set(subnetsAt, subnets(false));
        List<Table.Row> registry = new ArrayList<>();
        for (SpecialPurpose.Entry e : SpecialPurpose.classify(block)) {
            registry.add(new Table.Row(List.of(e.block().toString(), e.name(), e.rfc(),
                    n.units().reach(e.reachable(), true), n.text("registry.holds")), true));
        }
        for (SpecialPurpose.Entry e : SpecialPurpose.inside(block)) {
            registry.add(new Table.Row(List.of(e.block().toString(), e.name(), e.rfc(),
                    n.units().reach(e.reachable(), true), n.text("registry.inside")), false));
        }
        if (registry.isEmpty()) {
            registry.add(new Table.Row(List.of(block.toString(), n.units().describe(block), "", "", ""), true));
        }
        tables.add(new Table(REGISTRY_TABLE, n.text("registry.table"), List.of(n.text("registry.block"),
                n.text("registry.name"), n.text("registry.rfc"), n.text("registry.reachable"), ""), registry));
        step(n.text("registry.title", n.units().describe(block)), n.registry(block),
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
            rows.add(new Table.Row(List.of(part.toString(), from.toPlainString(), to.toPlainString(), n.role(role)),
                    role == NumberLineFact.Role.BLOCK));
        }
        line = new NumberLineFact(n.text("line.title", range), spans);
        return new Table(LINE_TABLE, line.title(), List.of(n.text("line.block"), n.text("line.from"),
                n.text("line.to"), n.text("line.role")), rows);
    }

    private static java.math.BigDecimal fraction(Cidr range, BigInteger value) {
        java.math.BigDecimal offset = new java.math.BigDecimal(value.subtract(range.network().value()));
        return offset.divide(new java.math.BigDecimal(range.size()), java.math.MathContext.DECIMAL64);
    }

    private List<String> usableRefs() {
        if (block.family() == Family.IPV4) {
            return block.prefix() == 31 ? List.of("RFC 3021 §2.1") : List.of("RFC 1122 §3.2.1.3", "RFC 3021");
        }
        return block.prefix() == 127 ? List.of("RFC 6164 §5") : List.of("RFC 4291 §2.6.1");
    }

    private void row(String field, Object value, boolean highlight) {
        IpAddress address = value instanceof IpAddress ip ? ip : null;
        summary.add(new Table.Row(List.of(n.text(field), String.valueOf(value), address == null ? "" : address.bits()),
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
                    n.grouped(p.usableCount())), markOverlap && p.overlaps(other)));
        }
        if (count.compareTo(BigInteger.valueOf(LISTED_SUBNETS)) > 0) {
            Cidr lastPart = block.subnet(split, count.subtract(BigInteger.ONE));
            rows.add(new Table.Row(List.of("…", "", "", ""), false));
            rows.add(new Table.Row(List.of(n.grouped(count), lastPart.toString(),
                    lastPart.firstUsable() + " – " + lastPart.lastUsable(), n.grouped(lastPart.usableCount())),
                    markOverlap && lastPart.overlaps(other)));
        }
        return new Table(SUBNETS_TABLE, n.text("split.table", Integer.toString(split)), List.of(n.text("split.number"),
                n.text("split.subnet"), n.text("split.range"), n.text("split.hosts")), rows);
    }

    private void clearHighlights() {
        summary.replaceAll(r -> new Table.Row(r.cells(), false));
    }

    private void step(String title, String narration, List<String> refs) {
        List<Variable> vars = List.of(
                Narration.var(n.text("var.block"), block),
                Narration.var(n.text("var.prefix"), block.prefix()),
                Narration.var(n.text("var.family"), block.family().displayName()),
                Narration.var(n.text("var.other"), other),
                Narration.var(n.text("var.split"), split),
                Narration.var(n.text("var.addresses"), n.grouped(block.size())),
                Narration.var(n.text("var.usable"), n.grouped(block.usableCount())));
        List<Table> all = new ArrayList<>();
        all.add(new Table(SUMMARY_TABLE, n.text("table.calculator"), List.of(n.text("table.field"),
                n.text("table.value"), n.text("table.bits")), summary));
        all.addAll(tables);
        Narration.step(trace, title, narration, refs, new NodeState(LANE, block.toString(), vars), all,
                List.of(line, new PrefixFact(block.prefix(), block.toString(), block.family().displayName(),
                        n.grouped(block.size()), n.grouped(block.usableCount()))));
        // Highlights mark what this step added; the next step starts plain.
        clearHighlights();
    }
}
