package org.wirewise.model.stack;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import org.wirewise.model.net.Host;
import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.Ipv6Packet;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.packet.TcpSegment;

/**
 * Wraps a transport segment in IP and Ethernet, and does what a router does to a frame it
 * forwards: strip the Ethernet header, decrement TTL or Hop Limit, recompute the IPv4 header
 * checksum and write a new Ethernet header for the next hop.
 */
public final class Encapsulation {

    private Encapsulation() {
    }

    /** An IPv4 or IPv6 packet carrying a TCP segment, inside an Ethernet II frame. */
    public static byte[] frame(MacAddress src, MacAddress dst, InetAddress from, InetAddress to, int ipId, int ttl,
                               TcpSegment segment) {
        byte[] transport = segment.encode(from, to);
        if (from instanceof Inet4Address f4 && to instanceof Inet4Address t4) {
            byte[] ip = new Ipv4Packet(0, ipId, true, ttl, IpProtocol.TCP, f4, t4, transport).encode();
            return new EthernetFrame(dst, src, EtherType.IPV4, ip).encode();
        }
        byte[] ip = new Ipv6Packet(0, 0, IpProtocol.TCP, ttl, (Inet6Address) from, (Inet6Address) to, transport)
                .encode();
        return new EthernetFrame(dst, src, EtherType.IPV6, ip).encode();
    }

    /**
     * The frame a router sends on: TTL (IPv4, RFC 791 §3.2; RFC 1812 §5.2.1) or Hop Limit (IPv6,
     * RFC 8200 §3) one less, a new IPv4 header checksum (IPv6 has none), and the outgoing
     * interface's MAC as source, the next hop's as destination. The transport bytes are untouched:
     * TTL is not in TCP's pseudo-header, so the TCP checksum stays valid.
     */
    public static byte[] routed(byte[] frame, MacAddress outgoing, MacAddress nextHop) {
        return org.wirewise.model.net.RouterNode.routed(frame, outgoing, nextHop);
    }

    /** The IPv4 header checksum of a frame, or -1 for IPv6. */
    public static int ipv4Checksum(byte[] frame) {
        if (((frame[12] & 0xFF) << 8 | (frame[13] & 0xFF)) != EtherType.IPV4) {
            return -1;
        }
        return (frame[24] & 0xFF) << 8 | (frame[25] & 0xFF);
    }

    /** TTL (IPv4) or Hop Limit (IPv6) of a frame. */
    public static int ttl(byte[] frame) {
        boolean v4 = ((frame[12] & 0xFF) << 8 | (frame[13] & 0xFF)) == EtherType.IPV4;
        return frame[EthernetFrame.HEADER_LENGTH + (v4 ? 8 : 7)] & 0xFF;
    }

    /** The documentation address of a host on one of the lesson's two networks. */
    public static InetAddress address(IpVersion version, String v4, String v6) {
        return Host.literal(version == IpVersion.IPV4 ? v4 : v6);
    }
}
