package org.wirewise.model.packet;

import java.net.Inet4Address;
import java.net.Inet6Address;

/**
 * One-call builders of whole Ethernet frames for the simulators: transport, IP and Ethernet
 * headers with every length and checksum filled in. IPv4 packets carry Don't Fragment and a
 * zero DSCP/ECN byte, as Linux sends TCP with path MTU discovery; IPv6 packets a zero traffic
 * class and flow label.
 */
public final class Frames {

    private Frames() {
    }

    public static byte[] tcpOverIpv4(MacAddress srcMac, MacAddress dstMac, Inet4Address src, Inet4Address dst,
                                     int ipId, int ttl, TcpSegment seg) {
        return ipv4(srcMac, dstMac, src, dst, ipId, ttl, IpProtocol.TCP, seg.encode(src, dst));
    }

    public static byte[] tcpOverIpv6(MacAddress srcMac, MacAddress dstMac, Inet6Address src, Inet6Address dst,
                                     int hopLimit, TcpSegment seg) {
        return ipv6(srcMac, dstMac, src, dst, hopLimit, IpProtocol.TCP, seg.encode(src, dst));
    }

    public static byte[] udpOverIpv4(MacAddress srcMac, MacAddress dstMac, Inet4Address src, Inet4Address dst,
                                     int ipId, int ttl, UdpDatagram datagram) {
        return ipv4(srcMac, dstMac, src, dst, ipId, ttl, IpProtocol.UDP, datagram.encode(src, dst));
    }

    public static byte[] udpOverIpv6(MacAddress srcMac, MacAddress dstMac, Inet6Address src, Inet6Address dst,
                                     int hopLimit, UdpDatagram datagram) {
        return ipv6(srcMac, dstMac, src, dst, hopLimit, IpProtocol.UDP, datagram.encode(src, dst));
    }

    private static byte[] ipv4(MacAddress srcMac, MacAddress dstMac, Inet4Address src, Inet4Address dst,
                               int ipId, int ttl, int protocol, byte[] transport) {
        byte[] ip = new Ipv4Packet(0, ipId, true, ttl, protocol, src, dst, transport).encode();
        return new EthernetFrame(dstMac, srcMac, EtherType.IPV4, ip).encode();
    }

    private static byte[] ipv6(MacAddress srcMac, MacAddress dstMac, Inet6Address src, Inet6Address dst,
                               int hopLimit, int nextHeader, byte[] transport) {
        byte[] ip = new Ipv6Packet(0, 0, nextHeader, hopLimit, src, dst, transport).encode();
        return new EthernetFrame(dstMac, srcMac, EtherType.IPV6, ip).encode();
    }
}
