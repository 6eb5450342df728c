package org.wirewise.model.tls;

import java.util.List;

/**
 * Parameters of the resumption lesson.
 *
 * @param rttMs  round-trip time between the client and the server
 * @param seed   seeds every random byte: ports, sequence numbers, randoms, key shares, tickets, certificates
 * @param policy what the server does with 0-RTT data: one of {@link #POLICIES}
 * @param replay whether an attacker replays the captured first flight of the resumed connection
 * @param replayAfterS how long after the resumed connection the replay comes, in seconds: the server's
 *               freshness check (RFC 8446 §8.3) declines 0-RTT from a ClientHello whose ticket age is too old
 */
public record TlsResumptionScenario(double rttMs, long seed, String policy, boolean replay, double replayAfterS) {

    /** The server's 0-RTT policies as the lesson's choice offers them, in {@link SessionTickets.EarlyDataPolicy} order. */
    public static final List<String> POLICIES = List.of("no 0-RTT", "accept every 0-RTT", "single-use tickets");

    public TlsResumptionScenario {
        if (!POLICIES.contains(policy)) {
            throw new IllegalArgumentException("policy: one of " + String.join(", ", POLICIES) + "; got \"" + policy + "\"");
        }
    }

    public static final TlsResumptionScenario DEFAULTS = new TlsResumptionScenario(40, 1, POLICIES.get(1), true);

    /** The replay a second after the resumed connection, inside the server's freshness window. */
    public TlsResumptionScenario(double rttMs, long seed, String policy, boolean replay) {
        this(rttMs, seed, policy, replay, 1);
    }

    public SessionTickets.EarlyDataPolicy earlyDataPolicy() {
        return SessionTickets.EarlyDataPolicy.values()[POLICIES.indexOf(policy)];
    }
}
