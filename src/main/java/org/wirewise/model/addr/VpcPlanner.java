package org.wirewise.model.addr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.wirewise.model.addr.VpcPlan.Subnet;
import org.wirewise.model.addr.VpcPlan.Tier;
import org.wirewise.model.text.Texts;

/**
 * Builds and edits VPC plans. Allocation keeps room to grow: each tier gets an aligned region
 * with a slot per zone plus spare slots (three zones of /24s take a /22 per tier), so a zone added
 * later lands next to its siblings and one summary route covers a tier. Edits never fail on a
 * conflict they can be shown with: overlaps and out-of-VPC blocks are reported by
 * {@link #problems(VpcPlan)}, in words.
 */
public final class VpcPlanner {

    /** AWS allows IPv4 VPC and subnet blocks from /16 to /28. */
    public static final int LONGEST_PREFIX = 28;
    public static final int SHORTEST_PREFIX = 16;
    /** AWS gives a VPC an IPv6 /56 and each subnet a /64. */
    public static final int VPC_IPV6_PREFIX = 56;
    public static final int SUBNET_IPV6_PREFIX = 64;
    /** The documentation prefix (RFC 3849) stands in for the /56 a cloud would assign. */
    public static final Cidr EXAMPLE_IPV6 = Cidr.parse("2001:db8:1234:ab00::/56");
    public static final int MAX_ZONES = 26;

    private VpcPlanner() {
    }

    /** A plan with a subnet of {@code prefix} for every zone and tier, allocated with room to grow. */
    public static VpcPlan create(Cidr vpc, int zoneCount, List<Tier> tiers, int prefix, boolean dualStack) {
        checkVpc(vpc);
        if (zoneCount < 1 || zoneCount > MAX_ZONES) {
            throw AddressFormatException.planner("error.zones", Integer.toString(MAX_ZONES), Integer.toString(zoneCount));
        }
        if (tiers.isEmpty()) {
            throw AddressFormatException.planner("error.noTier");
        }
        Set<String> names = new TreeSet<>();
        for (Tier t : tiers) {
            checkName(t.name());
            if (!names.add(t.name())) {
                throw AddressFormatException.planner("error.twice", t.name());
            }
        }
        checkPrefix(vpc, prefix);
        List<String> zones = new ArrayList<>();
        for (int i = 0; i < zoneCount; i++) {
            zones.add(zoneName(i));
        }
        VpcPlan plan = new VpcPlan(vpc, dualStack ? EXAMPLE_IPV6 : null, zones, tiers, List.of());
        BigInteger needed = BigInteger.valueOf((long) zoneCount * tiers.size());
        if (needed.compareTo(vpc.subnetCount(prefix)) > 0) {
            throw AddressFormatException.planner("error.tooMany", Integer.toString(zoneCount), Integer.toString(tiers.size()),
                    needed.toString(), Integer.toString(prefix), vpc.toString(), vpc.subnetCount(prefix).toString());
        }
        for (Tier tier : tiers) {
            for (String zone : zones) {
                plan = withSubnet(plan, allocate(plan, zone, tier.name(), prefix));
            }
        }
        return plan;
    }

    static void checkVpc(Cidr vpc) {
        if (vpc.family() != Family.IPV4) {
            throw AddressFormatException.planner("error.vpcFamily", vpc.toString());
        }
        if (vpc.prefix() < SHORTEST_PREFIX || vpc.prefix() > LONGEST_PREFIX) {
            throw AddressFormatException.planner("error.vpcPrefix", Integer.toString(SHORTEST_PREFIX), Integer.toString(LONGEST_PREFIX),
                    vpc.toString(), Integer.toString(vpc.prefix()));
        }
    }

    static void checkPrefix(Cidr vpc, int prefix) {
        if (prefix < vpc.prefix() || prefix > LONGEST_PREFIX) {
            throw AddressFormatException.planner("error.prefix", Integer.toString(prefix), vpc.toString(), Integer.toString(vpc.prefix()),
                    Integer.toString(LONGEST_PREFIX));
        }
    }

    private static void checkName(String name) {
        if (name.isEmpty() || !name.matches("[a-z0-9][a-z0-9-]{0,23}")) {
            throw AddressFormatException.planner("error.name", TextChecks.quote(name));
        }
    }

    /** "a", "b", … as AWS suffixes its zones (us-east-1a). */
    public static String zoneName(int index) {
        return String.valueOf((char) ('a' + index));
    }

    // ---- edits ----

