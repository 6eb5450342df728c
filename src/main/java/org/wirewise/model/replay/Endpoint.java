package org.wirewise.model.replay;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Objects;

/** One end of a conversation: an address and, for TCP and UDP, a port (0 for ICMP). */
public record Endpoint(InetAddress address, int port) {

    public Endpoint {
        Objects.requireNonNull(address, "address");
    }

    /** "10.0.0.1:80", "[2001:db8::1]:443", or the bare address when there is no port. */
    @Override
    public String toString() {
        String host = address.getHostAddress();
        if (port == 0) {
            return host;
        }
        return (address instanceof Inet6Address ? "[" + host + "]" : host) + ":" + port;
    }
}
