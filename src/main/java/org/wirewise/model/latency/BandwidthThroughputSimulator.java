package org.wirewise.model.latency;

import static org.wirewise.model.latency.ThroughputNarration.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.Fact;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.transport.TcpStack;

/**
 * The bandwidth-throughput lesson: one TCP download, and each reason its throughput falls short of
 * the link's bandwidth (the handshake, slow start, headers, ACKs, loss) measured on it.
 */
public final class BandwidthThroughputSimulator {

    public static final String LESSON_ID = "bandwidth-throughput";
    public static final TableKey EXAMPLE = TableKey.of("example");
    public static final TableKey ROUNDS = TableKey.of("rounds");
    public static final TableKey ACCOUNT = TableKey.of("account");
    private static final long HUNDRED_MB = 100_000_000L;

    private final ThroughputScenario s;
    private final long bps;
    private final long rtt;
    private final TraceBuilder trace = new TraceBuilder(LESSON_ID, List.of(
            new Lane(TcpTransfer.SERVER, "Server", "198.51.100.80:80, sends"),
            new Lane(TcpTransfer.CLIENT, "Client", "192.0.2.10, downloads")));
    private final List<Integer> ids = new ArrayList<>();
    private CapacityShare share;

    private BandwidthThroughputSimulator(ThroughputScenario s) {
        this.s = s;
        this.bps = Math.round(s.linkMbps() * 1_000_000);
        this.rtt = SimTime.millis(s.rttMs());
    }

    public static Trace simulate(ThroughputScenario scenario) {
        return new BandwidthThroughputSimulator(scenario).run();
    }

    /** Time to move {@code bytes} at {@code effectiveBps}, plus {@code latency}: the worked example. */
    public static long transferTime(long bytes, long effectiveBps, long latency) {
        return SimTime.serialization(bytes, effectiveBps) + latency;
    }

    private Trace run() {
        TcpTransfer.Setup setup = new TcpTransfer.Setup(bps, rtt, s.transferKB() * 1000L, true,
                TcpTransfer.windowFor(bps, rtt), s.lossPercent() / 100, s.seed());
        TcpTransfer.Result result = TcpTransfer.run(setup);
        TransferAccount a = TransferAccount.of(setup, result);
        List<Transmission> wire = result.wire();
        share = new CapacityShare(bps, List.of(
                new CapacityShare.Part(CapacityShare.Use.PAYLOAD, a.payloadBytes() * 8.0),
                new CapacityShare.Part(CapacityShare.Use.HEADERS, a.headerBits()),
                new CapacityShare.Part(CapacityShare.Use.RETRANSMISSIONS, a.retransmitted() * 8.0),
                new CapacityShare.Part(CapacityShare.Use.IDLE, Math.max(0, a.idleBits(bps)))));
        for (Transmission t : wire) {
            ids.add(trace.packet(t.from().node().name(), t.to().node().name(), t.start(), t.arrival(), t.fate(),
                    label(TcpStack.segmentIn(t.packet())), t.packet().frame()));
        }
        long atFull = transferTime(HUNDRED_MB, 1_000_000_000L, 0);
        long atEffective = transferTime(HUNDRED_MB, 800_000_000L, 0);
        long withLatency = transferTime(HUNDRED_MB, 800_000_000L, SimTime.millis(50));
        step(0, "Bandwidth, throughput and latency", ThroughputNarration.example(atFull, atEffective, withLatency, s,
                bps), List.of(), -1, exampleTable(atFull, atEffective, withLatency));
        int firstData = index(wire, w -> isData(w));
        step(wire.get(firstData).start(), "The handshake before any data", ThroughputNarration.handshake(
                a.firstDataSent(), rtt), List.of("RFC 9293 §3.5"), firstData - 1);
        step(wire.get(firstData).start(), "The first flight", ThroughputNarration.firstFlight(a.rounds().get(0), rtt),
                List.of("RFC 6928", "RFC 5681 §3.1"), firstData);
        step(wire.get(firstData).arrival(), "Headers on every segment",
                ThroughputNarration.headers((int) a.fullSegmentPayload(), a.fullSegmentWire()), List.of("RFC 7323 §3"),
                firstData);
        int firstAck = index(wire, w -> w.from().node().name().equals(TcpTransfer.CLIENT)
                && w.start() > wire.get(firstData).start());
        step(wire.get(firstAck).start(), "ACKs on the way back", ThroughputNarration.acks(a.ackFrames(),
                a.ackWireBytes(), a.dataFrames(), a.ackWireBytes() * 8.0 / a.capacityBits(bps)), List.of("RFC 9293 §3.8.6.3"), firstAck);
        long bdp = bps / 8 * rtt / SimTime.SECOND;
        int lastData = lastIndex(wire, this::isData);
        step(Math.max(wire.get(firstAck).start(), wire.get(lastData).start()), "Slow start, round by round",
                ThroughputNarration.rounds(a.rounds(), bdp), List.of("RFC 5681 §3.1"), lastData, roundsTable(a));
        int lost = index(wire, w -> w.fate() != org.wirewise.model.sim.Link.Fate.DELIVERED);
        long lossTime = Math.max(wire.get(lastData).start(), lost >= 0 ? wire.get(lost).start() : 0);
        step(lossTime, "Loss costs more than the lost bytes", ThroughputNarration.loss(a.lostFrames(),
                a.retransmitted(), s.lossPercent()), List.of("RFC 5681 §3.2"), lost >= 0 ? lost : lastData);
        long ideal = SimTime.serialization(setup.bytes(), bps);
        step(Math.max(lossTime, result.lastByteRead()), "Capacity against throughput",
                ThroughputNarration.summary(a, bps, ideal), List.of(), -1, accountTable(a, ideal));
        return trace.build();
    }