    public static VpcPlan addZone(VpcPlan plan) {
        if (plan.zones().size() >= MAX_ZONES) {
            throw AddressFormatException.planner("error.maxZones", Integer.toString(MAX_ZONES));
        }
        String zone = null;
        for (int i = 0; zone == null; i++) {
            if (!plan.zones().contains(zoneName(i))) {
                zone = zoneName(i);
            }
        }
        List<String> zones = new ArrayList<>(plan.zones());
        zones.add(zone);
        VpcPlan next = new VpcPlan(plan.ipv4(), plan.ipv6(), zones, plan.tiers(), plan.subnets());
        for (Tier tier : plan.tiers()) {
            next = withSubnet(next, allocate(next, zone, tier.name(), typicalPrefix(plan, tier.name())));
        }
        return next;
    }

    public static VpcPlan removeZone(VpcPlan plan, String zone) {
        if (!plan.zones().contains(zone)) {
            throw AddressFormatException.planner("error.noZone", zone);
        }
        if (plan.zones().size() == 1) {
            throw AddressFormatException.planner("error.lastZone");
        }
        List<String> zones = new ArrayList<>(plan.zones());
        zones.remove(zone);
        return new VpcPlan(plan.ipv4(), plan.ipv6(), zones, plan.tiers(),
                plan.subnets().stream().filter(s -> !s.zone().equals(zone)).toList());
    }

    public static VpcPlan addTier(VpcPlan plan, String name, TierKind kind, int prefix) {
        checkName(name);
        if (plan.tier(name).isPresent()) {
            throw AddressFormatException.planner("error.tierExists", name);
        }
        checkPrefix(plan.ipv4(), prefix);
        List<Tier> tiers = new ArrayList<>(plan.tiers());
        tiers.add(new Tier(name, kind));
        VpcPlan next = new VpcPlan(plan.ipv4(), plan.ipv6(), plan.zones(), tiers, plan.subnets());
        for (String zone : plan.zones()) {
            Subnet s = allocate(next, zone, name, prefix);
            next = withSubnet(next, s);
        }
        return next;
    }

    public static VpcPlan removeTier(VpcPlan plan, String name) {
        if (plan.tier(name).isEmpty()) {
            throw AddressFormatException.planner("error.noSuchTier", name);
        }
        if (plan.tiers().size() == 1) {
            throw AddressFormatException.planner("error.lastTier");
        }
        return new VpcPlan(plan.ipv4(), plan.ipv6(), plan.zones(),
                plan.tiers().stream().filter(t -> !t.name().equals(name)).toList(),
                plan.subnets().stream().filter(s -> !s.tier().equals(name)).toList());
    }

    public static VpcPlan setTierKind(VpcPlan plan, String name, TierKind kind) {
        if (plan.tier(name).isEmpty()) {
            throw AddressFormatException.planner("error.noSuchTier", name);
        }
        return new VpcPlan(plan.ipv4(), plan.ipv6(), plan.zones(),
                plan.tiers().stream().map(t -> t.name().equals(name) ? new Tier(name, kind) : t).toList(),
                plan.subnets());
    }

    /**
     * Gives a subnet a new prefix length. It keeps its start when the resized block is aligned
     * there and free; otherwise it moves to the first free block of that size.
     */
    public static VpcPlan resize(VpcPlan plan, String zone, String tier, int prefix) {
        Subnet old = require(plan, zone, tier);
        checkPrefix(plan.ipv4(), prefix);
        VpcPlan without = without(plan, old);
        Cidr inPlace = Cidr.containing(old.ipv4().network(), prefix);
        Cidr block = inPlace.network().equals(old.ipv4().network()) && plan.ipv4().contains(inPlace)
                && free(without, inPlace) ? inPlace : firstFree(without, prefix, null);
        if (block == null) {
            throw AddressFormatException.planner("error.full", Integer.toString(prefix), plan.ipv4().toString(), old.name());
        }
        return replace(plan, old, new Subnet(zone, tier, block, old.ipv6()));
    }

    /** Sets a subnet's block as typed; overlaps and blocks outside the VPC are allowed and then flagged. */
    public static VpcPlan setBlock(VpcPlan plan, String zone, String tier, Cidr block) {
        Subnet old = require(plan, zone, tier);
        if (block.family() != Family.IPV4) {
            throw AddressFormatException.planner("error.subnetFamily");
        }
        if (block.prefix() > LONGEST_PREFIX) {
            throw AddressFormatException.planner("error.tooSmall", block.toString(), Integer.toString(SHORTEST_PREFIX),
                    Integer.toString(LONGEST_PREFIX));
        }
        return replace(plan, old, new Subnet(zone, tier, block, old.ipv6()));
    }

