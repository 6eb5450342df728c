package org.wirewise.model.dns;

import java.util.List;

/**
 * Parameters of the DNS attacks lesson, one part at a time.
 *
 * @param part       which attack the lesson shows
 * @param spoofs     forged answers the attacker sends per query, each with a different guessed ID
 * @param randomPort whether the resolver asks from a fresh random source port per query (RFC 5452 §9.2)
 * @param bailiwick  whether the resolver drops records outside the zone of the server that sent them
 * @param queries    how many queries each measured run may trigger before it gives up
 * @param runs       measured runs per port mode, each on its own network with seed + run
 * @param seed       seeds the resolver's IDs and ports and the attacker's guesses
 * @param floodType  amplification: the question the attacker floods with (A, TXT or ANY)
 * @param attackRate amplification: spoofed queries per second
 * @param rateLimit  amplification: identical responses per second per client prefix once RRL is on
 * @param slip       amplification: every slip-th limited response goes out truncated (0: all dropped)
 * @param fileBytes  tunneling: the size of the file carried out in query names
 */
public record AttacksScenario(Part part, long spoofs, boolean randomPort, boolean bailiwick, long queries, long runs,
                              long seed, RecordType floodType, long attackRate, long rateLimit, long slip,
                              long fileBytes) {

    /** The three parts of the lesson. */
    public enum Part { POISONING, AMPLIFICATION, TUNNELING }

    /** The questions an amplification flood may use: a small answer, a large one, and ANY. */
    public static final List<RecordType> FLOOD_TYPES = List.of(RecordType.A, RecordType.TXT, RecordType.ANY);
    public static final AttacksScenario DEFAULTS = new AttacksScenario(Part.POISONING, 1024, false, false, 8, 8, 1,
            RecordType.TXT, 100, 5, 2, 2000);
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
        if (!FLOOD_TYPES.contains(floodType)) {
            throw new IllegalArgumentException("floodType: one of A, TXT, ANY, got " + floodType);
        }
        if (attackRate < 1 || attackRate > 2000 || rateLimit < 1 || rateLimit > 1000 || slip < 0 || slip > 10) {
            throw new IllegalArgumentException("attackRate 1 to 2000 queries/s, rateLimit 1 to 1000 responses/s, "
                    + "slip 0 to 10");
        }
        if (fileBytes < 1 || fileBytes > 16384) {
            throw new IllegalArgumentException("fileBytes: 1 to 16384 bytes, got " + fileBytes);
        }
    }

    /** The poisoning part with the other parts' defaults. */
    public AttacksScenario(long spoofs, boolean randomPort, boolean bailiwick, long queries, long runs, long seed) {
        this(Part.POISONING, spoofs, randomPort, bailiwick, queries, runs, seed, DEFAULTS.floodType,
                DEFAULTS.attackRate, DEFAULTS.rateLimit, DEFAULTS.slip, DEFAULTS.fileBytes);
    }

    /** This scenario showing {@code other}. */
    public AttacksScenario withPart(Part other) {
        return new AttacksScenario(other, spoofs, randomPort, bailiwick, queries, runs, seed, floodType, attackRate,
                rateLimit, slip, fileBytes);
    }
}
