package org.wirewise.model.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewise.model.packet.FieldTrees.assertWellFormed;
import static org.wirewise.model.packet.FieldTrees.child;
import static org.wirewise.model.packet.FieldTrees.layer;
import static org.wirewise.model.packet.FieldTrees.names;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.pcap.LinkType;

class DissectorTest {

    private static final MacAddress CLIENT_MAC = MacAddress.of("02:00:00:00:00:01");
    private static final MacAddress SERVER_MAC = MacAddress.of("02:00:00:00:00:02");
    private static final Inet4Address CLIENT = Hex.v4("192.168.0.10");
    private static final Inet4Address SERVER = Hex.v4("93.184.216.34");
    private static final TcpSegment SYN = new TcpSegment(50000, 80, 1000, 0, TcpFlags.SYN, 64240, 0,
            List.of(new TcpOption.Mss(1460), new TcpOption.SackPermitted(), new TcpOption.Timestamps(123, 0),
                    new TcpOption.Nop(), new TcpOption.WindowScale(7)), new byte[0]);

    private static byte[] tcpFrame(TcpSegment segment) {
        return Frames.tcpOverIpv4(CLIENT_MAC, SERVER_MAC, CLIENT, SERVER, 0x1234, 64, segment);
    }

    private static TcpSegment withPayload(String text) {
        return new TcpSegment(50000, 80, 1001, 5001, TcpFlags.PSH | TcpFlags.ACK, 502, 0, List.of(),
                text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void tcpSyn_layersInOrder_underAFrameRoot() {
        byte[] frame = tcpFrame(SYN);
        Field root = Dissector.dissect(frame);

        assertThat(root.summary()).isEqualTo("Frame: 74 bytes (592 bits)");
        assertThat(Dissector.dissect(3, frame, LinkType.ETHERNET).summary()).isEqualTo("Frame 3: 74 bytes (592 bits)");
        assertThat(names(root)).containsExactly("Ethernet II", "Internet Protocol Version 4",
                "Transmission Control Protocol");
        assertWellFormed(root, frame);
    }

    @Test
    void ethernetII_fields() {
        Field eth = layer(Dissector.dissect(tcpFrame(SYN)), "Ethernet II");

        assertThat(eth.children()).extracting(Field::summary, Field::offset, Field::length).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Destination: 02:00:00:00:00:02", 0, 6),
                org.assertj.core.groups.Tuple.tuple("Source: 02:00:00:00:00:01", 6, 6),
                org.assertj.core.groups.Tuple.tuple("Type: IPv4 (0x0800)", 12, 2));
    }

    @Test
    void rfc791_ipv4Fields_inWiresharksWords_atTheirBytes() {
        Field ip = layer(Dissector.dissect(tcpFrame(SYN)), "Internet Protocol Version 4");

        assertThat(ip.offset()).isEqualTo(14);
        assertThat(ip.length()).isEqualTo(60);
        assertThat(ip.children()).extracting(Field::summary).containsExactly(
                "Version: 4",
                "Header Length: 20 bytes (5)",
                "Differentiated Services Field: 0x00 (DSCP: CS0, ECN: Not-ECT)",
                "Total Length: 60",
                "Identification: 0x1234 (4660)",
                "Flags: 0x2, Don't fragment",
                "Fragment Offset: 0",
                "Time to Live: 64",
                "Protocol: TCP (6)",
                "Header Checksum: " + String.format("0x%04x", Checksum.internet(zeroed(tcpFrame(SYN), 24), 14, 20))
                        + " [correct]",
                "Source Address: 192.168.0.10",
                "Destination Address: 93.184.216.34");
        assertThat(child(ip, "Flags").children()).extracting(Field::summary)
                .containsExactly("Reserved bit: Not set", "Don't fragment: Set", "More fragments: Not set");
        assertThat(child(ip, "Time to Live")).extracting(Field::offset, Field::length).containsExactly(22, 1);
        assertThat(child(ip, "Source Address")).extracting(Field::offset, Field::length).containsExactly(26, 4);
    }

    @Test
    void rfc9293_section3_1_tcpFields_inWiresharksWords_atTheirBytes() {
        byte[] frame = tcpFrame(SYN);
        Field tcp = layer(Dissector.dissect(frame), "Transmission Control Protocol");

        assertThat(names(tcp)).containsExactly("Source Port", "Destination Port", "Sequence Number",
                "Acknowledgment Number", "Header Length", "Flags", "Window", "Checksum", "Urgent Pointer", "Options");
        assertThat(child(tcp, "Source Port")).extracting(Field::value, Field::offset, Field::length)
                .containsExactly("50000", 34, 2);
        assertThat(child(tcp, "Destination Port").value()).isEqualTo("80");
        assertThat(child(tcp, "Sequence Number")).extracting(Field::value, Field::offset, Field::length)
                .containsExactly("1000", 38, 4);
        assertThat(child(tcp, "Header Length").value()).isEqualTo("40 bytes (10)");
        assertThat(child(tcp, "Window")).extracting(Field::value, Field::offset).containsExactly("64240", 48);
        assertThat(child(tcp, "Checksum").value())
                .isEqualTo(String.format("0x%04x [correct]", (frame[50] & 0xFF) << 8 | (frame[51] & 0xFF)));
        assertThat(child(tcp, "Urgent Pointer")).extracting(Field::value, Field::offset).containsExactly("0", 52);
    }

    @Test
    void tcpFlags_valueAndOneChildPerBit() {
        Field flags = child(layer(Dissector.dissect(tcpFrame(SYN)), "Transmission Control Protocol"), "Flags");

        assertThat(flags.summary()).isEqualTo("Flags: 0x002 (SYN)");
        assertThat(flags.children()).extracting(Field::name).containsExactly("Reserved", "Accurate ECN",
                "Congestion Window Reduced", "ECN-Echo", "Urgent", "Acknowledgment", "Push", "Reset", "Syn", "Fin");
        assertThat(child(flags, "Syn").value()).isEqualTo("Set");
        assertThat(child(flags, "Acknowledgment").value()).isEqualTo("Not set");

        Field finAck = child(layer(Dissector.dissect(tcpFrame(new TcpSegment(1, 2, 3, 4, TcpFlags.FIN | TcpFlags.ACK,
                5, 0, List.of(), new byte[0]))), "Transmission Control Protocol"), "Flags");
        assertThat(finAck.value()).isEqualTo("0x011 (FIN, ACK)");
    }

    @Test
    void rfc9293_section3_2_optionsAsWiresharkListsThem() {
        Field options = child(layer(Dissector.dissect(tcpFrame(SYN)), "Transmission Control Protocol"), "Options");

        assertThat(options.summary()).isEqualTo("Options: (20 bytes), Maximum segment size, SACK permitted, "
                + "Timestamps, No-Operation (NOP), Window scale");
        assertThat(options.children()).extracting(Field::summary).containsExactly(
                "Maximum segment size: 1460 bytes",
                "SACK permitted",
                "Timestamps: TSval 123, TSecr 0",
                "No-Operation (NOP)",
                "Window scale: 7 (multiply by 128)");
        Field mss = options.children().get(0);
        assertThat(mss.children()).extracting(Field::summary, Field::offset, Field::length).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kind: Maximum Segment Size (2)", 54, 1),
                org.assertj.core.groups.Tuple.tuple("Length: 4", 55, 1),
                org.assertj.core.groups.Tuple.tuple("MSS Value: 1460", 56, 2));
        Field timestamps = options.children().get(2);
        assertThat(timestamps.children()).extracting(Field::summary)
                .contains("Timestamp value: 123", "Timestamp echo reply: 0");
    }

