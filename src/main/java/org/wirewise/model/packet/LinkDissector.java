package org.wirewise.model.packet;

import java.util.List;

/**
 * The link layers of captures that are not Ethernet: Linux cooked capture v1 and v2 (what
 * {@code tcpdump -i any} writes) and OpenBSD loopback. Each ends in a protocol number that says
 * what follows, as an EtherType does.
 */
final class LinkDissector {

    static final int SLL_LENGTH = 16;
    static final int SLL2_LENGTH = 20;

    private LinkDissector() {
    }

    /** LINKTYPE_LINUX_SLL: packet type, address type, address length, 8 address bytes, protocol. */
    static void sll(byte[] b, List<Field> layers, Payloads payloads) {
        Layer sll = new Layer("Linux cooked capture v1", 0);
        if (truncated(sll, b, SLL_LENGTH, layers)) {
            return;
        }
        int protocol = Wire.u16(b, 14);
        sll.leaf("Packet type", packetType(Wire.u16(b, 0)), 0, 2)
                .leaf("Link-layer address type", Integer.toString(Wire.u16(b, 2)), 2, 2)
                .leaf("Link-layer address length", Integer.toString(Wire.u16(b, 4)), 4, 2)
                .leaf("Source", address(b, 6, Wire.u16(b, 4)), 6, 8)
                .leaf("Protocol", EtherType.name(protocol) + " (" + Names.hex(protocol, 4) + ")", 14, 2);
        layers.add(sll.build(SLL_LENGTH));
        network(protocol, b, SLL_LENGTH, layers, payloads);
    }

    /** LINKTYPE_LINUX_SLL2: protocol, reserved, interface index, address type, packet type, address. */
    static void sll2(byte[] b, List<Field> layers, Payloads payloads) {
        Layer sll = new Layer("Linux cooked capture v2", 0);
        if (truncated(sll, b, SLL2_LENGTH, layers)) {
            return;
        }
        int protocol = Wire.u16(b, 0);
        sll.leaf("Protocol", EtherType.name(protocol) + " (" + Names.hex(protocol, 4) + ")", 0, 2)
                .leaf("Reserved", Names.hex(Wire.u16(b, 2), 4), 2, 2)
                .leaf("Interface index", Long.toString(Wire.u32(b, 4)), 4, 4)
                .leaf("Link-layer address type", Integer.toString(Wire.u16(b, 8)), 8, 2)
                .leaf("Packet type", packetType(Wire.u8(b, 10)), 10, 1)
                .leaf("Link-layer address length", Integer.toString(Wire.u8(b, 11)), 11, 1)
                .leaf("Source", address(b, 12, Wire.u8(b, 11)), 12, 8);
        layers.add(sll.build(SLL2_LENGTH));
        network(protocol, b, SLL2_LENGTH, layers, payloads);
    }

    /** Adds the layer as malformed when the frame is shorter than its header. */
    private static boolean truncated(Layer layer, byte[] b, int headerLength, List<Field> layers) {
        if (b.length >= headerLength) {
            return false;
        }
        layers.add(layer.malformed("frame is " + Names.bytes(b.length) + ", the header needs " + headerLength,
                0, b.length).build(b.length));
        return true;
    }

    private static void network(int protocol, byte[] b, int off, List<Field> layers, Payloads payloads) {
        switch (protocol) {
            case EtherType.IPV4 -> NetworkDissector.ipv4(b, off, b.length, layers, payloads);
            case EtherType.IPV6 -> NetworkDissector.ipv6(b, off, b.length, layers, payloads);
            case EtherType.ARP -> NetworkDissector.arp(b, off, b.length, layers);
            default -> Payloads.data(b, off, b.length, layers);
        }
    }

    /** The direction words of the kernel's PACKET_* constants, as Wireshark shows them. */
    private static String packetType(int type) {
        String name = switch (type) {
            case 0 -> "Unicast to us";
            case 1 -> "Broadcast";
            case 2 -> "Multicast";
            case 3 -> "Unicast to another host";
            case 4 -> "Sent by us";
            default -> "Unknown";
        };
        return name + " (" + type + ")";
    }

    private static String address(byte[] b, int off, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(length, 8); i++) {
            text.append(i == 0 ? "" : ":").append(String.format("%02x", b[off + i] & 0xFF));
        }
        return text.isEmpty() ? "(none)" : text.toString();
    }
}
