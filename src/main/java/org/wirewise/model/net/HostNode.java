package org.wirewise.model.net;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.MacAddress;

/**
 * An end host: interfaces, a routing table, and sockets. It accepts frames for its own MAC (and
 * broadcast), datagrams for its own addresses, and hands their payloads to the TCP or UDP layer;
 * it never forwards. A datagram for a UDP port nobody listens on is answered with ICMP Port
 * Unreachable, as Linux does (RFC 1122 §4.1.3.1).
 */
public final class HostNode extends IpNode {

    private final UdpLayer udp = new UdpLayer(this);
    private final Map<Integer, Transport> transports = new HashMap<>();
    private final List<Consumer<IcmpError>> icmpListeners = new ArrayList<>();

    HostNode(Network network, String name) {
        super(network, name);
        transports.put(IpProtocol.UDP, udp);
    }

    /** Adds an interface with one address: the usual host ("eth0", MAC, "192.0.2.10/24"). */
    public NetInterface addInterface(String interfaceName, MacAddress mac, String cidr) {
        return addInterface(interfaceName, mac).address(cidr);
    }

    /** A default route through {@code gateway}. */
    public HostNode gateway(String gateway) {
        route(gateway.contains(":") ? "::/0" : "0.0.0.0/0", gateway);
        return this;
    }

    /** Registers a transport protocol (TCP registers itself here); one per protocol number. */
    public void register(int protocol, Transport transport) {
        if (transports.putIfAbsent(protocol, transport) != null) {
            throw new IllegalStateException(name() + " already has a transport for protocol " + protocol);
        }
    }

    /** The transport registered for {@code protocol}, or null. */
    public Transport transport(int protocol) {
        return transports.get(protocol);
    }

    public UdpLayer udp() {
        return udp;
    }

    /** The first address of this host's first interface: who it is in a lesson's lane subtitle. */
    public InetAddress address() {
        return interfaces().get(0).addresses().get(0).address();
    }

    /**
     * Sends an ICMP Echo Request (ping) to {@code destination} from the address facing it; the
     * packet sent, or empty when there is no route (or it waits for ARP).
     */
    public java.util.Optional<Packet> ping(InetAddress destination, int identifier, int sequence, byte[] data) {
        return sourceFor(destination).flatMap(source -> Icmp.echo(this, source, destination, true, identifier,
                sequence, data, null));
    }

    /** Hears ICMP errors that reach this host (Time Exceeded, Destination Unreachable). */
    public void onIcmpError(Consumer<IcmpError> listener) {
        icmpListeners.add(listener);
    }

    @Override
    protected void receive(NetInterface in, Packet packet) {
        if (arpReceived(in, packet)) {
            return;
        }
        Datagram d = accepted(in, packet);
        if (d == null || !owns(d.destination())) {
            return;
        }
        if (d.protocol() == IpProtocol.ICMP || d.protocol() == IpProtocol.ICMPV6) {
            if (Icmp.answerEcho(this, d, packet)) {
                return; // Linux answers pings (net.ipv4.icmp_echo_ignore_all = 0)
            }
            IcmpError error = IcmpError.of(d);
            if (error != null) {
                icmpListeners.forEach(l -> l.accept(error));
            }
            return;
        }
        Transport transport = transports.get(d.protocol());
        if (transport == null) {
            return;
        }
        byte[] bytes = d.transportBytes();
        boolean taken = transport.receive(new Transport.Arrival(this, d.source(), d.destination(), bytes, packet));
        if (!taken && d.protocol() == IpProtocol.UDP) {
            Icmp.portUnreachable(this, d, packet);
        }
    }
}
