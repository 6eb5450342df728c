package org.wirewise.model.packet;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/** Network-layer dissection: IPv4 (RFC 791 §3.1), IPv6 (RFC 8200 §3, §4) and ARP (RFC 826). */
final class NetworkDissector {

    private static final String IPV4 = "Internet Protocol Version 4";
    private static final String IPV6 = "Internet Protocol Version 6";

    private NetworkDissector() {
    }

    /** Raw IP (no link header): the version nibble decides. Returns where the packet ends. */
    static int ipByVersion(byte[] b, int off, int end, List<Field> layers, Payloads payloads) {
        int version = off < end ? Wire.u8(b, off) >>> 4 : -1;
        if (version == 4) {
            return ipv4(b, off, end, layers, payloads);
        }
        if (version == 6) {
            return ipv6(b, off, end, layers, payloads);
        }
        layers.add(new Layer("Raw packet data", off)
                .malformed(version < 0 ? "no bytes" : "IP version " + version + " is neither 4 nor 6", off, end)
                .build(end));
        return end;
    }

    /** Adds the IPv4 layer and what it carries; returns where the packet ends (Total Length). */
    static int ipv4(byte[] b, int o, int end, List<Field> layers, Payloads payloads) {
        Layer ip = new Layer(IPV4, o);
        int available = end - o;
        if (available < Ipv4Packet.HEADER_LENGTH) {
            layers.add(ip.malformed("IPv4 header truncated: needs 20 bytes, " + available + " remain", o, end)
                    .build(end));
            return end;
        }
        int version = Wire.u8(b, o) >>> 4;
        int headerLength = (Wire.u8(b, o) & 0x0F) * 4;
        ip.leaf("Version", Integer.toString(version), o, 1)
                .leaf("Header Length", headerLength + " bytes (" + headerLength / 4 + ")", o, 1);
        if (version != 4) {
            layers.add(ip.malformed("version " + version + " in an IPv4 header", o, end).build(end));
            return end;
        }
        if (headerLength < Ipv4Packet.HEADER_LENGTH || headerLength > available) {
            layers.add(ip.malformed("Header Length " + headerLength + " bytes is "
                    + (headerLength < 20 ? "less than the minimum 20" : "more than the " + available + " that remain"),
                    o, end).build(end));
            return end;
        }
        int tos = Wire.u8(b, o + 1);
        int totalLength = Wire.u16(b, o + 2);
        int flagsAndOffset = Wire.u16(b, o + 6);
        int protocol = Wire.u8(b, o + 9);
        int checksum = Wire.u16(b, o + 10);
        boolean dontFragment = (flagsAndOffset & 0x4000) != 0;
        boolean moreFragments = (flagsAndOffset & 0x2000) != 0;
        int fragmentOffset = (flagsAndOffset & 0x1FFF) * 8;
        InetAddress source = Ipv4Packet.ipv4(b, o + 12);
        InetAddress destination = Ipv4Packet.ipv4(b, o + 16);
        ip.add(new Field("Differentiated Services Field", Names.trafficClass(tos), o + 1, 1, List.of(
                        Field.leaf("Differentiated Services Codepoint", Names.dscpDetail(tos >>> 2), o + 1, 1),
                        Field.leaf("Explicit Congestion Notification", Names.ecnDetail(tos & 3), o + 1, 1))))
                .leaf("Total Length", Integer.toString(totalLength), o + 2, 2)
                .leaf("Identification", Names.hexAndDecimal(Wire.u16(b, o + 4), 4), o + 4, 2)
                .add(new Field("Flags", ipv4Flags(flagsAndOffset >>> 13), o + 6, 1, List.of(
                        Field.leaf("Reserved bit", Names.setOrNot((flagsAndOffset & 0x8000) != 0), o + 6, 1),
                        Field.leaf("Don't fragment", Names.setOrNot(dontFragment), o + 6, 1),
                        Field.leaf("More fragments", Names.setOrNot(moreFragments), o + 6, 1))))
                .leaf("Fragment Offset", Integer.toString(fragmentOffset), o + 6, 2)
                .leaf("Time to Live", Integer.toString(Wire.u8(b, o + 8)), o + 8, 1)
                .leaf("Protocol", IpProtocol.name(protocol) + " (" + protocol + ")", o + 9, 1)
                .leaf("Header Checksum", checksumStatus(checksum, b, o, headerLength), o + 10, 2)
                .leaf("Source Address", Names.address(source), o + 12, 4)
                .leaf("Destination Address", Names.address(destination), o + 16, 4);
        if (headerLength > Ipv4Packet.HEADER_LENGTH) {
            ip.leaf("Options", "(" + Names.bytes(headerLength - 20) + ")", o + 20, headerLength - 20);
        }
        if (totalLength < headerLength) {
            layers.add(ip.malformed("Total Length " + totalLength + " is less than the Header Length "
                    + headerLength, o + headerLength, end).build(end));
            return end;
        }
        boolean complete = totalLength <= available;
        int packetEnd = complete ? o + totalLength : end;
        if (!complete) {
            // Usually a snap length cut the capture short; the header is still worth showing.
            ip.leaf("Truncated", "Total Length says " + totalLength + " bytes, " + available + " were captured",
                    end, 0);
        }
        layers.add(ip.build(packetEnd));
        if (moreFragments || fragmentOffset != 0) {
            Payloads.data(b, o + headerLength, packetEnd, layers); // no reassembly
        } else {
            TransportDissector.dissect(protocol, b, o + headerLength, packetEnd, source, destination, complete,
                    layers, payloads);
        }
        return packetEnd;
    }

