package org.wirewise.model.latency;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a round trip goes, from the next server in the rack to a satellite, with memory and disk
 * beside them for scale. The nearby figures are orders of magnitude from published tables; the far
 * ones are computed by {@link PathLatency} for real city pairs, so they move with the model.
 */
public enum LatencyTier {
    // Their names, in each language, are in the lesson's bundle (latency-numbers.properties, tier.NAME).
    MEMORY(Kind.CONTEXT),
    SSD(Kind.CONTEXT),
    DISK(Kind.CONTEXT),
    SAME_RACK(Kind.NETWORK),
    SAME_DATA_CENTRE(Kind.NETWORK),
    ANOTHER_AZ(Kind.NETWORK),
    ANOTHER_REGION(Kind.NETWORK),
    ANOTHER_CONTINENT(Kind.NETWORK),
    SATELLITE(Kind.NETWORK);

    /** Memory and storage set the scale; network tiers are round trips a design chooses between. */
    public enum Kind {
        CONTEXT, NETWORK
    }

    /** Cities standing for the regions: US East (northern Virginia) and US West (Oregon, near Seattle). */
    static final String REGION_A = "Ashburn";
    static final String REGION_B = "Seattle";
    /** A transatlantic pair of data-centre hubs. */
    static final String CONTINENT_B = "Frankfurt";
    /** The route factor the far tiers use, the latency map's default. */
    static final double ROUTE_FACTOR = LatencyMapScenario.DEFAULTS.routeFactor();

    private final Kind kind;

    LatencyTier(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** "another-region": the parameter's spelling. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<LatencyTier> of(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equals(key)).findFirst();
    }

    /** The tiers a call can go to, as parameter choices. */
    public static List<String> networkKeys() {
        return Arrays.stream(values()).filter(t -> t.kind == Kind.NETWORK).map(LatencyTier::key).toList();
    }

    /** The round trip (or access time, for memory and disk), nanoseconds. */
    public double nanos() {
        return switch (this) {
            // Dean's "Numbers everyone should know" (2009) and later revisions: orders of magnitude.
            case MEMORY -> 100;
            case SSD -> 100_000;
            case DISK -> 10_000_000;
            // Within a rack one switch hop and two kernels; a data centre adds two or three switch tiers.
            case SAME_RACK -> 20_000;
            case SAME_DATA_CENTRE -> 200_000;
            // Cloud providers place zones within about 100 km and quote single-digit milliseconds between them.
            case ANOTHER_AZ -> 1_000_000;
            case ANOTHER_REGION -> pathBetween(REGION_A, REGION_B).typicalRttMs() * 1e6;
            case ANOTHER_CONTINENT -> pathBetween(REGION_A, CONTINENT_B).typicalRttMs() * 1e6;
            case SATELLITE -> pathBetween(REGION_A, CONTINENT_B).satellite().rttMs() * 1e6;
        };
    }

    /** For the computed tiers, the city pair they stand for; empty for the published figures. */
    public Optional<PathLatency> path() {
        return switch (this) {
            case ANOTHER_REGION -> Optional.of(pathBetween(REGION_A, REGION_B));
            case ANOTHER_CONTINENT, SATELLITE -> Optional.of(pathBetween(REGION_A, CONTINENT_B));
            default -> Optional.empty();
        };
    }

    private static PathLatency pathBetween(String a, String b) {
        CityTable t = CityTable.STANDARD;
        return PathLatency.between(t.find(a).orElseThrow(), t.find(b).orElseThrow(), ROUTE_FACTOR);
    }
}
