package org.wirewise.model.addr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wirewise.model.addr.VpcPlan.Subnet;
import org.wirewise.model.addr.VpcPlan.Tier;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.trace.Variable;

/**
 * The VPC planner lesson: a plan built step by step (the VPC block, one tier at a time, the
 * reserved addresses, the route tables, IPv6, the room left), each step's snapshot holding the
 * plan so far, from which the planner's editor starts.
 */
public final class VpcExplainer {

    public static final String LESSON_ID = "vpc-planner";
    public static final String LANE = "vpc";
    public static final TableKey SUBNETS_TABLE = TableKey.of("subnets");
    public static final TableKey ROUTES_TABLE = TableKey.of("routes");
    public static final TableKey RESERVED_TABLE = TableKey.of("reserved");
    public static final TableKey FREE_TABLE = TableKey.of("free");
    public static final TableKey TIERS_TABLE = TableKey.of("tiers");
    /** The subnets table's IPv4 and IPv6 columns (the view draws one under the other). */
    public static final int SUBNET_IPV4 = 4;
    public static final int SUBNET_IPV6 = 5;
    private static final List<String> SUBNET_COLUMNS = List.of("subnet", "zone", "tier", "kind", "ipv4", "ipv6",
            "addresses", "usable");

    private final VpcPlan plan;
    private final VpcNarration n;
    private final TraceBuilder trace;
    private final List<Table> extra = new ArrayList<>();

    private VpcExplainer(VpcScenario scenario, Locale language) {
        Cidr vpc;
        try {
            vpc = Cidr.parse(scenario.cidr());
        } catch (AddressFormatException e) {
            throw new IllegalArgumentException("cidr: " + e.getMessage(), e);
        }
        try {
            this.plan = VpcPlanner.create(vpc, (int) Math.min(Integer.MAX_VALUE, scenario.zones()),
                    parseTiers(scenario.tiers()), (int) scenario.prefix(), scenario.dualStack());
        } catch (AddressFormatException e) {
            throw new IllegalArgumentException(e.getMessage(language), e);
        }
        this.n = new VpcNarration(language);
        this.trace = new TraceBuilder(LESSON_ID, List.of(Narration.lane(LANE, "VPC", vpc.toString())));
    }

    /** The lesson in English. */
    public static Trace explain(VpcScenario scenario) {
        return explain(scenario, Locale.ENGLISH);
    }

    /** The lesson with every word in {@code language}. */
    public static Trace explain(VpcScenario scenario, Locale language) {
        return new VpcExplainer(scenario, language).run();
    }

