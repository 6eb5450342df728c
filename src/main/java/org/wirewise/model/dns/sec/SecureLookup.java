package org.wirewise.model.dns.sec;

import java.util.Optional;
import java.util.SplittableRandom;
import org.wirewise.model.dns.DnsNetwork;
import org.wirewise.model.dns.DnsObserver;
import org.wirewise.model.dns.StubResolver;
import org.wirewise.model.dns.Verdict;
import org.wirewise.model.dns.Zones;

/**
 * One lookup through a validating resolver: the lesson's three zones signed from the seed, the resolver holding
 * the root's trust anchor, the laptop asking with DO. What came back and the validator's verdict.
 */
public final class SecureLookup {

    /** The laptop's answer (its AD bit, or SERVFAIL), the verdict, and the signed zones as served. */
    public record Result(StubResolver.Result answer, Optional<Verdict> verdict, SignedZones.Result zones,
                         DnsNetwork network) {
    }

    private SecureLookup() {
    }

    /** The zones signed for {@code s}: keys from the seed, the fault applied. */
    public static SignedZones.Result zones(DnssecScenario s) {
        return SignedZones.sign(Zones.all(), new SplittableRandom(s.seed()), DnssecScenario.START_EPOCH, s.fault(),
                s.faultTarget());
    }

    /** Runs the lookup to its end; {@code observer} hears every message read and the verdict. */
    public static Result run(DnssecScenario s, DnsObserver observer) {
        return run(s, observer, net -> { });
    }

    /** The same; {@code watch} sees the network before anything is sent (a lesson records its packets, a test
     * changes how the laptop asks). */
    public static Result run(DnssecScenario s, DnsObserver observer, java.util.function.Consumer<DnsNetwork> watch) {
        SignedZones.Result zones = zones(s);
        DnsNetwork net = new DnsNetwork(s.network(), zones.zones(), observer);
        net.resolver().validating(new ChainValidator(zones.trustAnchor()), DnssecScenario.START_EPOCH);
        net.laptop().askWithDnssecOk(true);
        watch.accept(net);
        net.start();
        StubResolver.Result[] answer = new StubResolver.Result[1];
        net.laptop().lookup(s.question(), r -> answer[0] = r);
        net.network().simulation().run();
        if (answer[0] == null) {
            throw new IllegalStateException("the lookup of " + s.question() + " never finished");
        }
        return new Result(answer[0], net.resolver().lastVerdict(), zones, net);
    }
}
