package org.wirewise.model.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.MacAddress;


/**
 * The IP datagram inside an arriving Ethernet frame, read from its bytes as a receiving stack
 * would: addresses, TTL or Hop Limit, the transport protocol and where its bytes lie.
 */
public record Datagram(MacAddress destinationMac, int etherType, byte[] ip, InetAddress source, InetAddress destination,
                int ttl, int protocol, int transportOffset, int transportLength) {

    static final int IPV4_TTL = 8;
    static final int IPV6_HOP_LIMIT = 7;

    /** The datagram of a frame, or null when the frame holds no IP packet this stack reads. */
    public static Datagram of(byte[] frame) {
        // Read in place, as a receiving stack reads headers: one copy of the IP packet, no more.
        if (frame.length < 14 + 20) {
            return null;
        }
        int type = u16(frame, 12);
        try {
            if (type == EtherType.IPV4) {
                int header = (frame[14] & 0x0F) * 4;
                int total = u16(frame, 16);
                if ((frame[14] >>> 4 & 0x0F) != 4 || header < 20 || total < header || 14 + total > frame.length
                        || (u16(frame, 20) & 0x3FFF) != 0) {
                    return null; // not IPv4, inconsistent lengths, or a fragment: dropped
                }
                return new Datagram(mac(frame, 0), type, Arrays.copyOfRange(frame, 14, 14 + total),
                        InetAddress.getByAddress(Arrays.copyOfRange(frame, 26, 30)),
                        InetAddress.getByAddress(Arrays.copyOfRange(frame, 30, 34)), frame[22] & 0xFF,
                        frame[23] & 0xFF, header, total - header);
            }
            if (type == EtherType.IPV6 && frame.length >= 14 + 40 && (frame[14] >>> 4 & 0x0F) == 6) {
                int payload = u16(frame, 18);
                if (14 + 40 + payload > frame.length) {
                    return null;
                }
                return new Datagram(mac(frame, 0), type, Arrays.copyOfRange(frame, 14, 14 + 40 + payload),
                        InetAddress.getByAddress(Arrays.copyOfRange(frame, 22, 38)),
                        InetAddress.getByAddress(Arrays.copyOfRange(frame, 38, 54)), frame[21] & 0xFF,
                        frame[20] & 0xFF, 40, payload);
            }
            return null;
        } catch (UnknownHostException e) {
            return null; // cannot happen for 4 or 16 bytes
        }
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static MacAddress mac(byte[] b, int at) {
        return MacAddress.of(Arrays.copyOfRange(b, at, at + 6));
    }

    /** The transport bytes, without copying them again: for the node that hands them on. */
    byte[] transportBytes() {
        return Arrays.copyOfRange(ip, transportOffset, transportOffset + transportLength);
    }

    /** A copy of the IP packet's bytes. */
    @Override
    public byte[] ip() {
        return ip.clone();
    }

    public boolean ipv4() {
        return etherType == EtherType.IPV4;
    }
}
