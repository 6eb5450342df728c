package org.wirewise.model.nat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.NetInterface;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.Packet;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.net.UdpSocket;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.packet.UdpDatagram;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.sim.Simulation;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.trace.Variable;

/**
 * Private hosts reach a web server (TCP) and a DNS resolver (UDP) through one NAPT router with one
 * public address (RFC 3022 §2.2), all on one {@link Network}: each host on its own LAN port of the
 * {@link NatNode}, the servers behind its outside ports. Every packet crosses the NAT as two trace
 * packets, inside and outside, with the bytes the NAT rewrote; idle UDP rows expire and a late
 * answer is dropped. Cables have no rate (serialisation is not this lesson's subject): 0.5 ms on
 * the LAN, half the round trip outside.
 */
public final class NatTableSimulator {

    public static final String LESSON_ID = "nat-table";
    public static final String NAT = "nat";
    public static final String WEB = "web";
    public static final String DNS = "dns";
    public static final String PUBLIC_ADDRESS = "203.0.113.1";
    static final long LAN = SimTime.MICROSECOND * 500;

    private final NatTableScenario scenario;
    private final NatTableNarration n;
    private final TraceBuilder trace;
    private final NatStage stage;
    private final Nat nat;
    private final long wan;
    private final Endpoint web = Endpoint.of("198.51.100.80", 80);
    private final Endpoint dns = Endpoint.of("192.0.2.53", 53);
    private final RandomGenerator isn;
    private final List<Endpoint> hosts = new ArrayList<>();
    private final Network network;
    private final Simulation sim;
    private final List<HostNode> hostNodes = new ArrayList<>();
    private HostNode webNode;
    private HostNode dnsNode;
    /** The NAT lane's state, a bundle key: forwarding, idle, dropped. */
    private String natState = "forwarding";
    private int lastPacket = -1;
    private int entryInFlight = -1;
    private boolean lateAnswer;
    private Endpoint lateTarget;
    private Endpoint lateHost;

