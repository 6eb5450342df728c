package org.wirewise.model.net;

import java.net.InetAddress;

/**
 * An ICMP or ICMPv6 error as the host that receives it reads it: who sent it, its type and code,
 * and the destination of the datagram it quotes.
 */
public record IcmpError(InetAddress reporter, int type, int code, boolean v6, InetAddress quotedDestination) {

    /** The error in a datagram, or null when it is not an ICMP error quoting an IP header. */
    static IcmpError of(Datagram d) {
        byte[] ip = d.ip();
        int at = d.transportOffset();
        if (d.transportLength() < 8) {
            return null;
        }
        int type = ip[at] & 0xFF;
        int code = ip[at + 1] & 0xFF;
        boolean error = d.ipv4() ? type == Icmp.V4_UNREACHABLE || type == Icmp.V4_TIME_EXCEEDED
                : type == Icmp.V6_UNREACHABLE || type == Icmp.V6_TIME_EXCEEDED;
        if (!error) {
            return null;
        }
        int quoted = at + 8;
        try {
            InetAddress dst = d.ipv4()
                    ? InetAddress.getByAddress(java.util.Arrays.copyOfRange(ip, quoted + 16, quoted + 20))
                    : InetAddress.getByAddress(java.util.Arrays.copyOfRange(ip, quoted + 24, quoted + 40));
            return new IcmpError(d.source(), type, code, !d.ipv4(), dst);
        } catch (java.net.UnknownHostException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }

    public boolean timeExceeded() {
        return type == (v6 ? Icmp.V6_TIME_EXCEEDED : Icmp.V4_TIME_EXCEEDED);
    }
}
