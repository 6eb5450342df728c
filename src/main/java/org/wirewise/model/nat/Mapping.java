package org.wirewise.model.nat;

/**
 * How a NAT chooses the external address and port for an internal endpoint X:x that sends to a
 * remote endpoint Y:y (RFC 4787 §4.1).
 */
public enum Mapping {
    /** The same mapping X1':x1' for X:x whatever Y:y it sends to (RFC 4787 §4.1, REQ-1). */
    ENDPOINT_INDEPENDENT("endpoint-independent", "reused for any remote address and port"),
    /** The same mapping only while Y stays the same; another remote address gets a new one. */
    ADDRESS_DEPENDENT("address-dependent", "reused only for the same remote address"),
    /** The same mapping only for the same Y:y; any other remote port gets a new one. */
    ADDRESS_AND_PORT_DEPENDENT("address-and-port-dependent", "reused only for the same remote address and port");

    private final String displayName;
    private final String rule;

    Mapping(String displayName, String rule) {
        this.displayName = displayName;
        this.rule = rule;
    }

    public String displayName() {
        return displayName;
    }

    /** The rule in words, as the lesson highlights it. */
    public String rule() {
        return rule;
    }

    /** Whether a mapping created towards {@code first} serves a packet towards {@code next}. */
    boolean reusable(Endpoint first, Endpoint next) {
        return switch (this) {
            case ENDPOINT_INDEPENDENT -> true;
            case ADDRESS_DEPENDENT -> first.address().equals(next.address());
            case ADDRESS_AND_PORT_DEPENDENT -> first.equals(next);
        };
    }
}