    public static Trace simulate(NatTableScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the packets and numbers are the same in every language. */
    public static Trace simulate(NatTableScenario scenario, Locale language) {
        return new NatTableSimulator(scenario, language).run();
    }

    private NatTableSimulator(NatTableScenario s, Locale language) {
        if (s.hosts() < 2 || s.hosts() > 4) {
            throw new IllegalArgumentException("hosts: expected 2 to 4, got " + s.hosts());
        }
        this.scenario = s;
        this.n = new NatTableNarration(language);
        this.network = new Network(s.seed());
        this.sim = network.simulation();
        RandomGenerator ports = sim.randomStream("ephemeral-port");
        this.isn = sim.randomStream("isn");
        this.wan = SimTime.millis(s.rttMs() / 2);
        List<Lane> lanes = new ArrayList<>();
        int shared = 32768 + ports.nextInt(60999 - 32768 + 1); // Linux ip_local_port_range
        for (int i = 0; i < s.hosts(); i++) {
            // Hosts 1 and 3 happen to pick the same ephemeral port: the NAT must tell them apart.
            int port = i == 2 ? shared : i == 0 ? shared : 32768 + ports.nextInt(60999 - 32768 + 1);
            Endpoint host = Endpoint.of("192.168.1." + (10 + i), port);
            hosts.add(host);
            lanes.add(new Lane(lane(i), n.text("lane.host", Integer.toString(i + 1)), host.ip()));
        }
        lanes.add(new Lane(NAT, n.text("lane.nat"), PUBLIC_ADDRESS));
        lanes.add(new Lane(WEB, n.text("lane.web"), web.ip()));
        lanes.add(new Lane(DNS, n.text("lane.dns"), dns.ip()));
        this.trace = new TraceBuilder(LESSON_ID, lanes);
        RandomGenerator ipIds = sim.randomStream("ip-id");
        // Every node's IP identification starts from one shared stream, drawn as each first sends.
        network.ipIdStarts(node -> ipIds.nextInt(65536));
        this.stage = new NatStage(trace, ipIds);
        this.nat = new Nat(List.of(Endpoint.of(PUBLIC_ADDRESS, 1).address()),
                new NatBehaviour(Mapping.ADDRESS_AND_PORT_DEPENDENT, Filtering.ADDRESS_AND_PORT_DEPENDENT,
                        s.portPreservation()), 1024, 65535, 1024 + sim.randomStream("nat-port").nextInt(64512),
                SimTime.seconds(s.udpTimeoutS()), SimTime.seconds(s.tcpTimeoutS()));
        build();
    }

    /** Hosts on the NAT's LAN ports, the web server and the resolver behind its outside ports. */
    private void build() {
        // MACs in the order the lesson's packets first name them, so captures keep their addresses.
        for (String lane : List.of(lane(0), NAT, WEB, lane(1), DNS)) {
            stage.mac(lane);
        }
        for (int i = 2; i < hosts.size(); i++) {
            stage.mac(lane(i));
        }
        NatNode natNode = NatNode.on(network, NAT, nat);
        Cable.Spec lan = Cable.Spec.delayOnly(LAN);
        for (int i = 0; i < hosts.size(); i++) {
            HostNode h = network.host(lane(i));
            h.addInterface("eth0", stage.mac(lane(i)), hosts.get(i).ip() + "/24");
            h.gateway("192.168.1.1");
            NetInterface port = natNode.addInterface("lan" + i, stage.mac(NAT)).address("192.168.1.1/24");
            natNode.route(hosts.get(i).ip() + "/32", port);
            network.connect(h.iface("eth0"), port, lan);
            hostNodes.add(h);
        }
        webNode = stage.outsideHost(natNode, WEB, web, PUBLIC_ADDRESS, wan);
        dnsNode = stage.outsideHost(natNode, DNS, dns, PUBLIC_ADDRESS, wan);
        natNode.setListener(new NatNode.Listener() {
            @Override
            public void outbound(Nat.Outbound result, Packet in, Packet out) {
                translatedOut(result, in, out);
            }

            @Override
            public void inbound(Nat.Inbound result, Packet in, Packet out) {
                translatedIn(result, out);
            }
        });
        network.observe(this::record);
        webNode.register(IpProtocol.TCP, arrival -> {
            TcpSegment syn = TcpSegment.decode(arrival.transport(), 0, arrival.transport().length);
            Endpoint ext = new Endpoint((java.net.Inet4Address) arrival.source(), syn.sourcePort());
            if (!syn.has(TcpFlags.SYN)) {
                return next(hostOf(ext)); // the handshake's last ACK: this host's conversation is done
            }
            long serverIsn = isn.nextLong() & 0xFFFF_FFFFL;
            send(webNode, web, ext, NatStage.segment(web, ext, serverIsn, (syn.sequenceNumber() + 1) & 0xFFFF_FFFFL,
                    TcpFlags.SYN | TcpFlags.ACK));
            step(sim.now(), n.text("step.serverAnswers"), n.serverAnswers(ext, hostOf(ext)), List.of("RFC 3022 §2.2"),
                    lastPacket, entryInFlight);
            return true;
        });
        UdpSocket resolver = dnsNode.udp().bind(dns.port());
        resolver.onReceive(r -> {
            Endpoint ext = new Endpoint((java.net.Inet4Address) r.source(), r.sourcePort());
            int queryId = ((r.payload()[0] & 0xFF) << 8) | (r.payload()[1] & 0xFF);
            resolver.sendTo(r.source(), r.sourcePort(), NatStage.dnsAnswer(queryId));
            step(sim.now(), n.text("step.resolverAnswers"), n.resolverAnswers(ext), List.of("RFC 3022 §2.2"),
                    lastPacket, entryInFlight);
        });
    }

    private static String lane(int i) {
        return "host" + (i + 1);
    }

    private Trace run() {
        step(0, n.text("step.start"), n.start(hosts.size(), PUBLIC_ADDRESS), List.of("RFC 1918 §3", "RFC 3022 §2.2"),
                -1, -1);
        for (int i = 0; i < hosts.size(); i++) {
            int index = i;
            HostNode h = hostNodes.get(i);
            if (i % 2 == 0) {
                h.register(IpProtocol.TCP, arrival -> {
                    TcpSegment synAck = TcpSegment.decode(arrival.transport(), 0, arrival.transport().length);
                    Endpoint host = hosts.get(index);
                    send(h, host, web, NatStage.segment(host, web, synAck.acknowledgmentNumber(),
                            (synAck.sequenceNumber() + 1) & 0xFFFF_FFFFL, TcpFlags.ACK));
                    return true;
                });
            } else {
                h.udp().bind(hosts.get(i).port()).onReceive(r -> next(index));
            }
        }
        sim.schedule(SimTime.MILLISECOND, () -> converse(0));
        sim.run();
        return trace.build();
    }

    /** Host {@code i}'s answer is home: the next host speaks a millisecond later, or the silence begins. */
    private boolean next(int i) {
        if (i + 1 < hosts.size()) {
            sim.schedule(SimTime.MILLISECOND, () -> converse(i + 1));
        } else {
            expireAndLateAnswer(sim.now() + SimTime.MILLISECOND);
        }
        return true;
    }

    /** Even hosts open a TCP connection to the web server, odd ones ask the resolver over UDP. */
    private void converse(int i) {
        Endpoint host = hosts.get(i);
        long t0 = sim.now();
        if (i % 2 == 0) {
            long seq = isn.nextLong() & 0xFFFF_FFFFL;
            send(hostNodes.get(i), host, web, NatStage.segment(host, web, seq, 0, TcpFlags.SYN));
            step(t0, n.text("step.opens", Integer.toString(i + 1)), n.opens(i, host, web), List.of("RFC 1918 §3"),
                    lastPacket, -1);
        } else {
            int queryId = isn.nextInt(65536);
            hostNodes.get(i).sendIp(host.address(), dns.address(), IpProtocol.UDP,
                    new UdpDatagram(host.port(), dns.port(), NatStage.dnsQuery(queryId)).encode(host.address(),
                            dns.address()));
            step(t0, n.text("step.asks", Integer.toString(i + 1)), n.asks(i, host), List.of("RFC 4787 §4.3"),
                    lastPacket, -1);
        }
    }

    private void send(HostNode from, Endpoint src, Endpoint dst, TcpSegment segment) {
        from.sendIp(src.address(), dst.address(), IpProtocol.TCP, segment.encode(src.address(), dst.address()));
    }

    private void translatedOut(Nat.Outbound result, Packet in, Packet out) {
        Endpoint host = result.entry().internal();
        Endpoint ext = result.entry().external();
        entryInFlight = result.entry().id();
        boolean tcp = result.entry().transport() == Transport.TCP;
        if (tcp && !segment(in.frame()).has(TcpFlags.SYN)) {
            nat.established(result.entry(), sim.now());
            step(sim.now(), n.text("step.established"), n.established(nat.timeout(result.entry())),
                    List.of("RFC 5382 §5", "RFC 9293 §3.5"), out.traceId(), entryInFlight);
            return;
        }
        String narration = n.outbound(host, ext, PUBLIC_ADDRESS, scenario.portPreservation(), in.frame(), out.frame());
        step(sim.now(), n.text("step.rewrite", host, ext), tcp ? narration : n.udpRow(narration, scenario.udpTimeoutS()),
                tcp ? List.of("RFC 3022 §4.1", "RFC 3022 §4.2", "RFC 5382 §4", "RFC 1624")
                        : List.of("RFC 3022 §4.1", "RFC 4787 §4.3", "RFC 768"), out.traceId(), entryInFlight);
    }

    private void translatedIn(Nat.Inbound in, Packet out) {
        if (out == null) {
            lateAnswerDropped();
            return;
        }
        Endpoint host = in.entry().internal();
        if (in.entry().transport() == Transport.TCP) {
            step(sim.now(), n.text("step.back", host), n.backTcp(in.entry().external(), host, nat.timeout(in.entry())),
                    List.of("RFC 3022 §4.1", "RFC 5382 §5"), out.traceId(), in.entry().id());
        } else {
            step(sim.now(), n.text("step.back", host), n.backUdp(host), List.of("RFC 4787 §4.3", "RFC 768"),
                    out.traceId(), in.entry().id());
        }
    }

    /** Trace packets as each cable carries them, labelled by what they are and which side they are on. */
    private void record(Transmission t) {
        byte[] frame = t.packet().frame();
        Endpoint src = Translation.source(frame);
        Endpoint dst = Translation.destination(frame);
        boolean outward = dst.equals(web) || dst.equals(dns);
        String kind = Translation.transport(frame) == Transport.TCP ? tcpKind(segment(frame))
                : outward ? "DNS query" : lateAnswer ? "late answer" : "DNS answer";
        String label = kind + (outward ? " from " + src : " to " + dst) + (lateAnswer ? " ✗" : "");
        lastPacket = trace.packet(t.from().node().name(), t.to().node().name(), t.start(), t.arrival(),
                t.fate(), label, frame);
        t.packet().setTraceId(lastPacket);
    }

    private static String tcpKind(TcpSegment s) {
        return !s.has(TcpFlags.SYN) ? "ACK" : s.has(TcpFlags.ACK) ? "SYN-ACK" : "SYN";
    }

    private static TcpSegment segment(byte[] frame) {
        byte[] l4 = Translation.ip(frame).payload();
        return TcpSegment.decode(l4, 0, l4.length);
    }

    private int hostOf(Endpoint external) {
        return nat.entries().stream().filter(e -> e.external().equals(external)).findFirst()
                .map(e -> hosts.indexOf(e.internal())).orElse(-1);
    }

    /** After the last answer, silence until the UDP rows expire; then an answer comes too late. */
    private void expireAndLateAnswer(long t) {
        long latest = nat.entries().stream().filter(e -> e.transport() == Transport.UDP)
                .mapToLong(Nat.Entry::expiresAt).max().orElse(t);
        List<Nat.Entry> udpRows = nat.entries().stream().filter(e -> e.transport() == Transport.UDP).toList();
        long when = Math.max(t, latest);
        sim.at(when, () -> {
            List<Nat.Entry> expired = nat.expire(when);
            natState = "idle";
            step(when, n.text("step.expired"), n.expired(scenario.udpTimeoutS(), expired.size(), scenario.tcpTimeoutS()),
                    List.of("RFC 4787 §4.3", "RFC 5382 §5"), -1, -1);
        });
        Nat.Entry gone = udpRows.get(0);
        lateTarget = gone.external();
        lateHost = gone.internal();
        sim.at(when + SimTime.MILLISECOND, () -> {
            lateAnswer = true;
            dnsNode.sendIp(dns.address(), gone.external().address(), IpProtocol.UDP,
                    new UdpDatagram(dns.port(), gone.external().port(), NatStage.dnsAnswer(0x1234))
                            .encode(dns.address(), gone.external().address()));
        });
    }

    private void lateAnswerDropped() {
        natState = "dropped";
        // Every UDP row expired together, so nothing maps the late answer's address: the "no mapping" refusal.
        step(sim.now(), n.text("step.late"), n.lateDropped(lateTarget, hosts.indexOf(lateHost)),
                List.of("RFC 4787 §4.3"), lastPacket, -1);
    }

    private void step(long time, String title, String narration, List<String> refs, int packet, int highlight) {
        List<NodeState> nodes = List.of(new NodeState(NAT, n.text("state." + natState), List.of(
                new Variable(n.text("variable.address"), PUBLIC_ADDRESS),
                new Variable(n.text("variable.rows"), Integer.toString(nat.entries().size())))));
        trace.step(time, title, narration, refs, packet,
                new Snapshot(nodes, List.of(), List.of(NatStage.table(nat, time, highlight, n.words()))));
    }
}
