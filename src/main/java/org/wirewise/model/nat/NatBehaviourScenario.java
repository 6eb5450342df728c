package org.wirewise.model.nat;

/**
 * Parameters of the NAT behaviour lesson.
 *
 * @param mapping          how the NAT maps (RFC 4787 §4.1)
 * @param filtering        how it filters inbound packets (RFC 4787 §5)
 * @param portPreservation whether it keeps the internal port when it can (RFC 4787 §4.2.1)
 * @param rttMs            round trip between the NAT and the servers
 * @param seed             seeds STUN transaction IDs, IP IDs and the NAT's first port
 */
public record NatBehaviourScenario(Mapping mapping, Filtering filtering, boolean portPreservation, double rttMs,
                                   long seed) {

    /** A port-restricted cone: what many home routers do. */
    public static final NatBehaviourScenario DEFAULTS = new NatBehaviourScenario(Mapping.ENDPOINT_INDEPENDENT,
            Filtering.ADDRESS_AND_PORT_DEPENDENT, false, 40, 1);
}
