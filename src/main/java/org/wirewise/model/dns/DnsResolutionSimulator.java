package org.wirewise.model.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;

/**
 * The DNS resolution lesson on the network: a laptop (browser and OS caches, a stub resolver) and
 * a phone ask their ISP's recursive resolver, which walks root → com. → example.com. The script
 * repeats the scenario's question as the caches fill and expire, then shows a CNAME chain, a
 * cached NXDOMAIN and a large TXT answer falling back to TCP. Every time it reports is measured
 * on the simulated packets.
 */
public final class DnsResolutionSimulator {

    public static final String LESSON_ID = "dns-resolution";
    public static final String LAPTOP = DnsNetwork.LAPTOP;
    public static final String PHONE = DnsNetwork.PHONE;
    public static final String RESOLVER = DnsNetwork.RESOLVER;
    public static final String ROOT = DnsNetwork.ROOT;
    public static final String TLD = DnsNetwork.TLD;
    public static final String AUTH = DnsNetwork.AUTH;
    public static final TableKey BROWSER_CACHE = TableKey.of("browser-cache");
    public static final TableKey OS_CACHE = TableKey.of("os-cache");
    public static final TableKey PHONE_CACHE = TableKey.of("phone-cache");
    public static final TableKey RESOLVER_CACHE = TableKey.of("resolver-cache");
    public static final TableKey TIMINGS = TableKey.of("timings");
    /** Pauses between the script's lookups, chosen to land before and after the caches' limits. */
    static final long SOON = SimTime.seconds(10);
    static final long AFTER_BROWSER_CAP = SimTime.seconds(StubResolver.BROWSER_CAP_SECONDS + 30);
    static final long OTHER_DEVICE = SimTime.seconds(StubResolver.BROWSER_CAP_SECONDS + 60);
    static final long NEXT = SimTime.seconds(2);

    private final DnsScenario s;
    private final DnsNetwork net;
    private final DnsSteps steps;
    private final List<Lookup> script = new ArrayList<>();
    private final List<StubResolver.Result> results = new ArrayList<>();
    private long firstStart;

    public static Trace simulate(DnsScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the packets and numbers are the same in every language. */
    public static Trace simulate(DnsScenario scenario, Locale language) {
        return new DnsResolutionSimulator(scenario, language).run();
    }

    private DnsResolutionSimulator(DnsScenario scenario, Locale language) {
        this.s = scenario;
        DnsNarration n = new DnsNarration(scenario, language);
        List<Lane> lanes = List.of(
                new Lane(LAPTOP, n.lane("laptop"), "192.168.1.20"),
                new Lane(PHONE, n.lane("phone"), "192.168.1.21"),
                new Lane(RESOLVER, n.lane("resolver"), DnsNetwork.RESOLVER_IP.getHostAddress()),
                new Lane(ROOT, n.lane("root"), Zones.ROOT_SERVER),
                new Lane(TLD, "com.", Zones.TLD_SERVER),
                new Lane(AUTH, "example.com.", Zones.EXAMPLE_SERVER));
        TraceBuilder trace = new TraceBuilder(LESSON_ID, lanes);
        DnsSteps[] holder = new DnsSteps[1];
        this.net = new DnsNetwork(scenario, new DnsObserver() {
            @Override
            public void received(HostNode at, DnsMessage message, boolean overTcp) {
                holder[0].received(at.name(), message, overTcp);
            }

            @Override
            public void answeredFromCache(HostNode at, DnsMessage.Question question) {
                holder[0].fromCache();
            }
        });
        this.steps = new DnsSteps(trace, net, n);
        holder[0] = steps;
        net.network.observe(steps::transmission);
        DnsMessage.Question q = scenario.question();
        script.add(new Lookup(LAPTOP, q, Lookup.Purpose.FIRST));
        script.add(new Lookup(LAPTOP, q, Lookup.Purpose.AGAIN_SOON));
        script.add(new Lookup(LAPTOP, q, Lookup.Purpose.AFTER_BROWSER_CAP));
        script.add(new Lookup(PHONE, q, Lookup.Purpose.OTHER_DEVICE));
        script.add(new Lookup(LAPTOP, q, Lookup.Purpose.AFTER_TTL));
        script.add(new Lookup(LAPTOP, new DnsMessage.Question(Zones.ALIAS, RecordType.A), Lookup.Purpose.ALIAS));
        script.add(new Lookup(LAPTOP, new DnsMessage.Question(Zones.MISSING, RecordType.A), Lookup.Purpose.MISSING));
        script.add(new Lookup(PHONE, new DnsMessage.Question(Zones.MISSING, RecordType.A),
                Lookup.Purpose.MISSING_AGAIN));
        script.add(new Lookup(LAPTOP, new DnsMessage.Question(Zones.BIG_TXT, RecordType.TXT), Lookup.Purpose.LARGE));
    }

    private Trace run() {
        net.start();
        if (s.cache() == CacheState.WARM) {
            warm();
        }
        steps.intro();
        run(0);
        net.network.simulation().run();
        return steps.summary(results);
    }

    /** Fills the resolver's cache as one earlier lookup of the same question would have. */
    private void warm() {
        List<ResourceRecord> known = new ArrayList<>();
        for (Zone z : Zones.all()) {
            z.records().stream().filter(r -> r.type() == RecordType.NS || r.type() == RecordType.A
                    && z.origin().equals(DnsName.ROOT)).forEach(known::add);
        }
        known.addAll(Zones.com().find("ns1.example.com.", RecordType.A));
        net.resolver.cache().put(known, 0);
        Zone.Answer a = Zones.example().lookup(s.question());
        if (!a.answers().isEmpty()) {
            net.resolver.cache().put(a.answers(), 0);
        } else if (DnsName.isWithin(s.question().name(), "example.com.")) {
            net.resolver.cache().putNegative(s.question(), a.rcode(), Zones.example().negativeSoa(), 0);
        }
    }

    /** Runs lookup {@code index} now; when it is answered, schedules the next. */
    private void run(int index) {
        Lookup l = script.get(index);
        if (index == 0) {
            firstStart = net.network.now();
        }
        steps.lookupStarts(index, l);
        StubResolver stub = l.client().equals(LAPTOP) ? net.laptop : net.phone;
        stub.lookup(l.question(), result -> {
            results.add(result);
            steps.lookupEnds(index, l, result);
            if (index + 1 < script.size()) {
                long at = startOf(index + 1);
                net.network.simulation().schedule(Math.max(NEXT, at - net.network.now()), () -> run(index + 1));
            }
        });
    }

    /** When lookup {@code index} starts: fixed offsets from the first, the TTL one just after the first answer expires. */
    private long startOf(int index) {
        return switch (script.get(index).purpose()) {
            case AGAIN_SOON -> firstStart + SOON;
            case AFTER_BROWSER_CAP -> firstStart + AFTER_BROWSER_CAP;
            case OTHER_DEVICE -> firstStart + OTHER_DEVICE;
            case AFTER_TTL -> results.get(0).answeredAt() + SimTime.seconds(ttlOf(results.get(0)) + 1);
            default -> 0;
        };
    }

    /** The shortest TTL in an answer: when the first cache will let it go. */
    static long ttlOf(StubResolver.Result r) {
        return r.records().stream().mapToLong(ResourceRecord::ttl).min().orElse(0);
    }
}
