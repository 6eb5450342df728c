package org.wirewise.model.journey.region;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirewise.model.latency.City;
import org.wirewise.model.latency.CityTable;
import org.wirewise.model.latency.Fibre;
import org.wirewise.model.latency.GreatCircle;
import org.wirewise.model.lb.BackendPicker;
import org.wirewise.model.lb.BalancingAlgorithm;
import org.wirewise.model.lb.Layer4Balancer;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.IpNode;
import org.wirewise.model.net.NetInterface;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.SwitchNode;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.transport.TcpConfig;

/**
 * The world of the multi-region lesson on one network: a host per user city (the user and its ISP's
 * resolver, in one place), an anycast DNS service and an anycast CDN edge (one lane each, reached in
 * every user's metro), and per region a layer-4 load balancer with two app servers behind it. Every
 * wide-area cable is a point-to-point /30 whose delay is light in fibre over the great circle times
 * {@link #ROUTE_FACTOR}, plus the metro access both ends share; nothing is serialised, so the times are
 * distance alone.
 */
final class RegionNetwork {

    /** The users, in the map's cities: two or three near each region, and some far from all. */
    static final List<String> USER_CITIES = List.of("New York", "São Paulo", "Paris", "Stockholm", "Lagos",
            "Mumbai", "Tokyo", "Sydney");
    /** How much longer real fibre routes are than the great circle: the latency map's default. */
    static final double ROUTE_FACTOR = 1.5;
    /** One way across a metro: a home to its ISP's point of presence, where anycast DNS and the CDN answer. */
    static final long METRO = SimTime.millis(2);
    static final long INSIDE = 50 * SimTime.MICROSECOND;
    static final int PORT = 80;
    static final String DNS = "geodns";
    static final String CDN = "cdn-edge";
    static final TcpConfig TCP = new TcpConfig(1460, true, 7, true, true, TcpConfig.linuxInitialWindow(1460));

    final Network network;
    final Map<String, HostNode> users = new LinkedHashMap<>();
    final Map<String, City> userCity = new LinkedHashMap<>();
    final HostNode dns;
    final HostNode cdn;
    final Map<Region, Layer4Balancer> balancers = new EnumMap<>(Region.class);
    final Map<Region, List<HostNode>> apps = new EnumMap<>(Region.class);
    /** Who a source address belongs to: GeoDNS's "geo-IP database" and the lanes' names. */
    final Map<Inet4Address, String> owner = new LinkedHashMap<>();
    /** The address a user reaches the DNS service and the CDN edge at (the far end of its own link). */
    final Map<String, Inet4Address> dnsAddress = new LinkedHashMap<>();
    final Map<String, Inet4Address> cdnAddress = new LinkedHashMap<>();
    /** The address GeoDNS sees a user's resolver ask from. */
    final Map<String, Inet4Address> resolverAddress = new LinkedHashMap<>();
    private int links;
    private int macs;

    RegionNetwork(long seed) {
        network = new Network(seed);
        dns = network.host(DNS);
        cdn = network.host(CDN);
        for (Region r : Region.values()) {
            buildRegion(r);
        }
        for (String name : USER_CITIES) {
            City c = CityTable.STANDARD.find(name).orElseThrow();
            HostNode u = network.host(laneOf(name));
            users.put(u.name(), u);
            userCity.put(u.name(), c);
            Link toDns = link(u, dns, METRO);
            dnsAddress.put(u.name(), toDns.b());
            resolverAddress.put(u.name(), toDns.a());
            owner.put(toDns.a(), u.name());
            Link toCdn = link(u, cdn, METRO);
            cdnAddress.put(u.name(), toCdn.b());
            owner.put(toCdn.a(), u.name());
            for (Region r : Region.values()) {
                Link toRegion = link(u, balancers.get(r), METRO + fibre(c, r.city()));
                owner.put(toRegion.a(), u.name());
                u.route(r.vip().getHostAddress() + "/32", toRegion.b().getHostAddress());
            }
        }
        for (Region r : Region.values()) {
            // the DNS service's health checker probes each region from a site near it
            Link check = link(dns, balancers.get(r), METRO);
            owner.put(check.a(), DNS);
            dns.route(r.vip().getHostAddress() + "/32", check.b().getHostAddress());
            for (Region p : Region.values()) {
                if (p.ordinal() > r.ordinal()) {
                    Link backbone = link(balancers.get(r), balancers.get(p), fibre(r.city(), p.city()));
                    balancers.get(r).route(p.vip().getHostAddress() + "/32", backbone.b().getHostAddress());
                    balancers.get(r).route(inside(p, 0) + "/24", backbone.b().getHostAddress());
                    balancers.get(p).route(r.vip().getHostAddress() + "/32", backbone.a().getHostAddress());
                    balancers.get(p).route(inside(r, 0) + "/24", backbone.a().getHostAddress());
                }
            }
        }
    }

