package org.wirewise.model.addr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;

/** The three address lessons' steps, as a learner reads them. */
class ExplainersTest {

    private static List<String> titles(Trace t) {
        return t.steps().stream().map(Step::title).toList();
    }

    @Test
    void theAddressLessonWalksRfc5952StepByStep() {
        Trace t = AddressExplainer.explain(AddressScenario.DEFAULTS);
        assertThat(titles(t)).hasSize(8).first().isEqualTo("An IPv6 address is a 128-bit number");
        Step last5952 = t.step(5);
        Table forms = last5952.snapshot().table(AddressExplainer.TEXT_TABLE).orElseThrow();
        assertThat(forms.rows()).extracting(r -> r.cells().get(2)).containsExactly(
                "2001:0DB8:0000:0000:0000:FF00:0042:8329/64", "2001:0DB8:0000:0000:0000:FF00:0042:8329",
                "2001:DB8:0:0:0:FF00:42:8329", "2001:DB8::FF00:42:8329", "2001:db8::ff00:42:8329");
        assertThat(forms.rows().get(4).highlighted()).isTrue();
        assertThat(last5952.references()).containsExactly("RFC 5952 §4.3");
        assertThat(t.step(1).snapshot().node("address").orElseThrow().variable("Prefix")).isEqualTo("/64");
        assertThat(t.step(1).snapshot().fact(AddressFacts.class).orElseThrow().bits()).hasSize(128).startsWith("0010000000000001");
        assertThat(t.step(6).narration()).contains("2001:db8::/32", "RFC 3849");
    }

    @Test
    void anIpv4AddressHasNoRfc5952Steps() {
        Trace t = AddressExplainer.explain(new AddressScenario("192.0.2.1/24"));
        assertThat(titles(t)).containsExactly("An IPv4 address is a 32-bit number", "Network bits and host bits: /24",
                "Dotted decimal has one spelling", "What kind of address is it?",
                "On the wire: 4 bytes, no text at all");
        assertThat(t.packets()).singleElement().satisfies(p -> assertThat(p.label()).isEqualTo("UDP to 192.0.2.1:9"));
        // Destination address in bytes 16-19 of the IPv4 header, after the 14-byte Ethernet header.
        byte[] frame = t.packets().get(0).frame();
        assertThat(java.util.Arrays.copyOfRange(frame, 14 + 16, 14 + 20)).containsExactly(192, 0, 2, 1);
        assertThat(t.step(0).narration()).contains("3,221,225,985", "0xC0000201");
        assertThat(t.step(3).narration()).contains("Documentation (TEST-NET-1)");
    }

