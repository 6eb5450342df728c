package org.wirewise.model.net;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wirewise.model.packet.MacAddress;

/**
 * A network interface: a MAC, the IP addresses configured on it and the wire it is plugged into.
 * Frames a node sends leave through one; frames arriving on the wire are handed to its node.
 */
public final class NetInterface {

    private final Node node;
    private final String name;
    private final MacAddress mac;
    private final List<IfAddress> addresses = new ArrayList<>();
    private Cable.End wire;

    NetInterface(Node node, String name, MacAddress mac) {
        this.node = node;
        this.name = Objects.requireNonNull(name, "name");
        this.mac = Objects.requireNonNull(mac, "mac");
    }

    public Node node() {
        return node;
    }

    /** "eth0"; a node's interfaces have distinct names. */
    public String name() {
        return name;
    }

    public MacAddress mac() {
        return mac;
    }

    public List<IfAddress> addresses() {
        return List.copyOf(addresses);
    }

    /** Adds an address; a connected route to its prefix comes with it on routing nodes. */
    public NetInterface address(String cidr) {
        IfAddress a = IfAddress.parse(cidr);
        addresses.add(a);
        node.addressAdded(this, a);
        return this;
    }

    /** The first address of {@code address}'s family, the source of packets sent from here. */
    public Optional<InetAddress> addressLike(InetAddress address) {
        return addresses.stream().map(IfAddress::address)
                .filter(a -> a.getAddress().length == address.getAddress().length).findFirst();
    }

    public boolean owns(InetAddress address) {
        return addresses.stream().anyMatch(a -> a.address().equals(address));
    }

    public boolean connected() {
        return wire != null;
    }

    /** The interface at the other end of this interface's wire. */
    public NetInterface peer() {
        requireWire();
        return wire.peer();
    }

    void plug(Cable.End end) {
        if (wire != null) {
            throw new IllegalStateException(this + " is already connected");
        }
        this.wire = end;
    }

    /** Puts a frame on the wire now. */
    public void send(Packet packet) {
        requireWire();
        wire.send(packet);
    }

    private void requireWire() {
        if (wire == null) {
            throw new IllegalStateException(this + " is not connected to a wire");
        }
    }

    @Override
    public String toString() {
        return node.name() + "/" + name;
    }
}
