package org.wirewise.model.lb;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirewise.model.net.Datagram;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.Node;
import org.wirewise.model.net.Packet;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.trace.TableKey;

/**
 * The same six requests through a layer-4 or a layer-7 load balancer in front of four backends,
 * on the network: each client opens a real TCP connection to the virtual address; a layer-4
 * {@link Layer4Balancer} picks a backend on the SYN and rewrites destinations, a layer-7
 * {@link Layer7Proxy} terminates the connection, reads the request and opens its own. The steps
 * show what the balancer read and where it sent each request, as the nodes report it.
 */
public final class LoadBalancerSimulator {

    public static final String LESSON_ID = "load-balancers";
    public static final String CLIENTS = "clients";
    public static final String BALANCER = "lb";
    public static final TableKey READS_TABLE = TableKey.of("reads");
    public static final TableKey DECISIONS_TABLE = TableKey.of("decisions");
    public static final TableKey BACKENDS_TABLE = TableKey.of("backends");
    public static final TableKey COSTS_TABLE = TableKey.of("costs");
    /** The reads table's columns, as keys of their headings in the bundle. */
    static final List<String> READS_COLUMNS = List.of("field", "value", "layer", "dissector", "fieldName");

    static final Inet4Address VIP = LbNetwork.VIP;
    static final Inet4Address INSIDE = LbNetwork.INSIDE;
    /** After the last response, time for the closing handshakes to finish before the summary. */
    private static final long SETTLE = SimTime.millis(100);

    /** One client request: who sends it and what. */
    record Request(String client, String ip, String method, String path, String cookie) {
    }

    static final List<Request> REQUESTS = List.of(
            new Request("alice", "192.0.2.11", "GET", "/api/cart", "session=alice"),
            new Request("bob", "198.51.100.22", "GET", "/static/app.js", ""),
            new Request("alice", "192.0.2.11", "GET", "/api/orders", "session=alice"),
            new Request("carol", "203.0.113.33", "GET", "/static/logo.png", ""),
            new Request("bob", "198.51.100.22", "GET", "/api/profile", "session=bob"),
            new Request("alice", "192.0.2.11", "POST", "/api/checkout", "session=alice"));

    static final List<String> BACKENDS = List.of("backend-1", "backend-2", "backend-3", "backend-4");

    private final LoadBalancerScenario s;
    private final LbNetwork net;
    private final LbSteps steps;
    private final LbNarration n;
    private final Map<Integer, Integer> requestByPort = new HashMap<>();
    /** By client port: the last packet that brought the balancer request bytes, the one that completes a request. */
    private final Map<Integer, Integer> lastRequestBytes = new HashMap<>();
    private int done;

