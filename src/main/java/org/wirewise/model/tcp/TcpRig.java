package org.wirewise.model.tcp;

import org.wirewise.model.transport.ClientServer;
import org.wirewise.model.transport.SequenceNumbers;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpEndpoint;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpState;
import org.wirewise.model.transport.TcpTuning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.Packet;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.SackBlock;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpOption;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.sim.Simulation;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Fact;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.TimerFact;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.trace.Variable;
import org.wirewise.model.text.Texts;

/**
 * A client and a server host on one {@link Network}, joined by one cable, each with a TCP socket
 * ({@link TcpStack}), as the TCP lessons run them:
 * real frames, timers on the simulation, numbered packets of which the listed ones are lost, and
 * trace steps that carry both endpoints' states, variables and running timers.
 */
public final class TcpRig {

    public static final String CLIENT = ClientServer.CLIENT;
    public static final String SERVER = ClientServer.SERVER;
    /** The table of running timers each step carries; a sequence diagram draws them as countdowns. */
    public static final TableKey TIMERS_TABLE = TableKey.of("timers");
    public static final List<String> TIMER_COLUMNS = List.of("lane", "timer", "armed (ns)", "expires (ns)");

    public final Simulation sim;
    /** The network the two hosts are on. */
    public final Network network;
    public final Side client;
    public final Side server;
    public final TraceBuilder trace;
    public final long rtt;
    /** The words the TCP connection lessons share ({@code tcp-connection.properties}). */
    public static final String CONNECTION_TEXTS = "org.wirewise.model.tcp.tcp-connection";
    private final Texts texts;
    private final Set<Integer> drop;
    private final List<Measurement> measurements = new ArrayList<>();
    private Supplier<List<Table>> extraTables = List::of;
    private Supplier<List<Fact>> extraFacts = List::of;
    private java.util.function.BiPredicate<Side, TcpSegment> extraLoss = (side, seg) -> false;
    private Supplier<List<NodeState>> extraNodes = List::of;
    private int sent;
    /** The id of the packet being processed by its receiver right now. */
    private int arriving = -1;

    /**
     * @param drop packet numbers (1-based, in sending order) that are lost in transit
     */
    public TcpRig(String lessonId, long seed, double rttMs, double bandwidthMbps, int serverPort,
                  TcpConfig clientConfig, TcpTuning clientTuning, TcpConfig serverConfig, TcpTuning serverTuning,
                  Set<Integer> drop) {
        this(lessonId, seed, rttMs, bandwidthMbps, serverPort, clientConfig, clientTuning, serverConfig,
                serverTuning, drop, List.of());
    }

    /** A rig whose trace has further lanes after client and server, for packets a lesson adds itself. */
    public TcpRig(String lessonId, long seed, double rttMs, double bandwidthMbps, int serverPort,
                  TcpConfig clientConfig, TcpTuning clientTuning, TcpConfig serverConfig, TcpTuning serverTuning,
                  Set<Integer> drop, List<Lane> extraLanes) {
        this(lessonId, seed, rttMs, bandwidthMbps, serverPort, clientConfig, clientTuning, serverConfig,
                serverTuning, drop, extraLanes, Locale.ENGLISH);
    }

    /** A rig whose own words (lanes, timers, loss steps) are in {@code language}. */
    public TcpRig(String lessonId, long seed, double rttMs, double bandwidthMbps, int serverPort,
                  TcpConfig clientConfig, TcpTuning clientTuning, TcpConfig serverConfig, TcpTuning serverTuning,
                  Set<Integer> drop, List<Lane> extraLanes, Locale language) {
        this.texts = Texts.of(CONNECTION_TEXTS, language);
        ClientServer net = new ClientServer(seed, rttMs, bandwidthMbps, 1000);
        this.network = net.network;
        this.sim = network.simulation();
        this.drop = Set.copyOf(drop);
        this.rtt = SimTime.millis(rttMs);
        HostNode clientNode = net.client;
        HostNode serverNode = net.server;
        TcpStack clientTcp = net.clientTcp;
        TcpStack serverTcp = net.serverTcp;
        int clientPort = clientTcp.ephemeralPort();
        Host clientHost = net.clientIdentity();
        Host serverHost = net.serverIdentity();
        List<Lane> lanes = new ArrayList<>(List.of(
                new Lane(CLIENT, texts.get("lane.client"), "192.0.2.10:" + clientPort),
                new Lane(SERVER, texts.get("lane.server"), "198.51.100.80:" + serverPort)));
        lanes.addAll(extraLanes);
        this.trace = new TraceBuilder(lessonId, lanes);
        this.client = new Side(clientNode, clientHost, serverHost);
        this.server = new Side(serverNode, serverHost, clientHost);
        client.peerSide = server;
        server.peerSide = client;
        TcpSocket clientSocket = clientTcp.open(clientPort, clientConfig, clientTuning);
        clientSocket.setPeer(serverNode.address());
        client.endpoint = clientSocket.endpoint();
        server.endpoint = serverTcp.open(serverPort, serverConfig, serverTuning).endpoint();
        // Only the rig's own two hosts: a lesson may add hosts of its own to the network.
        network.onSend((node, packet) -> {
            Side side = sideOf(node);
            if (side != null) {
                side.sending(packet);
            }
        });
        network.observe(t -> {
            Side side = sideOf(t.from().node());
            if (side != null) {
                side.transmitted(t);
            }
        });
        network.onDeliver(packet -> arriving = packet.traceId());
        TcpStack.ArrivalListener heard = (socket, segment, before) ->
                arrivals.arrived(socket.endpoint() == client.endpoint ? client : server, segment, arriving, before);
        clientTcp.onArrival(heard);
        serverTcp.onArrival(heard);
    }

