package org.wirewise.model.journey;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirewise.model.dns.AuthoritativeServer;
import org.wirewise.model.dns.DnsObserver;
import org.wirewise.model.dns.RecursiveResolver;
import org.wirewise.model.dns.StubResolver;
import org.wirewise.model.lb.BackendPicker;
import org.wirewise.model.lb.BalancingAlgorithm;
import org.wirewise.model.lb.Layer4Balancer;
import org.wirewise.model.nat.Filtering;
import org.wirewise.model.nat.Mapping;
import org.wirewise.model.nat.Nat;
import org.wirewise.model.nat.NatBehaviour;
import org.wirewise.model.nat.NatNode;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.NetInterface;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.RouterNode;
import org.wirewise.model.net.SwitchNode;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.sim.LossModel;
import org.wirewise.model.sim.SimTime;

/**
 * The journey's one network, built from the lessons' own devices: the laptop on home Wi-Fi behind
 * the home router's NAT ({@code model.nat}), the last mile to the ISP, the ISP's recursive resolver
 * and the root, com. and example.com. servers ({@code model.dns}), and, far across the internet, the
 * site's layer-4 load balancer ({@code model.lb}, IPVS NAT mode) with two app servers and a
 * database on the switch behind it. Only the laptop-to-site round trip is a parameter; the rest
 * are fixed so the what-ifs compare like with like.
 */
final class JourneyNetwork {

    static final String LAPTOP = "laptop";
    static final String HOME = "home";
    static final String RESOLVER = "resolver";
    static final String ROOT = "root";
    static final String TLD = "tld";
    static final String AUTH = "auth";
    static final String LB = "lb";
    static final String APP_1 = "app-1";
    static final String APP_2 = "app-2";
    static final String DB = "db";
    static final List<String> LANES = List.of(LAPTOP, HOME, RESOLVER, ROOT, TLD, AUTH, LB, APP_1, APP_2, DB);

    static final InetAddress RESOLVER_IP = Host.literal("203.0.113.53");
    static final Inet4Address HOME_PUBLIC = (Inet4Address) Host.literal("198.51.100.23");
    static final Inet4Address VIP = (Inet4Address) Host.literal("198.51.100.80");
    static final InetAddress DB_IP = Host.literal("10.0.0.20");
    static final int HTTPS = 443;

    /** One-way delays in milliseconds: home Wi-Fi, the last mile, ISP to resolver, resolver side to each server. */
    static final double WIFI_MS = 1;
    static final double LAST_MILE_MS = 5;
    static final double ISP_MS = 1;
    static final double ROOT_MS = 10;
    static final double TLD_MS = 14;
    static final double AUTH_MS = 20;
    static final double DATA_CENTRE_MS = 0.05;
    /** How long the home NAT keeps an idle UDP mapping (and an idle TCP one: about two hours, RFC 5382 REQ-5). */
    static final long UDP_MAPPING_NANOS = SimTime.seconds(30);
    static final long TCP_MAPPING_NANOS = SimTime.seconds(7440);

    final Network network;
    final Map<String, HostNode> hosts = new LinkedHashMap<>();
    final NatNode home;
    final Layer4Balancer balancer;
    final RecursiveResolver resolver;
    final StubResolver stub;
    final List<AuthoritativeServer> servers;
    private int macs;

