package org.wirewise.model.dns;

/**
 * Parameters of the DNS attacks lesson.
 *
 * @param spoofs     forged answers the attacker sends per query, each with a different guessed ID
 * @param randomPort whether the resolver asks from a fresh random source port per query (RFC 5452 §9.2)
 * @param bailiwick  whether the resolver drops records outside the zone of the server that sent them
 * @param queries    how many queries each measured run may trigger before it gives up
 * @param runs       measured runs per port mode, each on its own network with seed + run
 * @param seed       seeds the resolver's IDs and ports and the attacker's guesses
 */
public record AttacksScenario(long spoofs, boolean randomPort, boolean bailiwick, long queries, long runs, long seed) {

    public static final AttacksScenario DEFAULTS = new AttacksScenario(1024, false, false, 8, 4, 1);
    /** Forged packets the measured runs may send per port mode: each is simulated, so this bounds the wait. */
    public static final long MAX_FORGED = 1_000_000;

    public AttacksScenario {
        if (spoofs < 1 || spoofs > 65536) {
            throw new IllegalArgumentException("spoofs: 1 to 65536 forged answers per query, got " + spoofs);
        }
        if (queries < 1 || runs < 1) {
            throw new IllegalArgumentException("queries and runs: at least 1");
        }
        if (spoofs * queries * runs > MAX_FORGED) {
            throw new IllegalArgumentException("spoofs × queries × runs: at most " + MAX_FORGED
                    + " forged packets (each one is simulated), got " + spoofs * queries * runs
                    + "; lower one of them");
        }
    }
}
