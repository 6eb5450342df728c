package org.wirewise.model.nat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.wirewise.model.nat.Ice.CandidateType;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.sim.Simulation;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.trace.Variable;

/**
 * Two peers behind NATs try to talk directly: STUN finds each one's server-reflexive address, a
 * TURN allocation gives A a relayed one, both punch holes with ICE connectivity checks (RFC 8445),
 * and if no direct path opens the media goes through the relay. The grid of every pair of NAT
 * behaviours comes from the same {@link HolePunching} procedure.
 */
public final class NatTraversalSimulator {

    public static final String LESSON_ID = "nat-traversal";
    public static final String PEER_A = "peerA";
    public static final String NAT_A = "natA";
    public static final String SERVER = "server";
    public static final String NAT_B = "natB";
    public static final String PEER_B = "peerB";
    public static final TableKey GRID = TableKey.of("hole-punching-grid");
    public static final TableKey CANDIDATES = TableKey.of("ice-candidates");
    static final long LAN = SimTime.MICROSECOND * 500;

    private final NatTraversalScenario scenario;
    private final TraceBuilder trace;
    private final NatStage stage;
    private final Nat natA;
    private final Nat natB;
    private final long direct;
    private final long hop;
    private final RandomGenerator tx;
    private final Endpoint server = HolePunching.STUN_SERVER;
    private final Endpoint relayed;
    private final List<Table.Row> candidates = new ArrayList<>();
    private final List<Measurement> measurements = new ArrayList<>();
    private String stateA = "gathering";
    private String stateB = "gathering";
    private Endpoint reflexiveA;
    private Endpoint reflexiveB;
    private long now;

    public static Trace simulate(NatTraversalScenario scenario) {
        return new NatTraversalSimulator(scenario).run();
    }

    private NatTraversalSimulator(NatTraversalScenario s) {
        this.scenario = s;
        Simulation sim = new Simulation(s.seed());
        this.tx = sim.randomStream("stun-transaction");
        RandomGenerator ports = sim.randomStream("nat-port");
        this.direct = SimTime.millis(s.directRttMs() / 2);
        this.hop = SimTime.millis(s.relayRttMs() / 4);
        this.relayed = Endpoint.of(server.ip(), 49152 + sim.randomStream("relay-port").nextInt(16384));
        this.trace = new TraceBuilder(LESSON_ID, List.of(
                new Lane(PEER_A, "Peer A", HolePunching.PEER_A.ip()),
                new Lane(NAT_A, "NAT A", HolePunching.NAT_A_PUBLIC),
                new Lane(SERVER, "STUN/TURN", server.ip()),
                new Lane(NAT_B, "NAT B", HolePunching.NAT_B_PUBLIC),
                new Lane(PEER_B, "Peer B", HolePunching.PEER_B.ip())));
        this.stage = new NatStage(trace, sim.randomStream("ip-id"));
        this.natA = HolePunching.nat(HolePunching.NAT_A_PUBLIC,
                new NatBehaviour(s.mappingA(), s.filteringA(), s.portPreservation()), 1024 + ports.nextInt(64512));
        this.natB = HolePunching.nat(HolePunching.NAT_B_PUBLIC,
                new NatBehaviour(s.mappingB(), s.filteringB(), s.portPreservation()), 1024 + ports.nextInt(64512));
        if (s.portForwardB()) {
            natB.forward(Transport.UDP, Endpoint.of(HolePunching.NAT_B_PUBLIC, HolePunching.PEER_B.port()),
                    HolePunching.PEER_B);
        }
    }

