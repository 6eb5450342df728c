package org.wirewise.model.packet;

/** EtherType values of the Ethernet II Type field (IEEE 802 numbers). */
public final class EtherType {

    public static final int IPV4 = 0x0800;
    public static final int ARP = 0x0806;
    public static final int VLAN = 0x8100;
    public static final int IPV6 = 0x86DD;

    private EtherType() {
    }

    /** Wireshark's name ("IPv4"), or "Unknown". */
    public static String name(int etherType) {
        return switch (etherType) {
            case IPV4 -> "IPv4";
            case ARP -> "ARP";
            case VLAN -> "802.1Q Virtual LAN";
            case IPV6 -> "IPv6";
            default -> "Unknown";
        };
    }
}