    @Test
    void badAddressesNameTheParameter() {
        assertThatThrownBy(() -> AddressExplainer.explain(new AddressScenario("::1::")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("address: \"::1::\" has \"::\" twice");
        assertThatThrownBy(() -> CidrExplainer.explain(new CidrScenario("10.0.0.0/24", 16, "10.0.0.0/8")))
                .hasMessage("splitPrefix: /16 cannot split 10.0.0.0/24; choose /24 to /32");
        assertThatThrownBy(() -> CidrExplainer.explain(new CidrScenario("10.0.0.0/24", 24, "")))
                .hasMessageStartingWith("other: empty address");
        assertThatThrownBy(() -> VpcExplainer.explain(new VpcScenario("10.0.0.1/16", 3, "public", 24, false)))
                .hasMessageStartingWith("cidr: \"10.0.0.1/16\" has host bits set");
    }

    @Test
    void theCidrLessonDerivesEachNumberInTurn() {
        Trace t = CidrExplainer.explain(CidrScenario.DEFAULTS);
        assertThat(titles(t)).containsExactly("The block 10.0.0.0/16", "Network address = address AND netmask",
                "Broadcast = network OR wildcard", "Usable hosts: 65,534", "Split into /24: 256 subnets",
                "Aggregate and compare with 10.0.8.0/21",
                "Special-purpose registries: Private-Use (10.0.0.0/8, RFC 1918 §3)");
        Table summary = t.step(3).snapshot().table(CidrExplainer.SUMMARY_TABLE).orElseThrow();
        assertThat(summary.rows()).extracting(r -> r.cells().get(0) + "=" + r.cells().get(1)).contains(
                "Netmask=255.255.0.0", "Network=10.0.0.0", "Wildcard mask=0.0.255.255", "Broadcast=10.0.255.255",
                "First usable=10.0.0.1", "Last usable=10.0.255.254", "Usable hosts=65,534");
        Table subnets = t.step(4).snapshot().table(CidrExplainer.SUBNETS_TABLE).orElseThrow();
        assertThat(subnets.rows()).hasSize(18);
        assertThat(subnets.rows().get(17).cells()).containsExactly("256", "10.0.255.0/24", "10.0.255.1 – 10.0.255.254",
                "254");
        // Subnets 9–16 (10.0.8.0/24 … 10.0.15.0/24) lie in the /21 compared with: highlighted on the
        // compare step, which is about them, not on the split step or after.
        assertThat(subnets.rows().stream().filter(Table.Row::highlighted)).isEmpty();
        Table compared = t.step(5).snapshot().table(CidrExplainer.SUBNETS_TABLE).orElseThrow();
        assertThat(compared.rows().stream().filter(Table.Row::highlighted)).extracting(r -> r.cells().get(1))
                .hasSize(8).first().isEqualTo("10.0.8.0/24");
        assertThat(t.step(6).snapshot().table(CidrExplainer.SUBNETS_TABLE).orElseThrow().rows().stream()
                .filter(Table.Row::highlighted)).isEmpty();
        assertThat(t.step(5).snapshot().table(CidrExplainer.COMPARE_TABLE).orElseThrow().rows().get(1).cells().get(1))
                .isEqualTo("10.0.8.0/21 lies inside 10.0.0.0/16");
        Table line = t.step(0).snapshot().table(CidrExplainer.LINE_TABLE).orElseThrow();
        assertThat(line.rows().get(1).cells()).containsExactly("10.0.8.0/21", "0.03125", "0.0625", "other");
    }

    @Test
    void pointToPointBlocksExplainRfc3021AndRfc6164() {
        Trace v4 = CidrExplainer.explain(new CidrScenario("198.51.100.0/31", 32, "198.51.100.0/24"));
        assertThat(v4.step(3).narration()).contains("RFC 3021");
        assertThat(v4.step(3).references()).containsExactly("RFC 3021 §2.1");
        Trace v6 = CidrExplainer.explain(new CidrScenario("2001:db8::/127", 128, "2001:db8::/32"));
        assertThat(v6.step(3).references()).containsExactly("RFC 6164 §5");
        assertThat(v6.step(2).title()).isEqualTo("Last address = network OR wildcard");
    }

    @Test
    void theVpcLessonBuildsThePlanTierByTier() {
        Trace t = VpcExplainer.explain(VpcScenario.DEFAULTS);
        assertThat(titles(t)).containsExactly("The VPC: 10.0.0.0/16",
                "Public tier: 10.0.0.0/24, 10.0.1.0/24, 10.0.2.0/24",
                "Private tier: 10.0.4.0/24, 10.0.5.0/24, 10.0.6.0/24",
                "Database tier: 10.0.8.0/24, 10.0.9.0/24, 10.0.10.0/24",
                "AWS keeps 5 addresses of every subnet", "Route tables: what makes a subnet public",
                "Dual stack: an IPv6 /56 and a /64 per subnet", "The plan, with room to grow");
        assertThat(VpcExplainer.planOf(t.step(t.stepCount() - 1).snapshot())).isEqualTo(VpcPlanner.create(
                Cidr.parse("10.0.0.0/16"), 3, VpcExplainer.parseTiers("public,private,database"), 24, true));
        assertThat(VpcExplainer.planOf(t.step(2).snapshot()).subnets()).hasSize(6);
        assertThat(t.step(4).snapshot().table(VpcExplainer.RESERVED_TABLE).orElseThrow().rows()).hasSize(5);
    }
}