    /** The rig's side on {@code node}, or null for a host a lesson added to the network itself. */
    private Side sideOf(org.wirewise.model.net.Node node) {
        return node == client.node() ? client : node == server.node() ? server : null;
    }

    /** States of a lesson's own lanes, which every step carries after client and server. */
    public void setExtraNodes(Supplier<List<NodeState>> nodes) {
        this.extraNodes = nodes;
    }

    /** Tables every step carries besides the timers (buffers, sockets). */
    public void setExtraTables(Supplier<List<Table>> tables) {
        this.extraTables = tables;
    }

    /** Facts every step carries besides the timers (buffer samples, message timelines). */
    public void setExtraFacts(Supplier<List<Fact>> facts) {
        this.extraFacts = facts;
    }

    public void measure(Measurement m) {
        measurements.add(m);
    }

    /** The packet whose arrival is being processed (for steps about what it caused), or -1. */
    public int arriving() {
        return arriving;
    }

    /** Loses, besides the drop list, every segment this predicate picks when it is sent. */
    public void setExtraLoss(java.util.function.BiPredicate<Side, TcpSegment> loss) {
        this.extraLoss = loss;
    }

    /** Counts a packet a lesson sends outside the two endpoints, so numbering stays one sequence. */
    public int countPacket() {
        return ++sent;
    }

    /** Whether packet number {@code n} (1-based) is on the drop list. */
    public boolean drops(int n) {
        return drop.contains(n);
    }

    public Set<Integer> dropList() {
        return drop;
    }

    /** Records a step at the current time with both endpoints' state. */
    public void step(String title, String narration, List<String> references, int packetId) {
        List<NodeState> nodes = new ArrayList<>(List.of(node(client), node(server)));
        nodes.addAll(extraNodes.get());
        List<Table> tables = new ArrayList<>();
        tables.add(timers());
        tables.addAll(extraTables.get());
        List<Fact> facts = new ArrayList<>(timerFacts());
        facts.addAll(extraFacts.get());
        trace.step(sim.now(), title, narration, references, packetId,
                new Snapshot(nodes, measurements, tables, facts));
    }

    private NodeState node(Side side) {
        List<Variable> vars = new ArrayList<>(side.endpoint.variables(texts.language()));
        vars.add(new Variable("cwnd", Long.toString(side.endpoint.congestionWindow())));
        return new NodeState(side.host.lane(), side.endpoint.state().displayName(), vars);
    }

    private List<TimerFact> timerFacts() {
        List<TimerFact> facts = new ArrayList<>();
        for (Side side : List.of(client, server)) {
            for (TcpEndpoint.ActiveTimer t : side.endpoint.activeTimers()) {
                facts.add(new TimerFact(side.host.lane(), timerName(t), t.armedAt(), t.expiresAt()));
            }
        }
        return facts;
    }

    private Table timers() {
        List<Table.Row> rows = new ArrayList<>();
        for (Side side : List.of(client, server)) {
            for (TcpEndpoint.ActiveTimer t : side.endpoint.activeTimers()) {
                rows.add(Table.Row.of(side.host.lane(), timerName(t), Long.toString(t.armedAt()),
                        Long.toString(t.expiresAt())));
            }
        }
        return new Table(TIMERS_TABLE, texts.get("table.timers"), TIMER_COLUMNS, rows);
    }

    /** A timer's name as the lesson's language writes it (English: as the RFCs do, "SYN RTO"). */
    private String timerName(TcpEndpoint.ActiveTimer t) {
        return texts.get("timer." + t.kind().name());
    }

    /** The rig's shared words, in the lesson's language. */
    Texts texts() {
        return texts;
    }

