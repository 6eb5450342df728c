package org.wirewise.model.nat;

import java.net.Inet4Address;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.wirewise.model.net.Datagram;
import org.wirewise.model.net.NetInterface;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.Packet;
import org.wirewise.model.net.Route;
import org.wirewise.model.net.RouterNode;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.MacAddress;

/**
 * A NAPT router (RFC 3022 §2.2) on the network: a router whose outside interfaces face the
 * internet. TCP and UDP leaving from inside get their source rewritten through the {@link Nat}'s
 * table; what arrives outside for a public endpoint is let in if the table and the filtering
 * behaviour admit it (RFC 4787 §5), and dropped otherwise. Everything else is routed as usual.
 */
public final class NatNode extends RouterNode {

    /** What the NAT did with a packet, for the lesson that narrates it. */
    public interface Listener {
        /** A packet left through the table; {@code out} is the rewritten one, already on the wire. */
        default void outbound(Nat.Outbound result, Packet in, Packet out) {
        }

        /** No external port was free for a new mapping, so the packet was dropped. */
        default void exhausted(Packet in) {
        }

        /** A packet arrived outside; {@code out} is the one forwarded inside, or null if dropped. */
        default void inbound(Nat.Inbound result, Packet in, Packet out) {
        }
    }

    private final Nat nat;
    private final Set<NetInterface> outside = new HashSet<>();
    private Listener listener = new Listener() { };

    private NatNode(Network network, String name, Nat nat) {
        super(network, name);
        this.nat = Objects.requireNonNull(nat, "nat");
    }

    /** A NAT named {@code name} on {@code network}, translating with {@code nat}'s table. */
    public static NatNode on(Network network, String name, Nat nat) {
        return network.add(new NatNode(network, name, nat));
    }

    public Nat nat() {
        return nat;
    }

    /** Marks an interface as facing the internet: traffic leaving through it is translated. */
    public NatNode outside(NetInterface i) {
        if (i.node() != this) {
            throw new IllegalArgumentException(i + " is not an interface of " + name());
        }
        outside.add(i);
        return this;
    }

    public void setListener(Listener listener) {
        this.listener = Objects.requireNonNull(listener);
    }

    /** Outbound: from inside, routed out of an outside interface, TCP or UDP: through the table. */
    @Override
    protected void forward(NetInterface in, Packet packet, Datagram d) {
        Optional<Route> route = routes().lookup(d.destination());
        if (!translatable(d) || route.isEmpty() || outside.contains(in) || !outside.contains(route.get().out())) {
            super.forward(in, packet, d);
            return;
        }
        byte[] frame = packet.frame();
        Optional<Nat.Outbound> result = nat.outbound(Translation.transport(frame), Translation.source(frame),
                Translation.destination(frame), network().now());
        if (result.isEmpty()) {
            listener.exhausted(packet);
            return;
        }
        Endpoint external = result.get().entry().external();
        Packet out = send(packet, frame, external, null, Translation.destination(frame));
        listener.outbound(result.get(), packet, out);
    }

    /** Inbound: addressed to a public address on an outside interface: admitted by the table or dropped. */
    @Override
    protected void local(NetInterface in, Packet packet, Datagram d) {
        if (!translatable(d) || !outside.contains(in) || !isPublic((Inet4Address) d.destination())) {
            return;
        }
        byte[] frame = packet.frame();
        Nat.Inbound result = nat.inbound(Translation.transport(frame), Translation.destination(frame),
                Translation.source(frame), network().now());
        Packet out = null;
        if (result.accepted()) {
            Endpoint inside = result.entry().internal();
            out = send(packet, frame, null, inside, inside);
        }
        listener.inbound(result, packet, out);
    }

    private static boolean translatable(Datagram d) {
        return d.ipv4() && (d.protocol() == IpProtocol.TCP || d.protocol() == IpProtocol.UDP) && d.ttl() > 1;
    }

    private boolean isPublic(Inet4Address address) {
        return nat.publicAddresses().contains(address);
    }

    /**
     * Rewrites {@code frame} (new source or new destination, the other null) for the next hop
     * towards {@code towards} and sends it; null when there is no way on.
     */
    private Packet send(Packet cause, byte[] frame, Endpoint newSource, Endpoint newDestination, Endpoint towards) {
        Optional<Route> route = routes().lookup(towards.address());
        Optional<MacAddress> next = route.flatMap(r -> network().neighbour(r.nextHop(towards.address())));
        if (next.isEmpty()) {
            return null;
        }
        NetInterface out = route.get().out();
        Packet p = new Packet(Translation.rewrite(frame, out.mac(), next.get(), newSource, newDestination), cause);
        p.setLabel(cause.label());
        transmit(out, p);
        return p;
    }
}
