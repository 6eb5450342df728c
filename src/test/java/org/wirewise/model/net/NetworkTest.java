package org.wirewise.model.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.packet.Checksum;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.sim.Link;

/**
 * A small internet: two hosts and a printer on a switch, a router, a server behind it. What each
 * device does to a frame is read back from the bytes captured on each cable.
 */
class NetworkTest {

    static final class Lab {
        final Network net = new Network(7);
        final HostNode client = net.host("client");
        final HostNode printer = net.host("printer");
        final SwitchNode sw = net.switchNode("switch");
        final RouterNode router = net.router("router");
        final HostNode server = net.host("server");
        final List<Transmission> seen = new ArrayList<>();

        Lab() {
            client.addInterface("eth0", MacAddress.of("02:00:00:00:00:0a"), "192.0.2.10/24");
            printer.addInterface("eth0", MacAddress.of("02:00:00:00:00:0b"), "192.0.2.11/24");
            router.addInterface("eth0", MacAddress.of("02:00:00:00:01:01")).address("192.0.2.1/24");
            router.addInterface("eth1", MacAddress.of("02:00:00:00:01:02")).address("198.51.100.1/24");
            server.addInterface("eth0", MacAddress.of("02:00:00:00:00:50"), "198.51.100.80/24");
            client.gateway("192.0.2.1");
            printer.gateway("192.0.2.1");
            server.gateway("198.51.100.1");
            for (String port : List.of("p1", "p2", "p3")) {
                sw.addInterface(port, MacAddress.of("02:00:00:00:02:0" + port.charAt(1)));
            }
            Cable.Spec lan = Cable.Spec.of(100, 1);
            net.connect(client.iface("eth0"), sw.iface("p1"), lan);
            net.connect(printer.iface("eth0"), sw.iface("p2"), lan);
            net.connect(router.iface("eth0"), sw.iface("p3"), lan);
            net.connect(router.iface("eth1"), server.iface("eth0"), Cable.Spec.of(10, 20));
            net.observe(seen::add);
        }

        List<String> hops() {
            return seen.stream().map(t -> t.from().node().name() + ">" + t.to().node().name()).toList();
        }
    }

    private static InetAddress ip(String text) {
        return Host.literal(text);
    }

    private static Ipv4Packet ipv4(Transmission t) {
        byte[] payload = EthernetFrame.decode(t.packet().frame()).payload();
        return Ipv4Packet.decode(payload, 0, payload.length);
    }

    @Test
    void aDatagramCrossesTheSwitchAndTheRouterWithOneLessTtlAndNewMacs() {
        Lab lab = new Lab();
        List<String> heard = new ArrayList<>();
        lab.server.udp().bind(53).onReceive(r -> heard.add(new String(r.payload(), StandardCharsets.US_ASCII)
                + " from " + r.source().getHostAddress() + ":" + r.sourcePort()));
        lab.client.udp().bind(40000).sendTo(ip("198.51.100.80"), 53, "hello".getBytes(StandardCharsets.US_ASCII));
        lab.net.simulation().run();

        assertThat(heard).containsExactly("hello from 192.0.2.10:40000");
        // The switch does not know the router's MAC yet, so it floods: the printer sees the frame too.
        assertThat(lab.hops()).containsExactly("client>switch", "switch>printer", "switch>router", "router>server");
        Transmission in = lab.seen.get(2);
        Transmission out = lab.seen.get(3);
        assertThat(ipv4(in).ttl()).isEqualTo(64);
        assertThat(ipv4(out).ttl()).isEqualTo(63);
        assertThat(ipv4(out).identification()).isEqualTo(ipv4(in).identification());
        byte[] outFrame = out.packet().frame();
        assertThat(Checksum.internet(outFrame, 14, 20)).as("IPv4 header checksum valid after the TTL change").isZero();
        EthernetFrame eth = EthernetFrame.decode(outFrame);
        assertThat(eth.source()).isEqualTo(MacAddress.of("02:00:00:00:01:02"));
        assertThat(eth.destination()).isEqualTo(MacAddress.of("02:00:00:00:00:50"));
        assertThat(out.packet().cause()).isSameAs(in.packet());
        // 10 Mb/s and 20 ms on the last cable: the frame arrives 20 ms plus its serialisation later.
        assertThat(out.arrival() - out.start()).isEqualTo(20_000_000L + outFrame.length * 8L * 100);
    }

