package org.wirewise.model.addr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.model.addr.VpcPlan.Subnet;
import org.wirewise.testing.RandomCases;

/** Allocation, edits and checks of VPC plans. */
class VpcPlannerTest {

    private static VpcPlan classic() {
        return VpcPlanner.create(Cidr.parse("10.0.0.0/16"), 3, VpcExplainer.parseTiers("public,private,database"), 24,
                true);
    }

    private static List<String> ipv4(VpcPlan plan) {
        return plan.subnets().stream().map(s -> s.name() + " " + s.ipv4()).toList();
    }

    @Test
    void theClassicPlanGivesEachTierARegionWithRoomForAFourthZone() {
        VpcPlan plan = classic();
        assertThat(ipv4(plan)).containsExactly("public-a 10.0.0.0/24", "public-b 10.0.1.0/24", "public-c 10.0.2.0/24",
                "private-a 10.0.4.0/24", "private-b 10.0.5.0/24", "private-c 10.0.6.0/24",
                "database-a 10.0.8.0/24", "database-b 10.0.9.0/24", "database-c 10.0.10.0/24");
        assertThat(plan.subnets()).extracting(s -> s.ipv6().prefix()).containsOnly(64);
        assertThat(plan.subnets()).allMatch(s -> plan.ipv6().contains(s.ipv6()));
        assertThat(VpcPlanner.problems(plan)).isEmpty();
        assertThat(plan.tiers()).extracting(VpcPlan.Tier::kind)
                .containsExactly(TierKind.PUBLIC, TierKind.PRIVATE, TierKind.ISOLATED);
    }

    @Test
    void aFourthZoneLandsInEachTiersSpareSlot() {
        VpcPlan plan = VpcPlanner.addZone(classic());
        assertThat(plan.zones()).containsExactly("a", "b", "c", "d");
        assertThat(ipv4(plan)).contains("public-d 10.0.3.0/24", "private-d 10.0.7.0/24", "database-d 10.0.11.0/24");
        // Listed as a reader expects: tier by tier, zones in order.
        assertThat(plan.subnets()).extracting(Subnet::name).startsWith("public-a", "public-b", "public-c", "public-d",
                "private-a");
        assertThat(VpcPlanner.problems(plan)).isEmpty();
        // A fifth zone no longer fits the /22 regions; it still gets free, non-overlapping blocks.
        VpcPlan five = VpcPlanner.addZone(plan);
        assertThat(VpcPlanner.problems(five)).isEmpty();
        assertThat(five.subnets()).hasSize(15);
    }

    @Test
    void tiersAndZonesCanBeRemovedAndAdded() {
        VpcPlan plan = VpcPlanner.removeZone(classic(), "b");
        assertThat(plan.zones()).containsExactly("a", "c");
        assertThat(plan.subnets()).noneMatch(s -> s.zone().equals("b"));
        plan = VpcPlanner.addTier(plan, "cache", TierKind.PRIVATE, 26);
        assertThat(plan.subnet("a", "cache").orElseThrow().ipv4().prefix()).isEqualTo(26);
        assertThat(VpcPlanner.problems(plan)).isEmpty();
        plan = VpcPlanner.removeTier(plan, "database");
        assertThat(plan.tiers()).extracting(VpcPlan.Tier::name).containsExactly("public", "private", "cache");
        assertThatThrownBy(() -> VpcPlanner.addTier(classic(), "public", TierKind.PUBLIC, 24))
                .hasMessage("there is already a tier named public");
        assertThatThrownBy(() -> VpcPlanner.removeZone(VpcPlanner.create(Cidr.parse("10.0.0.0/16"), 1,
                VpcExplainer.parseTiers("public"), 24, false), "a")).hasMessage("a VPC plan needs at least one zone");
    }

    @Test
    void resizingKeepsTheStartWhenItCanAndMovesWhenItCannot() {
        VpcPlan plan = VpcPlanner.resize(classic(), "a", "public", 25);
        assertThat(plan.subnet("a", "public").orElseThrow().ipv4()).isEqualTo(Cidr.parse("10.0.0.0/25"));
        // 10.0.0.0/23 would swallow public-b: the subnet moves to the first free /23.
        VpcPlan grown = VpcPlanner.resize(classic(), "a", "public", 23);
        assertThat(grown.subnet("a", "public").orElseThrow().ipv4()).isEqualTo(Cidr.parse("10.0.12.0/23"));
        assertThat(VpcPlanner.problems(grown)).isEmpty();
        assertThatThrownBy(() -> VpcPlanner.resize(classic(), "a", "public", 29))
                .hasMessageContaining("can be /16 to /28 (AWS)");
    }

    @Test
    void overlapsAndBlocksOutsideTheVpcAreFlaggedInWords() {
        VpcPlan plan = VpcPlanner.setBlock(classic(), "b", "private", Cidr.parse("10.0.4.0/23"));
        assertThat(VpcPlanner.problems(plan)).containsExactly(
                "private-b: 10.0.4.0/23 overlaps private-a 10.0.4.0/24; subnets of one VPC must not share addresses");
        plan = VpcPlanner.setBlock(classic(), "c", "database", Cidr.parse("10.1.0.0/24"));
        assertThat(VpcPlanner.problems(plan)).containsExactly("database-c: 10.1.0.0/24 is outside the VPC 10.0.0.0/16");
        VpcPlan noPublic = VpcPlanner.removeTier(classic(), "public");
        assertThat(VpcPlanner.problems(noPublic)).singleElement().asString().contains("NAT gateway");
    }

