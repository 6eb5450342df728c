package org.wirewise.model.nat;

/**
 * Parameters of the translation-table lesson.
 *
 * @param hosts            private hosts talking through the NAT (2 to 4)
 * @param rttMs            round trip between the NAT and the servers
 * @param udpTimeoutS      idle seconds before a UDP mapping expires
 * @param tcpTimeoutS      idle seconds before an established TCP mapping expires
 * @param portPreservation whether the NAT keeps a host's source port when it is free
 * @param seed             seeds the hosts' ephemeral ports, initial sequence numbers and IP IDs
 */
public record NatTableScenario(int hosts, double rttMs, int udpTimeoutS, int tcpTimeoutS, boolean portPreservation,
                               long seed) {

    /** Linux conntrack defaults: UDP 30 s, and the TCP timeout RFC 5382 REQ-5 requires at least. */
    public static final NatTableScenario DEFAULTS = new NatTableScenario(3, 40, 30, 7440, true, 1);
}
