package org.wirewise.model.nat;

import java.net.Inet4Address;
import java.util.Objects;
import org.wirewise.model.net.Host;

/** An IPv4 address and a transport port, written "192.168.1.10:50000". */
public record Endpoint(Inet4Address address, int port) {

    public Endpoint {
        Objects.requireNonNull(address, "address");
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    public static Endpoint of(String ip, int port) {
        return new Endpoint((Inet4Address) Host.literal(ip), port);
    }

    public String ip() {
        return address.getHostAddress();
    }

    @Override
    public String toString() {
        return ip() + ":" + port;
    }
}