    private Trace run() {
        step("Two peers, two NATs", "Peer A sits behind a " + describe(natA.behaviour()) + " NAT, peer B behind a "
                        + describe(natB.behaviour()) + " NAT" + (scenario.portForwardB()
                        ? ", which forwards UDP port " + HolePunching.PEER_B.port() + " to B by hand" : "")
                        + ". Neither can be reached from outside until it has sent something. ICE (RFC 8445) "
                        + "gathers every address a peer might be reached at, exchanges them through a signalling "
                        + "server, and tries them in pairs. The grid shows, for every pair of NAT behaviours, "
                        + "whether hole punching opens a direct path.",
                List.of("RFC 8445 §2", "RFC 5128 §3.3", "RFC 4787 §4.1", "RFC 4787 §5"), -1, true);
        reflexiveA = stun(PEER_A, NAT_A, natA, HolePunching.PEER_A, "A");
        allocate();
        reflexiveB = stun(PEER_B, NAT_B, natB, HolePunching.PEER_B, "B");
        addCandidate("A", CandidateType.HOST, HolePunching.PEER_A);
        addCandidate("A", CandidateType.SERVER_REFLEXIVE, reflexiveA);
        addCandidate("A", CandidateType.RELAYED, relayed);
        addCandidate("B", CandidateType.HOST, HolePunching.PEER_B);
        addCandidate("B", CandidateType.SERVER_REFLEXIVE, reflexiveB);
        stateA = "checking";
        stateB = "checking";
        step("Candidates exchanged", "Each peer sends its candidates to the other through the signalling "
                        + "channel (an SDP offer and answer; not drawn). Priorities follow RFC 8445 §5.1.2.1: "
                        + "2^24 × type preference (host 126, server-reflexive 100, relayed 0) + 2^8 × local "
                        + "preference (65535) + (256 − component 1). Host candidates are private addresses and "
                        + "cannot work across two NATs; the server-reflexive pair is tried by hole punching; the "
                        + "relayed one is the fallback.",
                List.of("RFC 8445 §5.1.2.1", "RFC 8445 §6.1.2.3", "RFC 8839 §5.1"), -1, false);
        HolePunching.Outcome outcome = punch();
        boolean success = outcome.success();
        if (success) {
            media(outcome);
        } else {
            relay();
        }
        step(success ? "Direct path chosen" : "Relayed path chosen", summary(success),
                List.of("RFC 8445 §8.1.1", "RFC 8656 §2", "RFC 6887 §1"), -1, true);
        return trace.build();
    }

    private static String describe(NatBehaviour b) {
        String classic = b.classicName();
        return (classic.startsWith("no classic") ? "" : classic + " ") + b.shortName();
    }

    private Endpoint stun(String peer, String natLane, Nat nat, Endpoint internal, String who) {
        byte[] id = transactionId();
        now += SimTime.MILLISECOND;
        byte[] inside = stage.udp(peer, natLane, internal, server, Stun.bindingRequest(id));
        stage.packet(peer, natLane, now, LAN, "Binding request", inside);
        now += LAN;
        Nat.Entry e = nat.outbound(Transport.UDP, internal, server, now).orElseThrow().entry();
        stage.packet(natLane, SERVER, now, hop, "Binding request",
                stage.translate(inside, natLane, SERVER, e.external(), null));
        now += hop;
        byte[] answer = stage.udp(SERVER, natLane, server, e.external(), Stun.bindingSuccess(id, e.external()));
        stage.packet(SERVER, natLane, now, hop, "Binding success", answer);
        now += hop;
        nat.inbound(Transport.UDP, e.external(), server, now);
        int p = stage.packet(natLane, peer, now, LAN, "Binding success",
                stage.translate(answer, natLane, peer, null, internal));
        now += LAN;
        step(who + " learns its server-reflexive address " + e.external(),
                "Peer " + who + " sends a STUN Binding request from " + internal + " to the STUN server " + server
                        + ". NAT " + who + " maps it to " + e.external() + (e.forwarded() ? " (the port forward)" : "")
                        + "; the server copies the source it saw into XOR-MAPPED-ADDRESS (XORed with the magic "
                        + "cookie so that NATs rewriting addresses inside payloads leave it alone). " + who
                        + " now has a server-reflexive candidate. Whether it is any good for a peer depends on NAT "
                        + who + "'s mapping: " + nat.behaviour().mapping().displayName() + ", "
                        + nat.behaviour().mapping().rule() + ".",
                List.of("RFC 5389 §7", "RFC 5389 §15.2", "RFC 8445 §5.1.1.2"), p, false);
        return e.external();
    }

