package org.wirewise.model.stack;

/** Which network layer carries the lesson's packets. */
public enum IpVersion {
    IPV4("IPv4", 20),
    IPV6("IPv6", 40);

    private final String displayName;
    private final int headerLength;

    IpVersion(String displayName, int headerLength) {
        this.displayName = displayName;
        this.headerLength = headerLength;
    }

    public String displayName() {
        return displayName;
    }

    /** Bytes of the fixed header: 20 for IPv4 without options (RFC 791 §3.1), 40 for IPv6 (RFC 8200 §3). */
    public int headerLength() {
        return headerLength;
    }
}
