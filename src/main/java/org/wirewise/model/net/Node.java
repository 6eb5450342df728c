package org.wirewise.model.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.wirewise.model.packet.MacAddress;

/**
 * Anything with interfaces on the network: a host, a switch, a router, a NAT. Its name is the
 * lane that draws it. Subclasses say what a frame arriving on an interface does.
 */
public abstract class Node {

    private final Network network;
    private final String name;
    private final List<NetInterface> interfaces = new ArrayList<>();

    protected Node(Network network, String name) {
        this.network = Objects.requireNonNull(network, "network");
        this.name = Objects.requireNonNull(name, "name");
    }

    public final Network network() {
        return network;
    }

    public final String name() {
        return name;
    }

    /** Adds an interface ("eth0") with its MAC. */
    public NetInterface addInterface(String interfaceName, MacAddress mac) {
        if (interfaces.stream().anyMatch(i -> i.name().equals(interfaceName))) {
            throw new IllegalArgumentException(name + " already has an interface " + interfaceName);
        }
        NetInterface i = new NetInterface(this, interfaceName, mac);
        interfaces.add(i);
        return i;
    }

    public final List<NetInterface> interfaces() {
        return List.copyOf(interfaces);
    }

    public final NetInterface iface(String interfaceName) {
        return interfaces.stream().filter(i -> i.name().equals(interfaceName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " has no interface " + interfaceName));
    }

    /** Puts a packet this node originates or forwards on {@code out}'s wire, past the network's send taps. */
    protected final void transmit(NetInterface out, Packet packet) {
        if (out.node() != this) {
            throw new IllegalArgumentException(out + " is not an interface of " + name);
        }
        network.sending(this, packet);
        out.send(packet);
    }

    /** A frame has arrived on {@code in}. */
    protected abstract void receive(NetInterface in, Packet packet);

    /** An address was configured on one of this node's interfaces. */
    protected void addressAdded(NetInterface on, IfAddress address) {
    }

    @Override
    public String toString() {
        return name;
    }
}
