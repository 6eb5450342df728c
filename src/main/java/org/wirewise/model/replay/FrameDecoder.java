package org.wirewise.model.replay;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.wirewise.model.pcap.LinkType;
import org.wirewise.model.pcap.PcapFormatException;

/**
 * Finds the IP packet inside a captured frame of any supported link type and reads its
 * addresses, ports and TCP header into a {@link Frame}. Frames that are not IP (ARP, LLDP),
 * non-first fragments' transport headers and truncated headers are reported as null or without
 * the part that is missing, never as an exception.
 */
public final class FrameDecoder {

    private static final int ETHERTYPE_IPV4 = 0x0800;
    private static final int ETHERTYPE_IPV6 = 0x86DD;
    private static final int ETHERTYPE_VLAN = 0x8100;
    private static final int ETHERTYPE_QINQ = 0x88A8;

    private final int linkType;
    /** One address and endpoint object per distinct value: a million frames share a few thousand. */
    private final Map<Integer, InetAddress> v4Addresses = new HashMap<>();
    private final Map<Endpoint, Endpoint> endpoints = new HashMap<>();

    private FrameDecoder(int linkType) {
        this.linkType = linkType;
    }

    /** @throws PcapFormatException naming the link type when it is not one Wirewise reads */
    public static FrameDecoder forLinkType(int linkType) throws PcapFormatException {
        return switch (linkType) {
            case LinkType.ETHERNET, LinkType.NULL, LinkType.LOOP, LinkType.RAW, LinkType.IPV4, LinkType.IPV6,
                    LinkType.LINUX_SLL, LinkType.LINUX_SLL2 -> new FrameDecoder(linkType);
            default -> throw new PcapFormatException("the capture's link type " + linkType + " ("
                    + LinkType.name(linkType) + ") is not one Wirewise reads: Ethernet, Linux cooked capture "
                    + "(SLL, SLL2), BSD or OpenBSD loopback, or raw IP");
        };
    }

    /** The IP packet's headers, or null when the frame carries no (readable) IP packet. */
    public Frame decode(int number, long nanos, int wireLength, byte[] b) {
        int ip = ipOffset(b);
        if (ip < 0 || ip >= b.length) {
            return null;
        }
        int version = (b[ip] & 0xFF) >>> 4;
        return version == 4 ? ipv4(number, nanos, wireLength, b, ip)
                : version == 6 ? ipv6(number, nanos, wireLength, b, ip) : null;
    }

    /** Where the IP header starts, or -1 for a frame that does not carry IP. */
    private int ipOffset(byte[] b) {
        switch (linkType) {
            case LinkType.ETHERNET -> {
                int at = 12;
                while (at + 2 <= b.length) {
                    int type = u16(b, at);
                    if (type == ETHERTYPE_VLAN || type == ETHERTYPE_QINQ) {
                        at += 4; // an 802.1Q tag: the real EtherType follows it
                    } else {
                        return type == ETHERTYPE_IPV4 || type == ETHERTYPE_IPV6 ? at + 2 : -1;
                    }
                }
                return -1;
            }
            case LinkType.NULL, LinkType.LOOP -> {
                return b.length >= 4 ? 4 : -1; // the version nibble tells IPv4 from IPv6
            }
            case LinkType.LINUX_SLL -> {
                return b.length >= 16 && isIp(u16(b, 14)) ? 16 : -1;
            }
            case LinkType.LINUX_SLL2 -> {
                return b.length >= 20 && isIp(u16(b, 0)) ? 20 : -1;
            }
            default -> {
                return 0;
            }
        }
    }

    private static boolean isIp(int etherType) {
        return etherType == ETHERTYPE_IPV4 || etherType == ETHERTYPE_IPV6;
    }

    private Frame ipv4(int number, long nanos, int wireLength, byte[] b, int o) {
        if (b.length - o < 20) {
            return null;
        }
        int headerLength = (b[o] & 0x0F) * 4;
        int totalLength = u16(b, o + 2);
        if (headerLength < 20 || totalLength < headerLength) {
            return null;
        }
        boolean laterFragment = (u16(b, o + 6) & 0x1FFF) != 0;
        int protocol = b[o + 9] & 0xFF;
        InetAddress source = v4(b, o + 12);
        InetAddress destination = v4(b, o + 16);
        int end = o + totalLength; // may lie beyond the captured bytes when a snap length cut the frame
        return transport(number, nanos, wireLength, b, laterFragment ? -1 : o + headerLength, end, protocol,
                source, destination);
    }

