package org.wirewise.model.dns;

import java.net.InetAddress;
import java.util.List;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.NetInterface;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.RouterNode;
import org.wirewise.model.net.SwitchNode;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.packet.UdpDatagram;

/**
 * Reflection and amplification on the network: an attacker whose provider does not filter spoofed
 * sources (no BCP 38) sends small queries to example.com.'s server with the victim's address as the
 * source; the server answers the victim. The victim's site (a game server and a mail server on one
 * /24, behind a switch) receives what it never asked for. The server's {@link ResponseRateLimit} can
 * be switched on between floods; the mail server asks the flood's own question meanwhile, as a real
 * client in the victim's prefix would, retrying after a timeout and over TCP after a truncated answer.
 */
final class Amplification {

    static final String ATTACKER = "attacker";
    static final String SERVER = "server";
    static final String VICTIM = "victim";
    static final String CLIENT = "client";
    static final String ATTACKER_IP = "100.64.0.66";
    static final String VICTIM_IP = "203.0.113.80";
    static final String CLIENT_IP = "203.0.113.25";
    /** The victim's game port (Source engine's default): the port the attacker aims the answers at. */
    static final int VICTIM_PORT = 27015;
    /** The EDNS(0) size amplification tools advertise, so nothing is truncated for size. */
    static final int ATTACK_EDNS = 4096;
    /** How long the real client waits before asking again (resolv.conf's {@code options timeout:1}). */
    static final long RETRY_NS = 1_000_000_000L;
    static final int ATTEMPTS = 3;
    /** The questions whose answers are measured: a small answer, a large one, and ANY. */
    static final List<DnsMessage.Question> PROBES = List.of(
            new DnsMessage.Question("www.example.com", RecordType.A),
            new DnsMessage.Question(Zones.BIG_TXT, RecordType.TXT),
            new DnsMessage.Question("example.com", RecordType.ANY));

    final Network network;
    final AuthoritativeServer server;
    private final HostNode attacker;
    private final HostNode client;
    private final InetAddress serverIp = Host.literal(Zones.EXAMPLE_SERVER);
    private final InetAddress victimIp = Host.literal(VICTIM_IP);
    private final RandomGenerator ids;

    Amplification(long seed) {
        network = new Network(seed);
        RouterNode internet = network.router("internet");
        attacker = AttackHosts.attach(network, internet, ATTACKER, ATTACKER_IP, 0.5);
        HostNode serverHost = AttackHosts.attach(network, internet, SERVER, Zones.EXAMPLE_SERVER, 10);
        SwitchNode site = network.switchNode("site");
        NetInterface up = internet.addInterface("site", MacAddress.of("02:00:00:00:00:20"));
        up.address("203.0.113.1/24");
        network.connect(site.addInterface("up", MacAddress.of("02:00:00:00:20:00")), up, Cable.Spec.of(1000, 5)
                .queue(70_000));
        HostNode victim = siteHost(site, VICTIM, VICTIM_IP, 1);
        client = siteHost(site, CLIENT, CLIENT_IP, 2);
        // the game server's socket takes every datagram on its port and drops what is not a game's: no ICMP back
        victim.udp().bind(VICTIM_PORT).onReceive(r -> { });
        server = new AuthoritativeServer(serverHost, Zones.example(), DnsObserver.NONE);
        server.start();
        ids = network.stream("attacker-ids");
    }

    private HostNode siteHost(SwitchNode site, String name, String ip, int n) {
        HostNode h = network.host(name);
        h.addInterface("eth0", MacAddress.of(String.format("02:00:00:00:20:%02x", n)), ip + "/24");
        h.gateway("203.0.113.1");
        network.connect(h.interfaces().get(0), site.addInterface("p" + n, MacAddress.of(
                String.format("02:00:00:00:21:%02x", n))), Cable.Spec.of(1000, 0).queue(70_000));
        return h;
    }

    /** At {@code at}, one spoofed query for {@code q}: source address the victim's, source port its game port. */
    void spoof(long at, DnsMessage.Question q) {
        network.simulation().schedule(at - network.now(), () -> {
            DnsMessage query = DnsMessage.query(ids.nextInt(0x10000), q, true, ATTACK_EDNS);
            byte[] udp = new UdpDatagram(VICTIM_PORT, 53, DnsWire.encode(query)).encode(victimIp, serverIp);
            attacker.sendIp(victimIp, serverIp, IpProtocol.UDP, udp);
        });
    }

    /** {@code rate} spoofed queries per second for {@code q}, evenly spaced over [{@code from}, {@code from + ns}). */
    void flood(long from, long ns, DnsMessage.Question q, long rate) {
        long count = rate * ns / 1_000_000_000L;
        for (long k = 0; k < count; k++) {
            spoof(from + k * 1_000_000_000L / rate, q);
        }
    }

    /** From {@code at} on, the server limits its UDP answers with {@code limit}. */
    void limitFrom(long at, ResponseRateLimit limit) {
        network.simulation().schedule(at - network.now(), () -> server.rateLimit(limit));
    }

    /**
     * At {@code at}, the mail server asks {@code q} as its stub does: over UDP, again after
     * {@link #RETRY_NS} without an answer (at most {@link #ATTEMPTS} times), over TCP after TC.
     */
    void realClientAsks(long at, DnsMessage.Question q, Consumer<DnsClient.Reply> answered) {
        DnsClient stub = new DnsClient(client, DnsObserver.NONE);
        boolean[] done = new boolean[1];
        for (int a = 0; a < ATTEMPTS; a++) {
            network.simulation().schedule(at - network.now() + a * RETRY_NS, () -> {
                if (!done[0]) {
                    stub.ask(serverIp, DnsMessage.query(stub.nextId(), q, true, RecursiveResolver.EDNS_SIZE), r -> {
                        if (!done[0]) {
                            done[0] = true;
                            answered.accept(r);
                        }
                    });
                }
            });
        }
    }

    void run() {
        network.simulation().run();
    }
}
