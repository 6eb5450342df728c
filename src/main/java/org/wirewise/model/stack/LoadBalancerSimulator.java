package org.wirewise.model.stack;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.wirewise.model.net.Host;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.Link;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.sim.Simulation;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Fact;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;

/**
 * The same six requests through a layer-4 or a layer-7 load balancer in front of four backends,
 * with what the balancer reads in each request's bytes, where it sends it and why.
 */
public final class LoadBalancerSimulator {

    public static final String LESSON_ID = "load-balancers";
    public static final String CLIENTS = "clients";
    public static final String BALANCER = "lb";
    public static final TableKey READS_TABLE = TableKey.of("reads");
    public static final TableKey DECISIONS_TABLE = TableKey.of("decisions");
    public static final TableKey BACKENDS_TABLE = TableKey.of("backends");
    public static final TableKey COSTS_TABLE = TableKey.of("costs");
    public static final List<String> READS_COLUMNS = List.of("Field", "Value", "Layer", "Dissector layer", "Field name");

    static final Inet4Address VIP = (Inet4Address) Host.literal("203.0.113.10");
    static final Inet4Address INSIDE = (Inet4Address) Host.literal("10.0.0.2");
    static final MacAddress GATEWAY_MAC = MacAddress.of("02:00:00:00:01:01");
    static final MacAddress LB_OUTSIDE_MAC = MacAddress.of("02:00:00:00:10:01");
    static final MacAddress LB_INSIDE_MAC = MacAddress.of("02:00:00:00:10:02");
    static final int BACKEND_PORT = 8080;

    /** One client request: who sends it and what. */
    record Request(String client, String ip, HttpMethod method, String path, String cookie) {
    }

    static final List<Request> REQUESTS = List.of(
            new Request("alice", "192.0.2.11", HttpMethod.GET, "/api/cart", "session=alice"),
            new Request("bob", "198.51.100.22", HttpMethod.GET, "/static/app.js", ""),
            new Request("alice", "192.0.2.11", HttpMethod.GET, "/api/orders", "session=alice"),
            new Request("carol", "203.0.113.33", HttpMethod.GET, "/static/logo.png", ""),
            new Request("bob", "198.51.100.22", HttpMethod.GET, "/api/profile", "session=bob"),
            new Request("alice", "192.0.2.11", HttpMethod.POST, "/api/checkout", "session=alice"));

    static final List<String> BACKENDS = List.of("backend-1", "backend-2", "backend-3", "backend-4");

    private final LoadBalancerScenario s;
    private final TraceBuilder trace;
    private final RandomGenerator ports;
    private final RandomGenerator isn;
    private final RandomGenerator cipher;
    private final List<Table.Row> decisions = new ArrayList<>();
    private final int[] served = new int[BACKENDS.size()];
    private final Map<String, Integer> sticky = new HashMap<>();
    private final Map<String, Integer> roundRobin = new HashMap<>();
    private long now;
    private int lbPort = 40_000;

    public static Trace simulate(LoadBalancerScenario scenario) {
        return new LoadBalancerSimulator(scenario).run();
    }

    private LoadBalancerSimulator(LoadBalancerScenario scenario) {
        this.s = scenario;
        Simulation sim = new Simulation(scenario.seed());
        this.ports = sim.randomStream("ephemeral-port");
        this.isn = sim.randomStream("isn");
        this.cipher = sim.randomStream("tls-ciphertext");
        List<Lane> lanes = new ArrayList<>();
        lanes.add(new Lane(CLIENTS, "Clients", "alice, bob, carol"));
        lanes.add(new Lane(BALANCER, scenario.balancer().displayName() + " load balancer",
                VIP.getHostAddress() + ":" + port()));
        for (int i = 0; i < BACKENDS.size(); i++) {
            lanes.add(new Lane(BACKENDS.get(i), "Backend " + (i + 1), backendIp(i).getHostAddress() + ":"
                    + backendPort() + poolSuffix(i)));
        }
        this.trace = new TraceBuilder(LESSON_ID, lanes);
    }