    public static Trace simulate(LoadBalancerScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the packets are the same in every language. */
    public static Trace simulate(LoadBalancerScenario scenario, Locale language) {
        return new LoadBalancerSimulator(scenario, language).run();
    }

    private LoadBalancerSimulator(LoadBalancerScenario scenario, Locale language) {
        this.s = scenario;
        this.n = new LbNarration(scenario, language);
        boolean l4 = scenario.balancer() == Balancer.LAYER_4;
        List<BackendPicker.Pool> pools = l4 ? List.of(new BackendPicker.Pool("all backends", "", List.of(0, 1, 2, 3)))
                : List.of(new BackendPicker.Pool("/api pool", "/api/", List.of(0, 1)),
                new BackendPicker.Pool("/static pool", "", List.of(2, 3)));
        this.net = new LbNetwork(scenario, new BackendPicker(pools, scenario.algorithm(), scenario.sticky()), port());
        List<Lane> lanes = new ArrayList<>();
        lanes.add(new Lane(CLIENTS, n.text("lane.clients"), "alice, bob, carol"));
        lanes.add(new Lane(BALANCER, n.text("lane.balancer", n.balancer()), VIP.getHostAddress() + ":" + port()));
        for (int i = 0; i < BACKENDS.size(); i++) {
            lanes.add(new Lane(BACKENDS.get(i), n.text("lane.backend", Integer.toString(i + 1)),
                    LbNetwork.backendIp(i).getHostAddress() + ":" + net.targets.get(i).port() + poolSuffix(i)));
        }
        TraceBuilder trace = new TraceBuilder(LESSON_ID, lanes);
        this.steps = new LbSteps(trace, scenario, net.network, n);
        net.network.observe(this::record);
        if (net.balancer instanceof Layer4Balancer l4Node) {
            l4Node.setListener(new Layer4Balancer.Listener() {
                @Override
                public void chose(Layer4Balancer.Flow flow, BackendPicker.Choice choice, Packet in) {
                    readsAtLayer4(flow, choice, in);
                }
            });
        } else {
            net.proxy.setListener(new Layer7Proxy.Listener() {
                @Override
                public void read(Layer7Proxy.Request request) {
                    int index = requestByPort.get(request.clientPort());
                    Request r = REQUESTS.get(index);
                    steps.read(index, r, request.clientPort(), request.choice(),
                            lastRequestBytes.get(request.clientPort()),
                            n.reads(index, r, request.client(), request.clientPort(), request.plainLength()));
                }
            });
        }
    }

    private String poolSuffix(int backend) {
        return s.balancer() == Balancer.LAYER_4 ? "" : n.text(backend < 2 ? "lane.pool.api" : "lane.pool.static");
    }

    private int port() {
        return s.https() ? 443 : 80;
    }

    private void readsAtLayer4(Layer4Balancer.Flow flow, BackendPicker.Choice choice, Packet in) {
        int index = requestByPort.get(flow.clientPort());
        Request r = REQUESTS.get(index);
        steps.read(index, r, flow.clientPort(), choice, in.traceId(),
                n.reads(index, r, flow.client(), flow.clientPort(), 0));
    }

    private Trace run() {
        steps.intro();
        net.start();
        fetch(0);
        while (done < REQUESTS.size() && net.network.simulation().step()) {
            // each response starts the next request
        }
        net.network.simulation().runUntil(net.network.now() + SETTLE);
        return steps.costs();
    }

    /** Request {@code index} leaves its client once the one before it has been answered. */
    private void fetch(int index) {
        Request r = REQUESTS.get(index);
        List<String> headers = new ArrayList<>(List.of("User-Agent: wirewise/1.0"));
        if (!r.cookie().isEmpty()) {
            headers.add("Cookie: " + r.cookie());
        }
        String body = r.method().equals("POST") ? "{\"items\":3}" : "";
        byte[] http = HttpHead.request(r.method(), "shop.example.com", r.path(), headers, body);
        int port = net.clients.get(r.client()).fetch(VIP, port(), http, () -> {
            done++;
            if (index + 1 < REQUESTS.size()) {
                fetch(index + 1);
            }
        });
        requestByPort.put(port, index);
    }

    /** Records what crosses the balancer's two cables, the inside switch standing for the backend addressed. */
    private void record(Transmission t) {
        Node from = t.from().node();
        Node to = t.to().node();
        if (from != net.balancer && to != net.balancer) {
            return;
        }
        Node other = from == net.balancer ? to : from;
        Datagram d = Datagram.of(t.packet().frame());
        String peer = other.name().equals(LbNetwork.INTERNET) ? CLIENTS
                : BACKENDS.get(LbNetwork.backendIndex(from == net.balancer ? d.destination() : d.source()));
        String label = LbNarration.label(TcpStack.segmentIn(t.packet()), clientName(d), s.https());
        int id = steps.packet(from == net.balancer ? BALANCER : peer, from == net.balancer ? peer : BALANCER, t,
                label);
        t.packet().setTraceId(id);
        TcpSegment seg = TcpStack.segmentIn(t.packet());
        if (peer.equals(CLIENTS) && to == net.balancer && seg.payloadLength() > 0) {
            lastRequestBytes.put(seg.sourcePort(), id);
        }
        if (from == net.balancer && !peer.equals(CLIENTS) && steps.awaitingForward(BACKENDS.indexOf(peer))) {
            // the request's way on: the SYN at layer 4 (the flow is decided), the proxied request at layer 7
            if (s.balancer() == Balancer.LAYER_4 ? seg.has(TcpFlags.SYN) : seg.payloadLength() > 0) {
                steps.forward(id, t.start());
            }
        }
    }

    private static String clientName(Datagram d) {
        for (Request r : REQUESTS) {
            if (Host.literal(r.ip()).equals(d.source()) || Host.literal(r.ip()).equals(d.destination())) {
                return r.client();
            }
        }
        return "";
    }
}
