package org.wirewise.model.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.List;
import org.junit.jupiter.api.Test;

class FramesTest {

    private static final MacAddress CLIENT_MAC = MacAddress.of("02:00:00:00:00:01");
    private static final MacAddress SERVER_MAC = MacAddress.of("02:00:00:00:00:02");
    private static final Inet4Address CLIENT = Hex.v4("192.168.0.10");
    private static final Inet4Address SERVER = Hex.v4("93.184.216.34");
    private static final Inet6Address CLIENT6 = Hex.v6("2001:db8::10");
    private static final Inet6Address SERVER6 = Hex.v6("2001:db8::1");
    private static final TcpSegment SYN = new TcpSegment(50000, 80, 1000, 0, TcpFlags.SYN, 64240, 0,
            List.of(new TcpOption.Mss(1460), new TcpOption.SackPermitted(), new TcpOption.Timestamps(123, 0),
                    new TcpOption.Nop(), new TcpOption.WindowScale(7)), new byte[0]);

    @Test
    void tcpOverIpv4_stacksEthernetIpv4AndTcp_withValidChecksums() {
        byte[] frame = Frames.tcpOverIpv4(CLIENT_MAC, SERVER_MAC, CLIENT, SERVER, 7, 64, SYN);

        assertThat(frame).hasSize(14 + 20 + 40);
        EthernetFrame eth = EthernetFrame.decode(frame);
        assertThat(eth.source()).isEqualTo(CLIENT_MAC);
        assertThat(eth.destination()).isEqualTo(SERVER_MAC);
        assertThat(eth.etherType()).isEqualTo(EtherType.IPV4);
        Ipv4Packet ip = Ipv4Packet.decode(frame, 14, frame.length - 14);
        assertThat(ip).extracting(Ipv4Packet::identification, Ipv4Packet::ttl, Ipv4Packet::protocol,
                Ipv4Packet::dontFragment).containsExactly(7, 64, IpProtocol.TCP, true);
        assertThat(Checksum.internet(frame, 14, 20)).isZero();
        assertThat(Checksum.pseudoHeaderChecksum(CLIENT, SERVER, IpProtocol.TCP, frame, 34, 40)).isZero();
        assertThat(TcpSegment.decode(frame, 34, 40)).isEqualTo(SYN);
    }

    @Test
    void tcpOverIpv6_stacksEthernetIpv6AndTcp() {
        byte[] frame = Frames.tcpOverIpv6(CLIENT_MAC, SERVER_MAC, CLIENT6, SERVER6, 255, SYN);

        assertThat(EthernetFrame.decode(frame).etherType()).isEqualTo(EtherType.IPV6);
        Ipv6Packet ip = Ipv6Packet.decode(frame, 14, frame.length - 14);
        assertThat(ip).extracting(Ipv6Packet::nextHeader, Ipv6Packet::hopLimit, Ipv6Packet::source)
                .containsExactly(IpProtocol.TCP, 255, CLIENT6);
        assertThat(Checksum.pseudoHeaderChecksum(CLIENT6, SERVER6, IpProtocol.TCP, ip.payload())).isZero();
        assertThat(TcpSegment.decode(frame, 54, frame.length - 54)).isEqualTo(SYN);
    }

    @Test
    void udpOverIpv4AndIpv6_carryTheDatagram() {
        UdpDatagram query = new UdpDatagram(5353, 53, new byte[] {1, 2, 3});

        byte[] v4 = Frames.udpOverIpv4(CLIENT_MAC, SERVER_MAC, CLIENT, SERVER, 1, 64, query);
        assertThat(Ipv4Packet.decode(v4, 14, v4.length - 14).protocol()).isEqualTo(IpProtocol.UDP);
        assertThat(UdpDatagram.decode(v4, 34, v4.length - 34)).isEqualTo(query);
        assertThat(Checksum.pseudoHeaderChecksum(CLIENT, SERVER, IpProtocol.UDP, v4, 34, v4.length - 34)).isZero();

        byte[] v6 = Frames.udpOverIpv6(CLIENT_MAC, SERVER_MAC, CLIENT6, SERVER6, 64, query);
        assertThat(Ipv6Packet.decode(v6, 14, v6.length - 14).nextHeader()).isEqualTo(IpProtocol.UDP);
        assertThat(UdpDatagram.decode(v6, 54, v6.length - 54)).isEqualTo(query);
        assertThat(Checksum.pseudoHeaderChecksum(CLIENT6, SERVER6, IpProtocol.UDP, v6, 54, v6.length - 54)).isZero();
    }
}
