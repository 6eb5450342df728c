package org.wirewise.model.packet;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Transport-layer dissection: TCP (RFC 9293 §3.1), UDP (RFC 768), ICMP (RFC 792) and ICMPv6 (RFC 4443). */
final class TransportDissector {

    private TransportDissector() {
    }

    /**
     * @param complete false when the capture cut the IP packet short, so no checksum can be verified
     */
    static void dissect(int protocol, byte[] b, int off, int end, InetAddress src, InetAddress dst,
                        boolean complete, List<Field> layers, Payloads payloads) {
        switch (protocol) {
            case IpProtocol.TCP -> tcp(b, off, end, src, dst, complete, layers, payloads);
            case IpProtocol.UDP -> udp(b, off, end, src, dst, complete, layers, payloads);
            case IpProtocol.ICMP -> icmp("Internet Control Message Protocol", b, off, end, null, null, complete,
                    layers);
            case IpProtocol.ICMPV6 -> icmp("Internet Control Message Protocol v6", b, off, end, src, dst, complete,
                    layers);
            default -> Payloads.data(b, off, end, layers);
        }
    }

    private static void tcp(byte[] b, int o, int end, InetAddress src, InetAddress dst, boolean complete,
                            List<Field> layers, Payloads payloads) {
        Layer tcp = new Layer("Transmission Control Protocol", o);
        if (end - o < TcpSegment.MIN_HEADER_LENGTH) {
            layers.add(tcp.malformed("TCP header truncated: needs 20 bytes, " + (end - o) + " remain", o, end)
                    .build(end));
            return;
        }
        int headerLength = (Wire.u8(b, o + 12) >>> 4) * 4;
        int flags = Wire.u16(b, o + 12) & TcpFlags.ALL;
        tcp.leaf("Source Port", Integer.toString(Wire.u16(b, o)), o, 2)
                .leaf("Destination Port", Integer.toString(Wire.u16(b, o + 2)), o + 2, 2)
                .leaf("Sequence Number", Long.toString(Wire.u32(b, o + 4)), o + 4, 4)
                .leaf("Acknowledgment Number", Long.toString(Wire.u32(b, o + 8)), o + 8, 4)
                .leaf("Header Length", headerLength + " bytes (" + headerLength / 4 + ")", o + 12, 1)
                .add(tcpFlags(flags, o + 12))
                .leaf("Window", Integer.toString(Wire.u16(b, o + 14)), o + 14, 2)
                .leaf("Checksum", transportChecksum(b, o, end, 16, src, dst, IpProtocol.TCP, complete), o + 16, 2)
                .leaf("Urgent Pointer", Integer.toString(Wire.u16(b, o + 18)), o + 18, 2);
        if (headerLength < TcpSegment.MIN_HEADER_LENGTH || headerLength > end - o) {
            layers.add(tcp.malformed("Header Length " + headerLength + " bytes is "
                            + (headerLength < 20 ? "less than the minimum 20" : "more than the " + (end - o) + " that remain"),
                    o + TcpSegment.MIN_HEADER_LENGTH, end).build(end));
            return;
        }
        if (headerLength > TcpSegment.MIN_HEADER_LENGTH) {
            tcp.add(TcpOptionsDissector.options(b, o + 20, o + headerLength));
        }
        int payload = o + headerLength;
        if (end > payload) {
            tcp.leaf("TCP payload", Names.bytes(end - payload), payload, end - payload);
        }
        layers.add(tcp.build(end));
        if (end > payload) {
            payloads.dissect(Payloads.Transport.TCP, Wire.u16(b, o), Wire.u16(b, o + 2), b, payload, end, layers);
        }
    }

    /** "Flags: 0x018 (PSH, ACK)" with one child per bit, in header order as Wireshark lists them. */
    private static Field tcpFlags(int flags, int at) {
        List<Field> bits = new ArrayList<>();
        bits.add(Field.leaf("Reserved", Names.setOrNot((flags & TcpFlags.RESERVED) != 0), at, 1));
        bits.add(Field.leaf("Accurate ECN", Names.setOrNot((flags & TcpFlags.AE) != 0), at, 1));
        String[] names = {"Congestion Window Reduced", "ECN-Echo", "Urgent", "Acknowledgment", "Push", "Reset",
                "Syn", "Fin"};
        for (int i = 0; i < names.length; i++) {
            bits.add(Field.leaf(names[i], Names.setOrNot((flags & (0x80 >>> i)) != 0), at + 1, 1));
        }
        return new Field("Flags", Names.hex(flags, 3) + " (" + TcpFlags.names(flags) + ")", at, 2, bits);
    }