    @Test
    void rfc2018_sackBlocks() {
        TcpSegment sack = new TcpSegment(443, 50001, 100, 8, TcpFlags.ACK, 500, 0, List.of(new TcpOption.Nop(),
                new TcpOption.Nop(), new TcpOption.Sack(List.of(new SackBlock(2000, 3000), new SackBlock(4000, 5000)))),
                new byte[0]);
        Field option = child(child(layer(Dissector.dissect(tcpFrame(sack)), "Transmission Control Protocol"),
                "Options"), "SACK");

        assertThat(option.summary()).isEqualTo("SACK: 2000-3000 4000-5000");
        assertThat(option.children()).extracting(Field::summary).containsExactly("Kind: SACK (5)", "Length: 18",
                "left edge: 2000", "right edge: 3000", "left edge: 4000", "right edge: 5000");
    }

    @Test
    void everyNumericLeaf_readsTheBytesItClaims() {
        byte[] frame = tcpFrame(SYN);
        Field tcp = layer(Dissector.dissect(frame), "Transmission Control Protocol");
        for (String name : List.of("Source Port", "Destination Port", "Sequence Number", "Acknowledgment Number",
                "Window", "Urgent Pointer")) {
            Field field = child(tcp, name);
            long fromBytes = 0;
            for (int i = field.offset(); i < field.end(); i++) {
                fromBytes = fromBytes << 8 | (frame[i] & 0xFF);
            }
            assertThat(field.value()).as(name).isEqualTo(Long.toString(fromBytes));
        }
    }