    private String poolSuffix(int backend) {
        return s.balancer() == Balancer.LAYER_4 ? "" : backend < 2 ? " (/api pool)" : " (/static pool)";
    }

    static Inet4Address backendIp(int i) {
        return (Inet4Address) Host.literal("10.0.0." + (11 + i));
    }

    static MacAddress backendMac(int i) {
        return MacAddress.of("02:00:00:00:20:0" + (i + 1));
    }

    /** Layer 4 keeps the port (the backend terminates TLS itself); layer 7 talks plain HTTP to 8080. */
    private int backendPort() {
        return s.balancer() == Balancer.LAYER_4 ? port() : BACKEND_PORT;
    }

    private int port() {
        return s.https() ? 443 : 80;
    }

    private Trace run() {
        LbNarration n = new LbNarration(s);
        step(n.introTitle(), n.intro(), n.introReferences(), -1, List.of());
        for (int i = 0; i < REQUESTS.size(); i++) {
            request(i, REQUESTS.get(i), n);
        }
        step(n.costsTitle(), n.costs(), List.of("RFC 8446 §1", "RFC 7239 §4"), -1, List.of(n.costTable()));
        return trace.build();
    }

    private void request(int index, Request r, LbNarration n) {
        Inet4Address clientIp = (Inet4Address) Host.literal(r.ip());
        int clientPort = 32768 + ports.nextInt(60999 - 32768 + 1);
        List<String> headers = new ArrayList<>(List.of("User-Agent: wirewise/1.0"));
        if (!r.cookie().isEmpty()) {
            headers.add("Cookie: " + r.cookie());
        }
        String body = r.method() == HttpMethod.POST ? "{\"items\":3}" : "";
        HttpRequest http = new HttpRequest(r.method(), "shop.example.com", r.path(), headers, body);
        byte[] plain = http.encode();
        byte[] payload = s.https() ? TlsRecords.seal(plain, cipher) : plain;
        TcpSegment seg = new TcpSegment(clientPort, port(), isn.nextLong() & 0xFFFF_FFFFL,
                isn.nextLong() & 0xFFFF_FFFFL, TcpFlags.ACK | TcpFlags.PSH, 502, 0, List.of(), payload);
        byte[] in = Encapsulation.frame(GATEWAY_MAC, LB_OUTSIDE_MAC, clientIp, VIP, 0x1000 + index, 57, seg);
        long sent = now;
        now += SimTime.millis(20);
        int arriving = trace.packet(CLIENTS, BALANCER, sent, now, Link.Fate.DELIVERED,
                "#" + (index + 1) + " " + r.client() + " " + (s.https() ? "TLS" : r.method().name() + " " + r.path()),
                in);
        Choice choice = choose(r, clientIp, clientPort, in);
        String readsTitle = "Request " + (index + 1) + ": what the " + s.balancer().displayName() + " balancer reads";
        FieldReads reads = reads(r, clientIp, clientPort);
        step(readsTitle, n.reads(index, r, clientIp, clientPort, http), n.readsReferences(), arriving, List.of(),
                reads);

        byte[] out;
        String label;
        if (s.balancer() == Balancer.LAYER_4) {
            // NAT forwarding (as Linux IPVS in NAT mode): new destination address, TTL − 1, checksums
            // recomputed; the TCP payload, TLS or not, is passed through byte for byte.
            out = Encapsulation.frame(LB_INSIDE_MAC, backendMac(choice.backend()), clientIp, backendIp(choice.backend()),
                    0x1000 + index, 56, new TcpSegment(clientPort, backendPort(), seg.sequenceNumber(),
                            seg.acknowledgmentNumber(), seg.flags(), seg.window(), 0, List.of(), payload));
            label = "#" + (index + 1) + " forwarded " + (s.https() ? "TLS (untouched)" : r.method().name() + " "
                    + r.path());
        } else {
            List<String> forwarded = new ArrayList<>(headers);
            forwarded.add("X-Forwarded-For: " + r.ip());
            forwarded.add("X-Forwarded-Proto: " + (s.https() ? "https" : "http"));
            byte[] proxied = new HttpRequest(r.method(), "shop.example.com", r.path(), forwarded, body).encode();
            TcpSegment toBackend = new TcpSegment(lbPort++, BACKEND_PORT, isn.nextLong() & 0xFFFF_FFFFL,
                    isn.nextLong() & 0xFFFF_FFFFL, TcpFlags.ACK | TcpFlags.PSH, 502, 0, List.of(), proxied);
            out = Encapsulation.frame(LB_INSIDE_MAC, backendMac(choice.backend()), INSIDE, backendIp(choice.backend()),
                    0x2000 + index, 64, toBackend);
            label = "#" + (index + 1) + " new request " + r.method().name() + " " + r.path();
        }
        long forwardedAt = now;
        now += SimTime.millis(1);
        int leaving = trace.packet(BALANCER, BACKENDS.get(choice.backend()), forwardedAt, now, Link.Fate.DELIVERED,
                label, out);
        served[choice.backend()]++;
        decisions.add(new Table.Row(List.of(Integer.toString(index + 1), r.client(), r.ip() + ":" + clientPort,
                r.method().name() + " " + r.path(), BACKENDS.get(choice.backend()), choice.why()), true));
        step(n.forwardTitle(index, BACKENDS.get(choice.backend())), n.forward(index, r, choice.why(),
                EthernetFrame.decode(out).payload().length), n.forwardReferences(), leaving, List.of(), reads);
        decisions.set(decisions.size() - 1, new Table.Row(decisions.get(decisions.size() - 1).cells(), false));
    }

