package org.wirewise.model.latency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
    /** Each lane's state once the packet has arrived: sender, router A, router B, receiver (bundle keys). */
    private static final String DONE = "sent|sent|sent|received";

    private final ComponentsScenario s;
    private final ComponentsPath path;
    private final ComponentsNarration n;
    private final TraceBuilder trace;
    private final List<DelayBreakdown.Part> parts = new ArrayList<>();
    private final List<Measurement> spans = new ArrayList<>();
    private final int[] probeIds = new int[3];
    private QueueCurve curve;
    /** The run's time at which the trace starts: the first packet shown, so the diagram opens on it. */
    private long origin;

    private LatencyComponentsSimulator(ComponentsScenario s, Locale language) {
        if (s.packetBytes() < 46 || s.packetBytes() > 9000) {
            throw new IllegalArgumentException("packetBytes: expected 46 to 9000 bytes, got " + s.packetBytes());
        }
        this.s = s;
        this.path = new ComponentsPath(s);
        this.n = new ComponentsNarration(language);
        this.trace = new TraceBuilder(LESSON_ID, List.of(
                new Lane(ComponentsPath.SENDER, n.text("lane.sender"), "192.0.2.10"),
                new Lane(ComponentsPath.ROUTER_A, n.text("lane.routerA"), n.text("lane.routerA.sub")),
                new Lane(ComponentsPath.ROUTER_B, n.text("lane.routerB"), n.text("lane.routerB.sub", n.km(s.distanceKm()))),
                new Lane(ComponentsPath.RECEIVER, n.text("lane.receiver"), "198.51.100.20")));
    }

    public static Trace simulate(ComponentsScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the packets and numbers are the same in every language. */
    public static Trace simulate(ComponentsScenario scenario, Locale language) {
        return new LatencyComponentsSimulator(scenario, language).run();
    }

    private String t(long nanos) {
        return n.t(nanos);
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

        step(path.probeSent(), n.text("step.path"), n.path(s, path.accessBps, path.linkBps), List.of(),
                -1, "sending|idle|idle|waiting");
        add(Kind.TRANSMISSION, n.text("where.senderToA"), first.transmissionDelay());
        add(Kind.PROPAGATION, n.text("where.senderToA"), first.propagation());
        span(n.text("span.transmission", t(first.transmissionDelay())), ComponentsPath.SENDER, first.transmission().start(),
                first.transmission().start() + first.transmissionDelay());
        step(first.transmission().arrival(), n.text("step.firstLink"),
                n.firstLink(frame, path.accessBps, first.transmissionDelay(), first.propagation()),
                List.of("IEEE 802.3"), probeIds[0], "sent|receiving|idle|waiting");
        long processingA = haul.offered() - first.transmission().arrival();
        add(Kind.PROCESSING, n.text("where.routerA"), processingA);
        span(n.text("span.processing", t(processingA)), ComponentsPath.ROUTER_A, first.transmission().arrival(), haul.offered());
        step(haul.offered(), n.text("step.processing"), n.processing(n.text("lane.routerA"), processingA),
                RFC1812, probeIds[0], "sent|processing|idle|waiting");
        add(Kind.QUEUING, n.text("where.routerA"), haul.queuing());
        span(n.text("span.queuing", t(haul.queuing())), ComponentsPath.ROUTER_A, haul.offered(), haul.transmission().start());
        double md1 = s.load() > 0 ? Queueing.waitMd1(load, service) : 0;
        step(haul.transmission().start(), n.text("step.queuing"),
                n.queuing(ahead.size(), haul.queuing(), s.load(), mean, md1), List.of(),
                probeIds[1], "sent|queuing|idle|waiting");
        add(Kind.TRANSMISSION, n.text("where.aToB"), haul.transmissionDelay());
        step(haul.transmission().start() + haul.transmissionDelay(), n.text("step.longHaul"),
                n.longHaul(path.linkBps, haul.transmissionDelay()), List.of(),
                probeIds[1], "sent|transmitting|idle|waiting");
        add(Kind.PROPAGATION, n.text("where.aToB"), haul.propagation());
        span(n.text("span.propagation", t(haul.propagation())), ComponentsPath.ROUTER_B,
                haul.transmission().arrival() - haul.propagation(), haul.transmission().arrival());
        step(haul.transmission().arrival(), n.text("step.propagation", n.km(s.distanceKm())),
                n.propagation(s.distanceKm(), haul.propagation()), List.of(), probeIds[1],
                "sent|sent|receiving|waiting");
        long processingB = last.offered() - haul.transmission().arrival();
        add(Kind.PROCESSING, n.text("where.routerB"), processingB);
        add(Kind.QUEUING, n.text("where.routerB"), last.queuing());
        add(Kind.TRANSMISSION, n.text("where.bToReceiver"), last.transmissionDelay());
        add(Kind.PROPAGATION, n.text("where.bToReceiver"), last.propagation());
        step(last.transmission().arrival(), n.text("step.lastHop"),
                n.lastHop(processingB, last.transmissionDelay(), last.propagation()), RFC1812,
                probeIds[2], DONE);
        DelayBreakdown whole = new DelayBreakdown(parts);
        long end = last.transmission().arrival();
        step(end, n.text("step.total"), n.total(whole), List.of(), probeIds[2], DONE);
        step(end, n.text("step.curve"), n.curve(curve, mean,
                s.load() > 0 ? Queueing.waitMm1(load, service) : 0), List.of(), -1, DONE, queueTable());
        long mbAt100 = transmission(ONE_MB, 100_000_000L);
        long mbAt1g = transmission(ONE_MB, 1_000_000_000L);
        step(end, n.text("step.examples"), n.examples(mbAt100, mbAt1g), List.of(),
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
                    probe ? n.text("packet.ours", Integer.toString(s.packetBytes()))
                            : n.text("packet.cross", Integer.toString(CrossTraffic.PACKET_BYTES)),
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
        List<NodeState> nodes = List.of(new NodeState(ComponentsPath.SENDER, n.text("state." + state[0]), List.of()),
                new NodeState(ComponentsPath.ROUTER_A, n.text("state." + state[1]), List.of()),
                new NodeState(ComponentsPath.ROUTER_B, n.text("state." + state[2]), List.of()),
                new NodeState(ComponentsPath.RECEIVER, n.text("state." + state[3]), List.of()));
        // Only the span this step measured: the delays all happen near one another and their labels would collide.
        trace.step(time - origin, title, narration, refs, packet, new Snapshot(nodes, spans, tables, facts));
        spans.clear();
    }

    private Table delaysTable() {
        List<Table.Row> rows = new ArrayList<>();
        for (DelayBreakdown.Part p : parts) {
            rows.add(Table.Row.of(p.where(), n.kind(p.kind()), t(p.nanos())));
        }
        rows.add(Table.Row.emphasis(n.text("table.delays.total"), "", t(new DelayBreakdown(parts).total()))); // on every step: not a subject
        return new Table(DELAYS, n.text("table.delays"), List.of(n.text("table.delays.where"),
                n.text("table.delays.delay"), n.text("table.delays.time")), rows);
    }

    private Table queueTable() {
        List<Table.Row> rows = new ArrayList<>();
        for (QueueCurve.Point p : curve.points()) {
            rows.add(new Table.Row(List.of(n.percent(p.load()), t(Math.round(p.measuredNanos())),
                    t(Math.round(p.md1Nanos())), t(Math.round(p.mm1Nanos()))), Math.abs(p.load() - s.load()) < 0.025));
        }
        return new Table(QUEUE, n.text("table.queue"), List.of(n.text("table.queue.load"),
                n.text("table.queue.measured"), n.text("table.queue.md1"), n.text("table.queue.mm1")), rows);
    }

    private Table examplesTable(long mbAt100, long mbAt1g) {
        int frame = s.packetBytes() + ComponentsPath.ETHERNET_HEADER + ComponentsPath.FRAMING;
        return new Table(EXAMPLES, n.text("table.examples"), List.of(n.text("table.examples.size"),
                n.text("table.examples.rate"), n.text("table.examples.transmission")), List.of(
                Table.Row.of("1 MB", "100 Mb/s", t(mbAt100)),
                Table.Row.of("1 MB", "1 Gb/s", t(mbAt1g)),
                Table.Row.of("1 MB", n.rate(path.linkBps), t(transmission(ONE_MB, path.linkBps))),
                Table.Row.of(n.text("table.examples.frame", Integer.toString(frame)), n.rate(path.linkBps),
                        t(transmission(frame, path.linkBps)))));
    }
}