    private void allocate() {
        byte[] id = transactionId();
        now += SimTime.MILLISECOND;
        byte[] inside = stage.udp(PEER_A, NAT_A, HolePunching.PEER_A, server, Stun.allocateRequest(id));
        stage.packet(PEER_A, NAT_A, now, LAN, "Allocate request", inside);
        now += LAN;
        Endpoint ext = natA.outbound(Transport.UDP, HolePunching.PEER_A, server, now).orElseThrow().entry().external();
        stage.packet(NAT_A, SERVER, now, hop, "Allocate request", stage.translate(inside, NAT_A, SERVER, ext, null));
        now += hop;
        byte[] answer = stage.udp(SERVER, NAT_A, server, ext, Stun.allocateSuccess(id, relayed, ext, 600));
        stage.packet(SERVER, NAT_A, now, hop, "Allocate success", answer);
        now += hop;
        natA.inbound(Transport.UDP, ext, server, now);
        int p = stage.packet(NAT_A, PEER_A, now, LAN, "Allocate success",
                stage.translate(answer, NAT_A, PEER_A, null, HolePunching.PEER_A));
        now += LAN;
        step("A gets a relayed address " + relayed,
                "A asks the TURN server for an allocation (Allocate, REQUESTED-TRANSPORT UDP). The server "
                        + "reserves " + relayed + " for A for 600 s and returns it in XOR-RELAYED-ADDRESS: anything "
                        + "sent there by a permitted peer reaches A through the same NAT mapping A's request "
                        + "opened, so it works behind any NAT. (A real server first answers 401 and A retries "
                        + "with long-term credentials and MESSAGE-INTEGRITY; that round is left out.)",
                List.of("RFC 8656 §7", "RFC 8656 §18.5", "RFC 8445 §5.1.1.2"), p, false);
    }

    private void addCandidate(String peer, CandidateType type, Endpoint address) {
        long priority = Ice.priority(type, Ice.SINGLE_INTERFACE, 1);
        candidates.add(new Table.Row(List.of(peer, type.sdpName(), address.toString(), Long.toString(priority)),
                false));
    }

    private HolePunching.Outcome punch() {
        long roundGap = 2 * LAN + direct + SimTime.MILLISECOND;
        HolePunching.Exchange exchange = new HolePunching.Exchange(natA, natB, now);
        for (int round = 1; round <= HolePunching.ROUNDS && !exchange.success(); round++) {
            now += SimTime.MILLISECOND + LAN;
            exchange.send(now);
            List<Table> whileInFlight = tables(false);
            long sentAt = now;
            now += direct;
            List<HolePunching.Attempt> both = exchange.arrive(now);
            HolePunching.Attempt a = both.get(0);
            HolePunching.Attempt b = both.get(1);
            now = sentAt;
            int pa = check(a, PEER_A, NAT_A, NAT_B, PEER_B);
            int pb = check(b, PEER_B, NAT_B, NAT_A, PEER_A);
            trace.step(now, "Round " + round + ": both send checks",
                    "A sends a connectivity check (a STUN Binding request with its PRIORITY) from "
                            + a.externalSource() + " to " + a.destination() + "; B sends from " + b.externalSource()
                            + " to " + b.destination() + ". Each outbound packet opens (or reuses) a mapping on its "
                            + "own NAT: the hole the other's packet must fall into." + (round > 1
                            ? " A peer that heard a check answers the address it came from (a peer-reflexive "
                            + "candidate, RFC 8445 §7.3.1.3)." : ""),
                    List.of("RFC 8445 §7.2.5", "RFC 5128 §3.3"), pa,
                    new Snapshot(nodes(), measurements, whileInFlight));
            now += direct;
            step(verdict(a, b), "At NAT B, A's check: " + a.reason() + (a.delivered() ? "; forwarded to B." : "; dropped.")
                            + " At NAT A, B's check: " + b.reason() + (b.delivered() ? "; forwarded to A." : "; dropped."),
                    List.of("RFC 4787 §5", "RFC 4787 §4.1"), pb, false);
            now += roundGap - direct - SimTime.MILLISECOND - LAN;
        }
        HolePunching.Outcome outcome = exchange.outcome();
        now += SimTime.MILLISECOND;
        stateA = outcome.success() ? "connected" : "failed";
        stateB = stateA;
        return outcome;
    }