    private Frame ipv6(int number, long nanos, int wireLength, byte[] b, int o) {
        if (b.length - o < 40) {
            return null;
        }
        int end = o + 40 + u16(b, o + 4);
        int next = b[o + 6] & 0xFF;
        InetAddress source = address(b, o + 8, 16);
        InetAddress destination = address(b, o + 24, 16);
        int at = o + 40;
        // RFC 8200 §4: hop-by-hop, routing, fragment and destination options chain before the transport.
        while ((next == 0 || next == 43 || next == 44 || next == 60) && at + 8 <= b.length) {
            if (next == 44 && (u16(b, at + 2) & 0xFFF8) != 0) {
                return transport(number, nanos, wireLength, b, -1, end, b[at] & 0xFF, source, destination);
            }
            int length = next == 44 ? 8 : ((b[at + 1] & 0xFF) + 1) * 8;
            next = b[at] & 0xFF;
            at += length;
        }
        return transport(number, nanos, wireLength, b, at, end, next, source, destination);
    }

    /** @param t where the transport header starts, or -1 when this packet does not hold it */
    private Frame transport(int number, long nanos, int wireLength, byte[] b, int t, int end, int protocol,
                                   InetAddress source, InetAddress destination) {
        if (protocol == Frame.TCP && t >= 0 && t + 20 <= b.length) {
            int dataOffset = ((b[t + 12] & 0xFF) >>> 4) * 4;
            int optionsEnd = Math.min(t + dataOffset, b.length);
            int[] options = options(b, t + 20, optionsEnd);
            TcpHeader tcp = new TcpHeader(u32(b, t + 4), u32(b, t + 8), b[t + 13] & 0xFF, u16(b, t + 14),
                    options[0], options[1], options[2] < 0 ? TcpHeader.NO_SACK : sack(b, options[2], optionsEnd));
            return new Frame(number, nanos, wireLength, endpoint(source, u16(b, t)),
                    endpoint(destination, u16(b, t + 2)), protocol, t + dataOffset,
                    Math.max(0, end - t - dataOffset), tcp);
        }
        if (protocol == Frame.UDP && t >= 0 && t + 8 <= b.length) {
            return new Frame(number, nanos, wireLength, endpoint(source, u16(b, t)),
                    endpoint(destination, u16(b, t + 2)), protocol, t + 8, Math.max(0, end - t - 8), null);
        }
        int payload = t < 0 ? end : t;
        return new Frame(number, nanos, wireLength, endpoint(source, 0), endpoint(destination, 0), protocol,
                payload, Math.max(0, end - payload), null);
    }

    /** {window scale shift or -1, MSS or -1, where a SACK option starts or -1} from the TCP options in [at, end). */
    private static int[] options(byte[] b, int at, int end) {
        int[] found = {-1, -1, -1};
        while (at < end) {
            int kind = b[at] & 0xFF;
            if (kind == 0) {
                break;
            }
            if (kind == 1) {
                at++;
                continue;
            }
            if (at + 1 >= end) {
                break;
            }
            int length = b[at + 1] & 0xFF;
            if (length < 2 || at + length > end) {
                break;
            }
            if (kind == 3 && length == 3) {
                found[0] = Math.min(b[at + 2] & 0xFF, 14); // RFC 7323 §2.3: a larger shift is used as 14
            } else if (kind == 2 && length == 4) {
                found[1] = u16(b, at + 2);
            } else if (kind == 5 && length >= 10) {
                found[2] = at;
            }
            at += length;
        }
        return found;
    }

    /** The blocks of the SACK option at {@code at} (RFC 2018 §3: 8 bytes each after kind and length). */
    private static long[] sack(byte[] b, int at, int end) {
        int blocks = Math.min(((b[at + 1] & 0xFF) - 2) / 8, (end - at - 2) / 8);
        long[] edges = new long[2 * Math.max(0, blocks)];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = u32(b, at + 2 + 4 * i);
        }
        return edges;
    }

    private InetAddress v4(byte[] b, int at) {
        int key = (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
        return v4Addresses.computeIfAbsent(key, k -> address(b, at, 4));
    }

    private Endpoint endpoint(InetAddress address, int port) {
        Endpoint e = new Endpoint(address, port);
        return endpoints.computeIfAbsent(e, k -> k);
    }

    private static InetAddress address(byte[] b, int at, int length) {
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(b, at, at + length));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are always an address", e);
        }
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
    }

    private static long u32(byte[] b, int i) {
        return Integer.toUnsignedLong((b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8
                | (b[i + 3] & 0xFF));
    }
}
