package org.wirewise.model.packet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.wirewise.model.pcap.LinkType;

/**
 * Turns a frame's bytes into the tree Wireshark's packet details pane shows: a root field for
 * the frame whose children are the layers in order ("Ethernet II", "Internet Protocol Version 4",
 * "Transmission Control Protocol", then what a registered payload dissector makes of the payload
 * (see {@link Payloads}: HTTP, DNS, STUN, TLS) or "Data"), each with
 * one field per header field at its exact bytes. Field names and values follow Wireshark's
 * wording so the app and a pcap opened in Wireshark read the same.
 *
 * <p>Never throws on bad input: a truncated or inconsistent part becomes a field named
 * {@value #MALFORMED} whose value says what is wrong, and dissection stops at that point.
 */
public final class Dissector {

    /** Name of the field that explains why a layer could not be dissected further. */
    public static final String MALFORMED = "Malformed";

    private Dissector() {
    }

    /** Dissects an Ethernet II frame (no FCS), as the simulators build and most captures hold. */
    public static Field dissect(byte[] frame) {
        return dissect(0, frame, LinkType.ETHERNET);
    }

    /**
     * Dissects a frame of the given pcap link type: Ethernet, BSD or OpenBSD loopback, raw IP, or
     * Linux cooked capture v1/v2.
     */
    public static Field dissect(byte[] frame, int linkType) {
        return dissect(0, frame, linkType);
    }

    /**
     * As {@link #dissect(byte[], int)}, with the root named "Frame N" like Wireshark's
     * ({@code frameNumber} 0 leaves the number out).
     */
    public static Field dissect(int frameNumber, byte[] frame, int linkType) {
        return dissect(frameNumber, frame, linkType, Payloads.STANDARD);
    }

    /** An Ethernet frame whose payloads are read by the dissectors of {@code payloads}. */
    public static Field dissect(byte[] frame, Payloads payloads) {
        return dissect(0, frame, LinkType.ETHERNET, payloads);
    }

    /** As {@link #dissect(int, byte[], int)}, reading payloads with the dissectors of {@code payloads}. */
    public static Field dissect(int frameNumber, byte[] frame, int linkType, Payloads payloads) {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(payloads, "payloads");
        List<Field> layers = new ArrayList<>();
        switch (linkType) {
            case LinkType.ETHERNET -> ethernet(frame, layers, payloads);
            case LinkType.NULL, LinkType.LOOP -> nullLoopback(frame, layers, payloads);
            case LinkType.RAW, LinkType.IPV4, LinkType.IPV6 ->
                    NetworkDissector.ipByVersion(frame, 0, frame.length, layers, payloads);
            case LinkType.LINUX_SLL -> LinkDissector.sll(frame, layers, payloads);
            case LinkType.LINUX_SLL2 -> LinkDissector.sll2(frame, layers, payloads);
            default -> layers.add(new Layer("Data", 0)
                    .malformed("link type " + linkType + " is not dissected", 0, frame.length)
                    .build(frame.length));
        }
        String name = frameNumber > 0 ? "Frame " + frameNumber : "Frame";
        return new Field(name, Names.bytes(frame.length) + " (" + frame.length * 8L + " bits)", 0, frame.length,
                layers);
    }

    private static void ethernet(byte[] b, List<Field> layers, Payloads payloads) {
        Layer eth = new Layer("Ethernet II", 0);
        if (b.length < EthernetFrame.HEADER_LENGTH) {
            layers.add(eth.malformed("frame is " + Names.bytes(b.length) + ", an Ethernet II header needs 14",
                    0, b.length).build(b.length));
            return;
        }
        int etherType = Wire.u16(b, 12);
        eth.leaf("Destination", MacAddress.read(b, 0).toString(), 0, 6)
                .leaf("Source", MacAddress.read(b, 6).toString(), 6, 6)
                .leaf("Type", EtherType.name(etherType) + " (" + Names.hex(etherType, 4) + ")", 12, 2);
        int index = layers.size();
        layers.add(null); // the Ethernet layer goes first, once its padding is known
        int end = switch (etherType) {
            case EtherType.IPV4 -> NetworkDissector.ipv4(b, 14, b.length, layers, payloads);
            case EtherType.IPV6 -> NetworkDissector.ipv6(b, 14, b.length, layers, payloads);
            case EtherType.ARP -> NetworkDissector.arp(b, 14, b.length, layers);
            default -> Payloads.data(b, 14, b.length, layers);
        };
        if (end < b.length) {
            // Frames shorter than 60 bytes are padded by the sender's NIC (IEEE 802.3 minimum size).
            eth.leaf("Padding", Names.bytes(b.length - end), end, b.length - end);
        }
        layers.set(index, eth.build(b.length));
    }

    /** BSD loopback (LINKTYPE_NULL): a 4-byte address family in the capturing host's byte order. */
    private static void nullLoopback(byte[] b, List<Field> layers, Payloads payloads) {
        Layer loop = new Layer("Null/Loopback", 0);
        if (b.length < 4) {
            layers.add(loop.malformed("frame is " + Names.bytes(b.length) + ", the loopback header needs 4",
                    0, b.length).build(b.length));
            return;
        }
        long family = Wire.u32(b, 0);
        if ((family & 0xFFFF_0000L) != 0) {
            family = Long.reverseBytes(family) >>> 32; // written little-endian
        }
        boolean ipv4 = family == 2;
        // AF_INET6 differs between systems: 24 (NetBSD, OpenBSD), 28 (FreeBSD), 30 (macOS), 10 (Linux).
        boolean ipv6 = family == 24 || family == 28 || family == 30 || family == 10;
        loop.leaf("Family", (ipv4 ? "IP" : ipv6 ? "IPv6" : "Unknown") + " (" + family + ")", 0, 4);
        layers.add(loop.build(b.length));
        if (ipv4) {
            NetworkDissector.ipv4(b, 4, b.length, layers, payloads);
        } else if (ipv6) {
            NetworkDissector.ipv6(b, 4, b.length, layers, payloads);
        } else {
            Payloads.data(b, 4, b.length, layers);
        }
    }
}
