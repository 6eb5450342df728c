package org.wirewise.model.addr;

/**
 * Parameters of the IP addresses lesson.
 *
 * @param address an IPv4 or IPv6 address as typed, optionally with "/prefix" for the network/host split
 */
public record AddressScenario(String address) {

    /** The example of RFC 5952's spirit: a documentation address written out in full, upper case. */
    public static final AddressScenario DEFAULTS = new AddressScenario("2001:0DB8:0000:0000:0000:FF00:0042:8329/64");
}
