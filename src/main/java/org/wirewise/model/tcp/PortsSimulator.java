package org.wirewise.model.tcp;

import org.wirewise.model.transport.ClientServer;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpEndpoint;
import org.wirewise.model.transport.TcpEvent;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpState;
import org.wirewise.model.transport.TcpTuning;
import org.wirewise.model.trace.LongSeries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.sim.Simulation;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.SeriesKey;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.trace.Variable;

/**
 * A server listening on *:443 accepting several connections from one client, each its own
 * socket named by its 5-tuple; then the arithmetic of ephemeral-port exhaustion for a client that
 * opens many short connections, and what each remedy changes.
 */
public final class PortsSimulator {

    public static final String LESSON_ID = "ports-sockets";
    public static final int SERVER_PORT = 443;
    public static final String CLIENT = "client";
    public static final String SERVER = "server";
    public static final TableKey PORT_USAGE = TableKey.of("port-usage");
    public static final SeriesKey<LongSeries> PORTS_IN_USE = new SeriesKey<>("ports-in-use", LongSeries.class);
    public static final TableKey CLIENT_SOCKETS = TableKey.of("client-sockets");
    public static final TableKey SERVER_SOCKETS = TableKey.of("server-sockets");
    static final String CLIENT_IP = "192.0.2.10";
    static final String SERVER_IP = "198.51.100.80";

    private final PortsScenario scenario;
    private final Simulation sim;
    private final TraceBuilder trace;
    private final ClientServer net;
    private final Map<Integer, TcpEndpoint> clients = new LinkedHashMap<>();
    private final TcpConfig config = new TcpConfig(1460, true, 7, true, true, TcpConfig.linuxInitialWindow(1460));
    /** Connections accept() has returned: those whose handshake completed. */
    private int acceptCalls;
    private int packetNumber;
    private int lastPacket = -1;
    private final java.util.Set<Integer> drop;

    public static Trace simulate(PortsScenario scenario) {
        return new PortsSimulator(scenario).run();
    }

    /**
     * The client and the server on the TCP lessons' network (100 Mb/s, half the RTT each way); the
     * server listens on 443 and accept() hands over each connection's own socket.
     */
    private PortsSimulator(PortsScenario s) {
        if (s.connections() < 1 || s.connections() > 20) {
            throw new IllegalArgumentException("connections: expected 1 to 20, got " + s.connections());
        }
        this.scenario = s;
        this.drop = DropList.parse(s.drop());
        this.net = new ClientServer(s.seed(), s.rttMs(), 100, 1000);
        this.sim = net.network.simulation();
        this.trace = new TraceBuilder(LESSON_ID, List.of(new Lane(CLIENT, "Client", CLIENT_IP),
                new Lane(SERVER, "Server", SERVER_IP + ", listening on *:" + SERVER_PORT)));
        net.network.onSend((node, packet) -> {
            packetNumber++;
            if (drop.contains(packetNumber)) {
                packet.loseInTransit();
            }
            TcpSegment seg = TcpStack.segmentIn(packet);
            packet.setLabel("#" + packetNumber + " " + TcpFlags.names(seg.flags()) + "  " + seg.sourcePort() + " → "
                    + seg.destinationPort());
        });
        net.network.observe(t -> {
            lastPacket = trace.packet(t.from().node().name(), t.to().node().name(), t.start(), t.arrival(),
                    t.fate(), t.packet().label(), t.packet().frame());
            t.packet().setTraceId(lastPacket);
        });
        net.serverTcp.listen(SERVER_PORT, config.withLinuxListenerWindow(), TcpTuning.DEFAULTS, this::accepted);
    }

    /** accept() returns once the handshake completes; the server application closes when it reads end of file. */
    private void accepted(TcpSocket socket) {
        acceptCalls++;
        TcpEndpoint s = socket.endpoint();
        s.setListener(e -> {
            if (e.kind() == TcpEvent.Kind.STATE && s.state() == TcpState.CLOSE_WAIT) {
                sim.schedule(0, s::close);
            }
        });
        int port = s.remotePort();
        sim.schedule(0, () -> step("accept(): connection from port " + port,
                "The handshake is complete and accept() returns a new socket. The listening socket "
                        + "stays as it was; the new one is named by the 5-tuple (TCP, " + SERVER_IP + ":"
                        + SERVER_PORT + ", " + CLIENT_IP + ":" + port + "). Every connection "
                        + "to port 443 shares the server's address and port: what tells them apart is the "
                        + "client's address and port.", List.of("RFC 9293 §3.3.1", "RFC 9293 §3.1")));
    }

