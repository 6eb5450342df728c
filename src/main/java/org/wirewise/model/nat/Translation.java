package org.wirewise.model.nat;

import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.packet.UdpDatagram;

/**
 * Rewrites a frame the way a NAPT forwards it (RFC 3022 §4): a new source or destination address
 * and port, TTL one lower, fresh link-layer addresses, and the IPv4 header checksum and the
 * TCP/UDP checksum (whose pseudo-header covers the addresses) made right again. Real NATs adjust
 * checksums incrementally (RFC 1624, RFC 3022 §4.2); {@link #adjust} is that update, and the
 * tests check it agrees with a full recomputation.
 */
public final class Translation {

    private Translation() {
    }

    /** The decoded IPv4 packet inside an Ethernet frame. */
    public static Ipv4Packet ip(byte[] frame) {
        EthernetFrame eth = EthernetFrame.decode(frame);
        if (eth.etherType() != EtherType.IPV4) {
            throw new IllegalArgumentException("not an IPv4 frame");
        }
        byte[] payload = eth.payload();
        return Ipv4Packet.decode(payload, 0, payload.length);
    }

    public static Endpoint source(byte[] frame) {
        Ipv4Packet ip = ip(frame);
        return new Endpoint(ip.source(), ports(ip)[0]);
    }

    public static Endpoint destination(byte[] frame) {
        Ipv4Packet ip = ip(frame);
        return new Endpoint(ip.destination(), ports(ip)[1]);
    }

    public static Transport transport(byte[] frame) {
        int protocol = ip(frame).protocol();
        if (protocol == IpProtocol.TCP) {
            return Transport.TCP;
        }
        if (protocol == IpProtocol.UDP) {
            return Transport.UDP;
        }
        throw new IllegalArgumentException("NAPT translates TCP and UDP only, not IP protocol " + protocol);
    }

    /**
     * The frame as it leaves the NAT: source rewritten to {@code newSource} (outbound) or
     * destination rewritten to {@code newDestination} (inbound); pass null for the side kept.
     */
    public static byte[] rewrite(byte[] frame, MacAddress srcMac, MacAddress dstMac, Endpoint newSource,
                                 Endpoint newDestination) {
        Ipv4Packet ip = ip(frame);
        if (ip.ttl() <= 1) {
            throw new IllegalArgumentException("TTL expires at the NAT");
        }
        int[] ports = ports(ip);
        Endpoint src = newSource != null ? newSource : new Endpoint(ip.source(), ports[0]);
        Endpoint dst = newDestination != null ? newDestination : new Endpoint(ip.destination(), ports[1]);
        byte[] payload = ip.payload();
        byte[] transport;
        if (ip.protocol() == IpProtocol.TCP) {
            TcpSegment s = TcpSegment.decode(payload, 0, payload.length);
            transport = new TcpSegment(src.port(), dst.port(), s.sequenceNumber(), s.acknowledgmentNumber(),
                    s.flags(), s.window(), s.urgentPointer(), s.options(), s.payload())
                    .encode(src.address(), dst.address());
        } else if (ip.protocol() == IpProtocol.UDP) {
            UdpDatagram d = UdpDatagram.decode(payload, 0, payload.length);
            transport = new UdpDatagram(src.port(), dst.port(), d.payload()).encode(src.address(), dst.address());
        } else {
            throw new IllegalArgumentException("NAPT translates TCP and UDP only, not IP protocol " + ip.protocol());
        }
        byte[] rewritten = new Ipv4Packet(ip.dscpEcn(), ip.identification(), ip.dontFragment(), ip.ttl() - 1,
                ip.protocol(), src.address(), dst.address(), transport).encode();
        return new EthernetFrame(dstMac, srcMac, EtherType.IPV4, rewritten).encode();
    }

    /**
     * RFC 1624 eqn. 3: the checksum after one 16-bit word of the covered data changes from
     * {@code oldWord} to {@code newWord}: HC' = ~(~HC + ~m + m').
     */
    public static int adjust(int checksum, int oldWord, int newWord) {
        int sum = (~checksum & 0xFFFF) + (~oldWord & 0xFFFF) + (newWord & 0xFFFF);
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return ~sum & 0xFFFF;
    }

    private static int[] ports(Ipv4Packet ip) {
        byte[] p = ip.payload();
        if (p.length < 4 || (ip.protocol() != IpProtocol.TCP && ip.protocol() != IpProtocol.UDP)) {
            throw new IllegalArgumentException("not a TCP or UDP packet");
        }
        return new int[] {((p[0] & 0xFF) << 8) | (p[1] & 0xFF), ((p[2] & 0xFF) << 8) | (p[3] & 0xFF)};
    }
}
