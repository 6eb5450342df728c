package org.wirewise.model.tcp;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.wirewise.model.net.Host;
import org.wirewise.model.packet.Frames;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.packet.SackBlock;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpOption;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.Link;
import org.wirewise.model.sim.LossModel;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.sim.Simulation;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.trace.Variable;

/**
 * A client and a server {@link TcpEndpoint} joined by two links, as the TCP lessons run them:
 * real frames, timers on the simulation, numbered packets of which the listed ones are lost, and
 * trace steps that carry both endpoints' states, variables and running timers.
 */
public final class TcpRig {

    public static final String CLIENT = "client";
    public static final String SERVER = "server";
    /** The table of running timers each step carries; a sequence diagram draws them as countdowns. */
    public static final String TIMERS_TABLE = "timers";
    public static final List<String> TIMER_COLUMNS = List.of("lane", "timer", "armed (ns)", "expires (ns)");

    public final Simulation sim;
    public final Side client;
    public final Side server;
    public final TraceBuilder trace;
    public final long rtt;
    private final Set<Integer> drop;
    private final List<Measurement> measurements = new ArrayList<>();
    private Supplier<List<Table>> extraTables = List::of;
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
        this.sim = new Simulation(seed);
        this.drop = Set.copyOf(drop);
        this.rtt = SimTime.millis(rttMs);
        RandomGenerator ports = sim.randomStream("ephemeral-port");
        RandomGenerator isn = sim.randomStream("isn");
        RandomGenerator ts = sim.randomStream("timestamp-offset");
        int clientPort = 32768 + ports.nextInt(60999 - 32768 + 1); // Linux ip_local_port_range
        Host clientHost = new Host(CLIENT, MacAddress.of("02:00:00:00:00:0a"), Host.literal("192.0.2.10"));
        Host serverHost = new Host(SERVER, MacAddress.of("02:00:00:00:00:50"), Host.literal("198.51.100.80"));
        List<Lane> lanes = new ArrayList<>(List.of(
                new Lane(CLIENT, "Client", "192.0.2.10:" + clientPort),
                new Lane(SERVER, "Server", "198.51.100.80:" + serverPort)));
        lanes.addAll(extraLanes);
        this.trace = new TraceBuilder(lessonId, lanes);
        long oneWay = SimTime.millis(rttMs / 2);
        long bps = Math.round(bandwidthMbps * 1_000_000);
        this.client = new Side(clientHost, serverHost, new Link<>(sim, "client->server", bps, oneWay, 1000,
                LossModel.NONE, f -> f.bytes.length));
        this.server = new Side(serverHost, clientHost, new Link<>(sim, "server->client", bps, oneWay, 1000,
                LossModel.NONE, f -> f.bytes.length));
        client.peerSide = server;
        server.peerSide = client;
        client.endpoint = new TcpEndpoint(clientConfig, clientTuning, clientPort, isn.nextLong() & 0xFFFF_FFFFL,
                ts.nextInt() & 0xFFFF_FFFFL, sim::now, TcpTimers.on(sim), client::transmit);
        server.endpoint = new TcpEndpoint(serverConfig, serverTuning, serverPort, isn.nextLong() & 0xFFFF_FFFFL,
                ts.nextInt() & 0xFFFF_FFFFL, sim::now, TcpTimers.on(sim), server::transmit);
    }

    /** States of a lesson's own lanes, which every step carries after client and server. */
    public void setExtraNodes(Supplier<List<NodeState>> nodes) {
        this.extraNodes = nodes;
    }

    /** Tables every step carries besides the timers (buffers, sockets). */
    public void setExtraTables(Supplier<List<Table>> tables) {
        this.extraTables = tables;
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
        trace.step(sim.now(), title, narration, references, packetId, new Snapshot(nodes, measurements, tables));
    }

    private NodeState node(Side side) {
        List<Variable> vars = new ArrayList<>(side.endpoint.variables());
        vars.add(new Variable("cwnd", Long.toString(side.endpoint.congestionWindow())));
        return new NodeState(side.host.lane(), side.endpoint.state().displayName(), vars);
    }

    private Table timers() {
        List<Table.Row> rows = new ArrayList<>();
        for (Side side : List.of(client, server)) {
            for (TcpEndpoint.ActiveTimer t : side.endpoint.activeTimers()) {
                rows.add(Table.Row.of(side.host.lane(), t.name(), Long.toString(t.armedAt()),
                        Long.toString(t.expiresAt())));
            }
        }
        return new Table(TIMERS_TABLE, "Running timers", TIMER_COLUMNS, rows);
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

    /** One end: its host, its TCP, the link it sends on and what it has sent. */
    public final class Side {
        public final Host host;
        public final Host peer;
        final Link<Frame> link;
        Side peerSide;
        public TcpEndpoint endpoint;
        private int ipId;
        private int lastPacket = -1;
        private long highestSent = -1;
        private boolean started;
        private boolean nextAckDuplicate;
        /** When this side entered TIME-WAIT, or -1; lessons use it to measure the wait. */
        public long timeWaitSince = -1;

        Side(Host host, Host peer, Link<Frame> link) {
            this.host = host;
            this.peer = peer;
            this.link = link;
            this.ipId = sim.randomStream("ip-id:" + host.lane()).nextInt(65536);
            link.observe((frame, number, start, arrival, fate) -> {
                Link.Fate shown = frame.lost ? Link.Fate.LOST_IN_TRANSIT : fate;
                frame.traceId = trace.packet(host.lane(), peer.lane(), start, arrival, shown, frame.label,
                        frame.bytes);
                lastPacket = frame.traceId;
            });
            link.connect(frame -> {
                if (!frame.lost) {
                    arriving = frame.traceId;
                    TcpState before = peerSide.endpoint.state();
                    peerSide.endpoint.receive(frame.segment);
                    arrivals.arrived(peerSide, frame.segment, frame.traceId, before);
                }
            });
        }

        /** The id of the last packet this side sent, or -1. */
        public int lastPacket() {
            return lastPacket;
        }

        public String lane() {
            return host.lane();
        }

        /** The next ACK this side sends acknowledges the same byte again (data beyond a hole arrived). */
        public void markDuplicateAck() {
            nextAckDuplicate = true;
        }

        void transmit(TcpSegment segment) {
            sent++;
            byte[] bytes = Frames.tcpOverIpv4(host.mac(), peer.mac(), (Inet4Address) host.address(),
                    (Inet4Address) peer.address(), ipId, 64, segment);
            ipId = (ipId + 1) & 0xFFFF;
            Frame frame = new Frame(segment, bytes, drops(sent) || extraLoss.test(this, segment));
            frame.label = "#" + sent + " " + label(segment);
            link.send(frame);
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

    /** A frame on a link, with the segment it carries and its trace packet id. */
    static final class Frame {
        final TcpSegment segment;
        final byte[] bytes;
        final boolean lost;
        String label;
        int traceId = -1;

        Frame(TcpSegment segment, byte[] bytes, boolean lost) {
            this.segment = segment;
            this.bytes = bytes;
            this.lost = lost;
        }
    }
}
