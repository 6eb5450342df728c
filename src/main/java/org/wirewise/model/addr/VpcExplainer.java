package org.wirewise.model.addr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
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
    static final List<String> SUBNET_COLUMNS = List.of("Subnet", "Zone", "Tier", "Kind", "IPv4", "IPv6", "Addresses",
            "Usable (AWS)");

    private final VpcPlan plan;
    private final TraceBuilder trace;
    private final List<Table> extra = new ArrayList<>();

    private VpcExplainer(VpcScenario scenario) {
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
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        this.trace = new TraceBuilder(LESSON_ID, List.of(Narration.lane(LANE, "VPC", vpc.toString())));
    }

    public static Trace explain(VpcScenario scenario) {
        return new VpcExplainer(scenario).run();
    }

    /** "public,private,database" or "web:public,app:private,db:isolated". */
    public static List<Tier> parseTiers(String text) {
        List<Tier> tiers = new ArrayList<>();
        if (text == null || text.isBlank()) {
            throw new AddressFormatException("tiers: name at least one tier, as in public,private,database");
        }
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                throw new AddressFormatException("tiers: " + TextChecks.quote(text) + " has an empty name between commas");
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
        step(empty, "The VPC: " + vpc,
                "A VPC is one private address space: " + vpc + " holds " + Narration.grouped(vpc.size())
                        + " addresses (" + SpecialPurpose.describe(vpc) + "). AWS allows /16 to /28; pick private "
                        + "space that does not collide with the offices and other VPCs you may one day connect, "
                        + "because peered networks must not overlap."
                        + VpcPlanner.addressSpaceNote(vpc).map(note -> " Note: " + note).orElse(""),
                List.of("RFC 1918 §3", "AWS VPC User Guide: VPC CIDR blocks"), null);

        int slots = VpcPlanner.slotsPerTier(plan.zones().size());
        List<Subnet> placed = new ArrayList<>();
        for (Tier tier : plan.tiers()) {
            List<Subnet> ofTier = plan.subnets().stream().filter(s -> s.tier().equals(tier.name())).toList();
            placed.addAll(ofTier);
            VpcPlan partial = new VpcPlan(vpc, null, plan.zones(), plan.tiers(), placed.stream()
                    .map(s -> new Subnet(s.zone(), s.tier(), s.ipv4(), null)).toList());
            List<Cidr> blocks = ofTier.stream().map(Subnet::ipv4).toList();
            Cidr region = Cidr.supernet(blocks);
            step(partial, capital(tier.name()) + " tier: " + join(blocks),
                    "One " + tier.name() + " subnet per zone (" + String.join(", ", plan.zones()) + "), each a /"
                            + blocks.get(0).prefix() + " of " + Narration.grouped(blocks.get(0).size())
                            + " addresses. The tier's subnets sit together in " + region + (slots > plan.zones().size()
                            ? ", which has room for " + slots + " zones before the tier must grow elsewhere" : "")
                            + ": one route or security rule can then cover the whole tier. It is "
                            + kindPhrase(tier.kind()) + ".",
                    List.of("RFC 4632 §3.1", "AWS VPC User Guide: subnet CIDR blocks"), tier.name());
        }
        VpcPlan v4Only = new VpcPlan(vpc, null, plan.zones(), plan.tiers(), placed.stream()
                .map(s -> new Subnet(s.zone(), s.tier(), s.ipv4(), null)).toList());

        Subnet first = plan.subnets().get(0);
        List<Table.Row> reserved = new ArrayList<>();
        for (String[] r : VpcPlanner.reserved(first.ipv4())) {
            reserved.add(new Table.Row(List.of(r[0], r[1]), true));
        }
        extra.add(new Table(RESERVED_TABLE, "Reserved in " + first.name() + " " + first.ipv4(), List.of("Address",
                "Reserved for"), reserved));
        step(v4Only, "AWS keeps 5 addresses of every subnet",
                "In " + first.name() + " (" + first.ipv4() + ") the first four addresses and the last are reserved: "
                        + "network, VPC router, DNS, future use, broadcast. So a /" + first.ipv4().prefix() + " gives "
                        + Narration.grouped(first.ipv4().size()) + " − 5 = " + VpcPlanner.awsUsable(first.ipv4())
                        + " addresses to instances, not " + Narration.grouped(first.ipv4().usableCount())
                        + " as plain IPv4 would.", List.of("AWS VPC User Guide: subnet CIDR blocks"), null);
        extra.clear();

        step(v4Only, "Route tables: what makes a subnet public",
                "Every route table starts with the local route for " + vpc + ". Public subnets add 0.0.0.0/0 → "
                        + "internet gateway; private subnets send 0.0.0.0/0 to a NAT gateway that sits in the same "
                        + "zone's public subnet (one per zone, so a zone failure does not cut the others off); "
                        + "database subnets get no default route at all.",
                List.of("AWS VPC User Guide: route tables", "RFC 1812 §5.2.4.3"), "routes");

        VpcPlan result = plan;
        if (plan.dualStack()) {
            step(plan, "Dual stack: an IPv6 /56 and a /64 per subnet",
                    "The VPC also gets an IPv6 " + plan.ipv6() + " (a documentation prefix here, RFC 3849; the cloud "
                            + "assigns a global one). Each subnet takes one of its 256 /64s: 64 bits of interface "
                            + "identifier, as SLAAC expects. IPv6 addresses are global, so a private tier leaves "
                            + "through an egress-only internet gateway: out, but nothing in.",
                    List.of("RFC 4291 §2.5.1", "RFC 3849", "AWS VPC User Guide: IPv6"), null);
        } else {
            result = v4Only;
        }

        List<Cidr> free = VpcPlanner.freeBlocks(result);
        BigInteger freeCount = free.stream().map(Cidr::size).reduce(BigInteger.ZERO, BigInteger::add);
        List<Table.Row> rows = new ArrayList<>();
        for (Cidr c : free) {
            rows.add(new Table.Row(List.of(c.toString(), Narration.grouped(c.size())), false));
        }
        extra.add(new Table(FREE_TABLE, "Free space", List.of("Block", "Addresses"), rows));
        step(result, "The plan, with room to grow",
                plan.subnets().size() + " subnets use " + Narration.grouped(vpc.size().subtract(freeCount)) + " of "
                        + Narration.grouped(vpc.size()) + " addresses; " + Narration.grouped(freeCount)
                        + " are free, in " + free.size() + (free.size() == 1 ? " block" : " blocks")
                        + ". Edit the plan in the Planner tab: add zones or tiers, resize a subnet, save it as JSON or export CSV.",
                List.of("RFC 4632 §3.2"), null);
        return trace.build();
    }

    private static String kindPhrase(TierKind kind) {
        return switch (kind) {
            case PUBLIC -> "public: its route table sends 0.0.0.0/0 to the internet gateway";
            case PRIVATE -> "private: it reaches out through a NAT gateway and cannot be reached from outside";
            case ISOLATED -> "isolated: only the VPC's local route, no way to or from the internet";
        };
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String join(List<Cidr> blocks) {
        return String.join(", ", blocks.stream().map(Cidr::toString).toList());
    }

    private void step(VpcPlan shown, String title, String narration, List<String> refs, String focus) {
        Narration.step(trace, title, narration, refs, node(shown), tables(shown, focus),
                List.of(new VpcPlanFact(shown, Optional.ofNullable(focus)
                        .filter(f -> shown.subnets().stream().anyMatch(sn -> sn.tier().equals(f))))));
    }

    private List<Table> tables(VpcPlan shown, String focus) {
        List<Table> tables = new ArrayList<>();
        tables.add(subnetTable(shown, focus));
        tables.add(new Table(TIERS_TABLE, "Tiers", List.of("Tier", "Kind", "Default route"), shown.tiers().stream()
                .map(t -> Table.Row.of(t.name(), t.kind().id(), t.kind().defaultTarget())).toList()));
        tables.add(routeTable(shown, "routes".equals(focus)));
        tables.addAll(extra);
        return tables;
    }

    /** The plan's subnets as a table; rows of {@code focusTier} are highlighted. */
    public static Table subnetTable(VpcPlan plan, String focusTier) {
        List<Table.Row> rows = new ArrayList<>();
        for (Subnet s : plan.subnets()) {
            TierKind kind = plan.tier(s.tier()).map(Tier::kind).orElse(TierKind.PRIVATE);
            rows.add(new Table.Row(List.of(s.name(), s.zone(), s.tier(), kind.id(), s.ipv4().toString(),
                    s.ipv6() == null ? "" : s.ipv6().toString(), Narration.grouped(s.ipv4().size()),
                    VpcPlanner.awsUsable(s.ipv4()).toString()), s.tier().equals(focusTier)));
        }
        return new Table(SUBNETS_TABLE, "Subnets", SUBNET_COLUMNS, rows);
    }

    /** Each tier's route table (for its first zone; other zones differ only in which NAT gateway). */
    public static Table routeTable(VpcPlan plan, boolean highlight) {
        List<Table.Row> rows = new ArrayList<>();
        for (Tier tier : plan.tiers()) {
            for (VpcPlanner.Route r : VpcPlanner.routes(plan, tier, plan.zones().get(0))) {
                rows.add(new Table.Row(List.of(tier.name(), r.destination(), r.target()),
                        highlight && !r.target().equals("local")));
            }
        }
        return new Table(ROUTES_TABLE, "Route tables (zone " + plan.zones().get(0) + ")",
                List.of("Tier", "Destination", "Target"), rows);
    }

    private static NodeState node(VpcPlan plan) {
        List<Variable> vars = new ArrayList<>();
        vars.add(Narration.var("IPv4", plan.ipv4()));
        if (plan.dualStack()) {
            vars.add(Narration.var("IPv6", plan.ipv6()));
        }
        vars.add(Narration.var("Zones", String.join(",", plan.zones())));
        vars.add(Narration.var("Subnets", plan.subnets().size()));
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