    private static void udp(byte[] b, int o, int end, InetAddress src, InetAddress dst, boolean complete,
                            List<Field> layers, Payloads payloads) {
        Layer udp = new Layer("User Datagram Protocol", o);
        if (end - o < UdpDatagram.HEADER_LENGTH) {
            layers.add(udp.malformed("UDP header truncated: needs 8 bytes, " + (end - o) + " remain", o, end)
                    .build(end));
            return;
        }
        int length = Wire.u16(b, o + 4);
        int checksum = Wire.u16(b, o + 6);
        udp.leaf("Source Port", Integer.toString(Wire.u16(b, o)), o, 2)
                .leaf("Destination Port", Integer.toString(Wire.u16(b, o + 2)), o + 2, 2)
                .leaf("Length", Integer.toString(length), o + 4, 2);
        boolean lengthFits = length >= UdpDatagram.HEADER_LENGTH && o + length <= end;
        String checksumText = checksum == 0 && src instanceof Inet4Address
                ? "0x0000 [zero-value ignored]" // RFC 768: an IPv4 sender may send no checksum
                : transportChecksum(b, o, lengthFits ? o + length : end, 6, src, dst, IpProtocol.UDP,
                complete && lengthFits);
        udp.leaf("Checksum", checksumText, o + 6, 2);
        if (!lengthFits) {
            layers.add(udp.malformed("Length " + length + " is " + (length < 8 ? "less than the 8-byte header"
                    : "more than the " + (end - o) + " bytes that remain"), o + UdpDatagram.HEADER_LENGTH, end)
                    .build(end));
            return;
        }
        int payloadEnd = o + length;
        if (payloadEnd > o + 8) {
            udp.leaf("UDP payload", Names.bytes(length - 8), o + 8, length - 8);
        }
        layers.add(udp.build(payloadEnd));
        payloads.dissect(Payloads.Transport.UDP, Wire.u16(b, o), Wire.u16(b, o + 2), b, o + 8, payloadEnd, layers);
    }

    /** ICMP over IPv4 (no pseudo-header) or ICMPv6 (pseudo-header, RFC 4443 §2.3) when addresses are given. */
    private static void icmp(String name, byte[] b, int o, int end, InetAddress src, InetAddress dst,
                             boolean complete, List<Field> layers) {
        Layer icmp = new Layer(name, o);
        if (end - o < 4) {
            layers.add(icmp.malformed("ICMP header truncated: needs 4 bytes, " + (end - o) + " remain", o, end)
                    .build(end));
            return;
        }
        boolean v6 = src != null;
        int type = Wire.u8(b, o);
        icmp.leaf("Type", type + " (" + (v6 ? icmpv6Type(type) : icmpType(type)) + ")", o, 1)
                .leaf("Code", Integer.toString(Wire.u8(b, o + 1)), o + 1, 1)
                .leaf("Checksum", v6 ? transportChecksum(b, o, end, 2, src, dst, IpProtocol.ICMPV6, complete)
                        : icmpChecksum(b, o, end, complete), o + 2, 2);
        int rest = o + 4;
        boolean echo = v6 ? type == 128 || type == 129 : type == 0 || type == 8;
        if (echo && end - o >= 8) {
            icmp.leaf("Identifier", Names.decimalAndHex(Wire.u16(b, o + 4), 4), o + 4, 2)
                    .leaf("Sequence Number", Names.decimalAndHex(Wire.u16(b, o + 6), 4), o + 6, 2);
            rest = o + 8;
        }
        if (end > rest) {
            icmp.leaf("Data", Names.bytes(end - rest), rest, end - rest);
        }
        layers.add(icmp.build(end));
    }

    private static String icmpType(int type) {
        return switch (type) {
            case 0 -> "Echo (ping) reply";
            case 3 -> "Destination unreachable";
            case 5 -> "Redirect";
            case 8 -> "Echo (ping) request";
            case 11 -> "Time-to-live exceeded";
            default -> "Unknown";
        };
    }

    private static String icmpv6Type(int type) {
        return switch (type) {
            case 1 -> "Destination Unreachable";
            case 2 -> "Packet Too Big";
            case 3 -> "Time Exceeded";
            case 128 -> "Echo (ping) request";
            case 129 -> "Echo (ping) reply";
            case 133 -> "Router Solicitation";
            case 134 -> "Router Advertisement";
            case 135 -> "Neighbor Solicitation";
            case 136 -> "Neighbor Advertisement";
            default -> "Unknown";
        };
    }

    private static String icmpChecksum(byte[] b, int o, int end, boolean complete) {
        int stored = Wire.u16(b, o + 2);
        if (!complete) {
            return Names.hex(stored, 4) + " [unverified]";
        }
        if (Checksum.internet(b, o, end - o) == 0) {
            return Names.hex(stored, 4) + " [correct]";
        }
        byte[] copy = Arrays.copyOfRange(b, o, end);
        copy[2] = 0;
        copy[3] = 0;
        return Names.hex(stored, 4) + " [incorrect, should be " + Names.hex(Checksum.internet(copy, 0, copy.length), 4)
                + "]";
    }

    /**
     * "0x63a7 [correct]" or "0x1966 [incorrect, should be 0x490c]": a segment that carries the
     * right checksum sums to zero with its pseudo-header (RFC 9293 §3.1, RFC 1071).
     */
    static String transportChecksum(byte[] b, int o, int end, int field, InetAddress src, InetAddress dst,
                                    int protocol, boolean complete) {
        int stored = Wire.u16(b, o + field);
        if (!complete) {
            return Names.hex(stored, 4) + " [unverified]";
        }
        if (Checksum.pseudoHeaderChecksum(src, dst, protocol, b, o, end - o) == 0) {
            return Names.hex(stored, 4) + " [correct]";
        }
        byte[] copy = Arrays.copyOfRange(b, o, end);
        copy[field] = 0;
        copy[field + 1] = 0;
        int expected = Checksum.pseudoHeaderChecksum(src, dst, protocol, copy);
        if (protocol == IpProtocol.UDP && expected == 0) {
            expected = 0xFFFF;
        }
        return Names.hex(stored, 4) + " [incorrect, should be " + Names.hex(expected, 4) + "]";
    }
}
