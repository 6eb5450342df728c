package org.wirewise.model.net;

import java.net.InetAddress;
import java.util.Objects;
import org.wirewise.model.packet.MacAddress;

/**
 * A host as the model sees it: the lane that draws it, its interface's MAC and IP address.
 * Lessons use documentation addresses (RFC 5737, RFC 3849) so nothing real is implied.
 */
public record Host(String lane, MacAddress mac, InetAddress address) {

    public Host {
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(mac, "mac");
        Objects.requireNonNull(address, "address");
    }

    private static final java.util.regex.Pattern LITERAL = java.util.regex.Pattern.compile("[0-9a-fA-F:.]+");

    /** Parses an IP literal; never a name lookup. */
    public static InetAddress literal(String ip) {
        try {
            if (!LITERAL.matcher(ip).matches()) {
                throw new IllegalArgumentException("not an IP literal: " + ip);
            }
            return InetAddress.getByName(ip);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("not an IP literal: " + ip, e);
        }
    }
}