    /** A city's lane: "São Paulo" → "sao-paulo", ASCII lower case with hyphens (lane ids name capture files). */
    static String laneOf(String city) {
        String plain = java.text.Normalizer.normalize(city, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    /** One way along the fibre between two cities: the great circle times the route factor, at c / 1.468. */
    static long fibre(City a, City b) {
        return Fibre.propagation(GreatCircle.distanceKm(a, b) * ROUTE_FACTOR);
    }

    private void buildRegion(Region r) {
        List<Layer4Balancer.Target> targets = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            targets.add(new Layer4Balancer.Target((Inet4Address) Host.literal(inside(r, 10 + i)), PORT));
        }
        BackendPicker picker = new BackendPicker(List.of(new BackendPicker.Pool("app servers", "", List.of(0, 1))),
                BalancingAlgorithm.ROUND_ROBIN, false);
        Layer4Balancer lb = Layer4Balancer.on(network, r.id(), r.vip(), PORT, targets, picker);
        balancers.put(r, lb);
        NetInterface in = lb.addInterface("inside", mac());
        in.address(inside(r, 1) + "/24");
        in.address(r.vip().getHostAddress() + "/32");
        SwitchNode sw = network.switchNode(r.id() + "-switch");
        network.connect(in, sw.addInterface("p0", mac()), Cable.Spec.delayOnly(INSIDE));
        List<HostNode> hosts = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            HostNode app = network.host(r.id() + "-app-" + i);
            NetInterface eth = app.addInterface("eth0", mac(), inside(r, 10 + i) + "/24");
            app.gateway(inside(r, 1)); // IPVS NAT mode: replies go back through the balancer
            network.connect(eth, sw.addInterface("p" + i, mac()), Cable.Spec.delayOnly(INSIDE));
            hosts.add(app);
        }
        apps.put(r, hosts);
    }

    /** Whether {@code address} is inside {@code r} (its app servers' /24). */
    boolean inRegion(java.net.InetAddress address, Region r) {
        byte[] b = address.getAddress();
        return b.length == 4 && b[0] == 10 && b[1] == r.ordinal() + 1 && b[2] == 0;
    }

    static String inside(Region r, int host) {
        return "10." + (r.ordinal() + 1) + ".0." + host;
    }

    /** The two ends of a wide-area link and their addresses. */
    record Link(Inet4Address a, Inet4Address b) {
    }

    /** A point-to-point /30 between two nodes, {@code oneWay} each way. */
    private Link link(IpNode a, IpNode b, long oneWay) {
        int k = links++;
        String net = "100.64." + (k >> 6) + ".";
        int base = (k & 63) << 2;
        String ea = net + (base + 1);
        String eb = net + (base + 2);
        NetInterface ia = a.addInterface("to-" + b.name(), mac());
        ia.address(ea + "/30");
        NetInterface ib = b.addInterface("to-" + a.name(), mac());
        ib.address(eb + "/30");
        network.connect(ia, ib, Cable.Spec.delayOnly(oneWay));
        return new Link((Inet4Address) Host.literal(ea), (Inet4Address) Host.literal(eb));
    }

    private MacAddress mac() {
        int n = ++macs;
        return MacAddress.of(String.format(java.util.Locale.ROOT, "02:00:00:00:%02x:%02x", n >> 8, n & 0xFF));
    }
}
