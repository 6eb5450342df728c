package org.wirewise.model.nat;

/**
 * Parameters of the NAT traversal lesson: the two peers' NATs and the paths between them.
 *
 * @param mappingA         NAT A's mapping behaviour
 * @param filteringA       NAT A's filtering behaviour
 * @param mappingB         NAT B's mapping behaviour
 * @param filteringB       NAT B's filtering behaviour
 * @param portPreservation whether both NATs keep the peers' port when they can
 * @param portForwardB     whether NAT B has a port forward to peer B (the manual alternative)
 * @param directRttMs      round trip on the direct path between the two NATs
 * @param relayRttMs       round trip from one NAT to the other through the TURN server
 * @param seed             seeds transaction IDs, IP IDs and the NATs' first ports
 */
public record NatTraversalScenario(Mapping mappingA, Filtering filteringA, Mapping mappingB, Filtering filteringB,
                                   boolean portPreservation, boolean portForwardB, double directRttMs,
                                   double relayRttMs, long seed) {

    /** A port-restricted cone and a symmetric NAT: the classic case where hole punching fails. */
    public static final NatTraversalScenario DEFAULTS = new NatTraversalScenario(Mapping.ENDPOINT_INDEPENDENT,
            Filtering.ADDRESS_AND_PORT_DEPENDENT, Mapping.ADDRESS_AND_PORT_DEPENDENT,
            Filtering.ADDRESS_AND_PORT_DEPENDENT, false, false, 60, 110, 1);
}