    private Trace run() {
        step("The server listens on *:443", "The server has one listening socket, bound to port 443 on every "
                + "address (*:443). It only receives SYNs; each connection it accepts gets a socket of its own. "
                + "Port numbers: 0–1023 are well-known (443 is HTTPS), 1024–49151 registered, 49152–65535 dynamic or "
                + "ephemeral (RFC 6335 §6); Linux picks ephemeral ports from " + PortsScenario.PortRange.LINUX.low()
                + "–" + PortsScenario.PortRange.LINUX.high() + " by default.", List.of("RFC 6335 §6", "RFC 9293 §3.1"));
        int port = scenario.portRange().low()
                + sim.randomStream("ephemeral-port").nextInt(scenario.portRange().size() / 2) * 2;
        for (int i = 0; i < scenario.connections(); i++) {
            int localPort = port + 2 * i; // Linux prefers even ports for connect() (since 4.2) and steps by two
            long at = SimTime.millis(scenario.rttMs() * 0.5 * i);
            sim.at(at, () -> open(localPort));
            sim.at(at + SimTime.millis(scenario.rttMs() * 2 + scenario.lifetimeMs()), () -> close(localPort));
        }
        sim.runUntil(SimTime.millis(scenario.rttMs() * (scenario.connections() + 6) + scenario.lifetimeMs()));
        exhaustionSteps();
        trace.series(portsInUse());
        return trace.build();
    }

    private void open(int localPort) {
        TcpTuning tuning = TcpTuning.DEFAULTS.withMsl(Math.round(scenario.timeWaitSeconds() * 1e9 / 2));
        TcpSocket socket = net.clientTcp.open(localPort, config, tuning);
        clients.put(localPort, socket.endpoint());
        socket.connect(net.server.address(), SERVER_PORT);
        step("connect() from ephemeral port " + localPort, "The client's connect() gets an ephemeral port from its "
                + "range (" + scenario.portRange().description() + ") and sends a SYN from " + CLIENT_IP + ":"
                + localPort + " to " + SERVER_IP + ":" + SERVER_PORT + ".", List.of("RFC 6335 §6", "RFC 6056"));
    }

    private void close(int localPort) {
        TcpEndpoint c = clients.get(localPort);
        if (c.state() != TcpState.ESTABLISHED) {
            return;
        }
        c.close();
        step("The client closes port " + localPort, "After " + fmt(scenario.lifetimeMs()) + " ms the client closes "
                + "the connection first, so it is the client that will hold TIME-WAIT, and with it the port "
                + localPort + ", for " + fmt(scenario.timeWaitSeconds()) + " s: no new connection to the same server "
                + "address and port can use it meanwhile.", List.of("RFC 9293 §3.6", "RFC 9293 §3.4.2"));
    }

    private void exhaustionSteps() {
        PortsScenario s = scenario;
        double needed = PortExhaustion.portsNeeded(s);
        double failure = PortExhaustion.failureAt(s);
        int available = s.portRange().size();
        String verdict = failure < 0
                ? String.format(Locale.ROOT, "%,.0f ports fit in the %,d available: connections keep succeeding.",
                needed, available)
                : String.format(Locale.ROOT, "%,.0f ports needed but only %,d available: after %.1f s every port is "
                + "taken and connect() fails with EADDRNOTAVAIL, \"Cannot assign requested address\".", needed,
                available, failure);
        step("Ephemeral-port exhaustion", String.format(Locale.ROOT, "Now scale up: %,.0f new connections a second "
                + "to this one server address and port, each open %s ms and then %s s in TIME-WAIT. Each holds its "
                + "port for %.2f s, so ports in use = rate × hold time = %,.0f × %.2f. %s The chart shows ports in use "
                + "over time against the range (%s). The limit is per destination: the 4-tuple must be unique, so "
                + "connections to other servers or ports could reuse the same local ports.", s.connectionsPerSecond(),
                fmt(s.lifetimeMs()), fmt(s.timeWaitSeconds()), PortExhaustion.holdSeconds(s), s.connectionsPerSecond(),
                PortExhaustion.holdSeconds(s), verdict, s.portRange().description()),
                List.of("RFC 6056 §2", "RFC 9293 §3.4.2"));
        step("What each remedy changes", remedies(s), List.of("RFC 6056", "RFC 7323 §5.8", "RFC 9293 §3.4.2"));
    }

