package org.wirewise.model.nat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.wirewise.model.nat.Ice.CandidateType;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.Packet;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.net.UdpSocket;
import org.wirewise.model.sim.SimTime;
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
 * Two peers behind NATs try to talk directly, on one {@link Network}: STUN finds each one's
 * server-reflexive address, a TURN allocation gives A a relayed one, both punch holes with ICE
 * connectivity checks (RFC 8445) that the two {@link NatNode}s admit or filter, and if no direct
 * path opens the media goes through the relay. The peers' agents ({@link IcePeer}) act a
 * millisecond after what they wait for has landed; every other time is the cables'. The grid of
 * every pair of NAT behaviours comes from {@link HolePunching}, the same procedure on bare
 * {@link Nat}s.
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
    /** How long an agent waits after what it waited for, before its next move. */
    private static final long PACE = SimTime.MILLISECOND;

    private final NatTraversalScenario scenario;
    private final Network network;
    private final TraceBuilder trace;
    private final TraversalNetwork net;
    private final HolePunchRounds rounds;
    private final RandomGenerator tx;
    private final Endpoint server = HolePunching.STUN_SERVER;
    private final Endpoint relayed;
    private final IcePeer peerA;
    private final IcePeer peerB;
    private final List<Table.Row> candidates = new ArrayList<>();
    private final List<Measurement> measurements = new ArrayList<>();
    private final TraversalNarration n;
    /** The peers' ICE states, as keys of the bundle ("gathering", "checking", ...). */
    private String stateA = "gathering";
    private String stateB = "gathering";
    private Endpoint reflexiveA;
    private Endpoint reflexiveB;
    /** A's relayed address as the Allocate success gave it; null until then. */
    private Endpoint allocated;
    private long mediaStart;
    private int mediaOut = -1;
    private String relayedReason;
    private int relayedIn = -1;
    /** Where B's check to the relay came from: the mapping NAT B opened towards it. */
    private Endpoint relayCheckFrom;

    /** The lesson in English, the language of the command line and the tests. */
    public static Trace simulate(NatTraversalScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with every word in {@code language}; packets and times are the same in every language. */
    public static Trace simulate(NatTraversalScenario scenario, Locale language) {
        return new NatTraversalSimulator(scenario, language).run();
    }

    private NatTraversalSimulator(NatTraversalScenario s, Locale language) {
        this.scenario = s;
        this.n = new TraversalNarration(language);
        this.network = new Network(s.seed());
        this.tx = network.stream("stun-transaction");
        RandomGenerator ports = network.stream("nat-port");
        this.relayed = Endpoint.of(server.ip(), 49152 + network.stream("relay-port").nextInt(16384));
        this.trace = new TraceBuilder(LESSON_ID, List.of(
                new Lane(PEER_A, n.text("lane.peerA"), HolePunching.PEER_A.ip()),
                new Lane(NAT_A, n.text("lane.natA"), HolePunching.NAT_A_PUBLIC),
                new Lane(SERVER, n.text("lane.server"), server.ip()),
                new Lane(NAT_B, n.text("lane.natB"), HolePunching.NAT_B_PUBLIC),
                new Lane(PEER_B, n.text("lane.peerB"), HolePunching.PEER_B.ip())));
        RandomGenerator ipIds = network.stream("ip-id");
        network.ipIdStarts(node -> ipIds.nextInt(65536)); // one shared stream, drawn as each node first sends
        Nat natA = HolePunching.nat(HolePunching.NAT_A_PUBLIC,
                new NatBehaviour(s.mappingA(), s.filteringA(), s.portPreservation()), 1024 + ports.nextInt(64512));
        Nat natB = HolePunching.nat(HolePunching.NAT_B_PUBLIC,
                new NatBehaviour(s.mappingB(), s.filteringB(), s.portPreservation()), 1024 + ports.nextInt(64512));
        if (s.portForwardB()) {
            natB.forward(Transport.UDP, Endpoint.of(HolePunching.NAT_B_PUBLIC, HolePunching.PEER_B.port()),
                    HolePunching.PEER_B);
        }
        this.net = new TraversalNetwork(network, new NatStage(trace, ipIds), natA, natB,
                SimTime.millis(s.directRttMs() / 2), SimTime.millis(s.relayRttMs() / 4));
        this.peerA = new IcePeer(net.peerA, HolePunching.PEER_A.port(), this::atPeer);
        this.peerB = new IcePeer(net.peerB, HolePunching.PEER_B.port(), this::atPeer);
        this.rounds = new HolePunchRounds(this, trace, peerA, peerB, PACE);
        new TurnServer(net.server, relayed, tx, this::unwrapped).start();
        peerA.start();
        peerB.start();
        net.natA.setListener(new NatListener(true));
        net.natB.setListener(new NatListener(false));
        TraversalLabels labels = new TraversalLabels(server, relayed, n);
        network.onSend((node, p) -> p.setLabel(labels.of(node, p.frame())));
        network.observe(this::record);
    }

    private Trace run() {
        step(n.text("start.title"), n.start(nat(true).behaviour(), nat(false).behaviour(),
                scenario.portForwardB() ? HolePunching.PEER_B.port() : null), TraversalNarration.START_REFS, -1, true);
        network.simulation().at(PACE, () -> peerA.send(server, Stun.bindingRequest(transactionId())));
        network.simulation().run();
        return trace.build();
    }

    /** The lesson's words in its language, for the hole-punching rounds' steps. */
    TraversalNarration narration() {
        return n;
    }

    Nat nat(boolean a) {
        return (a ? net.natA : net.natB).nat();
    }

    /** What reaches a peer's agent: STUN answers, checks, indications, media. */
    private void atPeer(IcePeer peer, UdpSocket.Received r) {
        boolean isA = peer == peerA;
        byte[] m = r.payload();
        Endpoint from = TurnServer.from(r);
        int id = r.packet().traceId();
        switch (TraversalLabels.stunType(m)) {
            case Stun.BINDING_SUCCESS -> learned(isA, Stun.reflexiveAddress(m), id);
            case Stun.ALLOCATE_SUCCESS -> {
                allocated = Stun.xorAddress(m, Stun.XOR_RELAYED_ADDRESS);
                step(n.allocateTitle(allocated), n.allocate(allocated,
                        Stun.attributeValue(m, Stun.LIFETIME)),
                        TraversalNarration.ALLOCATE_REFS, id, false);
                peerA.later(PACE, () -> peerB.send(server, Stun.bindingRequest(transactionId())));
            }
            case Stun.BINDING_REQUEST -> rounds.heard(isA, from);
            case Stun.DATA_INDICATION -> peerA.send(server, Stun.indication(Stun.SEND_INDICATION, transactionId(),
                    Stun.xorAddress(m, Stun.XOR_PEER_ADDRESS), mediaPayload("A")));
            default -> media(isA, from);
        }
    }

    private void learned(boolean isA, Endpoint reflexive, int packet) {
        Nat nat = nat(isA);
        Endpoint internal = isA ? HolePunching.PEER_A : HolePunching.PEER_B;
        Nat.Entry e = nat.entries().stream().filter(x -> x.external().equals(reflexive)).findFirst().orElseThrow();
        String who = isA ? "A" : "B";
        if (isA) {
            reflexiveA = reflexive;
        } else {
            reflexiveB = reflexive;
        }
        step(n.stunTitle(who, reflexive), n.stun(who, internal, server, e,
                nat.behaviour().mapping()), TraversalNarration.STUN_REFS, packet, false);
        if (isA) {
            peerA.later(PACE, () -> peerA.send(server, Stun.allocateRequest(transactionId())));
            return;
        }
        addCandidate("A", CandidateType.HOST, HolePunching.PEER_A);
        addCandidate("A", CandidateType.SERVER_REFLEXIVE, reflexiveA);
        addCandidate("A", CandidateType.RELAYED, allocated);
        addCandidate("B", CandidateType.HOST, HolePunching.PEER_B);
        addCandidate("B", CandidateType.SERVER_REFLEXIVE, reflexiveB);
        stateA = "checking";
        stateB = "checking";
        step(n.text("candidates.title"), n.text("candidates"), TraversalNarration.CANDIDATE_REFS,
                -1, false);
        rounds.start(reflexiveB, reflexiveA);
    }

    /** Hole punching is over: direct media if it worked, B's check to A's relayed candidate if not. */
    void punched(boolean success) {
        stateA = success ? "connected" : "failed";
        stateB = stateA;
        peerA.later(PACE, () -> {
            mediaStart = network.now();
            if (success) {
                peerA.send(rounds.targetA(), mediaPayload("A"));
            } else {
                peerB.send(relayed, Stun.connectivityCheck(transactionId(), checkPriority()));
            }
        });
    }

    /** Media at a peer: B answers A on the direct path; A's answer to B closes either round trip. */
    private void media(boolean atA, Endpoint from) {
        if (!atA && !from.equals(relayed)) {
            peerB.send(from, mediaPayload("B"));
            return;
        }
        long rtt = network.now() - mediaStart;
        if (atA) {
            measurements.add(new Measurement(n.mediaMeasurement(false, rtt), PEER_A, mediaStart, network.now()));
            step(n.text("media.title"), n.media(rtt), TraversalNarration.MEDIA_REFS,
                    mediaOut, false);
        } else {
            stateA = "relayed";
            stateB = "relayed";
            measurements.add(new Measurement(n.mediaMeasurement(true, rtt), PEER_B, mediaStart, network.now()));
            step(n.text("relayed.title"), n.relayed(relayedReason, rtt,
                    2 * net.directOneWay()), TraversalNarration.RELAYED_REFS, relayedIn, false);
        }
        step(n.summaryTitle(atA), n.summary(atA, scenario.portForwardB()),
                TraversalNarration.SUMMARY_REFS, -1, true);
    }

    /** The TURN server unwrapped A's Send indication, which arrived in {@code packet}. */
    private void unwrapped(Packet packet) {
        step(n.text("send.title"), n.send(relayCheckFrom, relayed),
                TraversalNarration.SEND_REFS, packet.traceId(), false);
    }

    /** What the NATs did, for the rounds and the relay steps. */
    private final class NatListener implements NatNode.Listener {
        private final boolean a;

        NatListener(boolean a) {
            this.a = a;
        }

        @Override
        public void outbound(Nat.Outbound result, Packet in, Packet out) {
            Endpoint to = Translation.destination(out.frame());
            if (!a && to.equals(relayed) && TraversalLabels.stunType(TraversalLabels.udpPayload(out.frame())) == Stun.BINDING_REQUEST) {
                relayCheckFrom = result.entry().external();
                step(n.text("relayCheck.title"), n.relayCheck(relayed,
                        result.entry().external()), TraversalNarration.RELAY_CHECK_REFS, out.traceId(), false);
            } else if (a && !to.equals(server) && TraversalLabels.stunType(TraversalLabels.udpPayload(out.frame())) == -1) {
                mediaOut = out.traceId();
            } else if (rounds.checking() && !to.address().equals(server.address())) {
                rounds.left(a, result.entry().external(), to, out.traceId());
            }
        }

        @Override
        public void inbound(Nat.Inbound result, Packet in, Packet out) {
            int type = TraversalLabels.stunType(TraversalLabels.udpPayload(in.frame()));
            if (type == Stun.BINDING_REQUEST && rounds.checking()) {
                rounds.arrived(!a, result, in); // a check that reached NAT A was sent by B
                return;
            }
            if (!result.accepted()) {
                throw new IllegalStateException("a packet the lesson needs was refused: " + result.reason());
            }
            if (a && type == Stun.DATA_INDICATION) {
                step(n.text("data.title"), n.data(relayCheckFrom, server),
                        TraversalNarration.DATA_REFS, in.traceId(), false);
            } else if (!a && Translation.source(in.frame()).equals(relayed)) {
                relayedReason = n.words().reason(result, nat(false).behaviour().filtering());
                relayedIn = in.traceId();
            }
        }
    }

    private void record(Transmission t) {
        t.packet().setTraceId(trace.packet(t.from().node().name(), t.to().node().name(), t.start(), t.arrival(),
                t.fate(), t.packet().label(), t.packet().frame()));
    }

    static long checkPriority() {
        return Ice.priority(CandidateType.SERVER_REFLEXIVE, Ice.SINGLE_INTERFACE, 1);
    }

    private void addCandidate(String peer, CandidateType type, Endpoint address) {
        long priority = Ice.priority(type, Ice.SINGLE_INTERFACE, 1);
        candidates.add(new Table.Row(List.of(peer, type.sdpName(), address.toString(), Long.toString(priority)),
                false));
    }

    private static byte[] mediaPayload(String from) {
        return ("media from peer " + from).getBytes(StandardCharsets.US_ASCII);
    }

    byte[] transactionId() {
        byte[] id = new byte[12];
        tx.nextBytes(id);
        return id;
    }

    void step(String title, String narration, List<String> refs, int packet, boolean withGrid) {
        trace.step(network.now(), title, narration, refs, packet, snapshot(withGrid));
    }

    Snapshot snapshot(boolean withGrid) {
        long now = network.now();
        List<Table> tables = new ArrayList<>();
        if (withGrid) {
            tables.add(TraversalGrid.of(scenario.portPreservation(), nat(true).behaviour(), nat(false).behaviour(),
                    n.gridTitle(scenario.portPreservation(), nat(false).behaviour())));
        }
        if (!candidates.isEmpty()) {
            tables.add(new Table(CANDIDATES, n.text("candidates.table"), List.of(n.text("candidates.peer"),
                    n.text("candidates.type"), n.text("candidates.address"), n.text("candidates.priority")), candidates));
        }
        tables.add(NatStage.table(TableKey.of("nat-a"), n.natTable("A", nat(true).behaviour()), nat(true), now, -1,
                n.words()));
        tables.add(NatStage.table(TableKey.of("nat-b"), n.natTable("B", nat(false).behaviour()), nat(false), now, -1,
                n.words()));
        List<Variable> a = new ArrayList<>();
        if (reflexiveA != null) {
            a.add(new Variable("srflx", reflexiveA.toString()));
        }
        if (allocated != null) {
            a.add(new Variable("relay", allocated.toString()));
        }
        List<NodeState> nodes = List.of(new NodeState(PEER_A, n.text("state." + stateA), a),
                new NodeState(PEER_B, n.text("state." + stateB), reflexiveB == null ? List.of()
                        : List.of(new Variable("srflx", reflexiveB.toString()))));
        return new Snapshot(nodes, measurements, tables);
    }
}