    /** Adds or drops the IPv6 /56 and a /64 per subnet. */
    public static VpcPlan setDualStack(VpcPlan plan, boolean on) {
        if (on == plan.dualStack()) {
            return plan;
        }
        VpcPlan next = new VpcPlan(plan.ipv4(), on ? EXAMPLE_IPV6 : null, plan.zones(), plan.tiers(),
                plan.subnets().stream().map(s -> new Subnet(s.zone(), s.tier(), s.ipv4(), null)).toList());
        if (on) {
            List<Subnet> withV6 = new ArrayList<>();
            for (Subnet s : next.subnets()) {
                VpcPlan partial = new VpcPlan(next.ipv4(), next.ipv6(), next.zones(), next.tiers(), withV6);
                withV6.add(new Subnet(s.zone(), s.tier(), s.ipv4(), firstFreeIpv6(partial)));
            }
            next = new VpcPlan(next.ipv4(), next.ipv6(), next.zones(), next.tiers(), withV6);
        }
        return next;
    }

    // ---- allocation ----

    private static Subnet require(VpcPlan plan, String zone, String tier) {
        return plan.subnet(zone, tier).orElseThrow(() -> AddressFormatException.planner("error.noSubnet", tier + "-" + zone));
    }

    private static int typicalPrefix(VpcPlan plan, String tier) {
        return plan.subnets().stream().filter(s -> s.tier().equals(tier)).mapToInt(s -> s.ipv4().prefix()).max()
                .orElse(Math.min(LONGEST_PREFIX, Math.max(plan.ipv4().prefix(), 24)));
    }

    /** Slots per tier region: the zones plus at least one spare, rounded up to a power of two. */
    static int slotsPerTier(int zones) {
        return Integer.highestOneBit(zones) << 1;
    }

    private static Subnet allocate(VpcPlan plan, String zone, String tier, int prefix) {
        Cidr block = preferred(plan, tier, prefix);
        if (block == null || !free(plan, block)) {
            block = firstFree(plan, prefix, null);
        }
        if (block == null) {
            throw AddressFormatException.planner("error.full", Integer.toString(prefix), plan.ipv4().toString(), tier + "-" + zone);
        }
        return new Subnet(zone, tier, block, plan.dualStack() ? firstFreeIpv6(plan) : null);
    }

    /**
     * Where a tier's next subnet belongs. A new tier starts a fresh aligned region with a slot for
     * each zone plus spares; an existing tier fills the free slots of the region its subnets span,
     * widening it while the wider block holds no other tier's subnet. Null when the tier cannot grow
     * in place (the caller then takes the first free block anywhere).
     */
    private static Cidr preferred(VpcPlan plan, String tier, int prefix) {
        Cidr vpc = plan.ipv4();
        List<Cidr> mine = plan.subnets().stream().filter(s -> s.tier().equals(tier)).map(Subnet::ipv4)
                .filter(vpc::contains).toList();
        if (mine.isEmpty()) {
            int slotBits = Integer.numberOfTrailingZeros(slotsPerTier(plan.zones().size()));
            Cidr region = firstFree(plan, Math.max(vpc.prefix(), prefix - slotBits), null);
            return region == null ? null : region.subnet(prefix, BigInteger.ZERO);
        }
        Cidr region = Cidr.supernet(mine);
        if (region.prefix() > prefix) {
            region = Cidr.containing(region.network(), prefix);
        }
        while (true) {
            BigInteger count = region.subnetCount(prefix);
            for (BigInteger i = BigInteger.ZERO; i.compareTo(count) < 0; i = i.add(BigInteger.ONE)) {
                Cidr c = region.subnet(prefix, i);
                if (free(plan, c)) {
                    return c;
                }
            }
            if (region.prefix() <= vpc.prefix()) {
                return null;
            }
            Cidr wider = region.parent();
            if (plan.subnets().stream().anyMatch(s -> !s.tier().equals(tier) && wider.overlaps(s.ipv4()))) {
                return null;
            }
            region = wider;
        }
    }

    private static boolean free(VpcPlan plan, Cidr block) {
        return plan.subnets().stream().noneMatch(s -> s.ipv4().overlaps(block));
    }