    /** Where a request goes, and the reason in a few words. */
    record Choice(int backend, String why) {
    }

    private Choice choose(Request r, Inet4Address clientIp, int clientPort, byte[] frame) {
        List<Integer> pool = s.balancer() == Balancer.LAYER_4 ? List.of(0, 1, 2, 3)
                : r.path().startsWith("/api/") ? List.of(0, 1) : List.of(2, 3);
        String poolName = s.balancer() == Balancer.LAYER_4 ? "all backends"
                : r.path().startsWith("/api/") ? "/api pool" : "/static pool";
        String stickyKey = s.balancer() == Balancer.LAYER_4 ? r.ip() : r.cookie();
        if (s.sticky() && !stickyKey.isEmpty() && sticky.containsKey(poolName + stickyKey)) {
            int b = sticky.get(poolName + stickyKey);
            return new Choice(b, (s.balancer() == Balancer.LAYER_4 ? "same source address " + r.ip()
                    : "sticky cookie " + r.cookie()) + " → " + BACKENDS.get(b));
        }
        int pick;
        String why;
        if (s.algorithm() == BalancingAlgorithm.ROUND_ROBIN) {
            int turn = roundRobin.merge(poolName, 1, Integer::sum) - 1;
            pick = pool.get(turn % pool.size());
            why = poolName + ", round robin turn " + (turn + 1);
        } else {
            long h = fiveTupleHash(clientIp, clientPort);
            pick = pool.get((int) (h % pool.size()));
            why = poolName + ", 5-tuple hash " + String.format(java.util.Locale.ROOT, "0x%08x", h) + " mod "
                    + pool.size() + " = " + (h % pool.size());
        }
        if (s.sticky() && !stickyKey.isEmpty()) {
            sticky.put(poolName + stickyKey, pick);
            why += s.balancer() == Balancer.LAYER_4 ? "; remembered for " + r.ip() : "; pinned to " + r.cookie();
        }
        return new Choice(pick, why);
    }

    /** FNV-1a over source address, destination address, protocol and both ports. */
    long fiveTupleHash(Inet4Address clientIp, int clientPort) {
        byte[] tuple = new byte[13];
        System.arraycopy(clientIp.getAddress(), 0, tuple, 0, 4);
        System.arraycopy(VIP.getAddress(), 0, tuple, 4, 4);
        tuple[8] = 6;
        tuple[9] = (byte) (clientPort >>> 8);
        tuple[10] = (byte) clientPort;
        tuple[11] = (byte) (port() >>> 8);
        tuple[12] = (byte) port();
        long h = 0x811c9dc5L;
        for (byte b : tuple) {
            h ^= b & 0xFF;
            h = (h * 0x01000193L) & 0xFFFF_FFFFL;
        }
        return h;
    }

