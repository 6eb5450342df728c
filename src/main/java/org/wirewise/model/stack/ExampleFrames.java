package org.wirewise.model.stack;

import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.wirewise.model.net.Host;
import org.wirewise.model.packet.Checksum;
import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.packet.UdpDatagram;

/**
 * One real frame per kind of traffic the OSI lesson points at: an ARP request, an ICMP echo
 * request, a DNS query over UDP, an HTTP request over TCP and a TLS 1.3 application data record.
 * All between the same two documentation hosts (RFC 5737) on one Ethernet.
 */
final class ExampleFrames {

    static final MacAddress CLIENT_MAC = MacAddress.of("02:00:00:00:00:0a");
    static final MacAddress GATEWAY_MAC = MacAddress.of("02:00:00:00:01:01");
    static final Inet4Address CLIENT = (Inet4Address) Host.literal("192.0.2.10");
    static final Inet4Address GATEWAY = (Inet4Address) Host.literal("192.0.2.1");
    static final Inet4Address SERVER = (Inet4Address) Host.literal("198.51.100.80");
    static final Inet4Address RESOLVER = (Inet4Address) Host.literal("192.0.2.53");

    private ExampleFrames() {
    }

    /** ARP request: who has 192.0.2.1? (RFC 826), broadcast, padded to the 60-byte minimum by the NIC. */
    static byte[] arpRequest() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {0, 1, 8, 0, 6, 4, 0, 1});
        b.writeBytes(CLIENT_MAC.toBytes());
        b.writeBytes(CLIENT.getAddress());
        b.writeBytes(new byte[6]);
        b.writeBytes(GATEWAY.getAddress());
        b.writeBytes(new byte[18]); // padding to 46 bytes of payload (IEEE 802.3 minimum frame)
        return new EthernetFrame(MacAddress.BROADCAST, CLIENT_MAC, EtherType.ARP, b.toByteArray()).encode();
    }

    /** ICMP echo request (ping) to the server (RFC 792), 32 bytes of data as Windows ping sends. */
    static byte[] icmpEcho() {
        byte[] icmp = new byte[8 + 32];
        icmp[0] = 8; // echo request
        icmp[5] = 1; // identifier 1
        icmp[7] = 1; // sequence 1
        byte[] data = "abcdefghijklmnopqrstuvwabcdefghi".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(data, 0, icmp, 8, data.length);
        int sum = Checksum.internet(icmp, 0, icmp.length);
        icmp[2] = (byte) (sum >>> 8);
        icmp[3] = (byte) sum;
        byte[] ip = new Ipv4Packet(0, 0x1c46, true, 64, IpProtocol.ICMP, CLIENT, SERVER, icmp).encode();
        return new EthernetFrame(GATEWAY_MAC, CLIENT_MAC, EtherType.IPV4, ip).encode();
    }

    /** DNS query for www.example.com, type A, recursion desired, over UDP to port 53 (RFC 1035 §4.1). */
    static byte[] dnsQuery() {
        ByteArrayOutputStream q = new ByteArrayOutputStream();
        q.writeBytes(new byte[] {0x4d, 0x2a, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0});
        for (String label : List.of("www", "example", "com")) {
            q.write(label.length());
            q.writeBytes(label.getBytes(StandardCharsets.US_ASCII));
        }
        q.writeBytes(new byte[] {0, 0, 1, 0, 1});
        UdpDatagram udp = new UdpDatagram(53_124, 53, q.toByteArray());
        byte[] ip = new Ipv4Packet(0, 0x2b10, false, 64, IpProtocol.UDP, CLIENT, RESOLVER,
                udp.encode(CLIENT, RESOLVER)).encode();
        return new EthernetFrame(GATEWAY_MAC, CLIENT_MAC, EtherType.IPV4, ip).encode();
    }

    /** An HTTP GET over an open TCP connection to port 80. */
    static byte[] httpGet() {
        byte[] http = new HttpRequest(HttpMethod.GET, "www.example.com", "/", List.of("Accept: */*"), "").encode();
        return tcp(80, http);
    }

    /** The same request sealed in a TLS 1.3 record, to port 443. */
    static byte[] tlsRecord() {
        byte[] http = new HttpRequest(HttpMethod.GET, "www.example.com", "/", List.of("Accept: */*"), "").encode();
        return tcp(443, TlsRecords.seal(http, new SplittableRandom(443)));
    }

    /** A GET (on its own connection) as the gateway sends it on: TTL 63, new checksum and MACs. */
    static byte[] routedHttpGet() {
        byte[] http = new HttpRequest(HttpMethod.GET, "www.example.com", "/", List.of("Accept: */*"), "").encode();
        TcpSegment seg = new TcpSegment(49_153, 80, 5_000_001, 6_000_001, TcpFlags.ACK | TcpFlags.PSH, 502, 0,
                List.of(), http);
        byte[] sent = Encapsulation.frame(CLIENT_MAC, GATEWAY_MAC, CLIENT, SERVER, 0x3a02, 64, seg);
        return Encapsulation.routed(sent, MacAddress.of("02:00:00:00:02:01"), MacAddress.of("02:00:00:00:00:50"));
    }

    /** A request as a layer-7 balancer forwards it, with the client's address in X-Forwarded-For. */
    static byte[] proxiedRequest() {
        byte[] http = new HttpRequest(HttpMethod.GET, "shop.example.com", "/api/cart",
                List.of("X-Forwarded-For: 192.0.2.11", "X-Forwarded-Proto: https"), "").encode();
        TcpSegment seg = new TcpSegment(40_000, 8080, 3_000_001, 4_000_001, TcpFlags.ACK | TcpFlags.PSH, 502, 0,
                List.of(), http);
        return Encapsulation.frame(MacAddress.of("02:00:00:00:10:02"), MacAddress.of("02:00:00:00:20:01"),
                Host.literal("10.0.0.2"), Host.literal("10.0.0.11"), 0x2000, 64, seg);
    }

    private static byte[] tcp(int port, byte[] payload) {
        TcpSegment seg = new TcpSegment(49_152, port, 1_000_001, 2_000_001, TcpFlags.ACK | TcpFlags.PSH, 502, 0,
                List.of(), payload);
        return Encapsulation.frame(CLIENT_MAC, GATEWAY_MAC, CLIENT, SERVER, 0x3a01, 64, seg);
    }
}
