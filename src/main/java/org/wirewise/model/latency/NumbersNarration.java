package org.wirewise.model.latency;

import static org.wirewise.model.latency.LatencyText.duration;

import java.util.Locale;

/** Every sentence of the latency numbers lesson: each figure, where it comes from, what it means for a design. */
public final class NumbersNarration {

    private NumbersNarration() {
    }

    public static String title(LatencyTier t) {
        return t.label() + ": " + duration(t.nanos());
    }

    public static String contextTitle() {
        return "Memory and disk for scale: " + duration(LatencyTier.MEMORY.nanos()) + " to "
                + duration(LatencyTier.DISK.nanos());
    }

    public static String context() {
        return "Times on a log scale, each line ten times the one before. Memory, SSD and disk set the scale: "
                + "a main memory reference " + duration(LatencyTier.MEMORY.nanos()) + ", a random SSD read "
                + duration(LatencyTier.SSD.nanos()) + ", a disk seek " + duration(LatencyTier.DISK.nanos()) + ". "
                + "These are orders of magnitude from Jeff Dean's \"Numbers everyone should know\" (2009) and its "
                + "later revisions; hardware moves them, the ratios between tiers change far less. "
                + consequence(LatencyTier.MEMORY) + " " + consequence(LatencyTier.DISK);
    }

    /** Where the figure comes from. */
    public static String source(LatencyTier t) {
        return switch (t) {
            case MEMORY, SSD, DISK -> "Dean (2009) and revisions, order of magnitude";
            case SAME_RACK -> "one top-of-rack switch, two network stacks: tens of µs";
            case SAME_DATA_CENTRE -> "two or three switch tiers: hundreds of µs (Dean: 500 µs in 2009)";
            case ANOTHER_AZ -> "cloud providers: zones within ~100 km, single-digit ms";
            case ANOTHER_REGION, ANOTHER_CONTINENT, SATELLITE -> t.path().map(NumbersNarration::pair).orElse("");
        };
    }

    private static String pair(PathLatency p) {
        return p.from().name() + "–" + p.to().name() + ", " + LatencyText.km(p.distanceKm()) + ", latency map × "
                + LatencyText.factor(p.routeFactor());
    }

    /** What the number means when designing a system. */
    public static String consequence(LatencyTier t) {
        double n = t.nanos();
        return switch (t) {
            case MEMORY -> "A million memory reads take " + duration(1e6 * n) + ": an in-process cache is nearly free "
                    + "next to any network call.";
            case SSD -> "A random SSD read costs " + times(n / LatencyTier.MEMORY.nanos()) + " a memory reference: "
                    + "keep the hot set in memory.";
            case DISK -> "A disk manages about " + String.format(Locale.ROOT, "%.0f", 1e9 / n) + " seeks a second: "
                    + "databases cache, batch and read sequentially because of it.";
            case SAME_RACK -> "A call to the next server costs about " + times(n / LatencyTier.MEMORY.nanos())
                    + " a memory reference: cheap, not free.";
            case SAME_DATA_CENTRE -> "A page that makes 50 calls to services in the same data centre, one after "
                    + "another, spends " + duration(50 * n) + " on round trips alone.";
            case ANOTHER_AZ -> "Zones give availability for about " + duration(n) + " a synchronous round trip: a "
                    + "database committing to a standby in another zone adds it to every write.";
            case ANOTHER_REGION -> "A synchronous write to another region waits " + duration(n)
                    + ": cross-region replication is usually asynchronous, and reads are served from the nearer copy.";
            case ANOTHER_CONTINENT -> "Opening an HTTPS connection across an ocean costs "
                    + LatencyText.count(PathLatency.newConnectionRtts()) + " × " + duration(n) + " = "
                    + duration(PathLatency.newConnectionRtts() * n) + ": serve users from their continent, or a CDN edge.";
            case SATELLITE -> "Every round trip costs " + duration(n) + ": protocols with many round trips crawl, "
                    + "and a TCP window must hold half a second of data to fill the link.";
        };
    }

    public static String tier(LatencyTier t) {
        return t.label() + ": " + duration(t.nanos()) + " a round trip (" + source(t) + "). " + consequence(t);
    }

    public static String chattyTitle(ChattyService c) {
        return c.calls() + " sequential calls, " + c.tier().label().toLowerCase(Locale.ROOT) + ": "
                + duration(c.sequentialNanos());
    }

    public static String chatty(ChattyService c) {
        return "A chatty service makes " + c.calls() + " calls to " + c.tier().label().toLowerCase(Locale.ROOT)
                + ", each waiting for the one before: " + c.calls() + " × " + duration(c.tier().nanos()) + " = "
                + duration(c.sequentialNanos()) + " of waiting before it can answer. Calls that do not depend on "
                + "each other can go in parallel (" + duration(c.parallelNanos()) + ", one round trip) or in one "
                + "batched request (the same); keeping the service beside its callers, in "
                + LatencyTier.ANOTHER_AZ.label().toLowerCase(Locale.ROOT) + " at most, makes the same "
                + c.calls() + " calls cost " + duration(c.nearbyNanos()) + ". Round trips, not bandwidth, set the time.";
    }

    private static String times(double ratio) {
        return String.format(Locale.ROOT, "%,.0f times", ratio);
    }
}
