package org.wirewise.model.stack;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.RouterNode;
import org.wirewise.model.net.SwitchNode;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.sim.LossModel;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.sim.Simulation;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.trace.Variable;

/**
 * An HTTP request going down the client's stack, across a switch and a router, and up the
 * server's stack, with the real bytes each layer adds and each device reads.
 */
public final class EncapsulationSimulator {

    public static final String LESSON_ID = "encapsulation";
    public static final String CLIENT = "client";
    public static final String SWITCH = "switch";
    public static final String ROUTER = "router";
    public static final String SERVER = "server";
    public static final TableKey OVERHEAD_TABLE = TableKey.of("overhead");
    public static final TableKey CHANGES_TABLE = TableKey.of("router-changes");
    public static final TableKey DEVICES_TABLE = TableKey.of("devices");

    static final MacAddress CLIENT_MAC = MacAddress.of("02:00:00:00:00:0a");
    static final MacAddress ROUTER_LAN_MAC = MacAddress.of("02:00:00:00:01:01");
    static final MacAddress ROUTER_WAN_MAC = MacAddress.of("02:00:00:00:02:01");
    static final MacAddress SERVER_MAC = MacAddress.of("02:00:00:00:00:50");
    /** Ethernet preamble and start delimiter (8) plus the minimum inter-frame gap (12), IEEE 802.3. */
    static final int PREAMBLE_AND_GAP = 20;
    static final int FCS = 4;
    static final long LAN_BPS = 1_000_000_000L;
    static final long LAN_DELAY = SimTime.millis(0.001);
    static final long WAN_DELAY = SimTime.millis(5);
    static final int TTL = 64;

    private final EncapsulationScenario s;
    private final HttpRequest request;
    private final byte[] http;
    private final byte[] appBytes;
    private final int records;
    private final int mss;
    private final InetAddress clientIp;
    private final InetAddress serverIp;
    private final int clientPort;
    private final int serverPort;
    private final TraceBuilder trace;
    private final List<TcpSegment> segments = new ArrayList<>();
    private final Simulation sim;
    private final List<byte[]> clientFrames = new ArrayList<>();
    /** Whether the switch has learned the client's MAC (from the client's first frame through it). */
    private boolean switchKnowsClient;
    private final List<byte[]> routedFrames = new ArrayList<>();
    private final List<Integer> segmentPayloads = new ArrayList<>();
    private final EncapsulationTexts w;

    /** A node's state (a key of the bundle's {@code state.*}) and variables, before its words are looked up. */
    record Node(String state, List<Variable> variables) {
    }

    /** The nodes at a step in the lesson's language, and the lanes busy at the step's layer. */
    record Nodes(List<NodeState> states, java.util.Set<String> busy) {
    }

    /** States in which a device is not working at any layer. */
    private static final java.util.Set<String> RESTING = java.util.Set.of("idle", "waiting", "sent", "receiving");

