package org.wirewise.model.net;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;
import org.wirewise.model.packet.Checksum;
import org.wirewise.model.packet.IpProtocol;

/**
 * The ICMP messages a router or host sends (RFC 792, RFC 4443): Echo Request and Reply (ping),
 * Time Exceeded when a TTL or Hop Limit runs out, Destination Unreachable when there is no route
 * or no listener. The message
 * quotes as much of the offending datagram as keeps the error within 576 bytes for IPv4
 * (RFC 1812 §4.3.2.3, as Linux) and 1280 for IPv6 (RFC 4443 §2.4(c)).
 */
final class Icmp {

    static final int V4_UNREACHABLE = 3;
    static final int V4_TIME_EXCEEDED = 11;
    static final int V6_UNREACHABLE = 1;
    static final int V6_TIME_EXCEEDED = 3;
    private static final int V4_NET_UNREACHABLE = 0;
    private static final int V4_PORT_UNREACHABLE = 3;
    private static final int V6_NO_ROUTE = 0;
    private static final int V6_PORT_UNREACHABLE = 4;
    static final int V4_ECHO_REQUEST = 8;
    static final int V4_ECHO_REPLY = 0;
    static final int V6_ECHO_REQUEST = 128;
    static final int V6_ECHO_REPLY = 129;

    private Icmp() {
    }

    static void timeExceeded(IpNode from, Datagram offending, Packet cause) {
        send(from, offending, offending.ipv4() ? V4_TIME_EXCEEDED : V6_TIME_EXCEEDED, 0, cause);
    }

    static void netUnreachable(IpNode from, Datagram offending, Packet cause) {
        send(from, offending, offending.ipv4() ? V4_UNREACHABLE : V6_UNREACHABLE,
                offending.ipv4() ? V4_NET_UNREACHABLE : V6_NO_ROUTE, cause);
    }

    static void portUnreachable(IpNode from, Datagram offending, Packet cause) {
        send(from, offending, offending.ipv4() ? V4_UNREACHABLE : V6_UNREACHABLE,
                offending.ipv4() ? V4_PORT_UNREACHABLE : V6_PORT_UNREACHABLE, cause);
    }

    /**
     * Sends an Echo Request or Reply (RFC 792 p.14, RFC 4443 §4): identifier, sequence number and
     * data, the data echoed back unchanged by the one who answers.
     */
    static Optional<Packet> echo(IpNode from, InetAddress source, InetAddress destination, boolean request,
                                 int identifier, int sequence, byte[] data, Packet cause) {
        boolean v4 = source instanceof java.net.Inet4Address;
        byte[] message = new byte[8 + data.length];
        message[0] = (byte) (v4 ? (request ? V4_ECHO_REQUEST : V4_ECHO_REPLY)
                : (request ? V6_ECHO_REQUEST : V6_ECHO_REPLY));
        message[4] = (byte) (identifier >>> 8);
        message[5] = (byte) identifier;
        message[6] = (byte) (sequence >>> 8);
        message[7] = (byte) sequence;
        System.arraycopy(data, 0, message, 8, data.length);
        int sum = v4 ? Checksum.internet(message, 0, message.length)
                : Checksum.pseudoHeaderChecksum(source, destination, IpProtocol.ICMPV6, message);
        message[2] = (byte) (sum >>> 8);
        message[3] = (byte) sum;
        return from.sendIp(source, destination, v4 ? IpProtocol.ICMP : IpProtocol.ICMPV6, IpNode.DEFAULT_TTL,
                message, cause);
    }

    /** Answers an Echo Request addressed to {@code host}; true when {@code d} was one. */
    static boolean answerEcho(IpNode host, Datagram d, Packet cause) {
        if (d.transportLength() < 8) {
            return false;
        }
        byte[] m = Arrays.copyOfRange(d.ip(), d.transportOffset(), d.transportOffset() + d.transportLength());
        int type = m[0] & 0xFF;
        if (type != (d.ipv4() ? V4_ECHO_REQUEST : V6_ECHO_REQUEST)) {
            return false;
        }
        echo(host, d.destination(), d.source(), false, (m[4] & 0xFF) << 8 | (m[5] & 0xFF),
                (m[6] & 0xFF) << 8 | (m[7] & 0xFF), Arrays.copyOfRange(m, 8, m.length), cause);
        return true;
    }

    private static void send(IpNode from, Datagram offending, int type, int code, Packet cause) {
        if (offending.protocol() == (offending.ipv4() ? IpProtocol.ICMP : IpProtocol.ICMPV6)
                && offending.transportLength() > 0) {
            int t = offending.ip()[offending.transportOffset()] & 0xFF;
            boolean isError = offending.ipv4() ? t == V4_UNREACHABLE || t == V4_TIME_EXCEEDED || t == 12 || t == 5
                    : t < 128;
            if (isError) {
                return; // never an error about an error (RFC 1122 §3.2.2, RFC 4443 §2.4(e))
            }
        }
        InetAddress source = from.sourceFor(offending.source()).orElse(null);
        if (source == null) {
            return;
        }
        int limit = offending.ipv4() ? 576 - 20 - 8 : 1280 - 40 - 8;
        byte[] quote = Arrays.copyOf(offending.ip(), Math.min(offending.ip().length, limit));
        byte[] message = new byte[8 + quote.length];
        message[0] = (byte) type;
        message[1] = (byte) code;
        System.arraycopy(quote, 0, message, 8, quote.length);
        int sum = offending.ipv4() ? Checksum.internet(message, 0, message.length)
                : Checksum.pseudoHeaderChecksum(source, offending.source(), IpProtocol.ICMPV6, message);
        message[2] = (byte) (sum >>> 8);
        message[3] = (byte) sum;
        from.sendIp(source, offending.source(), offending.ipv4() ? IpProtocol.ICMP : IpProtocol.ICMPV6,
                IpNode.DEFAULT_TTL, message, cause);
    }
}
