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
    private final PortsNarration n;

    public static Trace simulate(PortsScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the packets and numbers are the same in every language. */
    public static Trace simulate(PortsScenario scenario, Locale language) {
        return new PortsSimulator(scenario, language).run();
    }

    /**
     * The client and the server on the TCP lessons' network (100 Mb/s, half the RTT each way); the
     * server listens on 443 and accept() hands over each connection's own socket.
     */
    private PortsSimulator(PortsScenario s, Locale language) {
        if (s.connections() < 1 || s.connections() > 20) {
            throw new IllegalArgumentException("connections: expected 1 to 20, got " + s.connections());
        }
        this.scenario = s;
        this.n = new PortsNarration(language);
        this.drop = DropList.parse(s.drop());
        this.net = new ClientServer(s.seed(), s.rttMs(), 100, 1000);
        this.sim = net.network.simulation();
        this.trace = new TraceBuilder(LESSON_ID, List.of(new Lane(CLIENT, n.say("lane.client"), CLIENT_IP),
                new Lane(SERVER, n.say("lane.server"), n.say("lane.listening", SERVER_IP, Integer.toString(SERVER_PORT)))));
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
        sim.schedule(0, () -> step(n.say("step.accept", Integer.toString(port)), n.say("accept", SERVER_IP,
                Integer.toString(SERVER_PORT), CLIENT_IP, Integer.toString(port)), List.of("RFC 9293 §3.3.1", "RFC 9293 §3.1")));
    }

    private Trace run() {
        step(n.say("step.listens"), n.say("listens", Integer.toString(PortsScenario.PortRange.LINUX.low()),
                Integer.toString(PortsScenario.PortRange.LINUX.high())), List.of("RFC 6335 §6", "RFC 9293 §3.1"));
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
        step(n.say("step.connect", Integer.toString(localPort)), n.say("connect", n.range(scenario.portRange()),
                CLIENT_IP, Integer.toString(localPort), SERVER_IP, Integer.toString(SERVER_PORT)), List.of("RFC 6335 §6", "RFC 6056"));
    }

    private void close(int localPort) {
        TcpEndpoint c = clients.get(localPort);
        if (c.state() != TcpState.ESTABLISHED) {
            return;
        }
        c.close();
        step(n.say("step.close", Integer.toString(localPort)), n.close(scenario, localPort),
                List.of("RFC 9293 §3.6", "RFC 9293 §3.4.2"));
    }

    private void exhaustionSteps() {
        PortsScenario s = scenario;
        step(n.say("step.exhaustion"), n.exhaustion(s), List.of("RFC 6056 §2", "RFC 9293 §3.4.2"));
        step(n.say("step.remedies"), n.remedies(s), List.of("RFC 6056", "RFC 7323 §5.8", "RFC 9293 §3.4.2"));
    }

    private void step(String title, String narration, List<String> references) {
        List<Table> tables = List.of(sockets(CLIENT_SOCKETS, n.say("table.clientSockets"), clients, true),
                sockets(SERVER_SOCKETS, n.say("table.serverSockets"), serverSockets(), false), usage());
        List<NodeState> nodes = List.of(
                new NodeState(CLIENT, n.say(count(clients) == 1 ? "state.socket" : "state.sockets",
                        Long.toString(count(clients))), List.of(new Variable(n.say("variable.sockets"),
                        Integer.toString(clients.size())))),
                new NodeState(SERVER, "LISTEN *:443", List.of(new Variable(n.say("variable.accepted"),
                        Integer.toString(acceptCalls)))));
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
        return new Table(id, title, n.columns("table.sockets.columns"), rows);
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
        return new Table(PORT_USAGE, n.say("table.usage"), n.columns("table.usage.columns"), rows);
    }
}
