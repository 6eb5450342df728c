package org.wirewise.model.nat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.NetInterface;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.Packet;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.UdpDatagram;
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
 * RFC 4787's behaviour tests, as RFC 5780 runs them with STUN: a host behind the NAT sends a
 * Binding request to server Y1; answers then come from Y1's other port and from a third host Y2
 * (filtering, §5), and the host sends to Y1's other port and to Y2 (mapping, §4.1). Each
 * test's row names the rule that decided it, newest first: with the translation it used just
 * above, a projector's strip shows both. All of it crosses a {@link NatNode} on one
 * {@link Network}; the lesson scripts who sends what when (each exchange a millisecond after the
 * last has landed), the network carries, translates and filters.
 */
public final class NatBehaviourSimulator {

    public static final String LESSON_ID = "nat-behaviour";
    public static final String HOST = "host";
    public static final String NAT = "nat";
    public static final String Y1 = "y1";
    public static final String Y2 = "y2";
    public static final TableKey RULES = TableKey.of("nat-rules");
    public static final TableKey RESULTS = TableKey.of("nat-results");
    private static final String PUBLIC_ADDRESS = "203.0.113.1";
    /** The rules table's properties, which a test's row names as what decided it. */

    private final NatBehaviourScenario scenario;
    private final TraceBuilder trace;
    private final NatStage stage;
    private final Nat nat;
    private final long wan;
    private final RandomGenerator tx;
    private final Endpoint host = Endpoint.of("192.168.1.10", 50000);
    private final Endpoint y1 = Endpoint.of("198.51.100.7", Stun.PORT);
    private final Endpoint y1Other = Endpoint.of("198.51.100.7", Stun.PORT + 1);
    private final Endpoint y2 = Endpoint.of("192.0.2.33", Stun.PORT);
    private final List<Table.Row> results = new ArrayList<>();
    private final Network network;
    private final Simulation sim;
    private final Map<String, HostNode> nodes = new HashMap<>();
    private Endpoint mapped;
    /** What the exchange under way is about: the first request (null) or a mapping test's key ("otherPort"). */
    private String testing;
    private final NatBehaviourNarration n;
    private Probe probe;
    /** The first Binding request's transaction id, which Y1's answer echoes. */
    private byte[] firstTransaction;

    /** A packet the lesson sends towards X's mapped address; {@code key} names its words in the bundle. */
    private record Probe(Endpoint from, String key) {
    }

