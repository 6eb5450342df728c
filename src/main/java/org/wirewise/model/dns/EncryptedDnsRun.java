package org.wirewise.model.dns;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.sim.Link;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.tls.LessonServer;
import org.wirewise.model.trace.SessionSecret;

/**
 * The laptop asks the same two questions over plain UDP, then DoT, then DoH (GET, then POST), on the DNS lessons'
 * network and one seed, one transport after the other. The phone asked both names a moment before, so the resolver
 * answers from its cache and every time measured is the transport's own. Records every packet between laptop and
 * resolver and the TLS secrets of each connection, with times counted from the first question.
 */
final class EncryptedDnsRun {

    /** DoH's first question goes as a GET (RFC 8484 §4.1's cacheable form), the second as a POST. */
    static final List<DohMessages.Method> DOH_METHODS = List.of(DohMessages.Method.GET, DohMessages.Method.POST);
    /** Longest a transport may take for both answers before the run gives up on it (a round trip is at most 1 s). */
    private static final long PATIENCE = SimTime.seconds(30);

    /** Quiet time between one transport's last answer and the next transport's first query. */
    static final long GAP = SimTime.millis(500);

    /** A packet between laptop and resolver: its transport, lanes, times and frame as sent. */
    record Wire(DnsTransport transport, String from, String to, long sent, long arrival, Link.Fate fate, byte[] frame) {
        boolean toServer() {
            return to.equals(DnsNetwork.RESOLVER);
        }
    }

    /** One question over one transport: when it was asked and when its answer was handed over. */
    record Asked(DnsTransport transport, int index, DnsMessage.Question question, long askedAt, long answeredAt) {
    }

    final EncryptedDnsScenario scenario;
    final DnsNetwork net;
    final List<Wire> wires = new ArrayList<>();
    final List<Asked> asked = new ArrayList<>();
    /** Each TLS connection's key log (DoT's, DoH's), kept apart: a reader needs the one connection's secrets. */
    final Map<DnsTransport, List<SessionSecret>> keyLogs = new EnumMap<>(DnsTransport.class);
    private final DatagramOrigins origins = new DatagramOrigins();
    private DnsTransport phase;
    /** When the comparison began: every time recorded is counted from it, so the lesson starts at 0, not after the warm-up. */
    private long origin;

    private EncryptedDnsRun(EncryptedDnsScenario s) {
        this.scenario = s;
        this.net = new DnsNetwork(s.network(), DnsObserver.NONE);
        keyLogs.put(DnsTransport.DOT, new ArrayList<>());
        keyLogs.put(DnsTransport.DOH, new ArrayList<>());
    }

    static EncryptedDnsRun run(EncryptedDnsScenario s) {
        EncryptedDnsRun r = new EncryptedDnsRun(s);
        r.go();
        return r;
    }

    private void go() {
        net.start();
        LessonServer identity = EncryptedDnsServer.identity(scenario.seed());
        EncryptedDnsServer.open(net.resolver, identity);
        net.network.observe(this::record);
        List<DnsMessage.Question> qs = scenario.questions();
        net.phone.lookup(qs.get(0), a -> net.phone.lookup(qs.get(1), b -> { }));
        runFor(SimTime.seconds(2));
        origin = net.network.now();
        var laptop = net.hosts.get(DnsNetwork.LAPTOP);
        DnsClient udp = new DnsClient(laptop, DnsObserver.NONE);
        phase(DnsTransport.UDP, (i, q, then) -> udp.ask(DnsNetwork.RESOLVER_IP, DnsMessage.query(udp.nextId(), q, true, 0),
                reply -> then.accept(reply.message())));
        DotClient dot = new DotClient(laptop, DnsNetwork.RESOLVER_IP, identity, DnsObserver.NONE,
                keyLogs.get(DnsTransport.DOT)::add);
        phase(DnsTransport.DOT, (i, q, then) -> dot.ask(q, then));
        DohClient doh = new DohClient(laptop, DnsNetwork.RESOLVER_IP, identity, keyLogs.get(DnsTransport.DOH)::add);
        phase(DnsTransport.DOH, (i, q, then) -> doh.ask(q, DOH_METHODS.get(i), then));
    }

    private interface Asker {
        void ask(int index, DnsMessage.Question q, Consumer<DnsMessage> then);
    }

    /** Asks both questions over {@code t}, the second once the first is answered, then lets the last ACKs cross. */
    private void phase(DnsTransport t, Asker asker) {
        phase = t;
        List<DnsMessage.Question> qs = scenario.questions();
        int before = asked.size();
        ask(t, 0, qs.get(0), asker, () -> ask(t, 1, qs.get(1), asker, () -> { }));
        long giveUp = net.network.now() + PATIENCE;
        while (asked.size() < before + 2 && net.network.now() < giveUp) {
            runFor(SimTime.millis(10));
        }
        if (asked.size() < before + 2) {
            throw new IllegalStateException(t.title() + " did not answer both questions");
        }
        runFor(GAP);
    }

    private void ask(DnsTransport t, int index, DnsMessage.Question q, Asker asker, Runnable next) {
        long at = net.network.now() - origin;
        asker.ask(index, q, answer -> {
            asked.add(new Asked(t, index, q, at, net.network.now() - origin));
            next.run();
        });
    }

    /** Runs {@code nanos} of simulated time, quiet or not (an empty queue would leave the clock where it stopped). */
    private void runFor(long nanos) {
        var sim = net.network.simulation();
        sim.schedule(nanos, () -> { });
        sim.runUntil(sim.now() + nanos);
    }

    /** Keeps what crosses between laptop and resolver, once the comparison has begun, sender to receiver. */
    private void record(Transmission t) {
        origins.delivered(t).ifPresent(o -> {
            String to = t.to().node().name();
            boolean between = o.lane().equals(DnsNetwork.LAPTOP) && to.equals(DnsNetwork.RESOLVER)
                    || o.lane().equals(DnsNetwork.RESOLVER) && to.equals(DnsNetwork.LAPTOP);
            if (phase != null && between) {
                wires.add(new Wire(phase, o.lane(), to, o.start() - origin, t.arrival() - origin, t.fate(), o.frame()));
            }
        });
    }
}