    @Test
    void theSwitchLearnsWhereAMacLivesAndStopsFlooding() {
        Lab lab = new Lab();
        UdpSocket echo = lab.server.udp().bind(7);
        echo.onReceive(r -> echo.sendTo(r.source(), r.sourcePort(), r.payload()));
        UdpSocket client = lab.client.udp().bind(40000);
        client.sendTo(ip("198.51.100.80"), 7, new byte[] {1});
        lab.net.simulation().run();
        lab.seen.clear();
        client.sendTo(ip("198.51.100.80"), 7, new byte[] {2});
        lab.net.simulation().run();

        assertThat(lab.hops()).containsExactly("client>switch", "switch>router", "router>server",
                "server>router", "router>switch", "switch>client");
        assertThat(lab.sw.macTable()).extracting(SwitchNode.MacEntry::mac, SwitchNode.MacEntry::port)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MacAddress.of("02:00:00:00:00:0a"), "p1"),
                        org.assertj.core.groups.Tuple.tuple(MacAddress.of("02:00:00:00:01:01"), "p3"));
    }

    @Test
    void aTtlOfOneDiesAtTheRouterWhichAnswersTimeExceeded() {
        Lab lab = new Lab();
        List<IcmpError> errors = new ArrayList<>();
        lab.client.onIcmpError(errors::add);
        lab.client.sendIp(ip("192.0.2.10"), ip("198.51.100.80"), IpProtocol.UDP, 1,
                new org.wirewise.model.packet.UdpDatagram(33434, 33434, new byte[8])
                        .encode(ip("192.0.2.10"), ip("198.51.100.80")));
        lab.net.simulation().run();

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.reporter()).isEqualTo(ip("192.0.2.1"));
            assertThat(e.timeExceeded()).isTrue();
            assertThat(e.quotedDestination()).isEqualTo(ip("198.51.100.80"));
        });
        assertThat(lab.hops()).doesNotContain("router>server");
        Transmission icmp = lab.seen.stream().filter(t -> t.from().node() == lab.router).findFirst().orElseThrow();
        byte[] f = icmp.packet().frame();
        assertThat(ipv4(icmp).protocol()).isEqualTo(IpProtocol.ICMP);
        assertThat(Checksum.internet(f, 34, f.length - 34)).as("ICMP checksum valid").isZero();
        assertThat(f.length - 34).as("8-byte header, then the whole 36-byte offending datagram").isEqualTo(8 + 36);
    }

    @Test
    void noRouteGivesNetUnreachableAndAClosedUdpPortGivesPortUnreachable() {
        Lab lab = new Lab();
        List<IcmpError> errors = new ArrayList<>();
        lab.client.onIcmpError(errors::add);
        UdpSocket s = lab.client.udp().bind(40000);
        s.sendTo(ip("203.0.113.5"), 9, new byte[] {1});
        s.sendTo(ip("198.51.100.80"), 9, new byte[] {2});
        lab.net.simulation().run();

        assertThat(errors).extracting(IcmpError::reporter, IcmpError::type, IcmpError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ip("192.0.2.1"), 3, 0),
                org.assertj.core.groups.Tuple.tuple(ip("198.51.100.80"), 3, 3));
    }

    @Test
    void theLongestMatchingPrefixWinsWhateverTheOrderRoutesWereAdded() {
        Lab lab = new Lab();
        lab.router.addInterface("eth2", MacAddress.of("02:00:00:00:01:03")).address("203.0.113.1/24");
        lab.router.route("0.0.0.0/0", "198.51.100.2");
        lab.router.route("203.0.0.0/8", "203.0.113.7");
        lab.router.route("203.0.113.128/25", "198.51.100.3");
        RoutingTable t = lab.router.routes();
        assertThat(t.lookup(ip("203.0.113.200")).orElseThrow().gateway()).isEqualTo(ip("198.51.100.3"));
        assertThat(t.lookup(ip("203.0.113.20")).orElseThrow().gateway()).as("the connected /24").isNull();
        assertThat(t.lookup(ip("203.9.9.9")).orElseThrow().gateway()).isEqualTo(ip("203.0.113.7"));
        assertThat(t.lookup(ip("8.8.8.8")).orElseThrow().gateway()).isEqualTo(ip("198.51.100.2"));
        assertThat(t.lookup(ip("2001:db8::1"))).as("no IPv6 route").isEmpty();
    }

    @Test
    void twoRunsOfTheSameSeedSendTheSameBytesAtTheSameTimes() {
        List<String> a = run();
        List<String> b = run();
        assertThat(a).isNotEmpty().isEqualTo(b);
    }

    private static List<String> run() {
        Lab lab = new Lab();
        UdpSocket s = lab.client.udp().bind(40000);
        lab.server.udp().bind(53);
        for (int i = 0; i < 5; i++) {
            byte[] payload = {(byte) i};
            lab.net.simulation().schedule(i * 1_000_000L, () -> s.sendTo(ip("198.51.100.80"), 53, payload));
        }
        lab.net.simulation().run();
        return lab.seen.stream().map(t -> t.start() + " " + t.arrival() + " " + t.fate() + " "
                + java.util.HexFormat.of().formatHex(t.packet().frame())).toList();
    }

    @Test
    void aFullQueueDropsAtTheSenderAndTheDropIsObserved() {
        Network net = new Network(1);
        HostNode a = net.host("a");
        HostNode b = net.host("b");
        a.addInterface("eth0", MacAddress.of("02:00:00:00:00:01"), "192.0.2.1/24");
        b.addInterface("eth0", MacAddress.of("02:00:00:00:00:02"), "192.0.2.2/24");
        net.connect(a.iface("eth0"), b.iface("eth0"), Cable.Spec.of(1, 1).queue(2));
        List<Link.Fate> fates = new ArrayList<>();
        net.observe(t -> fates.add(t.fate()));
        UdpSocket s = a.udp().bind(1000);
        b.udp().bind(2000);
        for (int i = 0; i < 5; i++) {
            s.sendTo(ip("192.0.2.2"), 2000, new byte[100]);
        }
        net.simulation().run();
        assertThat(fates).containsExactly(Link.Fate.DELIVERED, Link.Fate.DELIVERED, Link.Fate.DELIVERED,
                Link.Fate.DROPPED_QUEUE_FULL, Link.Fate.DROPPED_QUEUE_FULL);
    }

    @Test
    void wiresharkReadsWhatTheRouterForwardsAndAnswersWithValidChecksums(@org.junit.jupiter.api.io.TempDir
                                                                          java.nio.file.Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.wirewise.testing.Tshark.available(),
                org.wirewise.testing.Tshark.MISSING);
        Lab lab = new Lab();
        lab.server.udp().bind(53);
        UdpSocket s = lab.client.udp().bind(40000);
        s.sendTo(ip("198.51.100.80"), 53, new byte[] {1, 2, 3});
        s.sendTo(ip("198.51.100.80"), 54, new byte[] {4});
        lab.client.sendIp(ip("192.0.2.10"), ip("198.51.100.80"), IpProtocol.UDP, 1,
                new org.wirewise.model.packet.UdpDatagram(40000, 33434, new byte[8])
                        .encode(ip("192.0.2.10"), ip("198.51.100.80")));
        lab.net.simulation().run();
        List<org.wirewise.model.trace.Lane> lanes = lab.net.nodes().stream()
                .map(n -> new org.wirewise.model.trace.Lane(n.name(), n.name(), "")).toList();
        org.wirewise.model.trace.TraceBuilder b = new org.wirewise.model.trace.TraceBuilder("net", lanes);
        for (Transmission t : lab.seen) {
            b.packet(t.from().node().name(), t.to().node().name(), t.start(), t.arrival(), t.fate(),
                    t.packet().label(), t.packet().frame());
        }
        b.step(0, "run", "", List.of(), -1, new org.wirewise.model.trace.Snapshot(List.of(), List.of()));
        List<String[]> rows = org.wirewise.testing.Tshark.fields(b.build(), "router", dir, "ip.ttl", "ip.checksum.status",
                "udp.checksum.status", "icmp.type", "icmp.code", "icmp.checksum.status");
        // In capture order at the router (1 = Good): the three datagrams queue on the client's cable.
        assertThat(rows).extracting(r -> String.join(" ", r)).containsExactly(
                "64 1 1   ", "63 1 1   ",             // to port 53: in at TTL 64, out at 63
                "64 1 1   ",                          // to port 54, in
                "1 1 1   ", "64,1 1,1 1 11 0 1",      // the TTL-1 probe, and the router's Time Exceeded quoting it
                "63 1 1   ",                          // to port 54, out
                "64,63 1,1 1 3 3 1", "63,63 1,1 1 3 3 1"); // the server's Port Unreachable, in and out
    }
}