    private FieldReads reads(Request r, Inet4Address clientIp, int clientPort) {
        List<FieldReads.Read> rows = new ArrayList<>();
        String ip = "Internet Protocol Version 4";
        String tcp = "Transmission Control Protocol";
        boolean l4 = s.balancer() == Balancer.LAYER_4; // a layer-4 balancer decides on the 5-tuple alone
        rows.add(read(l4, "Source address", r.ip(), "3", ip, "Source Address"));
        rows.add(read(l4, "Destination address", VIP.getHostAddress(), "3", ip, "Destination Address"));
        rows.add(read(l4, "Protocol", "TCP (6)", "3", ip, "Protocol"));
        rows.add(read(l4, "Source port", Integer.toString(clientPort), "4", tcp, "Source Port"));
        rows.add(read(l4, "Destination port", Integer.toString(port()), "4", tcp, "Destination Port"));
        if (s.balancer() == Balancer.LAYER_7) {
            String http = "Hypertext Transfer Protocol";
            if (s.https()) {
                rows.add(read(false, "TLS record (decrypted with the site's key)", "application data", "6",
                        "Transport Layer Security", "TLSv1.3 Record Layer"));
            }
            rows.add(read(true, "Host", "shop.example.com", "7", http, "Host"));
            rows.add(read(true, "Path", r.path(), "7", http, "Request URI"));
            rows.add(read(true, "Cookie", r.cookie().isEmpty() ? "(none)" : r.cookie(), "7", http,
                    "Cookie"));
        } else {
            rows.add(read(false, "Payload", s.https() ? "TLS ciphertext: unreadable, passed through"
                    : "not read (HTTP is above layer 4)", "–", tcp, "Transmission Control Protocol"));
        }
        return new FieldReads("What the " + s.balancer().displayName() + " balancer reads (highlighted: "
                + "what it decides on)", rows);
    }

    private static FieldReads.Read read(boolean decides, String name, String value, String layer, String layerField,
                                        String field) {
        return new FieldReads.Read(name, value, layer, layerField, field, decides);
    }

    private static Table readsTable(FieldReads reads) {
        return new Table(READS_TABLE, reads.title(), READS_COLUMNS, reads.reads().stream()
                .map(r -> new Table.Row(List.of(r.name(), r.value(), r.osiLayer(), r.layerField(), r.field()),
                        r.decides())).toList());
    }

    private void step(String title, String narration, List<String> refs, int packet, List<Table> extra) {
        step(title, narration, refs, packet, extra, null);
    }

    /** A step; {@code reads} (null for none) is what the balancer reads from the packet of the step. */
    private void step(String title, String narration, List<String> refs, int packet, List<Table> extra,
                      FieldReads reads) {
        List<Table> tables = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        if (reads != null) {
            tables.add(readsTable(reads));
            facts.add(reads);
        }
        tables.addAll(extra);
        tables.add(new Table(DECISIONS_TABLE, "Decisions", List.of("#", "Client", "Connection", "Request", "Backend",
                "Why"), decisions));
        List<BackendLoad.Backend> load = new ArrayList<>();
        List<Table.Row> backends = new ArrayList<>();
        for (int i = 0; i < BACKENDS.size(); i++) {
            load.add(new BackendLoad.Backend(BACKENDS.get(i), s.balancer() == Balancer.LAYER_4 ? "all"
                    : i < 2 ? "/api" : "/static", served[i]));
            backends.add(Table.Row.of(BACKENDS.get(i), load.get(i).pool(), Integer.toString(served[i])));
        }
        tables.add(new Table(BACKENDS_TABLE, "Backends", List.of("Backend", "Pool", "Requests"), backends));
        facts.add(new BackendLoad(load));
        trace.step(now, title, narration, refs, packet, new Snapshot(List.of(), List.of(), tables, facts));
    }
}
