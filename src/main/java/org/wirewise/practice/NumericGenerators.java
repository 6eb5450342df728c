package org.wirewise.practice;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.wirewise.model.addr.Cidr;
import org.wirewise.model.congestion.CongestionControl;
import org.wirewise.model.congestion.Cubic;
import org.wirewise.model.congestion.Reno;
import org.wirewise.model.congestion.SenderState;
import org.wirewise.model.nat.NatExhaustionScenario;
import org.wirewise.model.stack.EncapsulationSimulator;
import org.wirewise.model.stack.IpVersion;
import org.wirewise.model.nat.NatExhaustionSimulator;
import org.wirewise.model.tcp.FlowControlSimulator;
import org.wirewise.model.tcp.PortExhaustion;
import org.wirewise.model.tcp.PortsScenario;

/**
 * The numeric questions' values, drawn from a seed, and their answers computed by the model code
 * the lessons run (never typed by hand): address counts by {@link Cidr}, ssthresh by the congestion
 * strategies, the bandwidth-delay product as the flow-control lesson computes it, ports by the
 * port-exhaustion models, the MSS as the encapsulation lesson cuts segments.
 */
public final class NumericGenerators {

    /** The segment size the congestion questions use: the lessons' 1448 bytes (1500 less headers and timestamps). */
    static final int MSS = 1448;

    /** Draws one question's values and computes its answer. */
    @FunctionalInterface
    public interface Generator {
        Drawn draw(SplittableRandom random);
    }

