package org.wirewise.model.dns;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.random.RandomGenerator;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.RouterNode;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.UdpDatagram;

/**
 * Kaminsky-style cache poisoning raced on the network: an off-path attacker 1 ms from a recursive
 * resolver asks it for a fresh random name under example.com. (so nothing cached stops the
 * query), then at once sends forged answers from example.com.'s server address, each with a guessed
 * query ID (and, when the resolver randomises them, a guessed source port), all before the real
 * answer returns from 60 ms away. The resolver's own {@link DnsClient} decides what it accepts; an
 * attempt succeeds when its answer to the attacker carries the forged address. Each run has its own
 * seed (base seed + run), so the runs are independent and every one reproducible.
 */
public final class PoisoningRace {

    /** The forged answer's address. */
    public static final String FORGED = "203.0.113.66";
    /** The port a resolver that does not randomise uses for every query (the attacker learns it beforehand). */
    public static final int FIXED_PORT = 33333;
    /** Linux's ip_local_port_range: the ports a randomising resolver picks from. */
    public static final int PORTS = 60999 - 32768 + 1;
    /** A name outside example.com. that each forged answer also claims, in its additional section. */
    public static final String PLANTED = "www.example.net.";

    /**
     * @param successAt for each run, the attempt (query) that poisoned the cache, or 0 if none did
     * @param forged    forged packets sent in all
     * @param planted   runs whose resolver cached the out-of-zone {@link #PLANTED} record
     */
    public record Result(int runs, int attempts, int spoofs, boolean randomPorts, List<Integer> successAt,
                         long forged, int planted) {
        public Result {
            successAt = List.copyOf(successAt);
        }

        /** The share of runs poisoned within {@code queries} attempts. */
        public double successRate(int queries) {
            return successAt.stream().filter(a -> a > 0 && a <= queries).count() / (double) runs;
        }

        /** What the odds say for the same: 1 − (1 − spoofs / space)^queries. */
        public double expectedRate(int queries) {
            double space = 65536.0 * (randomPorts ? PORTS : 1);
            return 1 - Math.pow(1 - Math.min(1, spoofs / space), queries);
        }
    }

    private PoisoningRace() {
    }

    public static Result run(int runs, int attempts, int spoofs, boolean randomPorts, long seed) {
        return run(runs, attempts, spoofs, randomPorts, false, seed);
    }

    /** @param bailiwick whether the resolver drops records outside the zone of the server asked */
    public static Result run(int runs, int attempts, int spoofs, boolean randomPorts, boolean bailiwick, long seed) {
        List<Integer> at = new ArrayList<>();
        long forged = 0;
        int planted = 0;
        for (int r = 0; r < runs; r++) {
            Run run = new Run(seed + r, spoofs, randomPorts, bailiwick);
            at.add(run.attack(attempts));
            forged += run.forged;
            planted += run.resolver.cache().get(PLANTED, RecordType.A, run.network.now()).isEmpty() ? 0 : 1;
        }
        return new Result(runs, attempts, spoofs, randomPorts, at, forged, planted);
    }

    /** One attacker against one resolver until it wins or runs out of attempts. */
    static final class Run {
        final Network network;
        final HostNode attacker;
        final InetAddress resolverIp = Host.literal("198.51.100.53");
        final InetAddress authIp = Host.literal(Zones.EXAMPLE_SERVER);
        final DnsClient asker;
        final RecursiveResolver resolver;
        final RandomGenerator guesses;
        final int spoofs;
        final boolean randomPorts;
        long forged;

        Run(long seed, int spoofs, boolean randomPorts, boolean bailiwick) {
            this.spoofs = spoofs;
            this.randomPorts = randomPorts;
            network = new Network(seed);
            RouterNode internet = network.router("internet");
            HostNode resolverHost = AttackHosts.attach(network, internet, "resolver", "198.51.100.53", 0.5);
            HostNode auth = AttackHosts.attach(network, internet, "auth", Zones.EXAMPLE_SERVER, 30);
            attacker = AttackHosts.attach(network, internet, "attacker", "100.64.0.66", 0.5);
            resolver = new RecursiveResolver(resolverHost, RecursiveResolver.rootHint(),
                    DnsObserver.NONE, randomPorts ? 0 : FIXED_PORT).checkBailiwick(bailiwick);
            // the resolver already knows example.com.'s server: each attempt is one upstream query
            resolver.cache().put(Zones.com().records().stream().filter(x -> DnsName.isWithin(x.name(),
                    "example.com.")).toList(), 0);
            new AuthoritativeServer(auth, Zones.example(), DnsObserver.NONE).start();
            resolver.start();
            asker = new DnsClient(attacker, DnsObserver.NONE);
            guesses = network.stream("attacker-guesses");
        }

        /** The attempt that poisoned the cache, or 0. */
        int attack(int attempts) {
            for (int i = 1; i <= attempts; i++) {
                if (attempt(i)) {
                    return i;
                }
            }
            return 0;
        }

        boolean attempt(int i) {
            String name = "x" + Long.toHexString(guesses.nextLong() >>> 16) + "-" + i + ".example.com";
            DnsMessage.Question q = new DnsMessage.Question(name, RecordType.A);
            boolean[] poisoned = new boolean[1];
            boolean[] done = new boolean[1];
            asker.ask(resolverIp, DnsMessage.query(asker.nextId(), q, true, 0), reply -> {
                done[0] = true;
                poisoned[0] = reply.message().answers().stream().anyMatch(r -> r.data().toString().equals(FORGED));
            });
            // the forgeries land just after the resolver's query has left (1 ms later) and long before the real answer
            network.simulation().schedule(1_500_000, () -> forge(q));
            while (!done[0] && network.simulation().step()) {
                // run until the attacker hears the resolver's answer
            }
            return poisoned[0];
        }

        private void forge(DnsMessage.Question q) {
            BitSet tried = new BitSet(65536);
            ResourceRecord lie = ResourceRecord.in(q.name(), RecordType.A, 86400, Rdata.Address.of(FORGED));
            ResourceRecord plant = ResourceRecord.in(PLANTED, RecordType.A, 86400, Rdata.Address.of(FORGED));
            for (int k = 0; k < spoofs; k++) {
                int id;
                do {
                    id = guesses.nextInt(65536);
                } while (tried.get(id) && tried.cardinality() < 65536);
                tried.set(id);
                int port = randomPorts ? 32768 + guesses.nextInt(PORTS) : FIXED_PORT;
                DnsMessage forgedAnswer = new DnsMessage(id, true, 0, true, false, false, false, false,
                        DnsMessage.Rcode.NOERROR, List.of(q), List.of(lie), List.of(), List.of(plant));
                byte[] udp = new UdpDatagram(53, port, DnsWire.encode(forgedAnswer)).encode(authIp, resolverIp);
                attacker.sendIp(authIp, resolverIp, IpProtocol.UDP, udp); // the source address is the server's: spoofed
                forged++;
            }
        }
    }
}
