package org.wirewise.model.net;

import java.net.InetAddress;
import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.Ipv6Packet;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.packet.MalformedPacketException;


/**
 * The IP datagram inside an arriving Ethernet frame, read from its bytes as a receiving stack
 * would: addresses, TTL or Hop Limit, the transport protocol and where its bytes lie.
 */
public record Datagram(MacAddress destinationMac, int etherType, byte[] ip, InetAddress source, InetAddress destination,
                int ttl, int protocol, int transportOffset, int transportLength) {

    static final int IPV4_TTL = 8;
    static final int IPV6_HOP_LIMIT = 7;

    /** The datagram of a frame, or null when the frame holds no IP packet this stack reads. */
    public static Datagram of(byte[] frame) {
        try {
            EthernetFrame eth = EthernetFrame.decode(frame);
            byte[] ip = eth.payload();
            if (eth.etherType() == EtherType.IPV4) {
                Ipv4Packet p = Ipv4Packet.decode(ip, 0, ip.length);
                int header = (ip[0] & 0x0F) * 4;
                return new Datagram(eth.destination(), EtherType.IPV4, ip, p.source(), p.destination(), p.ttl(),
                        p.protocol(), header, ((ip[2] & 0xFF) << 8 | (ip[3] & 0xFF)) - header);
            }
            if (eth.etherType() == EtherType.IPV6) {
                Ipv6Packet p = Ipv6Packet.decode(ip, 0, ip.length);
                return new Datagram(eth.destination(), EtherType.IPV6, ip, p.source(), p.destination(), p.hopLimit(),
                        p.nextHeader(), Ipv6Packet.HEADER_LENGTH, ip.length - Ipv6Packet.HEADER_LENGTH);
            }
            return null;
        } catch (MalformedPacketException e) {
            return null;
        }
    }

    /** A copy of the IP packet's bytes. */
    @Override
    public byte[] ip() {
        return ip.clone();
    }

    public boolean ipv4() {
        return etherType == EtherType.IPV4;
    }
}
