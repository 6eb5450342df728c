package org.wirewise.model.addr;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.testing.RandomCases;

/** Parse/format round trips and subnet arithmetic over random IPv4 and IPv6 values (seeded cases). */
class AddressPropertyTest {

    static LongStream seeds() {
        return RandomCases.seeds(300);
    }

    private static BigInteger value(RandomCases r, Family f) {
        if (f == Family.IPV4) {
            return BigInteger.valueOf(r.longBetween(0, 0xFFFF_FFFFL));
        }
        BigInteger v = BigInteger.ZERO;
        for (int i = 0; i < 8; i++) {
            // Zero groups often, so runs of zeros (and ties between runs) come up.
            int g = r.intBetween(0, 3) == 0 ? 0 : r.intBetween(0, 0xFFFF);
            v = v.shiftLeft(16).or(BigInteger.valueOf(g));
        }
        if (r.intBetween(0, 9) == 0) {
            v = v.and(BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE)).or(BigInteger.valueOf(0xFFFF).shiftLeft(32));
        }
        return v;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void canonicalTextParsesBackToTheSameAddress(long seed) throws Exception {
        RandomCases r = new RandomCases(seed);
        for (Family f : Family.values()) {
            IpAddress a = new IpAddress(f, value(r, f));
            String text = a.toString();
            assertThat(IpAddress.parse(text)).as("seed %d: %s", seed, text).isEqualTo(a);
            // The JDK's parser agrees on the value.
            byte[] bytes = InetAddress.getByName(text).getAddress();
            if (!a.isIpv4Mapped()) { // the JDK turns ::ffff:a.b.c.d into an Inet4Address
                assertThat(new BigInteger(1, bytes)).as("seed %d: %s", seed, text).isEqualTo(a.value());
            }
            assertThat(IpAddress.parse(a.fullForm())).as("seed %d", seed).isEqualTo(a);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyWayOfWritingAnIpv6AddressHasOneCanonicalForm(long seed) {
        RandomCases r = new RandomCases(seed);
        IpAddress a = new IpAddress(Family.IPV6, value(r, Family.IPV6));
        String variant = variant(r, a);
        IpAddress parsed = IpAddress.parse(variant);
        assertThat(parsed).as("seed %d: %s", seed, variant).isEqualTo(a);
        String canonical = parsed.toString();
        assertThat(canonical).as("seed %d", seed).isEqualTo(canonical.toLowerCase(Locale.ROOT))
                .doesNotMatch(".*(^|:)0[0-9a-f].*");
        if (!a.isIpv4Mapped()) {
            assertThat(canonical).as("seed %d", seed).isEqualTo(shortestCompression(a));
        }
        List<Rfc5952.Step> steps = Rfc5952.steps(a, r.bool());
        assertThat(steps.get(steps.size() - 1).text()).as("seed %d", seed).isEqualTo(canonical);
    }

    /**
     * A brute-force oracle for RFC 5952 §4.2: of all the ways to write the address with one "::"
     * over two or more zero groups, the one that replaces the most groups (§4.2.1); of those, the
     * first (§4.2.3). Not the shortest text: "::a:b:0:0:c:d" and "0:0:a:b::c:d" differ in length.
     */
    private static String shortestCompression(IpAddress a) {
        String[] groups = new String[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = Integer.toHexString(a.group(i));
        }
        String best = String.join(":", groups);
        int bestRun = 1;
        for (int i = 0; i < 8; i++) {
            for (int j = i + 2; j <= 8; j++) {
                boolean zeros = true;
                for (int k = i; k < j; k++) {
                    zeros &= a.group(k) == 0;
                }
                if (!zeros) {
                    break;
                }
                String text = String.join(":", java.util.Arrays.asList(groups).subList(0, i)) + "::"
                        + String.join(":", java.util.Arrays.asList(groups).subList(j, 8));
                if (j - i > bestRun) {
                    best = text;
                    bestRun = j - i;
                }
            }
        }
        return best;
    }

    /** Random case, random leading zeros, "::" over a random run of zero groups (not always the longest, sometimes a single group as RFC 4291 allows). */
    private static String variant(RandomCases r, IpAddress a) {
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String hex = Integer.toHexString(a.group(i));
            hex = "0".repeat(r.intBetween(0, 4 - hex.length())) + hex;
            groups.add(r.bool() ? hex.toUpperCase(Locale.ROOT) : hex);
        }
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            for (int j = i; j < 8 && a.group(j) == 0; j++) {
                runs.add(new int[] {i, j + 1});
            }
        }
        if (runs.isEmpty() || r.bool()) {
            return String.join(":", groups);
        }
        int[] run = r.pick(runs);
        return String.join(":", groups.subList(0, run[0])) + "::" + String.join(":", groups.subList(run[1], 8));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void blocksSplitIntoDisjointHalvesThatAggregateBack(long seed) {
        RandomCases r = new RandomCases(seed);
        for (Family f : Family.values()) {
            int prefix = r.intBetween(0, f.bits() - 1);
            Cidr block = Cidr.containing(new IpAddress(f, value(r, f)), prefix);
            assertThat(block.size()).isEqualTo(BigInteger.ONE.shiftLeft(f.bits() - prefix));
            assertThat(block.last().value().subtract(block.network().value()).add(BigInteger.ONE))
                    .isEqualTo(block.size());
            assertThat(block.netmask().value().add(block.wildcard().value())).isEqualTo(f.maxValue());
            int deeper = Math.min(f.bits(), prefix + r.intBetween(1, 4));
            List<Cidr> parts = block.split(deeper, 16);
            assertThat(parts).as("seed %d", seed).hasSize(block.subnetCount(deeper).intValueExact());
            for (int i = 0; i < parts.size(); i++) {
                assertThat(block.contains(parts.get(i))).isTrue();
                assertThat(parts.get(i).contains(block)).isFalse();
                if (i > 0) {
                    assertThat(parts.get(i).overlaps(parts.get(i - 1))).isFalse();
                    assertThat(parts.get(i).network()).isEqualTo(parts.get(i - 1).last().plus(1));
                }
            }
            assertThat(Cidr.aggregate(parts)).as("seed %d", seed).containsExactly(block);
            assertThat(Cidr.supernet(parts)).isEqualTo(block);
            IpAddress inside = block.network().plus(new BigInteger(f.bits(), new java.util.Random(seed))
                    .mod(block.size()));
            assertThat(block.contains(inside)).isTrue();
            assertThat(Cidr.containing(inside, prefix)).isEqualTo(block);
            assertThat(CidrInput.parse(inside + "/" + prefix).block()).isEqualTo(block);
            assertThat(Cidr.parse(block.toString())).isEqualTo(block);
        }
    }
}
