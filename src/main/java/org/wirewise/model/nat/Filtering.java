package org.wirewise.model.nat;

import java.util.Collection;

/**
 * Which inbound packets a NAT lets through to an internal endpoint X:x through its mapping
 * X1':x1' (RFC 4787 §5).
 */
public enum Filtering {
    /** Anything sent to X1':x1' is forwarded, from any remote (RFC 4787 §5, REQ-8 recommends it). */
    ENDPOINT_INDEPENDENT("endpoint-independent", "anyone may send to the mapping"),
    /** Only from remote addresses X:x has sent to (any port on them). */
    ADDRESS_DEPENDENT("address-dependent", "only addresses the inside host has sent to"),
    /** Only from the exact remote addresses and ports X:x has sent to. */
    ADDRESS_AND_PORT_DEPENDENT("address-and-port-dependent",
            "only address and port pairs the inside host has sent to");

    private final String displayName;
    private final String rule;

    Filtering(String displayName, String rule) {
        this.displayName = displayName;
        this.rule = rule;
    }

    public String displayName() {
        return displayName;
    }

    public String rule() {
        return rule;
    }

    /** Whether a packet from {@code source} passes, given the remotes the mapping has sent to. */
    public boolean admits(Endpoint source, Collection<Endpoint> contacted) {
        return switch (this) {
            case ENDPOINT_INDEPENDENT -> true;
            case ADDRESS_DEPENDENT -> contacted.stream().anyMatch(e -> e.address().equals(source.address()));
            case ADDRESS_AND_PORT_DEPENDENT -> contacted.contains(source);
        };
    }
}
