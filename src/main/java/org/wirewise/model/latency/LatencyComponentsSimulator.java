package org.wirewise.model.latency;

import static org.wirewise.model.latency.ComponentsNarration.t;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wirewise.model.latency.ComponentsPath.Hop;
import org.wirewise.model.latency.DelayBreakdown.Kind;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.Fact;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;

/**
 * The latency-components lesson: one packet across sender, router A, a long-haul fibre shared with
 * cross traffic, router B and receiver, each of its delays read off the run where it happened.
 */
public final class LatencyComponentsSimulator {

    public static final String LESSON_ID = "latency-components";
    public static final TableKey DELAYS = TableKey.of("delays");
    public static final TableKey QUEUE = TableKey.of("queue");
    public static final TableKey EXAMPLES = TableKey.of("transmission-examples");
    private static final List<String> RFC1812 = List.of("RFC 1812 §5.2");
    private static final long ONE_MB = 1_000_000;
    /** Each lane's state once the packet has arrived: sender, router A, router B, receiver. */
    private static final String DONE = "sent|sent|sent|received";

    private final ComponentsScenario s;
    private final ComponentsPath path;
    private final TraceBuilder trace;
    private final List<DelayBreakdown.Part> parts = new ArrayList<>();
    private final List<Measurement> spans = new ArrayList<>();
    private final int[] probeIds = new int[3];
    private QueueCurve curve;
    /** The run's time at which the trace starts: the first packet shown, so the diagram opens on it. */
    private long origin;

    private LatencyComponentsSimulator(ComponentsScenario s) {
        if (s.packetBytes() < 46 || s.packetBytes() > 9000) {
            throw new IllegalArgumentException("packetBytes: expected 46 to 9000 bytes, got " + s.packetBytes());
        }
        this.s = s;
        this.path = new ComponentsPath(s);
        this.trace = new TraceBuilder(LESSON_ID, List.of(
                new Lane(ComponentsPath.SENDER, "Sender", "192.0.2.10"),
                new Lane(ComponentsPath.ROUTER_A, "Router A", "queue for the long haul"),
                new Lane(ComponentsPath.ROUTER_B, "Router B", ComponentsNarration.km(s.distanceKm()) + " away"),
                new Lane(ComponentsPath.RECEIVER, "Receiver", "198.51.100.20")));
    }

    public static Trace simulate(ComponentsScenario scenario) {
        return new LatencyComponentsSimulator(scenario).run();
    }

    /** Transmission delay of {@code bytes} at {@code bitsPerSecond}: the serialisation every link applies. */
    public static long transmission(long bytes, long bitsPerSecond) {
        return SimTime.serialization(bytes, bitsPerSecond);
    }