    private static Cidr firstFree(VpcPlan plan, int prefix, Cidr notThis) {
        BigInteger count = plan.ipv4().subnetCount(prefix);
        for (BigInteger i = BigInteger.ZERO; i.compareTo(count) < 0; i = i.add(BigInteger.ONE)) {
            Cidr c = plan.ipv4().subnet(prefix, i);
            if (!c.equals(notThis) && free(plan, c)) {
                return c;
            }
        }
        return null;
    }

    private static Cidr firstFreeIpv6(VpcPlan plan) {
        for (int i = 0; i < 256; i++) {
            Cidr c = plan.ipv6().subnet(SUBNET_IPV6_PREFIX, BigInteger.valueOf(i));
            if (plan.subnets().stream().noneMatch(s -> c.equals(s.ipv6()))) {
                return c;
            }
        }
        throw AddressFormatException.planner("error.ipv6Full", plan.ipv6().toString());
    }

    /** Adds a subnet where a reader expects it: tiers in order, zones in order within a tier. */
    private static VpcPlan withSubnet(VpcPlan plan, Subnet subnet) {
        List<Subnet> subnets = new ArrayList<>(plan.subnets());
        subnets.add(subnet);
        subnets.sort(java.util.Comparator.comparingInt((Subnet s) -> indexOfTier(plan, s.tier()))
                .thenComparingInt(s -> plan.zones().indexOf(s.zone())));
        return new VpcPlan(plan.ipv4(), plan.ipv6(), plan.zones(), plan.tiers(), subnets);
    }

    private static int indexOfTier(VpcPlan plan, String tier) {
        for (int i = 0; i < plan.tiers().size(); i++) {
            if (plan.tiers().get(i).name().equals(tier)) {
                return i;
            }
        }
        return plan.tiers().size();
    }

    private static VpcPlan without(VpcPlan plan, Subnet subnet) {
        return new VpcPlan(plan.ipv4(), plan.ipv6(), plan.zones(), plan.tiers(),
                plan.subnets().stream().filter(s -> !s.equals(subnet)).toList());
    }

    private static VpcPlan replace(VpcPlan plan, Subnet old, Subnet now) {
        return new VpcPlan(plan.ipv4(), plan.ipv6(), plan.zones(), plan.tiers(),
                plan.subnets().stream().map(s -> s.equals(old) ? now : s).toList());
    }

    // ---- checks and facts ----

    /** What is wrong with a plan, one sentence each, in English; empty when it can be deployed. */
    public static List<String> problems(VpcPlan plan) {
        return problems(plan, Locale.ENGLISH);
    }

    /** What is wrong with a plan, one sentence each in {@code language}; empty when it can be deployed. */
    public static List<String> problems(VpcPlan plan, Locale language) {
        Texts texts = Texts.of(AddressFormatException.PLANNER, language);
        List<String> problems = new ArrayList<>();
        List<Subnet> subnets = plan.subnets();
        for (int i = 0; i < subnets.size(); i++) {
            Subnet s = subnets.get(i);
            if (!plan.ipv4().contains(s.ipv4())) {
                problems.add(texts.get("problem.outside", s.name(), s.ipv4(), plan.ipv4()));
            }
            for (int j = 0; j < i; j++) {
                Subnet o = subnets.get(j);
                if (s.ipv4().overlaps(o.ipv4())) {
                    problems.add(texts.get("problem.overlap", s.name(), s.ipv4(), o.name(), o.ipv4()));
                }
            }
            if (plan.dualStack() && s.ipv6() != null && !plan.ipv6().contains(s.ipv6())) {
                problems.add(texts.get("problem.outside6", s.name(), s.ipv6(), plan.ipv6()));
            }
        }
        boolean hasPublic = plan.tiers().stream().anyMatch(t -> t.kind() == TierKind.PUBLIC);
        boolean hasPrivate = plan.tiers().stream().anyMatch(t -> t.kind() == TierKind.PRIVATE);
        if (hasPrivate && !hasPublic) {
            problems.add(texts.get("problem.noPublic"));
        }
        return problems;
    }

    /**
     * A note when the VPC's IPv4 block is not private space (RFC 1918, or RFC 6598's shared space,
     * which AWS also accepts): its hosts could not reach the real owners of those addresses on the
     * internet. Empty for private blocks. In English, as the command line prints it.
     */
    public static java.util.Optional<String> addressSpaceNote(Cidr vpc) {
        return addressSpaceNote(vpc, Locale.ENGLISH);
    }

