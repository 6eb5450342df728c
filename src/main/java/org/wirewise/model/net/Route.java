package org.wirewise.model.net;

import java.net.InetAddress;
import java.util.Objects;

/**
 * A routing table entry: packets for {@code prefix} leave through {@code out}, to {@code gateway}
 * or, when it is null, straight to the destination (a connected route).
 */
public record Route(IfAddress prefix, InetAddress gateway, NetInterface out) {

    public Route {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(out, "out");
    }

    /** The neighbour a packet for {@code destination} is handed to. */
    public InetAddress nextHop(InetAddress destination) {
        return gateway == null ? destination : gateway;
    }

    @Override
    public String toString() {
        return prefix + (gateway == null ? " dev " : " via " + gateway.getHostAddress() + " dev ") + out.name();
    }
}