    private Trace run() {
        path.run();
        List<Hop> hops = path.probeHops();
        Hop first = hops.get(0);
        Hop haul = hops.get(1);
        Hop last = hops.get(2);
        List<Hop> cross = path.crossOnLongHaul();
        List<Hop> ahead = cross.stream().filter(h -> h.transmission().start() < haul.transmission().start()
                && h.transmission().arrival() - h.propagation() > haul.offered()).toList();
        record(first, haul, last, ahead);
        double mean = cross.stream().mapToLong(Hop::queuing).average().orElse(0);
        double load = Math.min(s.load(), 0.95);
        long service = path.crossService();
        curve = QueueSweep.curve(s.seed(), path.linkBps, ComponentsPath.crossWireBytes(),
                Math.max(1000, s.crossPackets()), s.load(), mean);
        int frame = s.packetBytes() + ComponentsPath.ETHERNET_HEADER;

        step(path.probeSent(), "A packet's path", ComponentsNarration.path(s, path.accessBps, path.linkBps), List.of(),
                -1, "sending|idle|idle|waiting");
        add(Kind.TRANSMISSION, "sender → router A", first.transmissionDelay());
        add(Kind.PROPAGATION, "sender → router A", first.propagation());
        span("transmission " + t(first.transmissionDelay()), ComponentsPath.SENDER, first.transmission().start(),
                first.transmission().start() + first.transmissionDelay());
        step(first.transmission().arrival(), "Onto the first link: transmission and propagation",
                ComponentsNarration.firstLink(frame, path.accessBps, first.transmissionDelay(), first.propagation()),
                List.of("IEEE 802.3"), probeIds[0], "sent|receiving|idle|waiting");
        long processingA = haul.offered() - first.transmission().arrival();
        add(Kind.PROCESSING, "router A", processingA);
        span("processing " + t(processingA), ComponentsPath.ROUTER_A, first.transmission().arrival(), haul.offered());
        step(haul.offered(), "Router A processes it", ComponentsNarration.processing("Router A", processingA),
                RFC1812, probeIds[0], "sent|processing|idle|waiting");
        add(Kind.QUEUING, "router A", haul.queuing());
        span("queuing " + t(haul.queuing()), ComponentsPath.ROUTER_A, haul.offered(), haul.transmission().start());
        double md1 = s.load() > 0 ? Queueing.waitMd1(load, service) : 0;
        step(haul.transmission().start(), "Queuing behind cross traffic",
                ComponentsNarration.queuing(ahead.size(), haul.queuing(), s.load(), mean, md1), List.of(),
                probeIds[1], "sent|queuing|idle|waiting");
        add(Kind.TRANSMISSION, "router A → router B", haul.transmissionDelay());
        step(haul.transmission().start() + haul.transmissionDelay(), "Onto the long-haul link",
                ComponentsNarration.longHaul(frame, path.linkBps, haul.transmissionDelay()), List.of(),
                probeIds[1], "sent|transmitting|idle|waiting");
        add(Kind.PROPAGATION, "router A → router B", haul.propagation());
        span("propagation " + t(haul.propagation()), ComponentsPath.ROUTER_B,
                haul.transmission().arrival() - haul.propagation(), haul.transmission().arrival());
        step(haul.transmission().arrival(), "Propagation over " + ComponentsNarration.km(s.distanceKm()) + " of fibre",
                ComponentsNarration.propagation(s.distanceKm(), haul.propagation()), List.of(), probeIds[1],
                "sent|sent|receiving|waiting");
        long processingB = last.offered() - haul.transmission().arrival();
        add(Kind.PROCESSING, "router B", processingB);
        add(Kind.QUEUING, "router B", last.queuing());
        add(Kind.TRANSMISSION, "router B → receiver", last.transmissionDelay());
        add(Kind.PROPAGATION, "router B → receiver", last.propagation());
        step(last.transmission().arrival(), "Router B and the last link",
                ComponentsNarration.lastHop(processingB, last.transmissionDelay(), last.propagation()), RFC1812,
                probeIds[2], DONE);
        DelayBreakdown whole = new DelayBreakdown(parts);
        long end = last.transmission().arrival();
        step(end, "The four delays of one packet", ComponentsNarration.total(whole), List.of(), probeIds[2], DONE);
        step(end, "Queuing as the link fills", ComponentsNarration.curve(curve, mean,
                s.load() > 0 ? Queueing.waitMm1(load, service) : 0), List.of(), -1, DONE, queueTable());
        long mbAt100 = transmission(ONE_MB, 100_000_000L);
        long mbAt1g = transmission(ONE_MB, 1_000_000_000L);
        step(end, "Bigger messages: transmission grows", ComponentsNarration.examples(mbAt100, mbAt1g), List.of(),
                -1, DONE, examplesTable(mbAt100, mbAt1g));
        return trace.build();
    }

