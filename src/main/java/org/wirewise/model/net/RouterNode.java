package org.wirewise.model.net;

import java.util.Optional;
import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.MacAddress;

/**
 * A router (RFC 1812): for a datagram not addressed to itself it takes one off the TTL or Hop
 * Limit, answers ICMP Time Exceeded when that leaves nothing, finds the longest matching route
 * (ICMP Destination Unreachable when there is none), and sends the frame on with the outgoing
 * interface's MAC as source and the next hop's as destination. IPv4's header checksum is
 * recomputed; the transport bytes are untouched (TTL is not in the pseudo-header).
 */
public class RouterNode extends IpNode {

    protected RouterNode(Network network, String name) {
        super(network, name);
    }

    @Override
    protected void receive(NetInterface in, Packet packet) {
        if (arpReceived(in, packet)) {
            return;
        }
        Datagram d = accepted(in, packet);
        if (d == null) {
            return;
        }
        if (owns(d.destination())) {
            local(in, packet, d);
        } else {
            forward(in, packet, d);
        }
    }

    /** A datagram addressed to the router itself; a plain router has no service to give it to. */
    protected void local(NetInterface in, Packet packet, Datagram d) {
    }

    /** Forwards a transit datagram; a NAT overrides this to translate on the way. */
    protected void forward(NetInterface in, Packet packet, Datagram d) {
        if (d.ttl() <= 1) {
            Icmp.timeExceeded(this, d, packet);
            return;
        }
        Optional<Route> route = routes().lookup(d.destination());
        if (route.isEmpty()) {
            Icmp.netUnreachable(this, d, packet);
            return;
        }
        NetInterface out = route.get().out();
        toNeighbour(out, route.get().nextHop(d.destination()), mac -> {
            Packet forwarded = Packet.owning(routed(packet.frameBytes(), out.mac(), mac), packet);
            forwarded.setLabel(packet.label());
            return forwarded;
        }, packet.length());
    }

    /**
     * The frame a router sends on: TTL (IPv4, RFC 791 §3.2; RFC 1812 §5.2.1) or Hop Limit (IPv6,
     * RFC 8200 §3) one less, a new IPv4 header checksum, the outgoing interface's MAC as source and
     * the next hop's as destination.
     */
    public static byte[] routed(byte[] frame, MacAddress outgoing, MacAddress nextHop) {
        EthernetFrame in = EthernetFrame.decode(frame);
        byte[] ip = in.payload();
        int ttl = ip[in.etherType() == EtherType.IPV4 ? Datagram.IPV4_TTL : Datagram.IPV6_HOP_LIMIT] & 0xFF;
        if (ttl <= 1) {
            throw new IllegalArgumentException("TTL " + ttl + " would expire at the router (RFC 1812 §5.3.1)");
        }
        byte[] out;
        if (in.etherType() == EtherType.IPV4) {
            Ipv4Packet p = Ipv4Packet.decode(ip, 0, ip.length);
            out = new Ipv4Packet(p.dscpEcn(), p.identification(), p.dontFragment(), p.ttl() - 1, p.protocol(),
                    p.source(), p.destination(), p.payload()).encode();
        } else {
            out = java.util.Arrays.copyOf(ip, ip.length);
            out[Datagram.IPV6_HOP_LIMIT] = (byte) (ttl - 1);
        }
        return new EthernetFrame(nextHop, outgoing, in.etherType(), out).encode();
    }
}