    @Test
    void wrongChecksums_sayWhatTheyShouldBe() {
        byte[] good = tcpFrame(SYN);
        byte[] bad = good.clone();
        bad[24] ^= 0x01; // IPv4 header checksum
        bad[50] ^= 0x10; // TCP checksum
        Field root = Dissector.dissect(bad);

        assertThat(child(layer(root, "Internet Protocol Version 4"), "Header Checksum").value())
                .isEqualTo(String.format("0x%02x%02x [incorrect, should be 0x%02x%02x]", bad[24], bad[25], good[24],
                        good[25]));
        assertThat(child(layer(root, "Transmission Control Protocol"), "Checksum").value())
                .isEqualTo(String.format("0x%02x%02x [incorrect, should be 0x%02x%02x]", bad[50], bad[51], good[50],
                        good[51]));
    }

    @Test
    void httpRequest_oneFieldPerHeaderLine() {
        String request = "GET /index.html HTTP/1.1\r\nHost: example.com\r\nAccept: */*\r\n\r\n";
        byte[] frame = tcpFrame(withPayload(request));
        Field root = Dissector.dissect(frame);
        Field http = layer(root, "Hypertext Transfer Protocol");

        assertThat(names(root)).last().isEqualTo("Hypertext Transfer Protocol");
        assertThat(http.offset()).isEqualTo(54);
        assertThat(http.children()).extracting(Field::summary).containsExactly(
                "Request Line: GET /index.html HTTP/1.1", "Host: example.com", "Accept: */*", "End of headers");
        assertThat(child(http, "Request Line").children()).extracting(Field::summary).containsExactly(
                "Request Method: GET", "Request URI: /index.html", "Request Version: HTTP/1.1");
        assertThat(text(frame, child(http, "Host"))).isEqualTo("Host: example.com\r\n");
        assertThat(text(frame, child(child(http, "Request Line"), "Request URI"))).isEqualTo("/index.html");
        assertThat(text(frame, child(child(http, "Request Line"), "Request Version"))).isEqualTo("HTTP/1.1");
        assertThat(child(layer(root, "Transmission Control Protocol"), "TCP payload").value()).isEqualTo("60 bytes");
        assertWellFormed(root, frame);
    }

    @Test
    void httpResponse_statusLineHeadersAndBody() {
        String response = "HTTP/1.1 403 Forbidden\r\nContent-Length: 5\r\n\r\nnope!";
        byte[] frame = tcpFrame(withPayload(response));
        Field http = layer(Dissector.dissect(frame), "Hypertext Transfer Protocol");

        assertThat(http.children()).extracting(Field::summary).containsExactly(
                "Status Line: HTTP/1.1 403 Forbidden", "Content-Length: 5", "End of headers", "File Data: 5 bytes");
        assertThat(child(http, "Status Line").children()).extracting(Field::summary).containsExactly(
                "Response Version: HTTP/1.1", "Status Code: 403", "Response Phrase: Forbidden");
        assertThat(text(frame, child(http, "File Data"))).isEqualTo("nope!");
    }