    private boolean isData(Transmission t) {
        TcpSegment seg = TcpStack.segmentIn(t.packet());
        return t.from().node().name().equals(TcpTransfer.SERVER) && seg.payloadLength() > 0;
    }

    private static int index(List<Transmission> wire, java.util.function.Predicate<Transmission> p) {
        for (int i = 0; i < wire.size(); i++) {
            if (p.test(wire.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndex(List<Transmission> wire, java.util.function.Predicate<Transmission> p) {
        for (int i = wire.size() - 1; i >= 0; i--) {
            if (p.test(wire.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A frame's label on the diagram: SYN, SYN-ACK, FIN, data len=N or ACK. */
    static String label(TcpSegment seg) {
        String name = seg.has(TcpFlags.SYN) ? (seg.has(TcpFlags.ACK) ? "SYN-ACK" : "SYN")
                : seg.has(TcpFlags.FIN) ? "FIN" : seg.payloadLength() > 0 ? "data" : "ACK";
        return name + (seg.payloadLength() > 0 ? " len=" + seg.payloadLength() : "");
    }

    private void step(long time, String title, String narration, List<String> refs, int packet, Table... tables) {
        // Every step carries the whole run's account: the bar is the lesson's frame of reference.
        List<Fact> facts = List.of(share);
        trace.step(time, title, narration, refs, packet < 0 ? -1 : ids.get(packet),
                new Snapshot(List.of(new NodeState(TcpTransfer.SERVER, "sending", List.of()),
                        new NodeState(TcpTransfer.CLIENT, "reading", List.of())), List.of(), List.of(tables), facts));
    }

    private Table exampleTable(long atFull, long atEffective, long withLatency) {
        return new Table(EXAMPLE, "100 MB over a 1 Gb/s link", List.of("Case", "Time"), List.of(
                Table.Row.of("At the full 1 Gb/s", t(atFull)),
                Table.Row.of("At 800 Mb/s effective", t(atEffective)),
                new Table.Row(List.of("At 800 Mb/s + 50 ms latency", t(withLatency)), true)));
    }

    private Table roundsTable(TransferAccount a) {
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < a.rounds().size(); i++) {
            rows.add(Table.Row.of(Integer.toString(i + 1), Integer.toString(a.rounds().get(i))));
        }
        return new Table(ROUNDS, "Data segments per round trip", List.of("Round", "Segments"), rows);
    }

    private Table accountTable(TransferAccount a, long ideal) {
        return new Table(ACCOUNT, "Bandwidth against throughput", List.of("Measure", "Value"), List.of(
                Table.Row.of("Link capacity", ThroughputNarration.rate(bps)),
                new Table.Row(List.of("Throughput (payload ÷ time)", ThroughputNarration.mbps(a.throughputBps())), true),
                Table.Row.of("Transfer time", t(a.duration())),
                Table.Row.of("Size ÷ bandwidth", t(ideal)),
                Table.Row.of("Data frames / bytes on the wire", a.dataFrames() + " / "
                        + String.format(Locale.ROOT, "%,d", a.dataWireBytes())),
                Table.Row.of("Client frames (ACKs) / bytes", a.ackFrames() + " / "
                        + String.format(Locale.ROOT, "%,d", a.ackWireBytes())),
                Table.Row.of("Retransmitted bytes", String.format(Locale.ROOT, "%,d", a.retransmitted()))));
    }
}