    private static String verdict(HolePunching.Attempt a, HolePunching.Attempt b) {
        if (a.delivered() && b.delivered()) {
            return "Round " + a.round() + ": both checks get through";
        }
        if (!a.delivered() && !b.delivered()) {
            return "Round " + a.round() + ": both checks dropped";
        }
        return "Round " + a.round() + ": only " + (a.delivered() ? "A's" : "B's") + " check gets through";
    }

    private int check(HolePunching.Attempt at, String peer, String nat, String farNat, String farPeer) {
        long priority = Ice.priority(CandidateType.SERVER_REFLEXIVE, Ice.SINGLE_INTERFACE, 1);
        byte[] inside = stage.udp(peer, nat, at.internalSource(), at.destination(),
                Stun.connectivityCheck(transactionId(), priority));
        stage.packet(peer, nat, now - LAN, LAN, "check", inside);
        byte[] outside = stage.translate(inside, nat, farNat, at.externalSource(), null);
        int p = stage.packet(nat, farNat, now, direct, at.delivered() ? "check" : "check ✗", outside);
        if (at.delivered()) {
            Endpoint internal = farPeer.equals(PEER_B) ? HolePunching.PEER_B : HolePunching.PEER_A;
            stage.packet(farNat, farPeer, now + direct, LAN, "check",
                    stage.translate(outside, farNat, farPeer, null, internal));
        }
        return p;
    }

    /** A media packet from A to B and B's answer on the direct path; measures the round trip. */
    private void media(HolePunching.Outcome outcome) {
        Endpoint toB = outcome.attempts().stream().filter(a -> a.sender().equals("B") && a.delivered())
                .reduce((x, y) -> y).orElseThrow().externalSource();
        long start = now;
        Endpoint fromA = natA.outbound(Transport.UDP, HolePunching.PEER_A, toB, now + LAN).orElseThrow().entry().external();
        byte[] inside = stage.udp(PEER_A, NAT_A, HolePunching.PEER_A, toB, mediaPayload("A"));
        stage.packet(PEER_A, NAT_A, now, LAN, "media", inside);
        byte[] outside = stage.translate(inside, NAT_A, NAT_B, fromA, null);
        int p = stage.packet(NAT_A, NAT_B, now + LAN, direct, "media", outside);
        now += LAN + direct;
        admitted(natB.inbound(Transport.UDP, toB, fromA, now));
        stage.packet(NAT_B, PEER_B, now, LAN, "media", stage.translate(outside, NAT_B, PEER_B, null, HolePunching.PEER_B));
        now += LAN;
        Endpoint fromB = natB.outbound(Transport.UDP, HolePunching.PEER_B, fromA, now + LAN).orElseThrow().entry().external();
        byte[] back = stage.udp(PEER_B, NAT_B, HolePunching.PEER_B, fromA, mediaPayload("B"));
        stage.packet(PEER_B, NAT_B, now, LAN, "media", back);
        byte[] backOut = stage.translate(back, NAT_B, NAT_A, fromB, null);
        stage.packet(NAT_B, NAT_A, now + LAN, direct, "media", backOut);
        now += LAN + direct;
        admitted(natA.inbound(Transport.UDP, fromA, fromB, now));
        stage.packet(NAT_A, PEER_A, now, LAN, "media", stage.translate(backOut, NAT_A, PEER_A, null, HolePunching.PEER_A));
        now += LAN;
        measurements.add(new Measurement(String.format(Locale.ROOT, "direct round trip %.1f ms",
                SimTime.toMillis(now - start)), PEER_A, start, now));
        step("Media flows directly", "The checks succeeded, so the pair is nominated and media goes peer to peer: "
                        + "A → NAT A → NAT B → B and back in " + SimTime.format(now - start) + ", no server in the "
                        + "path. The NATs' mappings stay open as long as packets keep flowing (ICE sends "
                        + "consent checks at least every 5 s, RFC 7675).",
                List.of("RFC 8445 §8.1.1", "RFC 7675 §5.1"), p, false);
    }

