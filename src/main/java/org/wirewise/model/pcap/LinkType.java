package org.wirewise.model.pcap;

/** Link-layer header types of pcap and pcapng files (the tcpdump.org LINKTYPE_ registry). */
public final class LinkType {

    /** BSD loopback: a 4-byte address family in the capturing host's byte order, then IP. */
    public static final int NULL = 0;
    /** Ethernet II (and 802.3), without the frame check sequence. */
    public static final int ETHERNET = 1;
    /** Raw IPv4 or IPv6, no link-layer header; the version nibble tells which. */
    public static final int RAW = 101;
    /** Linux "cooked" capture (the "any" interface). */
    public static final int LINUX_SLL = 113;
    /** OpenBSD loopback: as {@link #NULL} but the address family is always big-endian. */
    public static final int LOOP = 108;
    /** Linux cooked capture v2: a 20-byte header, the protocol type first. */
    public static final int LINUX_SLL2 = 276;
    /** Raw IPv4, no link-layer header. */
    public static final int IPV4 = 228;
    /** Raw IPv6, no link-layer header. */
    public static final int IPV6 = 229;

    private LinkType() {
    }

    /** The link type, if it fits the 16 bits both file formats store it in. */
    static int checked(int linkType) {
        if (linkType < 0 || linkType > 0xFFFF) {
            throw new IllegalArgumentException("link type must be in 0..65535, was " + linkType);
        }
        return linkType;
    }

    public static String name(int linkType) {
        return switch (linkType) {
            case NULL -> "BSD loopback";
            case ETHERNET -> "Ethernet";
            case RAW -> "Raw IP";
            case LINUX_SLL -> "Linux cooked capture";
            case LOOP -> "OpenBSD loopback";
            case LINUX_SLL2 -> "Linux cooked capture v2";
            case IPV4 -> "Raw IPv4";
            case IPV6 -> "Raw IPv6";
            default -> "link type " + linkType;
        };
    }
}
