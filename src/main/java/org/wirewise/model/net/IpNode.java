package org.wirewise.model.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.Ipv6Packet;
import org.wirewise.model.packet.MacAddress;

/**
 * A node with an IP layer: a routing table (longest prefix), connected routes for its
 * interfaces' prefixes, and the one place datagrams are framed, so every packet a host or router
 * originates gets its IP identification, TTL and MACs the same way.
 */
public abstract class IpNode extends Node {

    /** Linux's default TTL and Hop Limit (net.ipv4.ip_default_ttl, net.ipv6.conf.*.hop_limit). */
    public static final int DEFAULT_TTL = 64;

    private final RoutingTable routes = new RoutingTable();
    private final Arp arp = new Arp(this);
    private int ipId = -1;

    protected IpNode(Network network, String name) {
        super(network, name);
    }

    public RoutingTable routes() {
        return routes;
    }

    /** A route through a gateway ("0.0.0.0/0" via 192.0.2.1); the interface is the one that reaches it. */
    public IpNode route(String prefix, String gateway) {
        InetAddress gw = Host.literal(gateway);
        NetInterface out = interfaces().stream().filter(i -> i.addresses().stream().anyMatch(a -> a.covers(gw)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        name() + " has no interface on the same network as gateway " + gateway));
        routes.add(new Route(IfAddress.parse(prefix), gw, out));
        return this;
    }

    /** A route straight out of {@code out}, with no gateway: a point-to-point peer on another prefix. */
    public IpNode route(String prefix, NetInterface out) {
        if (out.node() != this) {
            throw new IllegalArgumentException(out + " is not an interface of " + name());
        }
        routes.add(new Route(IfAddress.parse(prefix), null, out));
        return this;
    }

    @Override
    protected void addressAdded(NetInterface on, IfAddress address) {
        byte[] network = address.address().getAddress();
        int bits = address.prefixLength();
        for (int i = 0; i < network.length; i++) {
            int keep = Math.max(0, Math.min(8, bits - 8 * i));
            network[i] &= (byte) (0xFF << (8 - keep));
        }
        try {
            routes.add(new Route(new IfAddress(InetAddress.getByAddress(network), bits), null, on));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e); // a 4- or 16-byte array is always an address
        }
    }

    /**
     * The datagram in a frame that arrived on {@code in}, if this node takes it at layer 2: addressed
     * to {@code in}'s MAC or to a group; null otherwise (or when it holds no IP packet).
     */
    static Datagram accepted(NetInterface in, Packet packet) {
        Datagram d = Datagram.of(packet.frameBytes());
        return d != null && (d.destinationMac().equals(in.mac()) || d.destinationMac().isMulticast()) ? d : null;
    }

    /** Whether one of this node's interfaces has {@code address}. */
    public boolean owns(InetAddress address) {
        for (NetInterface i : interfaces()) {
            if (i.owns(address)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sends a transport payload from this node: routes it, gives it the next IP identification
     * (IPv4), frames it for the next hop and puts it on the wire. Returns the packet sent, or empty
     * when there is no route or no neighbour (the datagram is dropped, as a stack would).
     */
    public Optional<Packet> sendIp(InetAddress source, InetAddress destination, int protocol, byte[] transport) {
        return sendIp(source, destination, protocol, DEFAULT_TTL, transport, null);
    }

    /** As {@link #sendIp(InetAddress, InetAddress, int, byte[])}, with the sender's {@link Packet#annotation}. */
    public Optional<Packet> sendIp(InetAddress source, InetAddress destination, int protocol, byte[] transport,
                                   Object annotation) {
        return sendIp(source, destination, protocol, DEFAULT_TTL, transport, null, annotation);
    }

    /** As {@link #sendIp(InetAddress, InetAddress, int, byte[])} with a chosen TTL (traceroute's probes). */
    public Optional<Packet> sendIp(InetAddress source, InetAddress destination, int protocol, int ttl,
                                   byte[] transport) {
        return sendIp(source, destination, protocol, ttl, transport, null);
    }

    Optional<Packet> sendIp(InetAddress source, InetAddress destination, int protocol, int ttl, byte[] transport,
                            Packet cause) {
        return sendIp(source, destination, protocol, ttl, transport, cause, null);
    }

    private Optional<Packet> sendIp(InetAddress source, InetAddress destination, int protocol, int ttl,
                                    byte[] transport, Packet cause, Object annotation) {
        Optional<Route> route = routes.lookup(destination);
        if (route.isEmpty()) {
            return Optional.empty();
        }
        NetInterface out = route.get().out();
        int type = source instanceof Inet4Address ? EtherType.IPV4 : EtherType.IPV6;
        int headers = 14 + (source instanceof Inet4Address ? 20 : 40);
        // The datagram is built (and takes its IPv4 identification) only once it can go: at once when
        // the neighbour is known, after ARP's answer otherwise, never when nobody has the address.
        return toNeighbour(out, route.get().nextHop(destination), mac -> {
            byte[] ip = source instanceof Inet4Address v4
                    ? new Ipv4Packet(0, nextIpId(), true, ttl, protocol, v4, (Inet4Address) destination, transport)
                            .encode()
                    : new Ipv6Packet(0, 0, protocol, ttl, (Inet6Address) source, (Inet6Address) destination,
                            transport).encode();
            Packet packet = Packet.owning(new EthernetFrame(mac, out.mac(), type, ip).encode(), cause);
            packet.annotate(annotation);
            return packet;
        }, headers + transport.length);
    }

    /**
     * Sends the frame {@code build} makes for the next hop's MAC: now, when the MAC is known, or once
     * ARP has found it (then empty is returned and the frame follows the reply). Empty too when no
     * neighbour has the address (the datagram is dropped, as a stack would after ARP times out).
     */
    protected final Optional<Packet> toNeighbour(NetInterface out, InetAddress hop, Function<MacAddress, Packet> build,
                                                 int size) {
        Optional<MacAddress> next;
        if (network().resolvesWithArp() && hop instanceof Inet4Address) {
            next = arp.cached(hop);
            if (next.isEmpty()) {
                arp.await(out, hop, build, size);
                return Optional.empty();
            }
        } else {
            next = network().neighbour(hop);
        }
        if (next.isEmpty()) {
            return Optional.empty();
        }
        Packet packet = build.apply(next.get());
        transmit(out, packet);
        return Optional.of(packet);
    }

    /**
     * Takes an ARP frame that arrived on {@code in} (learning from it and answering a request for
     * one of {@code in}'s addresses); false when the frame is not ARP, so the caller reads it as IP.
     */
    protected final boolean arpReceived(NetInterface in, Packet packet) {
        Arp.Message m = Arp.Message.of(packet.frameBytes());
        if (m == null) {
            return false;
        }
        MacAddress to = MacAddress.of(java.util.Arrays.copyOfRange(packet.frameBytes(), 0, 6));
        if (network().resolvesWithArp() && (to.equals(in.mac()) || to.isMulticast())) {
            arp.receive(in, m);
        }
        return true;
    }

    /** This node's ARP cache (IPv4 address to MAC), as learned on the wire. */
    public Map<InetAddress, MacAddress> arpCache() {
        return arp.entries();
    }

    /** The source address this node uses towards {@code destination}: its outgoing interface's. */
    public Optional<InetAddress> sourceFor(InetAddress destination) {
        return routes.lookup(destination).flatMap(r -> r.out().addressLike(destination));
    }

    private int nextIpId() {
        if (ipId < 0) {
            ipId = network().firstIpId(this); // one counter per node from a seeded start

        }
        int id = ipId;
        ipId = (ipId + 1) & 0xFFFF;
        return id;
    }
}