    /** "public,private,database" or "web:public,app:private,db:isolated". */
    public static List<Tier> parseTiers(String text) {
        List<Tier> tiers = new ArrayList<>();
        if (text == null || text.isBlank()) {
            throw AddressFormatException.planner("error.noTier");
        }
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                throw AddressFormatException.planner("error.emptyTier", TextChecks.quote(text));
            }
            int colon = p.indexOf(':');
            String name = colon < 0 ? p : p.substring(0, colon);
            TierKind kind = colon < 0 ? TierKind.suggestedFor(name) : TierKind.parse(p.substring(colon + 1));
            tiers.add(new Tier(name, kind));
        }
        return tiers;
    }

    private Trace run() {
        Cidr vpc = plan.ipv4();
        VpcPlan empty = new VpcPlan(vpc, null, plan.zones(), plan.tiers(), List.of());
        step(empty, n.text("vpc.title", vpc), n.vpc(vpc), List.of("RFC 1918 §3", "AWS VPC User Guide: VPC CIDR blocks"),
                null);

        int slots = VpcPlanner.slotsPerTier(plan.zones().size());
        List<Subnet> placed = new ArrayList<>();
        for (Tier tier : plan.tiers()) {
            List<Subnet> ofTier = plan.subnets().stream().filter(s -> s.tier().equals(tier.name())).toList();
            placed.addAll(ofTier);
            VpcPlan partial = new VpcPlan(vpc, null, plan.zones(), plan.tiers(), placed.stream()
                    .map(s -> new Subnet(s.zone(), s.tier(), s.ipv4(), null)).toList());
            List<Cidr> blocks = ofTier.stream().map(Subnet::ipv4).toList();
            Cidr region = Cidr.supernet(blocks);
            step(partial, n.tierTitle(tier.name(), join(blocks)), n.tier(tier, String.join(", ", plan.zones()),
                    blocks.get(0), region, slots, plan.zones().size()),
                    List.of("RFC 4632 §3.1", "AWS VPC User Guide: subnet CIDR blocks"), tier.name());
        }
        VpcPlan v4Only = new VpcPlan(vpc, null, plan.zones(), plan.tiers(), placed.stream()
                .map(s -> new Subnet(s.zone(), s.tier(), s.ipv4(), null)).toList());

        Subnet first = plan.subnets().get(0);
        List<Table.Row> reserved = new ArrayList<>();
        List<String[]> kept = VpcPlanner.reserved(first.ipv4());
        for (int i = 0; i < kept.size(); i++) {
            reserved.add(new Table.Row(List.of(kept.get(i)[0], n.text("reserved." + i)), true));
        }
        extra.add(new Table(RESERVED_TABLE, n.text("reserved.table", first.name(), first.ipv4()),
                List.of(n.text("reserved.address"), n.text("reserved.for")), reserved));
        step(v4Only, n.text("reserved.title"), n.reserved(first), List.of("AWS VPC User Guide: subnet CIDR blocks"),
                null);
        extra.clear();

        step(v4Only, n.text("routes.title"), n.text("routes.text", vpc),
                List.of("AWS VPC User Guide: route tables", "RFC 1812 §5.2.4.3"), "routes");

        VpcPlan result = plan;
        if (plan.dualStack()) {
            step(plan, n.text("dual.title"), n.text("dual.text", plan.ipv6()),
                    List.of("RFC 4291 §2.5.1", "RFC 3849", "AWS VPC User Guide: IPv6"), null);
        } else {
            result = v4Only;
        }

        List<Cidr> free = VpcPlanner.freeBlocks(result);
        BigInteger freeCount = free.stream().map(Cidr::size).reduce(BigInteger.ZERO, BigInteger::add);
        List<Table.Row> rows = new ArrayList<>();
        for (Cidr c : free) {
            rows.add(new Table.Row(List.of(c.toString(), n.grouped(c.size())), false));
        }
        extra.add(new Table(FREE_TABLE, n.text("free.table"), List.of(n.text("free.block"), n.text("free.addresses")),
                rows));
        step(result, n.text("free.title"), n.free(plan.subnets().size(), vpc.size().subtract(freeCount), vpc.size(),
                freeCount, free.size()), List.of("RFC 4632 §3.2"), null);
        return trace.build();
    }

    private static String join(List<Cidr> blocks) {
        return String.join(", ", blocks.stream().map(Cidr::toString).toList());
    }

    private void step(VpcPlan shown, String title, String narration, List<String> refs, String focus) {
        Narration.step(trace, title, narration, refs, node(shown, n), tables(shown, focus),
                List.of(new VpcPlanFact(shown, Optional.ofNullable(focus)
                        .filter(f -> shown.subnets().stream().anyMatch(sn -> sn.tier().equals(f))))));
    }

    private List<Table> tables(VpcPlan shown, String focus) {
        List<Table> tables = new ArrayList<>();
        tables.add(subnetTable(shown, focus, n));
        tables.add(new Table(TIERS_TABLE, n.text("tiers.table"), List.of(n.text("tiers.tier"), n.text("tiers.kind"),
                n.text("tiers.route")), shown.tiers().stream()
                .map(t -> Table.Row.of(t.name(), n.kind(t.kind()), n.defaultRoute(t.kind()))).toList()));
        tables.add(routeTable(shown, "routes".equals(focus), n));
        tables.addAll(extra);
        return tables;
    }

    /** The plan's subnets as a table; rows of {@code focusTier} are highlighted. */
    private static Table subnetTable(VpcPlan plan, String focusTier, VpcNarration n) {
        List<Table.Row> rows = new ArrayList<>();
        for (Subnet s : plan.subnets()) {
            TierKind kind = plan.tier(s.tier()).map(Tier::kind).orElse(TierKind.PRIVATE);
            rows.add(new Table.Row(List.of(s.name(), s.zone(), s.tier(), n.kind(kind), s.ipv4().toString(),
                    s.ipv6() == null ? "" : s.ipv6().toString(), n.grouped(s.ipv4().size()),
                    VpcPlanner.awsUsable(s.ipv4()).toString()), s.tier().equals(focusTier)));
        }
        return new Table(SUBNETS_TABLE, n.text("subnets.table"), SUBNET_COLUMNS.stream()
                .map(c -> n.text("subnets." + c)).toList(), rows);
    }

    /** Each tier's route table in {@code language}, as the planner shows it; nothing highlighted. */
    public static Table routeTable(VpcPlan plan, Locale language) {
        return routeTable(plan, false, new VpcNarration(language));
    }

    /** Each tier's route table (for its first zone; other zones differ only in which NAT gateway). */
    private static Table routeTable(VpcPlan plan, boolean highlight, VpcNarration n) {
        List<Table.Row> rows = new ArrayList<>();
        for (Tier tier : plan.tiers()) {
            for (VpcPlanner.Route r : VpcPlanner.routes(plan, tier, plan.zones().get(0))) {
                rows.add(new Table.Row(List.of(tier.name(), r.destination(), r.target(n.language())),
                        highlight && r.hop() != VpcPlanner.Hop.LOCAL));
            }
        }
        return new Table(ROUTES_TABLE, n.text("routes.table", plan.zones().get(0)),
                List.of(n.text("routes.tier"), n.text("routes.destination"), n.text("routes.target")), rows);
    }

    private static NodeState node(VpcPlan plan, VpcNarration n) {
        List<Variable> vars = new ArrayList<>();
        vars.add(Narration.var(n.text("var.ipv4"), plan.ipv4()));
        if (plan.dualStack()) {
            vars.add(Narration.var(n.text("var.ipv6"), plan.ipv6()));
        }
        vars.add(Narration.var(n.text("var.zones"), String.join(",", plan.zones())));
        vars.add(Narration.var(n.text("var.subnets"), plan.subnets().size()));
        return new NodeState(LANE, plan.ipv4().toString(), vars);
    }

    /** The plan a step shows, read back from its snapshot (the editor starts from the last step's). */
    public static VpcPlan planOf(Snapshot snapshot) {
        return snapshot.fact(VpcPlanFact.class).orElseThrow(() -> new IllegalArgumentException("not a VPC plan step"))
                .plan();
    }


    /**
     * The part of the VPC worth drawing: the smallest block holding every subnet inside the VPC
     * (the whole VPC when it has none), so /24s in a /16 are not slivers.
     */
    public static Cidr drawnRange(VpcPlan plan) {
        List<Cidr> inside = plan.subnets().stream().map(Subnet::ipv4).filter(plan.ipv4()::contains).toList();
        return inside.isEmpty() ? plan.ipv4() : Cidr.supernet(inside);
    }

    /** Where a block sits in {@code range}, as fractions {from, to} (outside 0..1 when it lies outside), for drawing. */
    public static double[] position(Cidr range, Cidr block) {
        BigDecimal size = new BigDecimal(range.size());
        BigInteger start = block.network().value().subtract(range.network().value());
        BigInteger end = start.add(block.size());
        return new double[] {new BigDecimal(start).divide(size, MathContext.DECIMAL64).doubleValue(),
                new BigDecimal(end).divide(size, MathContext.DECIMAL64).doubleValue()};
    }
}
