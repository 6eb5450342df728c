package org.wirewise.model.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewise.model.packet.FieldTrees.assertWellFormed;
import static org.wirewise.model.packet.FieldTrees.child;
import static org.wirewise.model.packet.FieldTrees.layer;
import static org.wirewise.model.packet.FieldTrees.names;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirewise.model.pcap.Capture;
import org.wirewise.model.pcap.CapturedPacket;
import org.wirewise.model.pcap.LinkType;
import org.wirewise.model.pcap.TestCaptures;

/**
 * The codecs and the dissector against traffic real stacks produced (shared/captures). Expected
 * checksum verdicts and values are those Wireshark 4.0 gives with checksum validation enabled.
 */
class SharedCapturesTest {

    /** A TCP/IPv4 Ethernet frame taken apart with the codecs. */
    private record Decoded(EthernetFrame ethernet, Ipv4Packet ip, TcpSegment tcp, int ipLength) {

        static Decoded of(byte[] frame) {
            EthernetFrame ethernet = EthernetFrame.decode(frame);
            Ipv4Packet ip = Ipv4Packet.decode(frame, 14, frame.length - 14);
            int ipLength = Wire.u16(frame, 16);
            TcpSegment tcp = TcpSegment.decode(frame, 34, ipLength - 20);
            return new Decoded(ethernet, ip, tcp, ipLength);
        }

        /** Built back from the records: every length and checksum computed afresh. */
        byte[] reencoded() {
            byte[] segment = tcp.encode(ip.source(), ip.destination());
            Ipv4Packet packet = new Ipv4Packet(ip.dscpEcn(), ip.identification(), ip.dontFragment(), ip.ttl(),
                    ip.protocol(), ip.source(), ip.destination(), segment);
            return new EthernetFrame(ethernet.destination(), ethernet.source(), ethernet.etherType(), packet.encode())
                    .encode();
        }
    }

    private static List<byte[]> frames(String file) throws IOException {
        return TestCaptures.read(file).packets().stream().map(CapturedPacket::data).toList();
    }

    @Test
    void httpSimpleGet_firstFrameIsTheClientSyn() throws IOException {
        Decoded syn = Decoded.of(frames(TestCaptures.HTTP_SIMPLE_GET).get(0));

        assertThat(syn.ip().source()).isEqualTo(Hex.v4("10.180.156.141"));
        assertThat(syn.ip().destination()).isEqualTo(Hex.v4("10.180.156.249"));
        assertThat(syn.tcp().sourcePort()).isEqualTo(61450);
        assertThat(syn.tcp().destinationPort()).isEqualTo(80);
        assertThat(syn.tcp().flags()).isEqualTo(TcpFlags.SYN);
        assertThat(syn.tcp().sequenceNumber()).isEqualTo(3365067071L);
        assertThat(syn.tcp().window()).isEqualTo(65535);
        // RFC 9293 §3.2 with RFC 7323 and RFC 2018 options, as a 2013 macOS stack sent them
        assertThat(syn.tcp().options()).containsExactly(new TcpOption.Mss(1460), new TcpOption.Nop(),
                new TcpOption.WindowScale(4), new TcpOption.Nop(), new TcpOption.Nop(),
                new TcpOption.Timestamps(2867677005L, 0), new TcpOption.SackPermitted(),
                new TcpOption.EndOfOptions());
        assertThat(syn.tcp().headerLength()).isEqualTo(44);
    }

    @Test
    void httpSimpleGet_handshakeFlags() throws IOException {
        List<byte[]> frames = frames(TestCaptures.HTTP_SIMPLE_GET);
        assertThat(List.of(0, 1, 2, 3, 11, 14)).extracting(i -> TcpFlags.names(Decoded.of(frames.get(i)).tcp().flags()))
                .containsExactly("SYN", "SYN, ACK", "ACK", "PSH, ACK", "FIN, ACK", "FIN, ACK");
    }

    @Test
    void httpSimpleGet_everyFrameReencodesToItsOwnBytes_butFrame4WhoseTcpChecksumIsWrongInTheFile()
            throws IOException {
        List<byte[]> frames = frames(TestCaptures.HTTP_SIMPLE_GET);
        List<Integer> differing = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            byte[] frame = frames.get(i);
            Decoded decoded = Decoded.of(frame);
            assertThat(14 + decoded.ipLength()).isEqualTo(frame.length); // no padding in this capture
            if (!Arrays.equals(decoded.reencoded(), frame)) {
                differing.add(i + 1);
            }
        }
        assertThat(differing).containsExactly(4);