    /**
     * A drawn question: the values its text shows, by placeholder name, and the answer.
     *
     * @param values placeholder name → text ("prefix" → "20")
     * @param number the answer
     */
    public record Drawn(Map<String, String> values, Question.Number number) {
        public Drawn {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    private static final Map<String, Generator> STANDARD = Map.of(
            "ipv4-block-size", NumericGenerators::blockSize,
            "ipv4-usable-hosts", NumericGenerators::usableHosts,
            "ipv4-subnet-count", NumericGenerators::subnetCount,
            "bdp-bytes", NumericGenerators::bdp,
            "reno-ssthresh", r -> ssthresh(r, Reno.newReno(), 2, 10, 40),
            "cubic-ssthresh", r -> ssthresh(r, new Cubic(), 10, 2, 20),
            "nat-capacity", NumericGenerators::natCapacity,
            "nat-failure-seconds", NumericGenerators::natFailure,
            "ephemeral-ports-needed", NumericGenerators::portsNeeded,
            "mss-for-mtu", NumericGenerators::mss);

    private NumericGenerators() {
    }

    /** The generator of that name, or null. */
    public static Generator named(String name) {
        return STANDARD.get(name);
    }

    private static Drawn blockSize(SplittableRandom r) {
        int prefix = 8 + r.nextInt(23);
        Cidr block = Cidr.parse("10.0.0.0/" + prefix);
        Map<String, String> v = block(block);
        v.put("split", Integer.toString(Math.min(32, prefix + 4)));
        return new Drawn(v, exact(block.size(), "addresses", v));
    }

    private static Drawn usableHosts(SplittableRandom r) {
        Cidr block = Cidr.parse("10.0.0.0/" + (16 + r.nextInt(17)));
        Map<String, String> v = block(block);
        v.put("size", grouped(block.size()));
        return new Drawn(v, exact(block.usableCount(), "hosts", v));
    }

    private static Drawn subnetCount(SplittableRandom r) {
        int prefix = 16 + r.nextInt(9);
        int split = prefix + 1 + r.nextInt(Math.min(8, 30 - prefix));
        Cidr block = Cidr.parse("10.0.0.0/" + prefix);
        Map<String, String> v = block(block);
        v.put("split", Integer.toString(split));
        v.put("splitBits", Integer.toString(split - prefix));
        return new Drawn(v, exact(block.subnetCount(split), "subnets", v));
    }

    private static Drawn bdp(SplittableRandom r) {
        int[] rates = {10, 50, 100, 200, 500, 1000, 2500, 10000};
        int[] rtts = {5, 10, 20, 40, 50, 80, 100, 150, 200, 300};
        int rate = rates[r.nextInt(rates.length)];
        int rtt = rtts[r.nextInt(rtts.length)];
        long bytes = FlowControlSimulator.bdpBytes(rate, rtt);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("rate", Integer.toString(rate));
        v.put("rtt", Integer.toString(rtt));
        v.put("bdpPackets", grouped(BigInteger.valueOf(Math.round(bytes / 1500.0))));
        return new Drawn(v, within(BigDecimal.valueOf(bytes), 0.01, "bytes", v));
    }

    /** cwnd a multiple of {@code step} segments from {@code step × from} to {@code step × to}, all in flight. */
    private static Drawn ssthresh(SplittableRandom r, CongestionControl cc, int step, int from, int to) {
        int cwnd = step * (from + r.nextInt(to - from + 1));
        SenderState s = new SenderState(MSS, cwnd);
        s.bytesInFlight = s.cwnd; // a window-limited sender: FlightSize = cwnd
        BigDecimal segments = BigDecimal.valueOf(cc.ssthreshAfterLoss(s)).divide(BigDecimal.valueOf(MSS), 2,
                RoundingMode.HALF_UP).stripTrailingZeros();
        Map<String, String> v = new LinkedHashMap<>();
        v.put("cwnd", Integer.toString(cwnd));
        v.put("mss", Integer.toString(MSS));
        v.put("cwndBytes", grouped(BigInteger.valueOf(s.cwnd)));
        return new Drawn(v, within(segments, 0.01, "segments", v));
    }

    private static Drawn natCapacity(SplittableRandom r) {
        NatExhaustionScenario s = natScenario(1 + r.nextInt(8), 800, 120);
        Map<String, String> v = nat(s);
        return new Drawn(v, exact(BigInteger.valueOf(NatExhaustionSimulator.capacity(s)), "connections", v));
    }

    private static Drawn natFailure(SplittableRandom r) {
        int[] rates = {800, 1000, 1600, 2000, 4000};
        int[] holds = {60, 120, 240};
        while (true) {
            NatExhaustionScenario s = natScenario(1 + r.nextInt(2), rates[r.nextInt(rates.length)],
                    holds[r.nextInt(holds.length)]);
            double seconds = NatExhaustionSimulator.failureTime(s);
            if (seconds >= 0) { // a draw in which the ports do run out
                Map<String, String> v = nat(s);
                v.put("capacity", grouped(BigInteger.valueOf(NatExhaustionSimulator.capacity(s))));
                return new Drawn(v, within(BigDecimal.valueOf(seconds).setScale(1, RoundingMode.HALF_UP), 0.01,
                        "seconds", v));
            }
        }
    }

    private static Drawn mss(SplittableRandom r) {
        int[] mtus = {1500, 1492, 1450, 1400, 1280, 9000};
        int mtu = mtus[r.nextInt(mtus.length)];
        IpVersion version = r.nextBoolean() ? IpVersion.IPV4 : IpVersion.IPV6;
        Map<String, String> v = new LinkedHashMap<>();
        v.put("mtu", Integer.toString(mtu));
        v.put("ip", version.displayName());
        v.put("ipVersion", version.name().toLowerCase(Locale.ROOT));
        v.put("ipHeader", Integer.toString(version.headerLength()));
        return new Drawn(v, exact(BigInteger.valueOf(EncapsulationSimulator.mss(mtu, version)), "bytes", v));
    }

    private static Drawn portsNeeded(SplittableRandom r) {
        int[] rates = {100, 200, 500, 1000, 2000};
        int[] lifetimes = {0, 20, 50, 100, 500};
        PortsScenario d = PortsScenario.DEFAULTS;
        PortsScenario s = new PortsScenario(d.rttMs(), d.seed(), d.connections(), rates[r.nextInt(rates.length)],
                lifetimes[r.nextInt(lifetimes.length)], 60, PortsScenario.PortRange.LINUX, false, 0, "");
        Map<String, String> v = new LinkedHashMap<>();
        v.put("rate", plain(s.connectionsPerSecond()));
        v.put("lifetime", plain(s.lifetimeMs()));
        v.put("timeWait", plain(s.timeWaitSeconds()));
        v.put("range", grouped(BigInteger.valueOf(s.portRange().size())));
        BigDecimal needed = BigDecimal.valueOf(PortExhaustion.portsNeeded(s)).setScale(0, RoundingMode.HALF_UP);
        v.put("fits", needed.compareTo(BigDecimal.valueOf(s.portRange().size())) <= 0
                ? PracticeText.PORTS_FIT : PracticeText.PORTS_RUN_OUT);
        return new Drawn(v, within(needed, 0.01, "ports", v));
    }

    private static NatExhaustionScenario natScenario(int addresses, int rate, int hold) {
        NatExhaustionScenario d = NatExhaustionScenario.DEFAULTS;
        return new NatExhaustionScenario(d.clients(), rate, hold, addresses, false, d.seed());
    }

    private static Map<String, String> nat(NatExhaustionScenario s) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("addresses", Integer.toString(s.publicAddresses()));
        v.put("rate", Integer.toString(s.newPerSecond()));
        v.put("hold", Integer.toString(s.holdSeconds()));
        v.put("perAddress", grouped(BigInteger.valueOf(NatExhaustionSimulator.PORTS_PER_ADDRESS)));
        return v;
    }

    private static Map<String, String> block(Cidr block) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("block", block.toString());
        v.put("prefix", Integer.toString(block.prefix()));
        v.put("hostBits", Integer.toString(block.hostBits()));
        return v;
    }

    /** An exact answer; puts its text under "answer". */
    private static Question.Number exact(BigInteger value, String unit, Map<String, String> v) {
        v.put("answer", grouped(value));
        return new Question.Number(new BigDecimal(value), BigDecimal.ZERO, unit);
    }

    /** An answer accepted within a relative {@code share} of it; puts its text under "answer". */
    private static Question.Number within(BigDecimal value, double share, String unit, Map<String, String> v) {
        v.put("answer", value.scale() <= 0 ? grouped(value.toBigInteger()) : value.toPlainString());
        BigDecimal tolerance = value.abs().multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP);
        return new Question.Number(value, tolerance, unit);
    }

    static String grouped(BigInteger value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
