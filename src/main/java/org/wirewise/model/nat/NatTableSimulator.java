package org.wirewise.model.nat;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.wirewise.model.packet.TcpFlags;
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
 * public address (RFC 3022 §2.2). Every packet crosses the NAT as two trace packets, inside and
 * outside, with the rewritten bytes; idle UDP rows expire and a late answer is dropped.
 */
public final class NatTableSimulator {

    public static final String LESSON_ID = "nat-table";
    public static final String NAT = "nat";
    public static final String WEB = "web";
    public static final String DNS = "dns";
    public static final String PUBLIC_ADDRESS = "203.0.113.1";
    static final long LAN = SimTime.MICROSECOND * 500;

    private final NatTableScenario scenario;
    private final TraceBuilder trace;
    private final NatStage stage;
    private final Nat nat;
    private final long wan;
    private final Endpoint web = Endpoint.of("198.51.100.80", 80);
    private final Endpoint dns = Endpoint.of("192.0.2.53", 53);
    private final RandomGenerator isn;
    private final List<Endpoint> hosts = new ArrayList<>();
    private String natState = "forwarding";

    public static Trace simulate(NatTableScenario scenario) {
        return new NatTableSimulator(scenario).run();
    }

    private NatTableSimulator(NatTableScenario s) {
        if (s.hosts() < 2 || s.hosts() > 4) {
            throw new IllegalArgumentException("hosts: expected 2 to 4, got " + s.hosts());
        }
        this.scenario = s;
        Simulation sim = new Simulation(s.seed());
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
            lanes.add(new Lane(lane(i), "Host " + (i + 1), host.ip()));
        }
        lanes.add(new Lane(NAT, "NAT", PUBLIC_ADDRESS));
        lanes.add(new Lane(WEB, "Web", web.ip()));
        lanes.add(new Lane(DNS, "DNS", dns.ip()));
        this.trace = new TraceBuilder(LESSON_ID, lanes);
        this.stage = new NatStage(trace, sim.randomStream("ip-id"));
        this.nat = new Nat(List.of(Endpoint.of(PUBLIC_ADDRESS, 1).address()),
                new NatBehaviour(Mapping.ADDRESS_AND_PORT_DEPENDENT, Filtering.ADDRESS_AND_PORT_DEPENDENT,
                        s.portPreservation()), 1024, 65535, 1024 + sim.randomStream("nat-port").nextInt(64512),
                SimTime.seconds(s.udpTimeoutS()), SimTime.seconds(s.tcpTimeoutS()));
    }

    private static String lane(int i) {
        return "host" + (i + 1);
    }

    private Trace run() {
        step(0, "One public address for a whole network",
                hosts.size() + " hosts on 192.168.1.0/24 (private addresses, RFC 1918) share the router's single "
                        + "public address " + PUBLIC_ADDRESS + ". Private addresses are not routed on the internet, "
                        + "so the router rewrites each packet's source on the way out and remembers the rewrite in "
                        + "its translation table, keyed by protocol and port as well as address: NAPT (RFC 3022 "
                        + "§2.2), what Linux calls masquerading. The table is empty.",
                List.of("RFC 1918 §3", "RFC 3022 §2.2"), -1, -1);
        long t = SimTime.MILLISECOND;
        for (int i = 0; i < hosts.size(); i++) {
            t = i % 2 == 0 ? tcpConversation(i, t) : udpConversation(i, t);
            t += SimTime.MILLISECOND;
        }
        expireAndLateAnswer(t);
        return trace.build();
    }

    private long tcpConversation(int i, long t0) {
        Endpoint host = hosts.get(i);
        long seq = isn.nextLong() & 0xFFFF_FFFFL;
        byte[] syn = stage.tcp(lane(i), NAT, host, web, seq, 0, TcpFlags.SYN);
        int p1 = stage.packet(lane(i), NAT, t0, LAN, "SYN from " + host, syn);
        step(t0, "Host " + (i + 1) + " opens a TCP connection",
                "Host " + (i + 1) + " sends a SYN from its private address " + host + " to the web server " + web
                        + ". Its default route points at the router; the packet leaves with a private source "
                        + "address that no server could answer.", List.of("RFC 1918 §3"), p1, -1);
        long t1 = t0 + LAN;
        Nat.Outbound out = nat.outbound(Transport.TCP, host, web, t1).orElseThrow();
        Endpoint ext = out.entry().external();
        byte[] synOut = stage.translate(syn, NAT, WEB, ext, null);
        int p2 = stage.packet(NAT, WEB, t1, wan, "SYN from " + ext, synOut);
        step(t1, "The NAT rewrites the source: " + host + " → " + ext, outboundNarration(host, ext, syn, synOut),
                List.of("RFC 3022 §4.1", "RFC 3022 §4.2", "RFC 5382 §4", "RFC 1624"), p2, out.entry().id());
        long t2 = t1 + wan;
        long serverIsn = isn.nextLong() & 0xFFFF_FFFFL;
        byte[] synAck = stage.tcp(WEB, NAT, web, ext, serverIsn, (seq + 1) & 0xFFFF_FFFFL, TcpFlags.SYN | TcpFlags.ACK);
        int p3 = stage.packet(WEB, NAT, t2, wan, "SYN-ACK to " + ext, synAck);
        step(t2, "The server answers the public address",
                "The web server only ever sees " + ext + ": it answers there. It cannot know host " + (i + 1)
                        + " exists, which is why a NAT also hides the inside network (and why a server cannot "
                        + "open a connection to a host behind it).", List.of("RFC 3022 §2.2"), p3, out.entry().id());
        long t3 = t2 + wan;
        Nat.Inbound in = nat.inbound(Transport.TCP, ext, web, t3);
        int p4 = stage.packet(NAT, lane(i), t3, LAN, "SYN-ACK to " + host,
                stage.translate(synAck, NAT, lane(i), null, in.entry().internal()));
        step(t3, "Translated back to " + host,
                "The reply's destination " + ext + " matches the row, so the NAT rewrites the destination back to "
                        + host + " and recomputes both checksums. The row's idle timer restarts, but the connection "
                        + "is not established yet, so it gets the transitory timeout: "
                        + NatStage.idle(nat.timeout(in.entry())) + " (RFC 5382 §5 asks for at least 4 min; Linux's "
                        + "conntrack allows 120 s in SYN_SENT and 60 s in SYN_RECV). A half-open connection should "
                        + "not hold a port for hours.", List.of("RFC 3022 §4.1", "RFC 5382 §5"), p4, in.entry().id());
        long t4 = t3 + LAN;
        byte[] ack = stage.tcp(lane(i), NAT, host, web, (seq + 1) & 0xFFFF_FFFFL, (serverIsn + 1) & 0xFFFF_FFFFL,
                TcpFlags.ACK);
        stage.packet(lane(i), NAT, t4, LAN, "ACK from " + host, ack);
        long t5 = t4 + LAN;
        Nat.Outbound ackOut = nat.outbound(Transport.TCP, host, web, t5).orElseThrow();
        nat.established(ackOut.entry(), t5);
        int p6 = stage.packet(NAT, WEB, t5, wan, "ACK from " + ext, stage.translate(ack, NAT, WEB, ext, null));
        step(t5, "The handshake completes: the row is established",
                "The client's ACK completes the three-way handshake, and the NAT, which follows each TCP "
                        + "connection's state, now gives the row the established timeout: "
                        + NatStage.idle(nat.timeout(ackOut.entry())) + " (RFC 5382 REQ-5 asks for at least 2 h 4 min; "
                        + "Linux keeps established connections for 5 days). Every later segment of this connection "
                        + "goes through the same row.", List.of("RFC 5382 §5", "RFC 9293 §3.5"), p6,
                ackOut.entry().id());
        return t5 + LAN;
    }

    private long udpConversation(int i, long t0) {
        Endpoint host = hosts.get(i);
        int queryId = isn.nextInt(65536);
        byte[] query = stage.udp(lane(i), NAT, host, dns, NatStage.dnsQuery(queryId));
        int p1 = stage.packet(lane(i), NAT, t0, LAN, "DNS query from " + host, query);
        step(t0, "Host " + (i + 1) + " asks DNS over UDP",
                "Host " + (i + 1) + " sends a DNS query for example.com from " + host + ". UDP has no connection: "
                        + "the NAT cannot see when the conversation ends, so it can only guess from silence.",
                List.of("RFC 4787 §4.3"), p1, -1);
        long t1 = t0 + LAN;
        Nat.Outbound out = nat.outbound(Transport.UDP, host, dns, t1).orElseThrow();
        Endpoint ext = out.entry().external();
        byte[] queryOut = stage.translate(query, NAT, DNS, ext, null);
        int p2 = stage.packet(NAT, DNS, t1, wan, "DNS query from " + ext, queryOut);
        step(t1, "The NAT rewrites the source: " + host + " → " + ext, outboundNarration(host, ext, query, queryOut)
                        + " A UDP row gets the UDP idle timeout: " + scenario.udpTimeoutS() + " s here (Linux's "
                        + "nf_conntrack_udp_timeout is 30 s; RFC 4787 REQ-5 asks for at least 2 minutes).",
                List.of("RFC 3022 §4.1", "RFC 4787 §4.3", "RFC 768"), p2, out.entry().id());
        long t2 = t1 + wan;
        byte[] answer = stage.udp(DNS, NAT, dns, ext, NatStage.dnsAnswer(queryId));
        int p3 = stage.packet(DNS, NAT, t2, wan, "DNS answer to " + ext, answer);
        step(t2, "The resolver answers the public address",
                "The answer goes to " + ext + ", the only address the resolver saw.", List.of("RFC 3022 §2.2"), p3,
                out.entry().id());
        long t3 = t2 + wan;
        Nat.Inbound in = nat.inbound(Transport.UDP, ext, dns, t3);
        int p4 = stage.packet(NAT, lane(i), t3, LAN, "DNS answer to " + host,
                stage.translate(answer, NAT, lane(i), null, in.entry().internal()));
        step(t3, "Translated back to " + host,
                "The row matches, the destination becomes " + host + " again, and the UDP checksum is recomputed "
                        + "over the new pseudo-header. The answer refreshes the row's timer (RFC 4787 REQ-6 "
                        + "lets inbound packets refresh it; Linux does).", List.of("RFC 4787 §4.3", "RFC 768"), p4,
                in.entry().id());
        return t3 + LAN;
    }

    private String outboundNarration(Endpoint host, Endpoint ext, byte[] inside, byte[] outside) {
        String port = ext.port() == host.port()
                ? "It keeps the source port " + host.port() + " because no other row uses it (port preservation)."
                : scenario.portPreservation()
                ? "Port " + host.port() + " is already taken by another host's row with the same remote, so the "
                + "NAT picks " + ext.port() + " instead: the port is what tells the hosts apart."
                : "It picks a port of its own, " + ext.port() + " (port preservation is off).";
        return "A new row: " + host + " ↔ " + ext + ". The NAT replaces the source address with " + PUBLIC_ADDRESS
                + ". " + port + " Because the IPv4 header checksum covers the addresses and the TCP/UDP checksum "
                + "covers a pseudo-header with them, both change: real NATs adjust them incrementally (RFC 1624), "
                + "which gives the same value as recomputing: " + NatStage.checksumChange(inside, outside)
                + ". TTL drops by one. The packet bytes below show both checksums verified.";
    }

    private void expireAndLateAnswer(long t) {
        long latest = nat.entries().stream().filter(e -> e.transport() == Transport.UDP)
                .mapToLong(Nat.Entry::expiresAt).max().orElse(t);
        List<Nat.Entry> udpRows = nat.entries().stream().filter(e -> e.transport() == Transport.UDP).toList();
        long when = Math.max(t, latest);
        List<Nat.Entry> expired = nat.expire(when);
        natState = "idle";
        step(when, "Silence: the UDP rows expire",
                "Nothing has crossed for " + scenario.udpTimeoutS() + " s. The UDP "
                        + (expired.size() == 1 ? "row has" : "rows have") + " timed out and "
                        + (expired.size() == 1 ? "is" : "are") + " gone; the TCP rows stay ("
                        + NatStage.idle(SimTime.seconds(scenario.tcpTimeoutS())) + "). Applications that must stay "
                        + "reachable over UDP send keep-alives more often than the timeout (RFC 4787 §4.3).",
                List.of("RFC 4787 §4.3", "RFC 5382 §5"), -1, -1);
        Nat.Entry gone = udpRows.get(0);
        long late = when + SimTime.MILLISECOND;
        byte[] answer = stage.udp(DNS, NAT, dns, gone.external(), NatStage.dnsAnswer(0x1234));
        int p = stage.packet(DNS, NAT, late, wan, "late answer to " + gone.external() + " ✗", answer);
        long arrival = late + wan;
        Nat.Inbound in = nat.inbound(Transport.UDP, gone.external(), dns, arrival);
        natState = "dropped";
        step(arrival, "A late answer finds no row",
                "A datagram for " + gone.external() + " arrives after its row expired: " + in.reason() + ". The NAT "
                        + "drops it; host " + (hosts.indexOf(gone.internal()) + 1) + " never sees it. This is the "
                        + "classic \"UDP stopped working after a minute of silence\" bug.",
                List.of("RFC 4787 §4.3"), p, -1);
    }

    private void step(long time, String title, String narration, List<String> refs, int packet, int highlight) {
        List<NodeState> nodes = List.of(new NodeState(NAT, natState, List.of(
                new Variable("public address", PUBLIC_ADDRESS),
                new Variable("rows", Integer.toString(nat.entries().size())))));
        trace.step(time, title, narration, refs, packet,
                new Snapshot(nodes, List.of(), List.of(NatStage.table(nat, time, highlight))));
    }
}