    @Test
    void httpHeadersCutByTheSegmentEnd_areMarkedIncomplete() {
        Field http = layer(Dissector.dissect(tcpFrame(withPayload("GET / HTTP/1.1\r\nHost: exa"))),
                "Hypertext Transfer Protocol");
        assertThat(http.children()).extracting(Field::summary)
                .containsExactly("Request Line: GET / HTTP/1.1", "Host: exa",
                        "Incomplete: headers continue beyond this segment");
    }

    @Test
    void otherPayload_isData() {
        byte[] frame = tcpFrame(withPayload("\u0016\u0003\u0001 not http"));
        Field root = Dissector.dissect(frame);
        assertThat(names(root)).containsExactly("Ethernet II", "Internet Protocol Version 4",
                "Transmission Control Protocol", "Data");
        assertThat(layer(root, "Data")).extracting(Field::value, Field::offset, Field::length)
                .containsExactly("12 bytes", 54, 12);
    }

    @Test
    void rfc8200_udpOverIpv6() {
        byte[] frame = Frames.udpOverIpv6(CLIENT_MAC, SERVER_MAC, Hex.v6("2001:db8::10"), Hex.v6("2001:db8::1:0:0:1"),
                64, new UdpDatagram(5353, 53, new byte[] {1, 2, 3}));
        Field root = Dissector.dissect(frame);

        assertThat(names(root)).containsExactly("Ethernet II", "Internet Protocol Version 6", "User Datagram Protocol",
                "Data");
        assertThat(layer(root, "Internet Protocol Version 6").children()).extracting(Field::summary).containsExactly(
                "Version: 6", "Traffic Class: 0x00 (DSCP: CS0, ECN: Not-ECT)", "Flow Label: 0x00000",
                "Payload Length: 11", "Next Header: UDP (17)", "Hop Limit: 64", "Source Address: 2001:db8::10",
                "Destination Address: 2001:db8::1:0:0:1");
        Field udp = layer(root, "User Datagram Protocol");
        assertThat(names(udp)).containsExactly("Source Port", "Destination Port", "Length", "Checksum", "UDP payload");
        assertThat(child(udp, "Checksum").value()).endsWith("[correct]");
        assertThat(child(udp, "Length")).extracting(Field::value, Field::offset).containsExactly("11", 58);
        assertWellFormed(root, frame);
    }

    @Test
    void rfc8200_section4_extensionHeadersThenIcmpv6() {
        Inet6Address src = Hex.v6("fe80::1");
        Inet6Address dst = Hex.v6("ff02::1");
        byte[] echo = Hex.bytes("80 00 00 00 00 01 00 02 61 62");
        int checksum = Checksum.pseudoHeaderChecksum(src, dst, IpProtocol.ICMPV6, echo); // RFC 4443 §2.3
        echo[2] = (byte) (checksum >>> 8);
        echo[3] = (byte) checksum;
        byte[] hopByHop = Hex.bytes("3a 00 01 04 00 00 00 00"); // next: ICMPv6; PadN to 8 bytes
        byte[] payload = new byte[hopByHop.length + echo.length];
        System.arraycopy(hopByHop, 0, payload, 0, 8);
        System.arraycopy(echo, 0, payload, 8, echo.length);
        byte[] frame = new EthernetFrame(SERVER_MAC, CLIENT_MAC, EtherType.IPV6,
                new Ipv6Packet(0, 0, IpProtocol.HOP_BY_HOP, 1, src, dst, payload).encode()).encode();
        Field root = Dissector.dissect(frame);

        Field ip = layer(root, "Internet Protocol Version 6");
        assertThat(child(ip, "Next Header").value()).isEqualTo("IPv6 Hop-by-Hop Option (0)");
        assertThat(child(ip, "IPv6 Hop-by-Hop Option").children()).extracting(Field::summary)
                .containsExactly("Next Header: ICMPv6 (58)", "Length: 0 (8 bytes)");
        assertThat(child(ip, "Destination Address").value()).isEqualTo("ff02::1");
        assertThat(layer(root, "Internet Control Message Protocol v6").children()).extracting(Field::summary)
                .containsExactly("Type: 128 (Echo (ping) request)", "Code: 0",
                        String.format("Checksum: 0x%04x [correct]", checksum), "Identifier: 1 (0x0001)",
                        "Sequence Number: 2 (0x0002)", "Data: 2 bytes");
        assertWellFormed(root, frame);
    }