        // Frame 4 (the GET) differs only in the TCP checksum: the file holds 0x1966 where the
        // segment sums to 0x490c, as Wireshark says ("maybe caused by TCP checksum offload").
        byte[] frame4 = frames.get(3);
        byte[] rebuilt = Decoded.of(frame4).reencoded();
        for (int i = 0; i < frame4.length; i++) {
            if (i != 50 && i != 51) {
                assertThat(rebuilt[i]).as("byte %d", i).isEqualTo(frame4[i]);
            }
        }
        assertThat(Wire.u16(frame4, 50)).isEqualTo(0x1966);
        assertThat(Wire.u16(rebuilt, 50)).isEqualTo(0x490c);
    }

    @Test
    void rfc1071_httpSimpleGet_ipv4ChecksumsAllVerify_tcpChecksumsAllButFrame4() throws IOException {
        List<byte[]> frames = frames(TestCaptures.HTTP_SIMPLE_GET);
        List<Integer> badTcp = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            byte[] frame = frames.get(i);
            assertThat(Checksum.internet(frame, 14, 20)).as("IPv4 header checksum of frame %d", i + 1).isZero();
            Decoded d = Decoded.of(frame);
            if (Checksum.pseudoHeaderChecksum(d.ip().source(), d.ip().destination(), IpProtocol.TCP, frame, 34,
                    d.ipLength() - 20) != 0) {
                badTcp.add(i + 1);
            }
        }
        assertThat(badTcp).containsExactly(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {TestCaptures.WEBSOCKET, TestCaptures.RETRANSMISSIONS, TestCaptures.NDPI_HTTP_PCAPNG})
    void tcpIpv4Captures_everyChecksumVerifies_andEveryFrameReencodesToItsOwnBytes(String file) throws IOException {
        for (byte[] frame : frames(file)) {
            Decoded d = Decoded.of(frame);
            assertThat(Checksum.internet(frame, 14, 20)).isZero();
            assertThat(Checksum.pseudoHeaderChecksum(d.ip().source(), d.ip().destination(), IpProtocol.TCP, frame, 34,
                    d.ipLength() - 20)).isZero();
            // Frames padded to Ethernet's 60-byte minimum keep their padding only in the capture.
            assertThat(d.reencoded()).isEqualTo(Arrays.copyOf(frame, 14 + d.ipLength()));
        }
    }

    @Test
    void rfc768_dnsCapture_firstFourDatagramsVerify_theFifthCarriesWrongChecksums() throws IOException {
        List<byte[]> frames = frames(TestCaptures.DNS_UDP);
        for (int i = 0; i < frames.size(); i++) {
            byte[] frame = frames.get(i);
            Ipv4Packet ip = Ipv4Packet.decode(frame, 14, frame.length - 14);
            boolean valid = i < 4;
            assertThat(Checksum.internet(frame, 14, 20) == 0).as("IPv4 checksum of frame %d", i + 1).isEqualTo(valid);
            assertThat(Checksum.pseudoHeaderChecksum(ip.source(), ip.destination(), IpProtocol.UDP, ip.payload()) == 0)
                    .as("UDP checksum of frame %d", i + 1).isEqualTo(valid);
            UdpDatagram udp = UdpDatagram.decode(frame, 34, frame.length - 34);
            assertThat(udp.destinationPort() == 53 || udp.sourcePort() == 53).isTrue();
        }
    }

    @Test
    void tls13LoopbackCapture_leftChecksumsToTheNic_soIpv4ChecksumsAreZero() throws IOException {
        Capture capture = TestCaptures.read(TestCaptures.TLS13);
        assertThat(capture.linkType()).isEqualTo(LinkType.NULL);
        for (CapturedPacket packet : capture.packets()) {
            byte[] frame = packet.data();
            assertThat(Wire.u16(frame, 4 + 10)).isZero();
            Ipv4Packet ip = Ipv4Packet.decode(frame, 4, frame.length - 4);
            assertThat(ip.source()).isEqualTo(Hex.v4("127.0.0.1"));
            assertThat(ip.protocol()).isEqualTo(IpProtocol.TCP);
        }
        Field first = Dissector.dissect(1, capture.packets().get(0).data(), LinkType.NULL);
        assertThat(child(layer(first, "Internet Protocol Version 4"), "Header Checksum").value())
                .isEqualTo("0x0000 [incorrect, should be 0x3cb6]");
        assertThat(child(layer(first, "Transmission Control Protocol"), "Checksum").value())
                .isEqualTo("0xfe34 [incorrect, should be 0x9268]");
        assertThat(child(layer(first, "Transmission Control Protocol"), "Destination Port").value()).isEqualTo("8400");
    }

    // ---- the dissector over every frame ----

    @ParameterizedTest
    @ValueSource(strings = {TestCaptures.HTTP_SIMPLE_GET, TestCaptures.WEBSOCKET, TestCaptures.DNS_UDP,
            TestCaptures.RETRANSMISSIONS, TestCaptures.TLS13, TestCaptures.NDPI_HTTP_PCAPNG})
    void dissector_explainsEveryFrame_withoutMalformedParts(String file) throws IOException {
        Capture capture = TestCaptures.read(file);
        int number = 1;
        for (CapturedPacket packet : capture.packets()) {
            byte[] frame = packet.data();
            Field root = Dissector.dissect(number++, frame, capture.linkType());
            assertWellFormed(root, frame);
            assertThat(FieldTrees.all(root)).extracting(Field::name).doesNotContain(Dissector.MALFORMED);
        }
    }

    @Test
    void dissector_httpSimpleGetSyn_readsAsWiresharkPrintsIt() throws IOException {
        byte[] frame = frames(TestCaptures.HTTP_SIMPLE_GET).get(0);
        Field root = Dissector.dissect(1, frame, LinkType.ETHERNET);
        Field tcp = layer(root, "Transmission Control Protocol");

        assertThat(root.summary()).isEqualTo("Frame 1: 78 bytes (624 bits)");
        assertThat(child(layer(root, "Ethernet II"), "Source").value()).isEqualTo("00:1f:5b:ff:51:cb");
        assertThat(child(tcp, "Source Port").value()).isEqualTo("61450");
        assertThat(child(tcp, "Flags").value()).isEqualTo("0x002 (SYN)");
        assertThat(child(tcp, "Checksum").value()).isEqualTo("0x63a7 [correct]");
        // The line tshark -V prints for this frame:
        assertThat(child(tcp, "Options").summary()).isEqualTo("Options: (24 bytes), Maximum segment size, "
                + "No-Operation (NOP), Window scale, No-Operation (NOP), No-Operation (NOP), Timestamps, "
                + "SACK permitted, End of Option List (EOL), End of Option List (EOL)");
        assertThat(child(tcp, "Options").children().get(2).summary()).isEqualTo("Window scale: 4 (multiply by 16)");
    }

    @Test
    void dissector_httpSimpleGetRequest_showsTheBadChecksumAndTheHeaders() throws IOException {
        Field root = Dissector.dissect(frames(TestCaptures.HTTP_SIMPLE_GET).get(3));

        assertThat(child(layer(root, "Transmission Control Protocol"), "Checksum").value())
                .isEqualTo("0x1966 [incorrect, should be 0x490c]");
        Field http = layer(root, "Hypertext Transfer Protocol");
        assertThat(names(http)).containsExactly("Request Line", "User-Agent", "Host", "Accept", "End of headers");
        assertThat(child(http, "Request Line").value()).isEqualTo("GET / HTTP/1.1");
    }

    @Test
    void dissector_pcapngResponse() throws IOException {
        Field http = layer(Dissector.dissect(frames(TestCaptures.NDPI_HTTP_PCAPNG).get(5)), "Hypertext Transfer Protocol");

        assertThat(child(http, "Status Line").value()).isEqualTo("HTTP/1.1 301 Moved Permanently");
        assertThat(child(http, "Location").value()).isEqualTo("http://www.google.com/");
        assertThat(child(http, "File Data").value()).isEqualTo("219 bytes");
    }

    @Test
    void dissector_dnsQuery_isUdpWithAVerifiedChecksum() throws IOException {
        Field root = Dissector.dissect(frames(TestCaptures.DNS_UDP).get(0));
        Field udp = layer(root, "User Datagram Protocol");

        assertThat(names(root)).containsExactly("Ethernet II", "Internet Protocol Version 4", "User Datagram Protocol",
                "Domain Name System");
        assertThat(udp.children()).extracting(Field::summary).containsExactly("Source Port: 62563",
                "Destination Port: 53", "Length: 40", "Checksum: 0x93ab [correct]", "UDP payload: 32 bytes");
    }

    @Test
    void dissector_websocketFrame5_showsTheEthernetPadding() throws IOException {
        Field eth = layer(Dissector.dissect(frames(TestCaptures.WEBSOCKET).get(4)), "Ethernet II");
        assertThat(child(eth, "Padding")).extracting(Field::value, Field::offset, Field::length)
                .containsExactly("6 bytes", 54, 6);
    }
}