    JourneyNetwork(JourneyScenario s, DnsObserver observer) {
        network = new Network(s.seed());
        RouterNode internet = network.router("internet");
        Nat nat = new Nat(List.of(HOME_PUBLIC), new NatBehaviour(Mapping.ENDPOINT_INDEPENDENT,
                Filtering.ADDRESS_AND_PORT_DEPENDENT, true), 1024, 65535,
                1024 + network.stream("nat-port").nextInt(64512), UDP_MAPPING_NANOS, TCP_MAPPING_NANOS);
        home = NatNode.on(network, HOME, nat);
        HostNode laptop = host(LAPTOP, "192.168.1.20/24", "192.168.1.1");
        NetInterface lan = home.addInterface("lan", mac()).address("192.168.1.1/24");
        network.connect(laptop.interfaces().get(0), lan, Cable.Spec.of(300, WIFI_MS));
        NetInterface wan = home.addInterface("wan", mac()).address(HOME_PUBLIC.getHostAddress() + "/28");
        home.outside(wan);
        home.route("0.0.0.0/0", "198.51.100.17");
        NetInterface ispPort = internet.addInterface("home", mac()).address("198.51.100.17/28");
        LossModel loss = s.lossPercent() > 0 ? new LossModel.Random(s.lossPercent() / 100) : new LossModel.None();
        network.connect(wan, ispPort, Cable.Spec.of(100, LAST_MILE_MS).loss(loss));

        attach(internet, RESOLVER, RESOLVER_IP.getHostAddress(), ISP_MS);
        attach(internet, ROOT, org.wirewise.model.dns.Zones.ROOT_SERVER, ROOT_MS);
        attach(internet, TLD, org.wirewise.model.dns.Zones.TLD_SERVER, TLD_MS);
        attach(internet, AUTH, org.wirewise.model.dns.Zones.EXAMPLE_SERVER, AUTH_MS);

        balancer = Layer4Balancer.on(network, LB, VIP, HTTPS, List.of(
                new Layer4Balancer.Target((Inet4Address) Host.literal("10.0.0.11"), HTTPS),
                new Layer4Balancer.Target((Inet4Address) Host.literal("10.0.0.12"), HTTPS)),
                new BackendPicker(List.of(new BackendPicker.Pool("shop", "", List.of(0, 1))),
                        BalancingAlgorithm.HASH, false));
        NetInterface outside = balancer.addInterface("eth0", mac()).address(VIP.getHostAddress() + "/28");
        NetInterface lbPort = internet.addInterface(LB, mac()).address("198.51.100.81/28");
        balancer.route("0.0.0.0/0", "198.51.100.81");
        network.connect(lbPort, outside, Cable.Spec.of(1000, siteDelayMs(s)));
        NetInterface inside = balancer.addInterface("eth1", mac()).address("10.0.0.1/24");
        SwitchNode rack = network.switchNode("rack");
        network.connect(inside, rack.addInterface("up", mac()), Cable.Spec.of(10_000, DATA_CENTRE_MS));
        int port = 0;
        for (String[] h : new String[][] {{APP_1, "10.0.0.11"}, {APP_2, "10.0.0.12"}, {DB, DB_IP.getHostAddress()}}) {
            HostNode n = host(h[0], h[1] + "/24", "10.0.0.1"); // IPVS NAT mode: replies return through the balancer
            network.connect(n.interfaces().get(0), rack.addInterface("p" + port++, mac()),
                    Cable.Spec.of(10_000, DATA_CENTRE_MS));
        }

        List<org.wirewise.model.dns.Zone> zones = JourneyZones.all();
        servers = List.of(new AuthoritativeServer(hosts.get(ROOT), zones.get(0), observer),
                new AuthoritativeServer(hosts.get(TLD), zones.get(1), observer),
                new AuthoritativeServer(hosts.get(AUTH), zones.get(2), observer));
        resolver = new RecursiveResolver(hosts.get(RESOLVER), RecursiveResolver.rootHint(), observer);
        stub = new StubResolver(laptop, RESOLVER_IP, 1232, StubResolver.BROWSER_CAP_SECONDS, observer);
    }

    /**
     * The one-way delay of the site's own cable, so that the laptop's round trip to the balancer is
     * {@code siteRttMs}: half of it less the Wi-Fi and the last mile (never below the data centre's hop).
     */
    static double siteDelayMs(JourneyScenario s) {
        return Math.max(DATA_CENTRE_MS, s.siteRttMs() / 2 - WIFI_MS - LAST_MILE_MS);
    }

    void start() {
        servers.forEach(AuthoritativeServer::start);
        resolver.start();
    }

    HostNode host(String name) {
        return hosts.get(name);
    }

    private HostNode host(String name, String cidr, String gateway) {
        HostNode h = network.host(name);
        h.addInterface("eth0", mac(), cidr);
        h.gateway(gateway);
        hosts.put(name, h);
        return h;
    }

    /** A server on its own /24 behind the internet router, {@code delayMs} from it. */
    private void attach(RouterNode internet, String name, String ip, double delayMs) {
        String gateway = ip.substring(0, ip.lastIndexOf('.')) + ".1";
        HostNode h = host(name, ip + "/24", gateway);
        NetInterface port = internet.addInterface(name, mac()).address(gateway + "/24");
        network.connect(h.interfaces().get(0), port, Cable.Spec.of(1000, delayMs));
    }

    /** Locally administered MACs, numbered in the order the network is built. */
    private MacAddress mac() {
        macs++;
        return MacAddress.of(String.format("02:00:00:00:%02x:%02x", macs / 256, macs % 256));
    }
}