    @Test
    void rfc768_zeroUdpChecksumOverIpv4_meansNone() {
        byte[] frame = Frames.udpOverIpv4(CLIENT_MAC, SERVER_MAC, CLIENT, SERVER, 1, 64,
                new UdpDatagram(1, 2, new byte[] {9}));
        frame[40] = 0;
        frame[41] = 0;
        assertThat(child(layer(Dissector.dissect(frame), "User Datagram Protocol"), "Checksum").value())
                .isEqualTo("0x0000 [zero-value ignored]");
    }

    @Test
    void ethernetPadding_isShownAfterTheIpPacket() {
        byte[] ack = tcpFrame(new TcpSegment(1, 2, 3, 4, TcpFlags.ACK, 5, 0, List.of(), new byte[0]));
        byte[] padded = Arrays.copyOf(ack, 60);
        Field root = Dissector.dissect(padded);

        assertThat(child(layer(root, "Ethernet II"), "Padding")).extracting(Field::value, Field::offset, Field::length)
                .containsExactly("6 bytes", 54, 6);
        assertThat(layer(root, "Internet Protocol Version 4").end()).isEqualTo(54);
        assertWellFormed(root, padded);
    }

    @Test
    void arpRequest() {
        byte[] arp = Hex.bytes("0001 0800 06 04 0001 020000000001 c0a8000a 000000000000 c0a80001");
        byte[] frame = new EthernetFrame(MacAddress.BROADCAST, CLIENT_MAC, EtherType.ARP, arp).encode();
        Field layer = layer(Dissector.dissect(frame), "Address Resolution Protocol");

        assertThat(layer.children()).extracting(Field::summary).containsExactly("Hardware type: Ethernet (1)",
                "Protocol type: IPv4 (0x0800)", "Hardware size: 6", "Protocol size: 4", "Opcode: request (1)",
                "Sender MAC address: 02:00:00:00:00:01", "Sender IP address: 192.168.0.10",
                "Target MAC address: 00:00:00:00:00:00", "Target IP address: 192.168.0.1");
    }

    @Test
    void icmpEchoRequest_checksumVerified() {
        byte[] icmp = Hex.bytes("08 00 00 00 00 01 00 07 61 62 63 64");
        int checksum = Checksum.internet(icmp, 0, icmp.length);
        icmp[2] = (byte) (checksum >>> 8);
        icmp[3] = (byte) checksum;
        byte[] ip = new Ipv4Packet(0, 1, false, 64, IpProtocol.ICMP, CLIENT, SERVER, icmp).encode();
        Field layer = layer(Dissector.dissect(ip, LinkType.RAW), "Internet Control Message Protocol");

        assertThat(layer.children()).extracting(Field::summary).containsExactly("Type: 8 (Echo (ping) request)",
                "Code: 0", String.format("Checksum: 0x%04x [correct]", checksum), "Identifier: 1 (0x0001)",
                "Sequence Number: 7 (0x0007)", "Data: 4 bytes");
    }

    @Test
    void bsdLoopback_bothByteOrders() {
        byte[] ip = new Ipv4Packet(0, 1, true, 64, IpProtocol.TCP, CLIENT, SERVER, SYN.encode(CLIENT, SERVER)).encode();
        for (byte[] family : List.of(new byte[] {2, 0, 0, 0}, new byte[] {0, 0, 0, 2})) {
            byte[] frame = new byte[4 + ip.length];
            System.arraycopy(family, 0, frame, 0, 4);
            System.arraycopy(ip, 0, frame, 4, ip.length);
            Field root = Dissector.dissect(frame, LinkType.NULL);
            assertThat(names(root)).containsExactly("Null/Loopback", "Internet Protocol Version 4",
                    "Transmission Control Protocol");
            assertThat(child(layer(root, "Null/Loopback"), "Family").value()).isEqualTo("IP (2)");
        }
    }

