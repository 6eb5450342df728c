package org.wirewise.model.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.sim.SimTime;

/** ARP on the wire (RFC 826, with Linux's retry timing) and ping, read back from the captured bytes. */
class ArpTest {

    private static InetAddress ip(String text) {
        return Host.literal(text);
    }

    private static EthernetFrame frame(Transmission t) {
        return EthernetFrame.decode(t.packet().frame());
    }

    private static String describe(Transmission t) {
        EthernetFrame f = frame(t);
        String what = f.etherType() == EtherType.ARP
                ? (f.payload()[7] == Arp.REQUEST ? "arp-request" : "arp-reply")
                : "ip";
        return t.from().node().name() + ">" + t.to().node().name() + " " + what;
    }

    @Test
    void aFirstDatagramWaitsForArpAndTheAnswerIsLearnedBothWays() {
        NetworkTest.Lab lab = new NetworkTest.Lab();
        lab.net.resolveWithArp();
        lab.printer.udp().bind(9100);
        lab.client.udp().bind(40000).sendTo(ip("192.0.2.11"), 9100, "page".getBytes(StandardCharsets.US_ASCII));
        lab.net.simulation().run();

        assertThat(lab.seen.stream().map(ArpTest::describe).toList()).containsExactly(
                "client>switch arp-request", "switch>printer arp-request", "switch>router arp-request",
                "printer>switch arp-reply", "switch>client arp-reply",
                "client>switch ip", "switch>printer ip");
        EthernetFrame request = frame(lab.seen.get(0));
        assertThat(request.destination()).isEqualTo(MacAddress.BROADCAST);
        assertThat(lab.seen.get(0).packet().length()).isEqualTo(60); // padded to Ethernet's minimum
        byte[] r = request.payload();
        assertThat(Arrays.copyOfRange(r, 0, 8)).containsExactly(0, 1, 8, 0, 6, 4, 0, 1);
        assertThat(Arrays.copyOfRange(r, 14, 18)).isEqualTo(ip("192.0.2.10").getAddress());
        assertThat(Arrays.copyOfRange(r, 24, 28)).isEqualTo(ip("192.0.2.11").getAddress());
        EthernetFrame reply = frame(lab.seen.get(3));
        assertThat(reply.destination()).isEqualTo(MacAddress.of("02:00:00:00:00:0a")); // unicast back
        assertThat(frame(lab.seen.get(5)).destination()).isEqualTo(MacAddress.of("02:00:00:00:00:0b"));
        // The printer learned the client from the request (it was the target); the router, not the target, did not.
        assertThat(lab.printer.arpCache()).containsEntry(ip("192.0.2.10"), MacAddress.of("02:00:00:00:00:0a"));
        assertThat(lab.client.arpCache()).containsEntry(ip("192.0.2.11"), MacAddress.of("02:00:00:00:00:0b"));
        assertThat(lab.router.arpCache()).isEmpty();
    }

    @Test
    void aSecondDatagramGoesStraightOutFromTheCache() {
        NetworkTest.Lab lab = new NetworkTest.Lab();
        lab.net.resolveWithArp();
        lab.printer.udp().bind(9100);
        UdpSocket s = lab.client.udp().bind(40000);
        s.sendTo(ip("192.0.2.11"), 9100, new byte[] {1});
        lab.net.simulation().run();
        int before = lab.seen.size();
        assertThat(s.sendTo(ip("192.0.2.11"), 9100, new byte[] {2})).isPresent();
        lab.net.simulation().run();
        assertThat(lab.seen.subList(before, lab.seen.size()).stream().map(ArpTest::describe).toList())
                .containsExactly("client>switch ip", "switch>printer ip");
    }

    @Test
    void anUnansweredRequestIsSentThreeTimesASecondApartThenTheDatagramIsDropped() {
        NetworkTest.Lab lab = new NetworkTest.Lab();
        lab.net.resolveWithArp();
        lab.client.udp().bind(40000).sendTo(ip("192.0.2.99"), 53, new byte[] {1});
        lab.net.simulation().run();

        List<Transmission> fromClient = lab.seen.stream().filter(t -> t.from().node() == lab.client).toList();
        assertThat(fromClient.stream().map(ArpTest::describe).toList()).containsOnly("client>switch arp-request");
        assertThat(fromClient).hasSize(Arp.TRIES);
        assertThat(fromClient.get(1).start() - fromClient.get(0).start()).isEqualTo(SimTime.seconds(1));
        assertThat(fromClient.get(2).start() - fromClient.get(1).start()).isEqualTo(SimTime.seconds(1));
    }

    @Test
    void aPingCrossesTheRouterWhichAsksOnEachSideAndTheServerEchoesTheData() {
        NetworkTest.Lab lab = new NetworkTest.Lab();
        lab.net.resolveWithArp();
        byte[] data = "abcdefghijklmnopqrstuvwabcdefghi".getBytes(StandardCharsets.US_ASCII);
        assertThat(lab.client.ping(ip("198.51.100.80"), 1, 1, data)).isEmpty(); // waits for ARP
        lab.net.simulation().run();

        List<String> fromClientAndServer = lab.seen.stream()
                .filter(t -> t.from().node() == lab.client || t.from().node() == lab.server
                        || t.from().node() == lab.router)
                .map(ArpTest::describe).toList();
        assertThat(fromClientAndServer).containsExactly(
                "client>switch arp-request", "router>switch arp-reply", "client>switch ip",
                "router>server arp-request", "server>router arp-reply", "router>server ip",
                // the server learned the router from its request, so its reply needs no ARP
                "server>router ip", "router>switch ip");
        Transmission echoReply = lab.seen.stream().filter(t -> t.from().node() == lab.server
                && frame(t).etherType() == EtherType.IPV4).findFirst().orElseThrow();
        byte[] ipBytes = frame(echoReply).payload();
        byte[] icmp = Arrays.copyOfRange(ipBytes, 20, ipBytes.length);
        assertThat(icmp[0]).isEqualTo((byte) 0); // echo reply
        assertThat(Arrays.copyOfRange(icmp, 4, 8)).containsExactly(0, 1, 0, 1);
        assertThat(Arrays.copyOfRange(icmp, 8, icmp.length)).isEqualTo(data);
        assertThat(org.wirewise.model.packet.Checksum.internet(icmp, 0, icmp.length)).isZero();
    }

    @Test
    void withoutArpOnTheWireNoArpFrameIsSent() {
        NetworkTest.Lab lab = new NetworkTest.Lab();
        lab.client.ping(ip("198.51.100.80"), 1, 1, new byte[8]);
        lab.net.simulation().run();
        assertThat(lab.seen).noneMatch(t -> frame(t).etherType() == EtherType.ARP);
        assertThat(lab.seen).anyMatch(t -> t.from().node() == lab.server);
    }
}