    static java.util.Optional<String> addressSpaceNote(Cidr vpc, Locale language) {
        boolean privateSpace = SpecialPurpose.classify(vpc).stream()
                .anyMatch(e -> e.rfc().startsWith("RFC 1918") || e.rfc().startsWith("RFC 6598"));
        if (vpc.family() != Family.IPV4 || privateSpace) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Texts.of(AddressFormatException.PLANNER, language).get("note.notPrivate", vpc,
                new AddrUnits(language).describe(vpc)));
    }

    /** AWS reserves five addresses in every subnet. */
    public static final int AWS_RESERVED = 5;

    /** The reserved addresses of a subnet, each with why, as the AWS VPC user guide lists them. */
    public static List<String[]> reserved(Cidr subnet) {
        return List.of(
                new String[] {subnet.network().toString(), "network address"},
                new String[] {subnet.network().plus(1).toString(), "VPC router"},
                new String[] {subnet.network().plus(2).toString(), "DNS server (the VPC base + 2)"},
                new String[] {subnet.network().plus(3).toString(), "reserved for future use"},
                new String[] {subnet.last().toString(), "broadcast address (a VPC has no broadcast; reserved anyway)"});
    }

    public static BigInteger awsUsable(Cidr subnet) {
        return subnet.size().subtract(BigInteger.valueOf(AWS_RESERVED));
    }

    /** Where a route sends packets. */
    public enum Hop { LOCAL, INTERNET_GATEWAY, NAT_GATEWAY, EGRESS_ONLY_GATEWAY }

    /**
     * One route: destination and where it leads; {@code natIn} names the public subnet holding the
     * NAT gateway (null for other hops, and when the plan has no public subnet).
     */
    public record Route(String destination, Hop hop, String natIn) {

        public Route(String destination, Hop hop) {
            this(destination, hop, null);
        }

        /** The target as the plan file, the CSV and the command line write it ("NAT gateway in public-a"). */
        public String target() {
            return target(Locale.ENGLISH);
        }

        /** The target in {@code language}. */
        public String target(Locale language) {
            Texts texts = Texts.of(AddressFormatException.PLANNER, language);
            return switch (hop) {
                case LOCAL -> texts.get("hop.local");
                case INTERNET_GATEWAY -> texts.get("hop.internet");
                case NAT_GATEWAY -> texts.get("hop.nat", natIn == null ? texts.get("hop.noPublic") : natIn);
                case EGRESS_ONLY_GATEWAY -> texts.get("hop.egress");
            };
        }
    }

    /** The route table a tier's subnets use in {@code zone}. */
    public static List<Route> routes(VpcPlan plan, Tier tier, String zone) {
        List<Route> routes = new ArrayList<>();
        routes.add(new Route(plan.ipv4().toString(), Hop.LOCAL));
        if (plan.dualStack()) {
            routes.add(new Route(plan.ipv6().toString(), Hop.LOCAL));
        }
        switch (tier.kind()) {
            case PUBLIC -> {
                routes.add(new Route("0.0.0.0/0", Hop.INTERNET_GATEWAY));
                if (plan.dualStack()) {
                    routes.add(new Route("::/0", Hop.INTERNET_GATEWAY));
                }
            }
            case PRIVATE -> {
                String natIn = plan.tiers().stream().filter(t -> t.kind() == TierKind.PUBLIC).findFirst()
                        .map(t -> t.name() + "-" + zone).orElse(null);
                routes.add(new Route("0.0.0.0/0", Hop.NAT_GATEWAY, natIn));
                if (plan.dualStack()) {
                    routes.add(new Route("::/0", Hop.EGRESS_ONLY_GATEWAY));
                }
            }
            case ISOLATED -> {
                // local routes only
            }
        }
        return routes;
    }

    /** The parts of the VPC no subnet uses, as the fewest CIDR blocks. */
    public static List<Cidr> freeBlocks(VpcPlan plan) {
        List<Cidr> free = new ArrayList<>();
        collectFree(plan, plan.ipv4(), free);
        return Cidr.aggregate(free);
    }

    private static void collectFree(VpcPlan plan, Cidr block, List<Cidr> out) {
        boolean touched = false;
        for (Subnet s : plan.subnets()) {
            if (s.ipv4().contains(block)) {
                return;
            }
            touched |= block.contains(s.ipv4());
        }
        if (!touched) {
            out.add(block);
            return;
        }
        collectFree(plan, block.subnet(block.prefix() + 1, BigInteger.ZERO), out);
        collectFree(plan, block.subnet(block.prefix() + 1, BigInteger.ONE), out);
    }
}
