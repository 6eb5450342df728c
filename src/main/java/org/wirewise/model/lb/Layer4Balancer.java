package org.wirewise.model.lb;

import java.net.Inet4Address;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.wirewise.model.net.Datagram;
import org.wirewise.model.net.NetInterface;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.Packet;
import org.wirewise.model.net.Route;
import org.wirewise.model.net.RouterNode;
import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.packet.UdpDatagram;

/**
 * A layer-4 load balancer in NAT mode, as Linux IPVS runs one: it owns a virtual address and
 * port; a SYN to it from a new flow (source address and port) picks a backend, and every segment
 * of that flow is forwarded there with only the destination rewritten (TTL one less, checksums
 * recomputed). The backends route their replies through it, and it puts the virtual address back
 * as their source. It reads the IP and TCP (or UDP) headers and never the payload.
 */
public final class Layer4Balancer extends RouterNode {

    /** A backend's address and port. */
    public record Target(Inet4Address address, int port) {
    }

    /** One row of the connection table: a client's flow and the backend it was given. */
    public record Flow(Inet4Address client, int clientPort, int backend) {
    }

    /** What the balancer did, for the lesson that narrates it. */
    public interface Listener {
        /** A SYN from a new flow: {@code choice} is where the flow goes. */
        default void chose(Flow flow, BackendPicker.Choice choice, Packet in) {
        }

        /** A segment of {@code flow} left for its backend, destination rewritten. */
        default void forwarded(Flow flow, Packet in, Packet out) {
        }
    }

    private final Inet4Address vip;
    private final int port;
    private final List<Target> backends;
    private final BackendPicker picker;
    private final Map<String, Flow> flows = new LinkedHashMap<>();
    private Listener listener = new Listener() { };

    private Layer4Balancer(Network network, String name, Inet4Address vip, int port, List<Target> backends,
                           BackendPicker picker) {
        super(network, name);
        this.vip = Objects.requireNonNull(vip);
        this.port = port;
        this.backends = List.copyOf(backends);
        this.picker = Objects.requireNonNull(picker);
    }

    /** A balancer for {@code vip}:{@code port} (the address goes on an interface the lesson adds). */
    public static Layer4Balancer on(Network network, String name, Inet4Address vip, int port, List<Target> backends,
                                    BackendPicker picker) {
        return network.add(new Layer4Balancer(network, name, vip, port, backends, picker));
    }

    public void setListener(Listener listener) {
        this.listener = Objects.requireNonNull(listener);
    }

    /** The connection table, oldest flow first. */
    public List<Flow> flows() {
        return List.copyOf(flows.values());
    }

    /** To the virtual service: a new flow's SYN (or a new UDP flow's first datagram) picks a backend; known flows go to theirs. */
    @Override
    protected void local(NetInterface in, Packet packet, Datagram d) {
        if (!d.ipv4() || !vip.equals(d.destination()) || d.ttl() <= 1) {
            return;
        }
        if (d.protocol() == IpProtocol.UDP) {
            udp(packet, Ipv4Packet.decode(d.ip(), 0, d.ip().length));
            return;
        }
        if (d.protocol() != IpProtocol.TCP) {
            return;
        }
        Ipv4Packet ip = Ipv4Packet.decode(d.ip(), 0, d.ip().length);
        TcpSegment seg = TcpSegment.decode(ip.payload(), 0, ip.payload().length);
        if (seg.destinationPort() != port) {
            return;
        }
        Inet4Address client = ip.source();
        Flow flow = flows.get(key(client, seg.sourcePort()));
        if (flow == null) {
            if (!seg.has(TcpFlags.SYN) || seg.has(TcpFlags.ACK)) {
                return; // no entry and not a new connection: dropped, as IPVS does
            }
            flow = choose(client, seg.sourcePort(), "", packet);
        }
        Target t = backends.get(flow.backend());
        Packet out = send(packet, ip, seg, client, seg.sourcePort(), t.address(), t.port());
        if (out != null) {
            listener.forwarded(flow, packet, out);
        }
    }