    // ---- what cannot be dissected becomes a field saying so ----

    @Test
    void emptyAndShortFrames() {
        assertThat(Dissector.dissect(new byte[0]).children().get(0).children()).extracting(Field::summary)
                .containsExactly("Malformed: frame is 0 bytes, an Ethernet II header needs 14");
        byte[] cut = Arrays.copyOf(tcpFrame(SYN), 20);
        Field ip = layer(Dissector.dissect(cut), "Internet Protocol Version 4");
        assertThat(ip.children()).extracting(Field::summary, Field::offset, Field::length).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Malformed: IPv4 header truncated: needs 20 bytes, 6 remain", 14, 6));
    }

    @Test
    void snapLengthCut_showsTheHeaders_andLeavesTheChecksumUnverified() {
        byte[] full = tcpFrame(withPayload("x".repeat(100)));
        byte[] cut = Arrays.copyOf(full, 70);
        Field root = Dissector.dissect(cut);

        assertThat(child(layer(root, "Internet Protocol Version 4"), "Truncated").value())
                .isEqualTo("Total Length says 140 bytes, 56 were captured");
        assertThat(child(layer(root, "Transmission Control Protocol"), "Checksum").value()).endsWith("[unverified]");
        assertWellFormed(root, cut);
    }

    @Test
    void tcpHeaderLengthPastTheSegment_isMalformed() {
        byte[] frame = tcpFrame(new TcpSegment(1, 2, 3, 4, TcpFlags.ACK, 5, 0, List.of(), new byte[0]));
        frame[46] = (byte) 0xF0;
        Field tcp = layer(Dissector.dissect(frame), "Transmission Control Protocol");

        assertThat(child(tcp, Dissector.MALFORMED).value())
                .isEqualTo("Header Length 60 bytes is more than the 20 that remain");
    }

    @Test
    void tcpOptionWithABadLength_isMalformedAndTheRestIsNotGuessed() {
        byte[] frame = tcpFrame(SYN);
        frame[55] = 0; // MSS length byte
        Field options = child(layer(Dissector.dissect(frame), "Transmission Control Protocol"), "Options");

        assertThat(options.children()).extracting(Field::summary).containsExactly(
                "Malformed: TCP option kind 2 has length 0, less than the 2 bytes of kind and length");
        assertThat(options.children().get(0)).extracting(Field::offset, Field::length).containsExactly(54, 20);

        byte[] wrongMss = tcpFrame(SYN);
        wrongMss[55] = 6;
        Field mss = child(layer(Dissector.dissect(wrongMss), "Transmission Control Protocol"), "Options")
                .children().get(0);
        assertThat(child(mss, Dissector.MALFORMED).value())
                .isEqualTo("Maximum segment size option must be 4 bytes long, is 6");
    }

    @Test
    void unknownEtherTypeAndLinkType_areData() {
        byte[] frame = new EthernetFrame(SERVER_MAC, CLIENT_MAC, 0x88B5, new byte[] {1, 2}).encode();
        Field root = Dissector.dissect(frame);
        assertThat(child(layer(root, "Ethernet II"), "Type").value()).isEqualTo("Unknown (0x88b5)");
        assertThat(layer(root, "Data").value()).isEqualTo("2 bytes");

        assertThat(Dissector.dissect(frame, 147).children().get(0).children()).extracting(Field::summary)
                .containsExactly("Malformed: link type 147 is not dissected");
    }

    private static byte[] zeroed(byte[] frame, int at) {
        byte[] copy = frame.clone();
        copy[at] = 0;
        copy[at + 1] = 0;
        return copy;
    }

    private static String text(byte[] frame, Field field) {
        return new String(frame, field.offset(), field.length(), StandardCharsets.ISO_8859_1);
    }
}
