package org.wirewise.model.dns;

import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.NetInterface;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.RouterNode;
import org.wirewise.model.net.SwitchNode;
import org.wirewise.model.packet.MacAddress;

/**
 * The DNS lessons' network: a laptop and a phone on a home switch, their ISP's recursive resolver
 * one short hop past the home router, and the root, com. and example.com. servers far away
 * across the internet router. Half of each round trip is split between the two cables a packet
 * crosses, so the RTTs the scenario names are the ones the packets take. The servers hold {@link Zones}' three
 * zones, or the signed copies the {@code dnssec} lesson gives.
 */
public final class DnsNetwork {

    public static final String LAPTOP = "laptop";
    public static final String PHONE = "phone";
    public static final String RESOLVER = "resolver";
    public static final String ROOT = "root";
    public static final String TLD = "tld";
    public static final String AUTH = "auth";
    public static final InetAddress RESOLVER_IP = Host.literal("203.0.113.53");

    final Network network;
    final Map<String, HostNode> hosts = new LinkedHashMap<>();
    final StubResolver laptop;
    final StubResolver phone;
    final RecursiveResolver resolver;
    final Map<String, AuthoritativeServer> servers = new LinkedHashMap<>();

    DnsNetwork(DnsScenario s, DnsObserver observer) {
        this(s, Zones.all(), observer);
    }

    /** @param zones the root's, com.'s and example.com.'s data, in that order */
    public DnsNetwork(DnsScenario s, java.util.List<Zone> zones, DnsObserver observer) {
        network = new Network(s.seed());
        RouterNode internet = network.router("internet");
        double access = s.resolverRttMs() / 4;
        SwitchNode home = network.switchNode("home");
        NetInterface homePort = internet.addInterface("home", MacAddress.of("02:00:00:00:00:01"));
        homePort.address("192.168.1.1/24");
        network.connect(home.addInterface("up", MacAddress.of("02:00:00:00:01:00")), homePort,
                Cable.Spec.of(1000, access));
        int n = 0;
        for (String name : new String[] {LAPTOP, PHONE}) {
            HostNode h = host(name, "192.168.1." + (20 + n) + "/24", "192.168.1.1");
            network.connect(h.interfaces().get(0), home.addInterface("p" + n, MacAddress.of("02:00:00:00:01:0" + (n + 1))),
                    Cable.Spec.of(1000, 0));
            n++;
        }
        attach(internet, RESOLVER, RESOLVER_IP.getHostAddress(), 24, access);
        double far = Math.max(0, s.serverRttMs() / 2 - access);
        attach(internet, ROOT, Zones.ROOT_SERVER, 24, far);
        attach(internet, TLD, Zones.TLD_SERVER, 24, far);
        attach(internet, AUTH, Zones.EXAMPLE_SERVER, 24, far);
        servers.put(ROOT, new AuthoritativeServer(hosts.get(ROOT), zones.get(0), observer));
        servers.put(TLD, new AuthoritativeServer(hosts.get(TLD), zones.get(1), observer));
        servers.put(AUTH, new AuthoritativeServer(hosts.get(AUTH), zones.get(2), observer));
        resolver = new RecursiveResolver(hosts.get(RESOLVER), RecursiveResolver.rootHint(), observer);
        int edns = (int) s.ednsSize();
        laptop = new StubResolver(hosts.get(LAPTOP), RESOLVER_IP, edns, StubResolver.BROWSER_CAP_SECONDS, observer);
        phone = new StubResolver(hosts.get(PHONE), RESOLVER_IP, edns, 0, observer);
    }

    private HostNode host(String name, String cidr, String gateway) {
        HostNode h = network.host(name);
        h.addInterface("eth0", MacAddress.of("02:00:00:00:10:" + String.format("%02x", hosts.size() + 1)), cidr);
        h.gateway(gateway);
        hosts.put(name, h);
        return h;
    }

    /** A server on its own /24 behind the internet router, {@code delayMs} away from it. */
    private void attach(RouterNode internet, String name, String ip, int prefix, double delayMs) {
        String base = ip.substring(0, ip.lastIndexOf('.'));
        String gateway = base + ".1";
        HostNode h = host(name, ip + "/" + prefix, gateway);
        NetInterface port = internet.addInterface(name, MacAddress.of("02:00:00:00:00:" + String.format("%02x",
                hosts.size() + 1)));
        port.address(gateway + "/" + prefix);
        network.connect(h.interfaces().get(0), port, Cable.Spec.of(1000, delayMs));
    }

    public Network network() {
        return network;
    }

    public RecursiveResolver resolver() {
        return resolver;
    }

    public StubResolver laptop() {
        return laptop;
    }

    /** The host of each role, by lane name (laptop, phone, resolver, root, tld, auth). */
    public Map<String, HostNode> hosts() {
        return java.util.Collections.unmodifiableMap(hosts);
    }

    public void start() {
        servers.values().forEach(AuthoritativeServer::start);
        resolver.start();
    }

    /** Which lane a host is. */
    String lane(org.wirewise.model.net.Node node) {
        return node.name();
    }
}