    private void relay() {
        long start = now;
        // B's check to A's relayed candidate.
        Endpoint fromB = natB.outbound(Transport.UDP, HolePunching.PEER_B, relayed, now + LAN).orElseThrow().entry()
                .external();
        byte[] check = Stun.connectivityCheck(transactionId(), Ice.priority(CandidateType.SERVER_REFLEXIVE,
                Ice.SINGLE_INTERFACE, 1));
        byte[] inside = stage.udp(PEER_B, NAT_B, HolePunching.PEER_B, relayed, check);
        stage.packet(PEER_B, NAT_B, now, LAN, "check to relay", inside);
        int p1 = stage.packet(NAT_B, SERVER, now + LAN, hop, "check",
                stage.translate(inside, NAT_B, SERVER, fromB, null));
        now += LAN;
        step("B tries A's relayed candidate", "Hole punching failed, but A's relayed candidate " + relayed
                        + " is still on B's list. B sends its check there; NAT B opens one more mapping, "
                        + fromB + ", towards the relay. A created a permission for B's address at the TURN server "
                        + "(CreatePermission, not drawn); permissions are per IP address, not port, so B's new "
                        + "port does not matter.",
                List.of("RFC 8656 §9", "RFC 8445 §7.2.5"), p1, false);
        now += hop;
        byte[] data = Stun.indication(Stun.DATA_INDICATION, transactionId(), fromB, check);
        byte[] wrapped = stage.udp(SERVER, NAT_A, server, reflexiveA, data);
        int p2 = stage.packet(SERVER, NAT_A, now, hop, "Data indication", wrapped);
        now += hop;
        admitted(natA.inbound(Transport.UDP, reflexiveA, server, now));
        stage.packet(NAT_A, PEER_A, now, LAN, "Data indication",
                stage.translate(wrapped, NAT_A, PEER_A, null, HolePunching.PEER_A));
        step("The relay wraps it for A", "The TURN server receives B's datagram on A's relayed address and sends "
                        + "it to A in a Data indication (XOR-PEER-ADDRESS " + fromB + ", DATA = B's check) from "
                        + server + " — the address A's own requests went to, so NAT A's mapping lets it in "
                        + "whatever its filtering.",
                List.of("RFC 8656 §11.4", "RFC 8656 §11.6"), p2, false);
        now += LAN;
        byte[] send = Stun.indication(Stun.SEND_INDICATION, transactionId(), fromB, mediaPayload("A"));
        byte[] sendInside = stage.udp(PEER_A, NAT_A, HolePunching.PEER_A, server, send);
        stage.packet(PEER_A, NAT_A, now, LAN, "Send indication", sendInside);
        natA.outbound(Transport.UDP, HolePunching.PEER_A, server, now + LAN);
        int p3 = stage.packet(NAT_A, SERVER, now + LAN, hop, "Send indication",
                stage.translate(sendInside, NAT_A, SERVER, reflexiveA, null));
        now += LAN + hop;
        byte[] out = stage.udp(SERVER, NAT_B, relayed, fromB, mediaPayload("A"));
        step("A answers through the relay", "A wraps its answer in a Send indication to the server "
                        + "(XOR-PEER-ADDRESS " + fromB + ", DATA). The server unwraps it and sends the bare datagram "
                        + "from the relayed address " + relayed + ".", List.of("RFC 8656 §11.1", "RFC 8656 §11.2"),
                p3, false);
        int p4 = stage.packet(SERVER, NAT_B, now, hop, "media (relayed)", out);
        now += hop;
        Nat.Inbound in = admitted(natB.inbound(Transport.UDP, fromB, relayed, now));
        stage.packet(NAT_B, PEER_B, now, LAN, "media (relayed)",
                stage.translate(out, NAT_B, PEER_B, null, in.entry().internal()));
        now += LAN;
        stateA = "relayed";
        stateB = "relayed";
        long rtt = now - start;
        long directRtt = SimTime.millis(scenario.directRttMs()) + 4 * LAN;
        measurements.add(new Measurement(String.format(Locale.ROOT, "relayed round trip %.1f ms",
                SimTime.toMillis(rtt)), PEER_B, start, now));
        step("Media flows through the relay", "NAT B lets the datagram in: " + in.reason() + ". B → relay → A → "
                        + "relay → B took " + SimTime.format(rtt) + " against about " + SimTime.format(directRtt)
                        + " on the direct path (" + String.format(Locale.ROOT, "%+.1f ms",
                        SimTime.toMillis(rtt - directRtt)) + "), and every byte now costs the relay's "
                        + "bandwidth. That is why ICE ranks relayed candidates last.",
                List.of("RFC 8656 §2", "RFC 8445 §5.1.2.2"), p4, false);
    }