    private static String remedies(PortsScenario s) {
        double rate = s.connectionsPerSecond();
        double lifetime = s.lifetimeMs() / 1000;
        return String.format(Locale.ROOT, "Connection pooling: keep, say, 50 connections open and reuse them: 50 "
                        + "ports, whatever the rate (set Pool size). A wider range: 1024–65535 gives 64,512 ports, room "
                        + "for %,.0f connections a second at this hold time. tcp_tw_reuse (Linux, needs timestamps): a "
                        + "new outgoing connection may take a port still in TIME-WAIT once it is over 1 s old, because "
                        + "timestamps tell old duplicates apart: about %,.0f ports. Shorter connection lifetimes help "
                        + "little while TIME-WAIT dominates: at 0 ms open, still %,.0f ports. Closing from the server "
                        + "side instead moves TIME-WAIT to the server, which holds no ephemeral port for it.",
                64512 / PortExhaustion.holdSeconds(s), rate * (lifetime + PortExhaustion.TW_REUSE_SECONDS),
                rate * s.timeWaitSeconds());
    }

    private void step(String title, String narration, List<String> references) {
        List<Table> tables = List.of(sockets(CLIENT_SOCKETS, "Client sockets", clients, true),
                sockets(SERVER_SOCKETS, "Server sockets", serverSockets(), false), usage());
        List<NodeState> nodes = List.of(
                new NodeState(CLIENT, count(clients) + (count(clients) == 1 ? " socket" : " sockets"),
                        List.of(new Variable("sockets", Integer.toString(
                        clients.size())))),
                new NodeState(SERVER, "LISTEN *:443", List.of(new Variable("accepted", Integer.toString(
                        acceptCalls)))));
        trace.step(sim.now(), title, narration, references, lastPacket, new Snapshot(nodes, List.of(), tables,
                List.of(budget())));
    }

    /** The server's connection sockets by client port: every one the listener forked, accepted yet or not. */
    private Map<Integer, TcpEndpoint> serverSockets() {
        Map<Integer, TcpEndpoint> bySource = new LinkedHashMap<>();
        for (TcpSocket socket : net.serverTcp.sockets()) {
            bySource.put(socket.endpoint().remotePort(), socket.endpoint());
        }
        return bySource;
    }

    private static long count(Map<Integer, TcpEndpoint> sockets) {
        return sockets.values().stream().filter(e -> e.state() != TcpState.CLOSED).count();
    }

    private Table sockets(TableKey id, String title, Map<Integer, TcpEndpoint> sockets, boolean client) {
        List<Table.Row> rows = new ArrayList<>();
        if (!client) {
            rows.add(Table.Row.of("TCP", "*:" + SERVER_PORT, "*:*", "LISTEN"));
        }
        for (Map.Entry<Integer, TcpEndpoint> e : sockets.entrySet()) {
            String local = client ? CLIENT_IP + ":" + e.getKey() : SERVER_IP + ":" + SERVER_PORT;
            String remote = client ? SERVER_IP + ":" + SERVER_PORT : CLIENT_IP + ":" + e.getKey();
            rows.add(new Table.Row(List.of("TCP", local, remote, e.getValue().state().displayName()),
                    e.getValue().state() == TcpState.TIME_WAIT));
        }
        return new Table(id, title, List.of("proto", "local", "remote", "state"), rows);
    }

    private PortBudget budget() {
        return new PortBudget(scenario.portRange().size(), Math.round(PortExhaustion.portsNeeded(scenario)),
                PortExhaustion.failureAt(scenario));
    }

    /** Ports in use over time, for the trace (the curve the chart draws). */
    private LongSeries portsInUse() {
        LongSeries.Builder b = LongSeries.builder(PORTS_IN_USE.id(), "Ephemeral ports in use", "in_use_ports");
        for (double[] p : PortExhaustion.curve(scenario, 60)) {
            b.add(Math.round(p[0] * 1e9), Math.round(p[1]));
        }
        return b.build();
    }

    private Table usage() {
        List<Table.Row> rows = new ArrayList<>();
        for (double[] p : PortExhaustion.curve(scenario, 60)) {
            rows.add(Table.Row.of(String.format(Locale.ROOT, "%.3f", p[0]), String.format(Locale.ROOT, "%.0f", p[1]),
                    Integer.toString(scenario.portRange().size()), String.format(Locale.ROOT, "%.0f",
                            PortExhaustion.portsNeeded(scenario)), String.format(Locale.ROOT, "%.3f",
                            PortExhaustion.failureAt(scenario))));
        }
        return new Table(PORT_USAGE, "Ephemeral ports in use", List.of("time (s)", "in use", "available", "needed",
                "fails at (s)"), rows);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
