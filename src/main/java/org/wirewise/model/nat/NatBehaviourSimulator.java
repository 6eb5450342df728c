package org.wirewise.model.nat;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
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
 * decision highlights the rule that made it.
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
    private Endpoint mapped;
    private long now;

    public static Trace simulate(NatBehaviourScenario scenario) {
        return new NatBehaviourSimulator(scenario).run();
    }

    private NatBehaviourSimulator(NatBehaviourScenario s) {
        this.scenario = s;
        Simulation sim = new Simulation(s.seed());
        this.tx = sim.randomStream("stun-transaction");
        this.wan = SimTime.millis(s.rttMs() / 2);
        this.trace = new TraceBuilder(LESSON_ID, List.of(
                new Lane(HOST, "Host X", host.ip()),
                new Lane(NAT, "NAT", PUBLIC_ADDRESS),
                new Lane(Y1, "Server Y1", "198.51.100.7"),
                new Lane(Y2, "Host Y2", y2.ip())));
        this.stage = new NatStage(trace, sim.randomStream("ip-id"));
        this.nat = new Nat(List.of(Endpoint.of(PUBLIC_ADDRESS, 1).address()),
                new NatBehaviour(s.mapping(), s.filtering(), s.portPreservation()), 1024, 65535,
                1024 + sim.randomStream("nat-port").nextInt(64512), SimTime.seconds(120), SimTime.seconds(7440));
    }

    private Trace run() {
        NatBehaviour b = nat.behaviour();
        step(b.classicName().startsWith("no classic") ? "An " + b.shortName() + " NAT (no RFC 3489 name)"
                        : "A " + b.classicName() + " NAT (" + b.shortName() + ")",
                "Mapping: " + b.mapping().displayName() + " (" + b.mapping().rule() + "). Filtering: "
                        + b.filtering().displayName() + " (" + b.filtering().rule() + "). Port preservation is "
                        + (b.portPreservation() ? "on" : "off") + ". RFC 4787 replaced the old cone/symmetric names "
                        + "with these two independent properties because real NATs mix them; the tests below are "
                        + "the ones RFC 5780 runs with STUN to find out which NAT you are behind.",
                List.of("RFC 4787 §3", "RFC 4787 §4.1", "RFC 4787 §5", "RFC 5780 §4"), -1, -1, -1);

        byte[] id = transactionId();
        int out = outbound(y1, Stun.bindingRequest(id), "Binding request");
        Nat.Entry first = nat.entries().get(0);
        mapped = first.external();
        step("X asks Y1: where do I come from?",
                "Host X sends a STUN Binding request from " + host + " to Y1 " + y1 + ". The NAT has no row for "
                        + host + ", so it creates one: " + host + " → " + mapped + (mapped.port() == host.port()
                        ? " (the internal port is kept: port preservation)." : ".")
                        + " Y1 will tell X this address in XOR-MAPPED-ADDRESS.",
                List.of("RFC 4787 §4.1", "RFC 5389 §7.1"), out, first.id(), 0);
        now += wan;
        inbound(y1, Stun.bindingSuccess(id, mapped), "the answer from Y1:3478",
                "The reply comes from exactly the address and port X sent to, so every filtering behaviour lets it "
                        + "in: X learns its mapped address " + mapped + ".", "reply from Y1:3478");
        inbound(y1Other, Stun.bindingSuccess(transactionId(), mapped), "a probe from Y1's other port",
                "Y1 sends from port 3479, which X never sent to (RFC 5780's CHANGE-REQUEST with the port flag).",
                "Y1 other port (3479)");
        inbound(y2, Stun.bindingSuccess(transactionId(), mapped), "a probe from a third host",
                "Y2 has never been contacted by X at all; this is the unsolicited traffic a firewall exists to "
                        + "stop, and what a peer trying to reach X directly looks like.", "third host Y2");
        mappingTest(y1Other, "Y1's other port");
        mappingTest(y2, "a third host Y2");
        step("Verdict: " + name(b),
                b.shortName() + ". " + verdict(b) + " RFC 4787 REQ-1 requires endpoint-independent mapping and "
                        + "REQ-8 recommends endpoint-independent filtering (address-dependent when stricter "
                        + "security is wanted) because other mappings break peer-to-peer applications.",
                List.of("RFC 4787 §4.1 REQ-1", "RFC 4787 §5 REQ-8", "RFC 5780 §4.3", "RFC 5780 §4.4"), -1, -1, -1);
        return trace.build();
    }

    private static String name(NatBehaviour b) {
        return b.classicName().startsWith("no classic") ? b.shortName() + ", no RFC 3489 name"
                : b.classicName() + " (" + b.shortName() + ")";
    }

    private static String verdict(NatBehaviour b) {
        if (b.mapping() == Mapping.ENDPOINT_INDEPENDENT) {
            return "Its reflexive address is the same for everyone, so a peer that learns it (through STUN) can "
                    + "use it; whether the peer's first packet gets in depends on the filtering.";
        }
        return "Its reflexive address changes with the destination, so the address STUN reports is useless to a "
                + "peer: hole punching through it usually fails and a TURN relay is needed.";
    }

    private void mappingTest(Endpoint remote, String who) {
        Nat.Entry before = nat.entries().get(0);
        int packet = outbound(remote, Stun.bindingRequest(transactionId()), "Binding request");
        Nat.Entry used = nat.entries().stream().filter(e -> e.contacted().contains(remote)
                && e.internal().equals(host)).findFirst().orElseThrow();
        boolean reused = used == before;
        results.add(new Table.Row(List.of("X sends to " + who, remote.toString(),
                reused ? "✓ same mapping " + used.external() : "✗ new mapping " + used.external()), true));
        step("X sends to " + who + ": " + (reused ? "same mapping" : "new mapping " + used.external()),
                "X sends from the same " + host + " to " + remote + ". With " + nat.behaviour().mapping().displayName()
                        + " mapping the NAT's mapping is " + nat.behaviour().mapping().rule() + ", so "
                        + (reused ? "it reuses " + used.external() + ": the address STUN reported holds for "
                        + remote + " too." : "it creates " + used.external() + ": a peer told about " + mapped
                        + " would be writing to the wrong port."),
                List.of("RFC 4787 §4.1", "RFC 5780 §4.3"), packet, used.id(), 0);
        now += wan;
    }

    private int outbound(Endpoint remote, byte[] payload, String what) {
        String lane = remote.address().equals(y2.address()) ? Y2 : Y1;
        now += SimTime.MILLISECOND;
        byte[] inside = stage.udp(HOST, NAT, host, remote, payload);
        stage.packet(HOST, NAT, now, NatTableSimulator.LAN, what, inside);
        now += NatTableSimulator.LAN;
        Endpoint ext = nat.outbound(Transport.UDP, host, remote, now).orElseThrow().entry().external();
        int out = stage.packet(NAT, lane, now, wan, what + " from " + ext,
                stage.translate(inside, NAT, lane, ext, null));
        return out;
    }

    private void inbound(Endpoint from, byte[] payload, String what, String why, String probe) {
        String lane = from.address().equals(y2.address()) ? Y2 : Y1;
        now += SimTime.MILLISECOND;
        byte[] outside = stage.udp(lane, NAT, from, mapped, payload);
        Nat.Inbound in = nat.inbound(Transport.UDP, mapped, from, now + wan);
        int p = stage.packet(lane, NAT, now, wan, "from " + from + (in.accepted() ? "" : " ✗"), outside);
        now += wan;
        if (in.accepted()) {
            stage.packet(NAT, HOST, now, NatTableSimulator.LAN, "Binding success",
                    stage.translate(outside, NAT, HOST, null, host));
        }
        results.add(new Table.Row(List.of(probe, from.toString(), in.accepted() ? "✓ forwarded to X"
                : "✗ dropped"), true));
        step((in.accepted() ? "Let in: " : "Dropped: ") + what,
                why + " Decision: " + in.reason() + (in.accepted() ? ". The NAT forwards it to " + host + "."
                        : ". The NAT drops it silently."),
                List.of("RFC 4787 §5", "RFC 5780 §4.4"), p, in.entry() == null ? -1 : in.entry().id(), 1);
        now += NatTableSimulator.LAN;
    }

    private byte[] transactionId() {
        byte[] id = new byte[12];
        tx.nextBytes(id);
        return id;
    }

    /** @param rule 0 highlights the mapping rule, 1 the filtering rule, -1 neither */
    private void step(String title, String narration, List<String> refs, int packet, int row, int rule) {
        NatBehaviour b = nat.behaviour();
        Table rules = new Table(RULES, "This NAT's rules: " + name(b), List.of("Property", "Behaviour",
                "Rule"), List.of(
                new Table.Row(List.of("Mapping", b.mapping().displayName(), b.mapping().rule()), rule == 0),
                new Table.Row(List.of("Filtering", b.filtering().displayName(), b.filtering().rule()), rule == 1)));
        List<Table.Row> resultRows = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Table.Row r = results.get(i);
            resultRows.add(new Table.Row(r.cells(), i == results.size() - 1 && packet >= 0));
        }
        Table outcomes = new Table(RESULTS, "Tests so far", List.of("Test", "Remote", "Result"), resultRows);
        List<NodeState> nodes = List.of(new NodeState(NAT, b.shortName(), List.of(
                new Variable("mapping", b.mapping().displayName()),
                new Variable("filtering", b.filtering().displayName()))),
                new NodeState(HOST, mapped == null ? "unmapped" : "mapped", mapped == null ? List.of()
                        : List.of(new Variable("mapped address", mapped.toString()))));
        trace.step(now, title, narration, refs, packet,
                new Snapshot(nodes, List.of(), List.of(rules, NatStage.table(nat, now, row), outcomes)));
    }
}