    /** "0x2, Don't fragment" as Wireshark words the three flag bits. */
    private static String ipv4Flags(int bits) {
        String text = Names.hex(bits, 1);
        if ((bits & 2) != 0) {
            text += ", Don't fragment";
        }
        if ((bits & 1) != 0) {
            text += ", More fragments";
        }
        if ((bits & 4) != 0) {
            text += ", Reserved bit";
        }
        return text;
    }

    /** RFC 791 §3.1: the checksum over a header that carries it correctly sums to zero. */
    private static String checksumStatus(int stored, byte[] b, int o, int headerLength) {
        if (Checksum.internet(b, o, headerLength) == 0) {
            return Names.hex(stored, 4) + " [correct]";
        }
        byte[] header = Arrays.copyOfRange(b, o, o + headerLength);
        header[10] = 0;
        header[11] = 0;
        return Names.hex(stored, 4) + " [incorrect, should be "
                + Names.hex(Checksum.internet(header, 0, headerLength), 4) + "]";
    }

    /** Adds the IPv6 layer, its extension headers and what they carry; returns where the packet ends. */
    static int ipv6(byte[] b, int o, int end, List<Field> layers, Payloads payloads) {
        Layer ip = new Layer(IPV6, o);
        int available = end - o;
        if (available < Ipv6Packet.HEADER_LENGTH) {
            layers.add(ip.malformed("IPv6 header truncated: needs 40 bytes, " + available + " remain", o, end)
                    .build(end));
            return end;
        }
        long first = Wire.u32(b, o);
        int version = (int) (first >>> 28);
        ip.leaf("Version", Integer.toString(version), o, 1);
        if (version != 6) {
            layers.add(ip.malformed("version " + version + " in an IPv6 header", o, end).build(end));
            return end;
        }
        int trafficClass = (int) (first >>> 20) & 0xFF;
        int payloadLength = Wire.u16(b, o + 4);
        int nextHeader = Wire.u8(b, o + 6);
        InetAddress source = Ipv6Packet.ipv6(b, o + 8);
        InetAddress destination = Ipv6Packet.ipv6(b, o + 24);
        ip.add(new Field("Traffic Class", Names.trafficClass(trafficClass), o, 2, List.of(
                        Field.leaf("Differentiated Services Codepoint", Names.dscpDetail(trafficClass >>> 2), o, 2),
                        Field.leaf("Explicit Congestion Notification", Names.ecnDetail(trafficClass & 3), o, 2))))
                .leaf("Flow Label", Names.hex((int) first & 0xF_FFFF, 5), o + 1, 3)
                .leaf("Payload Length", Integer.toString(payloadLength), o + 4, 2)
                .leaf("Next Header", IpProtocol.name(nextHeader) + " (" + nextHeader + ")", o + 6, 1)
                .leaf("Hop Limit", Integer.toString(Wire.u8(b, o + 7)), o + 7, 1)
                .leaf("Source Address", Names.address(source), o + 8, 16)
                .leaf("Destination Address", Names.address(destination), o + 24, 16);
        boolean complete = Ipv6Packet.HEADER_LENGTH + payloadLength <= available;
        int packetEnd = complete ? o + Ipv6Packet.HEADER_LENGTH + payloadLength : end;
        // Said after the extension headers, at the end of what was captured, to keep wire order.
        Field truncated = complete ? null : Field.leaf("Truncated", "Payload Length says " + payloadLength
                + " bytes, " + (available - Ipv6Packet.HEADER_LENGTH) + " were captured", end, 0);
        int at = o + Ipv6Packet.HEADER_LENGTH;
        boolean fragment = false;
        // RFC 8200 §4: extension headers chain through their Next Header byte before the upper layer.
        while (isExtensionHeader(nextHeader) && at < packetEnd) {
            int length = nextHeader == IpProtocol.IPV6_FRAGMENT ? 8
                    : at + 2 <= packetEnd ? (Wire.u8(b, at + 1) + 1) * 8 : 8;
            if (at + length > packetEnd) {
                ip.malformed(IpProtocol.name(nextHeader) + " truncated: needs " + length + " bytes, "
                        + (packetEnd - at) + " remain", at, packetEnd);
                if (truncated != null) {
                    ip.add(truncated);
                }
                layers.add(ip.build(packetEnd));
                return packetEnd;
            }
            int following = Wire.u8(b, at);
            ip.add(new Field(IpProtocol.name(nextHeader), "", at, length, List.of(
                    Field.leaf("Next Header", IpProtocol.name(following) + " (" + following + ")", at, 1),
                    nextHeader == IpProtocol.IPV6_FRAGMENT
                            ? Field.leaf("Fragment Offset", Integer.toString(Wire.u16(b, at + 2) & 0xFFF8), at + 2, 2)
                            : Field.leaf("Length", Wire.u8(b, at + 1) + " (" + length + " bytes)", at + 1, 1))));
            fragment |= nextHeader == IpProtocol.IPV6_FRAGMENT;
            nextHeader = following;
            at += length;
        }
        if (truncated != null) {
            ip.add(truncated);
        }
        layers.add(ip.build(packetEnd));
        if (fragment) {
            Payloads.data(b, at, packetEnd, layers);
        } else if (nextHeader != IpProtocol.NO_NEXT_HEADER) {
            TransportDissector.dissect(nextHeader, b, at, packetEnd, source, destination, complete, layers,
                    payloads);
        }
        return packetEnd;
    }