    @Test
    void awsReservesFiveAddressesAndRoutesFollowTheTier() {
        Cidr subnet = Cidr.parse("10.0.0.0/24");
        assertThat(VpcPlanner.reserved(subnet)).extracting(r -> r[0])
                .containsExactly("10.0.0.0", "10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.255");
        assertThat(VpcPlanner.awsUsable(subnet)).isEqualTo(BigInteger.valueOf(251));
        VpcPlan plan = classic();
        assertThat(VpcPlanner.routes(plan, plan.tier("public").orElseThrow(), "a"))
                .contains(new VpcPlanner.Route("0.0.0.0/0", VpcPlanner.Hop.INTERNET_GATEWAY),
                        new VpcPlanner.Route("::/0", VpcPlanner.Hop.INTERNET_GATEWAY));
        assertThat(VpcPlanner.routes(plan, plan.tier("private").orElseThrow(), "b"))
                .contains(new VpcPlanner.Route("0.0.0.0/0", VpcPlanner.Hop.NAT_GATEWAY, "public-b"),
                        new VpcPlanner.Route("::/0", VpcPlanner.Hop.EGRESS_ONLY_GATEWAY));
        // The plan file and the CSV write the targets in English; the lesson says them in the window's language.
        assertThat(VpcPlanner.routes(plan, plan.tier("private").orElseThrow(), "b"))
                .extracting(VpcPlanner.Route::target).contains("NAT gateway in public-b", "egress-only internet gateway");
        assertThat(VpcPlanner.routes(plan, plan.tier("private").orElseThrow(), "b"))
                .extracting(r -> r.target(java.util.Locale.forLanguageTag("es")))
                .contains("puerta de enlace NAT en public-b", "puerta de enlace de solo salida");
        assertThat(VpcPlanner.routes(plan, plan.tier("database").orElseThrow(), "a"))
                .extracting(VpcPlanner.Route::target).containsOnly("local");
    }

    @Test
    void dualStackCanBeTurnedOffAndOn() {
        VpcPlan off = VpcPlanner.setDualStack(classic(), false);
        assertThat(off.ipv6()).isNull();
        assertThat(off.subnets()).allMatch(s -> s.ipv6() == null);
        VpcPlan on = VpcPlanner.setDualStack(off, true);
        assertThat(on).isEqualTo(classic());
    }

    @Test
    void tooManySubnetsForTheVpcIsRefused() {
        assertThatThrownBy(() -> VpcPlanner.create(Cidr.parse("10.0.0.0/24"), 3,
                VpcExplainer.parseTiers("public,private,database"), 26, false))
                .hasMessage("3 zones × 3 tiers need 9 subnets of /26, but 10.0.0.0/24 holds only 4");
        assertThatThrownBy(() -> VpcExplainer.parseTiers("web:public,db:secret"))
                .hasMessageContaining("\"secret\" is not one of public, private, isolated");
    }

    static java.util.stream.LongStream seeds() {
        return RandomCases.seeds(60);
    }

    /** Random edit sequences never produce an overlap unless a block was typed in by hand. */
    @ParameterizedTest
    @MethodSource("seeds")
    void randomEditsKeepSubnetsDisjointAndInsideTheVpc(long seed) {
        RandomCases r = new RandomCases(seed);
        VpcPlan plan = VpcPlanner.create(Cidr.parse("10.0.0.0/" + r.intBetween(16, 18)), r.intBetween(1, 4),
                VpcExplainer.parseTiers("public,private,database"), r.intBetween(22, 26), r.bool());
        for (int i = 0; i < 12; i++) {
            VpcPlan before = plan;
            try {
                Subnet s = r.pick(plan.subnets());
                plan = switch (r.intBetween(0, 5)) {
                    case 0 -> VpcPlanner.addZone(plan);
                    case 1 -> VpcPlanner.removeZone(plan, r.pick(plan.zones()));
                    case 2 -> VpcPlanner.addTier(plan, "t" + i, r.pick(List.of(TierKind.values())), r.intBetween(24, 28));
                    case 3 -> VpcPlanner.removeTier(plan, r.pick(plan.tiers()).name());
                    case 4 -> VpcPlanner.resize(plan, s.zone(), s.tier(), r.intBetween(20, 28));
                    default -> VpcPlanner.setDualStack(plan, !plan.dualStack());
                };
            } catch (AddressFormatException refused) {
                assertThat(plan).as("seed %d: a refused edit changes nothing", seed).isEqualTo(before);
            }
            VpcPlan p = plan;
            assertThat(VpcPlanner.problems(p).stream().filter(m -> !m.contains("NAT gateway")))
                    .as("seed %d after edit %d", seed, i).isEmpty();
            assertThat(p.subnets()).hasSize(p.zones().size() * p.tiers().size());
        }
    }
}