    /** The first columns of a per-message timeline table: message, sent, arrived, delivered (ns). */
    List<String> messageColumns() {
        return List.of(texts.get("table.messages.message"), texts.get("table.messages.sent"),
                texts.get("table.messages.arrived"), texts.get("table.messages.delivered"));
    }

    /** "client" or "server" as a sentence names {@code side}, in the lesson's language. */
    public String who(Side side) {
        return texts.get("side." + side.lane());
    }

    public Trace build() {
        return trace.build();
    }

    /** "1.000 s" for narration. */
    public static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
    }

    /** Called when a frame reaches a side, after its endpoint has processed the segment. */
    public interface ArrivalListener {
        void arrived(Side receiver, TcpSegment segment, int packetId, TcpState before);
    }

    private ArrivalListener arrivals = (r, s, p, b) -> { };

    public void onArrival(ArrivalListener listener) {
        this.arrivals = listener;
    }

    /** One end: its host, its TCP and what it has sent. */
    public final class Side {
        public final Host host;
        public final Host peer;
        private final HostNode node;
        Side peerSide;
        public TcpEndpoint endpoint;
        private int lastPacket = -1;
        private long highestSent = -1;
        private boolean started;
        private boolean nextAckDuplicate;
        /** When this side entered TIME-WAIT, or -1; lessons use it to measure the wait. */
        public long timeWaitSince = -1;

        Side(HostNode node, Host host, Host peer) {
            this.node = node;
            this.host = host;
            this.peer = peer;
        }

        /** The id of the last packet this side sent, or -1. */
        public int lastPacket() {
            return lastPacket;
        }

        public String lane() {
            return host.lane();
        }

        /** The network host this side runs on. */
        public HostNode node() {
            return node;
        }

        /** The next ACK this side sends acknowledges the same byte again (data beyond a hole arrived). */
        public void markDuplicateAck() {
            nextAckDuplicate = true;
        }

        /** Numbers, labels and (per the drop list) loses each segment as it goes on the wire. */
        void sending(Packet packet) {
            sent++;
            TcpSegment segment = TcpStack.segmentIn(packet);
            if (drops(sent) || extraLoss.test(this, segment)) {
                packet.loseInTransit();
            }
            packet.setLabel("#" + sent + " " + label(segment));
        }

        void transmitted(Transmission t) {
            int id = trace.packet(host.lane(), peer.lane(), t.start(), t.arrival(), t.fate(), t.packet().label(),
                    t.packet().frame());
            t.packet().setTraceId(id);
            lastPacket = id;
        }

        private String label(TcpSegment seg) {
            long len = seg.payload().length + (seg.has(TcpFlags.SYN) ? 1 : 0) + (seg.has(TcpFlags.FIN) ? 1 : 0);
            boolean retransmission = false;
            if (len > 0) {
                long end = SequenceNumbers.add(seg.sequenceNumber(), len);
                if (started && SequenceNumbers.lessOrEqual(end, highestSent)) {
                    retransmission = true;
                } else {
                    highestSent = end;
                    started = true;
                }
            }
            long seqBase = endpoint.iss();
            long ackBase = endpoint.irs();
            StringBuilder b = new StringBuilder(TcpFlags.names(seg.flags()));
            if (!seg.has(TcpFlags.RST) || seg.sequenceNumber() != 0) {
                b.append(" seq=").append(SequenceNumbers.distance(seqBase, seg.sequenceNumber()));
            }
            if (seg.has(TcpFlags.ACK) && !seg.has(TcpFlags.RST)) {
                b.append(" ack=").append(SequenceNumbers.distance(ackBase, seg.acknowledgmentNumber()));
            }
            if (!seg.has(TcpFlags.RST)) {
                b.append(" win=").append(seg.window());
            }
            if (seg.payload().length > 0) {
                b.append(" len=").append(seg.payload().length);
            }
            appendSack(b, seg, ackBase);
            if (retransmission) {
                b.append("  retransmission");
            } else if (nextAckDuplicate && len == 0 && seg.has(TcpFlags.ACK)) {
                b.append("  dup ACK");
            }
            if (len == 0) {
                nextAckDuplicate = false;
            }
            return b.toString();
        }
    }

    /** SACK blocks as Wireshark's relative numbers: " sack=2897-4345,5793-7241", most recent first. */
    private static void appendSack(StringBuilder b, TcpSegment seg, long ackBase) {
        for (TcpOption option : seg.options()) {
            if (option instanceof TcpOption.Sack sack) {
                b.append(" sack=");
                String sep = "";
                for (SackBlock block : sack.blocks()) {
                    b.append(sep).append(SequenceNumbers.distance(ackBase, block.left())).append('-')
                            .append(SequenceNumbers.distance(ackBase, block.right()));
                    sep = ",";
                }
            }
        }
    }
}
