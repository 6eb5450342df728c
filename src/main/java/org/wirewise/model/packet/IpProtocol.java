package org.wirewise.model.packet;

/** IP protocol numbers (IANA "Assigned Internet Protocol Numbers"), the IPv4 Protocol / IPv6 Next Header value. */
public final class IpProtocol {

    public static final int HOP_BY_HOP = 0;
    public static final int ICMP = 1;
    public static final int TCP = 6;
    public static final int UDP = 17;
    public static final int IPV6_ROUTING = 43;
    public static final int IPV6_FRAGMENT = 44;
    public static final int ICMPV6 = 58;
    public static final int NO_NEXT_HEADER = 59;
    public static final int IPV6_DESTINATION_OPTIONS = 60;

    private IpProtocol() {
    }

    /** Wireshark's short name ("TCP", "UDP", "ICMPv6"), or "Unknown" for numbers not listed here. */
    public static String name(int protocol) {
        return switch (protocol) {
            case HOP_BY_HOP -> "IPv6 Hop-by-Hop Option";
            case ICMP -> "ICMP";
            case TCP -> "TCP";
            case UDP -> "UDP";
            case IPV6_ROUTING -> "Routing Header for IPv6";
            case IPV6_FRAGMENT -> "Fragment Header for IPv6";
            case ICMPV6 -> "ICMPv6";
            case NO_NEXT_HEADER -> "No Next Header for IPv6";
            case IPV6_DESTINATION_OPTIONS -> "Destination Options for IPv6";
            default -> "Unknown";
        };
    }
}
