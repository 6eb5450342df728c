package org.wirewise.model.nat;

/**
 * Parameters of the port exhaustion lesson: many clients behind one NAT, all talking to one
 * destination (one address and port), as a fleet calling one API does.
 *
 * @param clients          hosts behind the NAT
 * @param newPerSecond     new connections per second, all clients together
 * @param holdSeconds      how long a closed connection's mapping stays (Linux: 120 s in TIME_WAIT)
 * @param publicAddresses  public addresses the NAT may use (a pool)
 * @param connectionReuse  whether each client keeps one connection open and reuses it
 * @param seed             seeds the clients' ports, sequence numbers and IP IDs
 */
public record NatExhaustionScenario(int clients, int newPerSecond, int holdSeconds, int publicAddresses,
                                    boolean connectionReuse, long seed) {

    public static final NatExhaustionScenario DEFAULTS = new NatExhaustionScenario(200, 800, 120, 1, false, 1);
}