    /**
     * UDP to the virtual service, as IPVS keeps it: no handshake to wait for, so the first datagram of a
     * new client address and port picks the backend and later ones follow it; the payload is never read
     * (a QUIC connection ID in it is invisible here: a client that changes address is a new flow).
     */
    private void udp(Packet packet, Ipv4Packet ip) {
        UdpDatagram u = UdpDatagram.decode(ip.payload(), 0, ip.payload().length);
        if (u.destinationPort() != port) {
            return;
        }
        Flow flow = flows.get(UDP + key(ip.source(), u.sourcePort()));
        if (flow == null) {
            flow = choose(ip.source(), u.sourcePort(), UDP, packet);
        }
        Target t = backends.get(flow.backend());
        Packet out = send(packet, ip, new UdpDatagram(u.sourcePort(), t.port(), u.payload()).encode(ip.source(), t.address()),
                ip.source(), t.address());
        if (out != null) {
            listener.forwarded(flow, packet, out);
        }
    }

    private Flow choose(Inet4Address client, int clientPort, String protocol, Packet packet) {
        BackendPicker.Choice choice = picker.choose(new BackendPicker.Ask(client, clientPort, vip, port, "",
                client.getHostAddress()));
        Flow flow = new Flow(client, clientPort, choice.backend());
        flows.put(protocol + key(flow), flow);
        listener.chose(flow, choice, packet);
        return flow;
    }

    /** A backend's reply to a client of a known flow leaves with the virtual address as its source. */
    @Override
    protected void forward(NetInterface in, Packet packet, Datagram d) {
        if (d.ipv4() && d.protocol() == IpProtocol.TCP && d.ttl() > 1) {
            Ipv4Packet ip = Ipv4Packet.decode(d.ip(), 0, d.ip().length);
            TcpSegment seg = TcpSegment.decode(ip.payload(), 0, ip.payload().length);
            Flow flow = flows.get(key(ip.destination(), seg.destinationPort()));
            if (flow != null && backends.get(flow.backend()).equals(new Target(ip.source(), seg.sourcePort()))) {
                send(packet, ip, seg, vip, port, ip.destination(), seg.destinationPort());
                return;
            }
        }
        if (d.ipv4() && d.protocol() == IpProtocol.UDP && d.ttl() > 1) {
            Ipv4Packet ip = Ipv4Packet.decode(d.ip(), 0, d.ip().length);
            UdpDatagram u = UdpDatagram.decode(ip.payload(), 0, ip.payload().length);
            Flow flow = flows.get(UDP + key(ip.destination(), u.destinationPort()));
            if (flow != null && backends.get(flow.backend()).equals(new Target(ip.source(), u.sourcePort()))) {
                send(packet, ip, new UdpDatagram(port, u.destinationPort(), u.payload()).encode(vip, ip.destination()),
                        vip, ip.destination());
                return;
            }
        }
        super.forward(in, packet, d);
    }

    /** The segment with new addresses and ports, routed on (TTL − 1, both checksums new); null if no way on. */
    private Packet send(Packet cause, Ipv4Packet ip, TcpSegment seg, Inet4Address src, int srcPort,
                        Inet4Address dst, int dstPort) {
        byte[] tcp = new TcpSegment(srcPort, dstPort, seg.sequenceNumber(), seg.acknowledgmentNumber(), seg.flags(),
                seg.window(), seg.urgentPointer(), seg.options(), seg.payload()).encode(src, dst);
        return send(cause, ip, tcp, src, dst);
    }

    /** {@code transport} (encoded for {@code src} and {@code dst}) in {@code ip}'s header, TTL − 1, to {@code dst}; null if no way on. */
    private Packet send(Packet cause, Ipv4Packet ip, byte[] transport, Inet4Address src, Inet4Address dst) {
        Optional<Route> route = routes().lookup(dst);
        Optional<MacAddress> next = route.flatMap(r -> network().neighbour(r.nextHop(dst)));
        if (next.isEmpty()) {
            return null;
        }
        byte[] v4 = new Ipv4Packet(ip.dscpEcn(), ip.identification(), ip.dontFragment(), ip.ttl() - 1, ip.protocol(),
                src, dst, transport).encode();
        NetInterface out = route.get().out();
        Packet p = new Packet(new EthernetFrame(next.get(), out.mac(), EtherType.IPV4, v4).encode(), cause);
        p.setLabel(cause.label());
        transmit(out, p);
        return p;
    }

    /** UDP flows' keys are apart from TCP's: IPVS keys its connections by protocol too. */
    private static final String UDP = "udp ";

    private static String key(Flow f) {
        return key(f.client(), f.clientPort());
    }

    private static String key(java.net.InetAddress client, int clientPort) {
        return client.getHostAddress() + ":" + clientPort;
    }
}
