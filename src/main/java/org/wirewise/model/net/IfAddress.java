package org.wirewise.model.net;

import java.net.InetAddress;
import java.util.Objects;

/**
 * An address on an interface with its prefix length ("192.0.2.10/24"): the address says who the
 * interface is, the prefix which neighbours it reaches without a router.
 */
public record IfAddress(InetAddress address, int prefixLength) {

    public IfAddress {
        Objects.requireNonNull(address, "address");
        int bits = address.getAddress().length * 8;
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " outside 0.." + bits);
        }
    }

    /** "192.0.2.10/24"; never a name lookup. */
    public static IfAddress parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("expected address/prefix, got " + text);
        }
        return new IfAddress(Host.literal(text.substring(0, slash)), Integer.parseInt(text.substring(slash + 1)));
    }

    /** Whether {@code other} lies in this address's prefix (same family only). */
    public boolean covers(InetAddress other) {
        return Prefixes.matches(address.getAddress(), prefixLength, other.getAddress());
    }

    @Override
    public String toString() {
        return address.getHostAddress() + "/" + prefixLength;
    }
}