    public static Trace simulate(NatBehaviourScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the packets and numbers are the same in every language. */
    public static Trace simulate(NatBehaviourScenario scenario, Locale language) {
        return new NatBehaviourSimulator(scenario, language).run();
    }

    private NatBehaviourSimulator(NatBehaviourScenario s, Locale language) {
        this.scenario = s;
        this.n = new NatBehaviourNarration(language);
        this.network = new Network(s.seed());
        this.sim = network.simulation();
        this.tx = sim.randomStream("stun-transaction");
        this.wan = SimTime.millis(s.rttMs() / 2);
        this.trace = new TraceBuilder(LESSON_ID, List.of(
                new Lane(HOST, n.text("lane.host"), host.ip()),
                new Lane(NAT, n.text("lane.nat"), PUBLIC_ADDRESS),
                new Lane(Y1, n.text("lane.y1"), "198.51.100.7"),
                new Lane(Y2, n.text("lane.y2"), y2.ip())));
        RandomGenerator ipIds = sim.randomStream("ip-id");
        network.ipIdStarts(node -> ipIds.nextInt(65536)); // one shared stream, drawn as each node first sends
        this.stage = new NatStage(trace, ipIds);
        this.nat = new Nat(List.of(Endpoint.of(PUBLIC_ADDRESS, 1).address()),
                new NatBehaviour(s.mapping(), s.filtering(), s.portPreservation()), 1024, 65535,
                1024 + sim.randomStream("nat-port").nextInt(64512), SimTime.seconds(120), SimTime.seconds(7440));
        build();
    }

    /** X on the NAT's LAN port; Y1 and Y2 behind its outside ports; rate-free cables. */
    private void build() {
        for (String lane : List.of(HOST, NAT, Y1, Y2)) {
            stage.mac(lane); // in the order the lesson's packets first name them
        }
        NatNode natNode = NatNode.on(network, NAT, nat);
        HostNode x = network.host(HOST);
        x.addInterface("eth0", stage.mac(HOST), host.ip() + "/24");
        x.gateway("192.168.1.1");
        x.udp().bind(host.port()); // X's STUN client: it reads the answers the NAT lets in
        NetInterface lan = natNode.addInterface("lan", stage.mac(NAT)).address("192.168.1.1/24");
        network.connect(x.iface("eth0"), lan, Cable.Spec.delayOnly(NatTableSimulator.LAN));
        nodes.put(HOST, x);
        for (Endpoint remote : List.of(y1, y2)) {
            String lane = laneOf(remote);
            nodes.put(lane, stage.outsideHost(natNode, lane, remote, PUBLIC_ADDRESS, wan));
        }
        for (Endpoint server : List.of(y1, y1Other, y2)) {
            nodes.get(laneOf(server)).udp().bind(server.port()); // the lesson scripts the servers' answers
        }
        natNode.setListener(new NatNode.Listener() {
            @Override
            public void outbound(Nat.Outbound result, Packet in, Packet out) {
                left(result, out);
            }

            @Override
            public void inbound(Nat.Inbound result, Packet in, Packet out) {
                arrived(result, in);
            }
        });
        network.observe(this::record);
    }

    private String laneOf(Endpoint remote) {
        return remote.address().equals(y2.address()) ? Y2 : Y1;
    }

    private Trace run() {
        NatBehaviour b = nat.behaviour();
        step(n.startTitle(b), n.start(b),
                List.of("RFC 4787 §3", "RFC 4787 §4.1", "RFC 4787 §5", "RFC 5780 §4"), -1, -1);
        // The script: each exchange starts a millisecond after the last one's packets have landed.
        long t = request(SimTime.MILLISECOND, null, y1);
        t = probe(t + SimTime.MILLISECOND, new Probe(y1, "answer"), true);
        t = probe(t + SimTime.MILLISECOND, new Probe(y1Other, "otherPort"), false);
        t = probe(t + SimTime.MILLISECOND, new Probe(y2, "thirdHost"), false);
        t = request(t + SimTime.MILLISECOND, "otherPort", y1Other);
        t = request(t + SimTime.MILLISECOND, "thirdHost", y2);
        sim.at(t, () -> step(n.text("verdict.title", n.name(b)), n.verdict(b),
                List.of("RFC 4787 §4.1 REQ-1", "RFC 4787 §5 REQ-8", "RFC 5780 §4.3", "RFC 5780 §4.4"), -1, -1));
        sim.run();
        return trace.build();
    }

    /**
     * At {@code at}, X sends a Binding request to {@code remote}; {@code who} names a mapping test
     * (null for the first request). Returns when the request has reached the remote.
     */
    private long request(long at, String who, Endpoint remote) {
        sim.at(at, () -> {
            testing = who;
            byte[] id = new byte[12];
            tx.nextBytes(id);
            if (who == null) {
                firstTransaction = id;
            }
            send(HOST, host, remote, Stun.bindingRequest(id));
        });
        return at + NatTableSimulator.LAN + wan;
    }

    /** At {@code at}, a packet towards X's mapped address; returns when X would have it. */
    private long probe(long at, Probe p, boolean firstAnswer) {
        sim.at(at, () -> {
            probe = p;
            byte[] payload;
            if (firstAnswer) {
                payload = Stun.bindingSuccess(firstTransaction, mapped);
            } else {
                byte[] id = new byte[12];
                tx.nextBytes(id);
                payload = Stun.bindingSuccess(id, mapped);
            }
            send(laneOf(p.from()), p.from(), mapped, payload);
        });
        return at + wan + NatTableSimulator.LAN;
    }

    private void send(String lane, Endpoint from, Endpoint to, byte[] payload) {
        nodes.get(lane).sendIp(from.address(), to.address(), IpProtocol.UDP,
                new UdpDatagram(from.port(), to.port(), payload).encode(from.address(), to.address()));
    }

    /** Labels as a capture on each cable would be annotated: what the packet is, from whom. */
    private void record(Transmission t) {
        String from = t.from().node().name();
        String to = t.to().node().name();
        byte[] frame = t.packet().frame();
        String label = from.equals(HOST) ? "Binding request"
                : from.equals(NAT) && to.equals(HOST) ? "Binding success"
                : from.equals(NAT) ? "Binding request from " + Translation.source(frame)
                : "from " + Translation.source(frame);
        t.packet().setTraceId(trace.packet(from, to, t.start(), t.arrival(), t.fate(), label, frame));
    }

    /** A request left through the NAT: the first one sets X's mapping, later ones test it. */
    private void left(Nat.Outbound result, Packet out) {
        Endpoint remote = Translation.destination(out.frame());
        if (testing == null) {
            Nat.Entry first = nat.entries().get(0);
            mapped = first.external();
            step(n.text("first.title"), n.first(host, y1, mapped),
                    List.of("RFC 4787 §4.1", "RFC 5389 §7.1"), out.traceId(), first.id());
            return;
        }
        Nat.Entry before = nat.entries().get(0);
        Nat.Entry used = result.entry();
        boolean reused = used == before;
        results.add(new Table.Row(List.of(n.sendsRow(testing), remote.toString(),
                n.mappingResult(reused, used.external()), n.text("property.mapping")), true));
        step(n.sendsTitle(testing, reused, used.external()),
                n.sends(host, remote, nat.behaviour().mapping(), reused, used.external(), mapped),
                List.of("RFC 4787 §4.1", "RFC 5780 §4.3"), out.traceId(), used.id());
    }

    /** A probe reached the NAT's outside: let in or dropped, by the filtering behaviour. */
    private void arrived(Nat.Inbound in, Packet packet) {
        Probe p = probe;
        if (!in.accepted()) {
            trace.relabel(packet.traceId(), "from " + p.from() + " ✗");
        }
        results.add(new Table.Row(List.of(n.probeName(p.key()), p.from().toString(), n.filteringResult(in.accepted()),
                n.text("property.filtering")), true));
        step(n.probeTitle(in.accepted(), p.key()), n.probe(p.key(), mapped, in, nat.behaviour().filtering(), host),
                List.of("RFC 4787 §5", "RFC 5780 §4.4"), packet.traceId(), in.entry() == null ? -1 : in.entry().id());
    }

    /** @param row the translation the step used (highlighted), -1 none */
    private void step(String title, String narration, List<String> refs, int packet, int row) {
        NatBehaviour b = nat.behaviour();
        NatWords w = n.words();
        Table rules = new Table(RULES, n.text("table.rules", n.name(b)), List.of(n.text("table.rules.property"),
                n.text("table.rules.behaviour"), n.text("table.rules.rule")), List.of(
                Table.Row.of(n.text("property.mapping"), w.name(b.mapping()), w.rule(b.mapping())),
                Table.Row.of(n.text("property.filtering"), w.name(b.filtering()), w.rule(b.filtering()))));
        List<Table.Row> resultRows = new ArrayList<>();
        for (int i = results.size() - 1; i >= 0; i--) { // newest first, under the translations
            resultRows.add(new Table.Row(results.get(i).cells(), i == results.size() - 1 && packet >= 0));
        }
        Table outcomes = new Table(RESULTS, n.text("table.results"), List.of(n.text("table.results.test"),
                n.text("table.results.remote"), n.text("table.results.result"), n.text("table.results.decidedBy")),
                resultRows);
        List<NodeState> states = List.of(new NodeState(NAT, b.shortName(), List.of(
                new Variable(n.text("variable.mapping"), w.name(b.mapping())),
                new Variable(n.text("variable.filtering"), w.name(b.filtering())))),
                new NodeState(HOST, n.text(mapped == null ? "state.unmapped" : "state.mapped"), mapped == null
                        ? List.of() : List.of(new Variable(n.text("variable.mapped"), mapped.toString()))));
        long now = sim.now();
        trace.step(now, title, narration, refs, packet,
                new Snapshot(states, List.of(), List.of(rules, NatStage.table(nat, now, row, w), outcomes)));
    }
}