    /** The probe's three crossings and the cross traffic it waited behind, in the order they were sent. */
    private void record(Hop first, Hop haul, Hop last, List<Hop> ahead) {
        List<Hop> shown = new ArrayList<>(ahead);
        shown.addAll(List.of(first, haul, last));
        shown.sort(Comparator.comparingLong(h -> h.transmission().start()));
        origin = Math.min(path.probeSent(), shown.get(0).transmission().start());
        for (Hop h : shown) {
            var t = h.transmission();
            boolean probe = h == first || h == haul || h == last;
            int id = trace.packet(t.from().node().name(), t.to().node().name(), t.start() - origin,
                    t.arrival() - origin, t.fate(),
                    probe ? "our packet " + s.packetBytes() + " B" : "cross traffic " + CrossTraffic.PACKET_BYTES + " B",
                    t.packet().frame());
            if (probe) {
                probeIds[h == first ? 0 : h == haul ? 1 : 2] = id;
            }
        }
    }

    private void add(Kind kind, String where, long nanos) {
        parts.add(new DelayBreakdown.Part(kind, where, nanos));
    }

    private void span(String label, String lane, long from, long to) {
        spans.add(new Measurement(label, lane, from - origin, to - origin));
    }

    /** @param states the lanes' states, sender to receiver, separated by | */
    private void step(long time, String title, String narration, List<String> refs, int packet, String states,
                      Table... more) {
        List<Table> tables = new ArrayList<>();
        tables.add(delaysTable());
        tables.addAll(List.of(more));
        List<Fact> facts = new ArrayList<>();
        facts.add(new DelayBreakdown(parts));
        if (more.length > 0 && more[0].key().equals(QUEUE)) {
            facts.add(curve);
        }
        String[] state = states.split("\\|");
        List<NodeState> nodes = List.of(new NodeState(ComponentsPath.SENDER, state[0], List.of()),
                new NodeState(ComponentsPath.ROUTER_A, state[1], List.of()),
                new NodeState(ComponentsPath.ROUTER_B, state[2], List.of()),
                new NodeState(ComponentsPath.RECEIVER, state[3], List.of()));
        // Only the span this step measured: the delays all happen near one another and their labels would collide.
        trace.step(time - origin, title, narration, refs, packet, new Snapshot(nodes, spans, tables, facts));
        spans.clear();
    }

    private Table delaysTable() {
        List<Table.Row> rows = new ArrayList<>();
        for (DelayBreakdown.Part p : parts) {
            rows.add(Table.Row.of(p.where(), p.kind().displayName(), t(p.nanos())));
        }
        rows.add(Table.Row.emphasis("Total", "", t(new DelayBreakdown(parts).total()))); // on every step: not a subject
        return new Table(DELAYS, "Delays measured so far", List.of("Where", "Delay", "Time"), rows);
    }

    private Table queueTable() {
        List<Table.Row> rows = new ArrayList<>();
        for (QueueCurve.Point p : curve.points()) {
            rows.add(new Table.Row(List.of(ComponentsNarration.percent(p.load()), t(Math.round(p.measuredNanos())),
                    t(Math.round(p.md1Nanos())), t(Math.round(p.mm1Nanos()))), Math.abs(p.load() - s.load()) < 0.025));
        }
        return new Table(QUEUE, "Mean queuing delay by load", List.of("Load", "Measured", "M/D/1", "M/M/1"), rows);
    }

    private Table examplesTable(long mbAt100, long mbAt1g) {
        int frame = s.packetBytes() + ComponentsPath.ETHERNET_HEADER + ComponentsPath.FRAMING;
        return new Table(EXAMPLES, "Transmission delay = size ÷ rate", List.of("Size", "Rate", "Transmission"), List.of(
                Table.Row.of("1 MB", "100 Mb/s", t(mbAt100)),
                Table.Row.of("1 MB", "1 Gb/s", t(mbAt1g)),
                Table.Row.of("1 MB", ComponentsNarration.rate(path.linkBps), t(transmission(ONE_MB, path.linkBps))),
                Table.Row.of(frame + " B (this frame)", ComponentsNarration.rate(path.linkBps),
                        t(transmission(frame, path.linkBps)))));
    }
}