    private static boolean isExtensionHeader(int nextHeader) {
        return nextHeader == IpProtocol.HOP_BY_HOP || nextHeader == IpProtocol.IPV6_ROUTING
                || nextHeader == IpProtocol.IPV6_FRAGMENT || nextHeader == IpProtocol.IPV6_DESTINATION_OPTIONS;
    }

    /** ARP over Ethernet for IPv4 (RFC 826): 28 bytes. Returns where the ARP packet ends. */
    static int arp(byte[] b, int o, int end, List<Field> layers) {
        Layer arp = new Layer("Address Resolution Protocol", o);
        if (end - o < 8) {
            layers.add(arp.malformed("ARP header truncated: needs 8 bytes, " + (end - o) + " remain", o, end)
                    .build(end));
            return end;
        }
        int hardwareType = Wire.u16(b, o);
        int protocolType = Wire.u16(b, o + 2);
        int hardwareSize = Wire.u8(b, o + 4);
        int protocolSize = Wire.u8(b, o + 5);
        int opcode = Wire.u16(b, o + 6);
        arp.leaf("Hardware type", (hardwareType == 1 ? "Ethernet" : "Unknown") + " (" + hardwareType + ")", o, 2)
                .leaf("Protocol type", EtherType.name(protocolType) + " (" + Names.hex(protocolType, 4) + ")", o + 2, 2)
                .leaf("Hardware size", Integer.toString(hardwareSize), o + 4, 1)
                .leaf("Protocol size", Integer.toString(protocolSize), o + 5, 1)
                .leaf("Opcode", (opcode == 1 ? "request" : opcode == 2 ? "reply" : "unknown") + " (" + opcode + ")",
                        o + 6, 2);
        if (hardwareType != 1 || protocolType != EtherType.IPV4 || hardwareSize != 6 || protocolSize != 4) {
            layers.add(arp.malformed("only Ethernet/IPv4 ARP is dissected", o + 8, end).build(end));
            return end;
        }
        if (end - o < 28) {
            layers.add(arp.malformed("ARP addresses truncated: needs 28 bytes, " + (end - o) + " remain", o + 8, end)
                    .build(end));
            return end;
        }
        arp.leaf("Sender MAC address", MacAddress.read(b, o + 8).toString(), o + 8, 6)
                .leaf("Sender IP address", Names.address(Ipv4Packet.ipv4(b, o + 14)), o + 14, 4)
                .leaf("Target MAC address", MacAddress.read(b, o + 18).toString(), o + 18, 6)
                .leaf("Target IP address", Names.address(Ipv4Packet.ipv4(b, o + 24)), o + 24, 4);
        layers.add(arp.build(o + 28));
        return o + 28;
    }
}
