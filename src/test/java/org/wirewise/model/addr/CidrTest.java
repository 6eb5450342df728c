package org.wirewise.model.addr;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The calculator's numbers, including the point-to-point and single-host edge cases. */
class CidrTest {

    @Test
    void aSlash24HasNetworkBroadcastAndTwoHundredFiftyFourHosts() {
        Cidr c = CidrInput.parse("192.168.10.77/24").block();
        assertThat(c.toString()).isEqualTo("192.168.10.0/24");
        assertThat(c.netmask().toString()).isEqualTo("255.255.255.0");
        assertThat(c.wildcard().toString()).isEqualTo("0.0.0.255");
        assertThat(c.broadcast().toString()).isEqualTo("192.168.10.255");
        assertThat(c.firstUsable().toString()).isEqualTo("192.168.10.1");
        assertThat(c.lastUsable().toString()).isEqualTo("192.168.10.254");
        assertThat(c.size()).isEqualTo(BigInteger.valueOf(256));
        assertThat(c.usableCount()).isEqualTo(BigInteger.valueOf(254));
    }

    @Test
    void pointToPointAndSingleHostBlocks() {
        // RFC 3021 §2.1: both addresses of a /31 are hosts; there is no broadcast.
        Cidr p2p = Cidr.parse("198.51.100.0/31");
        assertThat(p2p.broadcast()).isNull();
        assertThat(p2p.usableCount()).isEqualTo(BigInteger.TWO);
        assertThat(p2p.firstUsable().toString()).isEqualTo("198.51.100.0");
        assertThat(p2p.lastUsable().toString()).isEqualTo("198.51.100.1");
        Cidr host = Cidr.parse("198.51.100.9/32");
        assertThat(host.usableCount()).isEqualTo(BigInteger.ONE);
        assertThat(host.firstUsable()).isEqualTo(host.lastUsable());
        // RFC 6164 §5: a /127 between routers uses both addresses.
        Cidr v6p2p = Cidr.parse("2001:db8::/127");
        assertThat(v6p2p.usableCount()).isEqualTo(BigInteger.TWO);
        assertThat(Cidr.parse("2001:db8::1/128").usableCount()).isEqualTo(BigInteger.ONE);
        // RFC 4291 §2.6.1: a /64 keeps its Subnet-Router anycast address; no broadcast.
        Cidr lan = Cidr.parse("2001:db8:0:1::/64");
        assertThat(lan.broadcast()).isNull();
        assertThat(lan.usableCount()).isEqualTo(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
        assertThat(lan.last().toString()).isEqualTo("2001:db8:0:1:ffff:ffff:ffff:ffff");
    }

    @Test
    void aSlash16SplitsInto256Slash24sAndAggregatesBack() {
        Cidr vpc = Cidr.parse("10.0.0.0/16");
        assertThat(vpc.subnetCount(24)).isEqualTo(BigInteger.valueOf(256));
        List<Cidr> all = vpc.split(24, 1000);
        assertThat(all).hasSize(256);
        assertThat(all.get(1).toString()).isEqualTo("10.0.1.0/24");
        assertThat(all.get(255).toString()).isEqualTo("10.0.255.0/24");
        assertThat(Cidr.aggregate(all)).containsExactly(vpc);
        // RFC 4632 §3.2's idea: 192.168.0.0/24 and 192.168.1.0/24 make 192.168.0.0/23.
        assertThat(Cidr.aggregate(List.of(Cidr.parse("192.168.1.0/24"), Cidr.parse("192.168.0.0/24"))))
                .containsExactly(Cidr.parse("192.168.0.0/23"));
        // Not adjacent halves: no merge, but the supernet covers both.
        List<Cidr> apart = List.of(Cidr.parse("192.168.1.0/24"), Cidr.parse("192.168.2.0/24"));
        assertThat(Cidr.aggregate(apart)).hasSize(2);
        assertThat(Cidr.supernet(apart)).isEqualTo(Cidr.parse("192.168.0.0/22"));
    }

    @Test
    void overlapAndContainment() {
        Cidr big = Cidr.parse("10.0.0.0/16");
        Cidr small = Cidr.parse("10.0.3.0/24");
        Cidr other = Cidr.parse("10.1.0.0/16");
        assertThat(big.contains(small)).isTrue();
        assertThat(small.contains(big)).isFalse();
        assertThat(big.overlaps(small)).isTrue();
        assertThat(big.overlaps(other)).isFalse();
        assertThat(big.overlaps(Cidr.parse("2001:db8::/32"))).isFalse();
    }

    static List<SpecialPurpose.Entry> entries() {
        return SpecialPurpose.entries();
    }

    /** Every registered block classifies as itself at its first and last address. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyRegisteredBlockIsClassified(SpecialPurpose.Entry entry) {
        Cidr block = entry.block();
        assertThat(SpecialPurpose.classify(block)).contains(entry);
        int hostBits = block.family().bits();
        assertThat(SpecialPurpose.classify(Cidr.containing(block.network(), hostBits))).contains(entry);
        assertThat(SpecialPurpose.classify(Cidr.containing(block.last(), hostBits))).contains(entry);
        if (block.prefix() > 0) {
            // Just outside the block, the entry no longer applies.
            IpAddress before = block.network().value().signum() > 0 ? block.network().plus(-1) : null;
            if (before != null) {
                assertThat(SpecialPurpose.classify(Cidr.containing(before, hostBits))).doesNotContain(entry);
            }
        }
    }

    @Test
    void wellKnownAddressesGetTheirNames() {
        assertThat(SpecialPurpose.describe(Cidr.parse("10.20.0.0/16"))).startsWith("Private-Use (10.0.0.0/8, RFC 1918");
        assertThat(SpecialPurpose.describe(Cidr.parse("100.64.1.0/24"))).startsWith("Shared Address Space");
        assertThat(SpecialPurpose.describe(Cidr.parse("127.0.0.1/32"))).startsWith("Loopback");
        assertThat(SpecialPurpose.describe(Cidr.parse("169.254.169.254/32"))).startsWith("Link Local");
        assertThat(SpecialPurpose.describe(Cidr.parse("192.0.0.9/32"))).startsWith("Port Control Protocol Anycast");
        assertThat(SpecialPurpose.describe(Cidr.parse("239.1.2.3/32"))).startsWith("Multicast");
        assertThat(SpecialPurpose.describe(Cidr.parse("fd12:3456::/48"))).startsWith("Unique-Local (fc00::/7");
        assertThat(SpecialPurpose.describe(Cidr.parse("ff02::1/128"))).startsWith("Multicast");
        assertThat(SpecialPurpose.describe(Cidr.parse("8.8.8.0/24"))).startsWith("Global unicast");
        assertThat(SpecialPurpose.describe(Cidr.parse("2606:4700::/32"))).contains("2000::/3");
    }
}