    public static Trace simulate(EncapsulationScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the frames are the same in every language. */
    public static Trace simulate(EncapsulationScenario scenario, Locale language) {
        return new EncapsulationSimulator(scenario, language).run();
    }

    private EncapsulationSimulator(EncapsulationScenario scenario, Locale language) {
        this.s = scenario;
        this.w = new EncapsulationTexts(language);
        if (scenario.ipVersion() == IpVersion.IPV6 && scenario.mtu() < 1280) {
            throw new IllegalArgumentException("mtu: IPv6 needs a link MTU of at least 1280 bytes (RFC 8200 §5), got "
                    + scenario.mtu());
        }
        if (scenario.bodyBytes() > 0 && scenario.method() == HttpMethod.GET) {
            throw new IllegalArgumentException("bodyBytes: a GET request has no body here; choose POST or PUT");
        }
        this.request = new HttpRequest(scenario.method(), scenario.host(), scenario.path(),
                HttpRequest.headerList(scenario.headers()), paddedBody(scenario));
        Simulation sim = new Simulation(scenario.seed());
        this.http = request.encode();
        this.appBytes = scenario.https() ? TlsRecords.seal(http, sim.randomStream("tls-ciphertext")) : http;
        this.records = scenario.https() ? TlsRecords.recordCount(http.length) : 0;
        this.mss = mss(scenario.mtu(), scenario.ipVersion());
        this.clientIp = Encapsulation.address(scenario.ipVersion(), "192.0.2.10", "2001:db8:1::10");
        this.serverIp = Encapsulation.address(scenario.ipVersion(), "198.51.100.80", "2001:db8:2::80");
        this.clientPort = 32768 + sim.randomStream("ephemeral-port").nextInt(60999 - 32768 + 1);
        this.serverPort = scenario.https() ? 443 : 80;
        RandomGenerator isn = sim.randomStream("isn");
        long seq = isn.nextLong() & 0xFFFF_FFFFL;
        long ack = isn.nextLong() & 0xFFFF_FFFFL;
        for (int off = 0; off < appBytes.length; off += mss) {
            int len = Math.min(mss, appBytes.length - off);
            byte[] chunk = java.util.Arrays.copyOfRange(appBytes, off, off + len);
            boolean last = off + len == appBytes.length;
            segments.add(new TcpSegment(clientPort, serverPort, (seq + off) & 0xFFFF_FFFFL, ack,
                    TcpFlags.ACK | (last ? TcpFlags.PSH : 0), 502, 0, List.of(), chunk));
            segmentPayloads.add(len);
        }
        this.sim = sim;
        this.trace = new TraceBuilder(LESSON_ID, List.of(
                new Lane(CLIENT, w.get("lane.client"), address(clientIp, clientPort)),
                new Lane(SWITCH, w.get("lane.switch"), w.get("lane.switch.sub")),
                new Lane(ROUTER, w.get("lane.router"), w.get("lane.router.sub")),
                new Lane(SERVER, w.get("lane.server"), address(serverIp, serverPort))));
    }

    private static String paddedBody(EncapsulationScenario s) {
        if (s.bodyBytes() <= 0) {
            return s.body();
        }
        String unit = s.body().isEmpty() ? "wirewise " : s.body();
        StringBuilder b = new StringBuilder(s.bodyBytes());
        while (b.length() < s.bodyBytes()) {
            b.append(unit);
        }
        String text = b.toString();
        // Cut by bytes so a multi-byte character is never split.
        while (text.getBytes(StandardCharsets.UTF_8).length > s.bodyBytes()) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    private static String address(InetAddress ip, int port) {
        String text = compact(ip);
        return (ip.getAddress().length == 16 ? "[" + text + "]" : text) + ":" + port;
    }

    /** The address as people write it: IPv6 with its longest run of zero groups as "::" (RFC 5952 §4.2). */
    static String compact(InetAddress ip) {
        return ip.getHostAddress().replaceFirst("(^|:)0(:0)+(:|$)", "::");
    }

    /**
     * The client, a switch, a router and the server on one network; the client puts the request's
     * segments on its cable at once, and each device forwards them as it does (1 Gb/s cables whose
     * frames carry Ethernet's 24 unseen bytes, 1 µs on the LAN, 5 ms to the server).
     */
    private Trace run() {
        Network net = new Network(sim);
        RandomGenerator ipIds = sim.randomStream("ip-id");
        net.ipIdStarts(node -> ipIds.nextInt(65536));
        boolean v4 = s.ipVersion() == IpVersion.IPV4;
        HostNode client = net.host(CLIENT);
        client.addInterface("eth0", CLIENT_MAC, compact(clientIp) + (v4 ? "/24" : "/64"));
        client.gateway(v4 ? "192.0.2.1" : "2001:db8:1::1");
        SwitchNode sw = net.switchNode(SWITCH);
        sw.addInterface("port1", MacAddress.of("02:00:00:00:03:01"));
        sw.addInterface("port2", MacAddress.of("02:00:00:00:03:02"));
        // The narration's premise: the router's earlier frames taught the switch where it lives.
        sw.learned(ROUTER_LAN_MAC, "port2");
        RouterNode router = net.router(ROUTER);
        router.addInterface("lan", ROUTER_LAN_MAC).address(v4 ? "192.0.2.1/24" : "2001:db8:1::1/64");
        router.addInterface("wan", ROUTER_WAN_MAC).address(v4 ? "198.51.100.1/24" : "2001:db8:2::1/64");
        HostNode server = net.host(SERVER);
        server.addInterface("eth0", SERVER_MAC, compact(serverIp) + (v4 ? "/24" : "/64"));
        server.gateway(v4 ? "198.51.100.1" : "2001:db8:2::1");
        Cable.Spec lan = new Cable.Spec(LAN_BPS, LAN_DELAY, 1000, LossModel.NONE).framing(FCS + PREAMBLE_AND_GAP);
        net.connect(client.iface("eth0"), sw.iface("port1"), lan);
        net.connect(sw.iface("port2"), router.iface("lan"), lan);
        net.connect(router.iface("wan"), server.iface("eth0"),
                new Cable.Spec(LAN_BPS, WAN_DELAY, 1000, LossModel.NONE).framing(FCS + PREAMBLE_AND_GAP));

        int n = segments.size();
        int[][] hops = new int[3][n];
        long[][] arrivals = new long[3][n];
        int[] seen = new int[3];
        net.observe(t -> {
            int hop = t.from().node() == client ? 0 : t.from().node() == sw ? 1 : 2;
            int i = seen[hop]++;
            String where = hop == 0 ? "to switch" : hop == 1 ? "to router" : "to server, TTL " + (TTL - 1);
            byte[] frame = t.packet().frame();
            hops[hop][i] = trace.packet(t.from().node().name(), t.to().node().name(), t.start(), t.arrival(),
                    t.fate(), label(i, where), frame);
            arrivals[hop][i] = t.arrival();
            (hop == 0 ? clientFrames : hop == 2 ? routedFrames : new ArrayList<byte[]>()).add(frame);
        });
        for (TcpSegment seg : segments) {
            client.sendIp(clientIp, serverIp, IpProtocol.TCP, seg.encode(clientIp, serverIp));
        }
        sim.run();
        new Narration(this, n, hops[0], hops[1], hops[2], arrivals[0], arrivals[1], arrivals[2]).tell();
        return trace.build();
    }

    private String label(int i, String where) {
        int count = segments.size();
        String part = count > 1 ? "segment " + (i + 1) + "/" + count + " " : "";
        return part + (s.https() ? "TLS" : request.method().name()) + " len=" + segmentPayloads.get(i) + " " + where;
    }

    // ---- what the narration needs ----

    EncapsulationScenario scenario() {
        return s;
    }

    HttpRequest request() {
        return request;
    }

    int httpLength() {
        return http.length;
    }

    int appLength() {
        return appBytes.length;
    }

    int records() {
        return records;
    }

    /** The largest TCP payload an MTU leaves without options: MTU − IP header − 20 (RFC 9293 §3.7.1). */
    public static int mss(int mtu, IpVersion version) {
        return mtu - version.headerLength() - TcpSegment.MIN_HEADER_LENGTH;
    }

    int mss() {
        return mss;
    }

    int segments() {
        return segments.size();
    }

    int firstPayload() {
        return segmentPayloads.get(0);
    }

    byte[] clientFrame(int i) {
        return clientFrames.get(i);
    }

    byte[] routedFrame(int i) {
        return routedFrames.get(i);
    }

    int serverPort() {
        return serverPort;
    }

    int clientPort() {
        return clientPort;
    }

    TraceBuilder trace() {
        return trace;
    }

    EncapsulationTexts texts() {
        return w;
    }

    /** Whole-request overhead: every header on every segment, and what the wire adds. */
    /**
     * The overhead of the whole request. {@code subject}: the summary step is about its sum on the
     * wire and the payload's share, so those rows are highlighted; otherwise the sum is only emphasised.
     */
    Table overhead(boolean subject) {
        int n = segments();
        int ipHeader = s.ipVersion().headerLength();
        int tls = records * TlsRecords.overheadPerRecord();
        long wire = (long) http.length + tls + (long) n * (TcpSegment.MIN_HEADER_LENGTH + ipHeader + 14 + FCS
                + PREAMBLE_AND_GAP);
        List<Table.Row> rows = new ArrayList<>();
        rows.add(Table.Row.of(w.get("overhead.http"), Integer.toString(http.length)));
        if (s.https()) {
            rows.add(Table.Row.of(w.get("overhead.tls", Integer.toString(records)), Integer.toString(tls)));
        }
        rows.add(Table.Row.of(w.get("overhead.tcp", Integer.toString(n)), Integer.toString(n * 20)));
        rows.add(Table.Row.of(w.get("overhead.ip", s.ipVersion().displayName(), Integer.toString(n),
                Integer.toString(ipHeader)), Integer.toString(n * ipHeader)));
        rows.add(Table.Row.of(w.get("overhead.ethernet", Integer.toString(n)), Integer.toString(n * 18)));
        rows.add(Table.Row.of(w.get("overhead.preamble", Integer.toString(n)), Integer.toString(n * PREAMBLE_AND_GAP)));
        String onWire = w.get("overhead.wire");
        rows.add(subject ? new Table.Row(List.of(onWire, Long.toString(wire)), true)
                : Table.Row.emphasis(onWire, Long.toString(wire))); // the sum, on every step
        rows.add(new Table.Row(List.of(w.get("overhead.share"),
                w.units().percent((double) http.length / wire, 1)), subject));
        rows.add(Table.Row.of(w.get("overhead.mss"), s.mtu() + " − " + ipHeader + " − 20 = " + mss));
        rows.add(Table.Row.of(w.get("overhead.segments"), Integer.toString(n)));
        return new Table(OVERHEAD_TABLE, w.get("table.overhead"), List.of(w.get("table.overhead.item"),
                w.get("table.overhead.bytes")), rows);
    }

    /** The four nodes with their states (keys of {@code state.*}) in the lesson's language. */
    Nodes nodes(String clientState, String switchState, String routerState, String serverState,
                List<Variable> routerVariables) {
        // A switch learns a source MAC from the first frame it forwards from it, and keeps it.
        switchKnowsClient |= switchState.equals("forwarding");
        String macTable = switchKnowsClient ? w.get("macTable.learned", ROUTER_LAN_MAC.toString(), CLIENT_MAC.toString())
                : w.get("macTable", ROUTER_LAN_MAC.toString());
        String ip = w.get("var.ip");
        String mac = w.get("var.mac");
        List<String> lanes = List.of(CLIENT, SWITCH, ROUTER, SERVER);
        List<Node> nodes = List.of(
                new Node(clientState, List.of(new Variable(ip, compact(clientIp)), new Variable(mac, CLIENT_MAC.toString()))),
                new Node(switchState, List.of(new Variable(w.get("var.reads"), w.get("switch.reads")),
                        new Variable(w.get("var.macTable"), macTable))),
                new Node(routerState, routerVariables),
                new Node(serverState, List.of(new Variable(ip, compact(serverIp)), new Variable(mac, SERVER_MAC.toString()))));
        List<NodeState> states = new ArrayList<>();
        java.util.Set<String> busy = new java.util.HashSet<>();
        for (int i = 0; i < lanes.size(); i++) {
            states.add(new NodeState(lanes.get(i), w.state(nodes.get(i).state()), nodes.get(i).variables()));
            if (!RESTING.contains(nodes.get(i).state())) {
                busy.add(lanes.get(i));
            }
        }
        return new Nodes(states, busy);
    }

    void step(long time, String title, String narration, List<String> refs, int packet, Nodes nodes,
              FrameLayers frame, Table... more) {
        step(false, time, title, narration, refs, packet, nodes, frame, more);
    }

    /** The overhead summary: its table's total and payload share are the step's subject, no layer at work. */
    void overheadStep(long time, String title, String narration, List<String> refs, int packet,
                      Nodes nodes, List<StackLayer> frame) {
        step(true, time, title, narration, refs, packet, nodes, StackLayer.frame(w, frame, ""));
    }

    private void step(boolean overheadSubject, long time, String title, String narration, List<String> refs,
                      int packet, Nodes nodes, FrameLayers frame, Table... more) {
        List<Table> all = new ArrayList<>();
        all.add(StackLayer.table(w, frame));
        all.addAll(List.of(more));
        all.add(overhead(overheadSubject));
        // The layer at work, as the devices name their layers: the preamble (outside the capture) is the physical layer.
        String working = frame.highlighted().map(l -> !l.captured() ? w.get("device.physical")
                : l.protocol().startsWith("HTTP") ? "HTTP" : l.protocol().startsWith("TLS") ? "TLS" : l.protocol())
                .orElse("");
        DeviceLayers devices = devices(nodes, working);
        all.add(devicesTable(devices));
        trace.step(time, title, narration, refs, packet, new Snapshot(nodes.states(), List.of(), all,
                List.of(frame, devices)));
    }

    /**
     * The layers each device implements (top first) and, for the one at work in this step, the
     * layer it works at.
     */
    private DeviceLayers devices(Nodes nodes, String working) {
        String ip = s.ipVersion().displayName();
        String physical = w.get("device.physical");
        List<DeviceLayers.Device> devices = new ArrayList<>();
        for (NodeState n : nodes.states()) {
            List<String> stack = switch (n.lane()) {
                case SWITCH -> List.of("Ethernet", physical);
                case ROUTER -> List.of(ip, "Ethernet", physical);
                default -> s.https() ? List.of("HTTP", "TLS", "TCP", ip, "Ethernet", physical)
                        : List.of("HTTP", "TCP", ip, "Ethernet", physical);
            };
            boolean busy = nodes.busy().contains(n.lane()) && !working.isEmpty();
            String at = !busy ? "" : n.lane().equals(SWITCH) ? "Ethernet" : n.lane().equals(ROUTER) ? ip : working;
            devices.add(new DeviceLayers.Device(n.lane(), stack,
                    busy ? java.util.Optional.of(at) : java.util.Optional.empty()));
        }
        return new DeviceLayers(devices);
    }

    private Table devicesTable(DeviceLayers devices) {
        List<Table.Row> rows = new ArrayList<>();
        for (DeviceLayers.Device d : devices.devices()) {
            rows.add(new Table.Row(List.of(w.get("device." + d.lane()), String.join(",", d.layers()), d.workingAt().orElse("")),
                    d.workingAt().isPresent()));
        }
        return new Table(DEVICES_TABLE, w.get("table.devices"), List.of(w.get("table.devices.device"),
                w.get("table.devices.layers"), w.get("table.devices.working")), rows);
    }
}