    /** The paths drawn as delivered must be ones the NATs admit; anything else is a bug here. */
    private static Nat.Inbound admitted(Nat.Inbound in) {
        if (!in.accepted()) {
            throw new IllegalStateException("a packet drawn as delivered was refused: " + in.reason());
        }
        return in;
    }

    private String summary(boolean success) {
        String forward = scenario.portForwardB() ? "NAT B's port forward made B reachable from anyone, which is "
                + "why it worked." : "The manual alternative is a port forward on one NAT (a static mapping "
                + "from a public port to the peer, or automatically with PCP, RFC 6887, or UPnP): that side "
                + "then accepts anyone, like endpoint-independent filtering on a fixed port.";
        return (success ? "ICE nominates the server-reflexive pair: direct, lowest latency."
                : "No direct pair worked, so ICE nominates the pair with A's relayed candidate.")
                + " Read the grid: hole punching needs the reflexive address STUN reported to be valid for the "
                + "peer (endpoint-independent mapping, RFC 4787 REQ-1), or filtering that admits the peer's new "
                + "port. " + forward;
    }

    private byte[] mediaPayload(String from) {
        return ("media from peer " + from).getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] transactionId() {
        byte[] id = new byte[12];
        tx.nextBytes(id);
        return id;
    }

    private Table grid() {
        List<NatBehaviour> all = new ArrayList<>();
        for (Mapping m : Mapping.values()) {
            for (Filtering f : Filtering.values()) {
                all.add(new NatBehaviour(m, f, scenario.portPreservation()));
            }
        }
        List<String> columns = new ArrayList<>();
        columns.add("A \\ B");
        all.forEach(b -> columns.add(b.shortName()));
        List<Table.Row> rows = new ArrayList<>();
        for (NatBehaviour a : all) {
            List<String> cells = new ArrayList<>();
            cells.add(a.shortName());
            for (NatBehaviour b : all) {
                cells.add(HolePunching.attempt(a, b).success() ? "✓" : "✗");
            }
            boolean thisA = a.mapping() == natA.behaviour().mapping() && a.filtering() == natA.behaviour().filtering();
            rows.add(new Table.Row(cells, thisA));
        }
        return new Table(GRID, "Hole punching: A (rows) × B (columns), preservation "
                + (scenario.portPreservation() ? "on" : "off") + "; B is " + natB.behaviour().shortName(),
                columns, rows);
    }

    private void step(String title, String narration, List<String> refs, int packet, boolean withGrid) {
        trace.step(now, title, narration, refs, packet, new Snapshot(nodes(), measurements, tables(withGrid)));
    }

    private List<Table> tables(boolean withGrid) {
        List<Table> tables = new ArrayList<>();
        if (withGrid) {
            tables.add(grid());
        }
        if (!candidates.isEmpty()) {
            tables.add(new Table(CANDIDATES, "ICE candidates", List.of("Peer", "Type", "Address", "Priority"),
                    candidates));
        }
        tables.add(NatStage.table(TableKey.of("nat-a"), "NAT A (" + natA.behaviour().shortName() + ")", natA, now, -1));
        tables.add(NatStage.table(TableKey.of("nat-b"), "NAT B (" + natB.behaviour().shortName() + ")", natB, now, -1));
        return tables;
    }

    private List<NodeState> nodes() {
        return List.of(
                new NodeState(PEER_A, stateA, reflexiveA == null ? List.of()
                        : List.of(new Variable("srflx", reflexiveA.toString()), new Variable("relay", relayed.toString()))),
                new NodeState(PEER_B, stateB, reflexiveB == null ? List.of()
                        : List.of(new Variable("srflx", reflexiveB.toString()))));
    }
}
