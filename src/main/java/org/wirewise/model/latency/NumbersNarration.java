package org.wirewise.model.latency;

import java.util.Locale;
import org.wirewise.model.text.Texts;

/**
 * Every sentence and label of the latency numbers lesson, in one language ({@code latency-numbers.properties}
 * and its translations): each figure, where it comes from, what it means for a design.
 */
final class NumbersNarration {

    private final Texts texts;
    private final LatencyUnits units;

    NumbersNarration(Locale language) {
        this.texts = Texts.of("org.wirewise.model.latency.latency-numbers", language);
        this.units = new LatencyUnits(texts.language());
    }

    /** A text of the bundle (a title, a column, a lane) with its arguments already formatted. */
    String text(String key, Object... args) {
        return texts.get(key, args);
    }

    /** The tier's name: "Same rack". */
    String label(LatencyTier t) {
        return texts.get("tier." + t.name());
    }

    String duration(double nanos) {
        return units.duration(nanos);
    }

    String title(LatencyTier t) {
        return texts.get("title", label(t), duration(t.nanos()));
    }

    String contextTitle() {
        return texts.get("context.title", duration(LatencyTier.MEMORY.nanos()), duration(LatencyTier.DISK.nanos()));
    }

    String context() {
        return texts.get("context", duration(LatencyTier.MEMORY.nanos()), duration(LatencyTier.SSD.nanos()),
                duration(LatencyTier.DISK.nanos()), consequence(LatencyTier.MEMORY), consequence(LatencyTier.DISK));
    }

    /** Where the figure comes from. */
    String source(LatencyTier t) {
        return switch (t) {
            case MEMORY, SSD, DISK -> texts.get("source.dean");
            case SAME_RACK, SAME_DATA_CENTRE, ANOTHER_AZ -> texts.get("source." + t.name());
            case ANOTHER_REGION, ANOTHER_CONTINENT, SATELLITE -> t.path().map(this::pair).orElse("");
        };
    }

    private String pair(PathLatency p) {
        MapNarration map = new MapNarration(p, texts.language());
        return texts.get("source.pair", map.city(p.from()), map.city(p.to()), units.km(p.distanceKm()),
                units.units().fixed(p.routeFactor(), 1));
    }

    /** What the number means when designing a system. */
    String consequence(LatencyTier t) {
        double n = t.nanos();
        double memory = LatencyTier.MEMORY.nanos();
        String key = "consequence." + t.name();
        return switch (t) {
            case MEMORY -> texts.get(key, duration(1e6 * n));
            case SSD, SAME_RACK -> texts.get(key, units.units().grouped(n / memory, 0));
            case DISK -> texts.get(key, units.units().fixed(1e9 / n, 0));
            case SAME_DATA_CENTRE -> texts.get(key, duration(50 * n));
            case ANOTHER_AZ, ANOTHER_REGION, SATELLITE -> texts.get(key, duration(n));
            case ANOTHER_CONTINENT -> texts.get(key, units.count(PathLatency.newConnectionRtts()), duration(n),
                    duration(PathLatency.newConnectionRtts() * n));
        };
    }

    String tier(LatencyTier t) {
        return texts.get("tier", label(t), duration(t.nanos()), source(t), consequence(t));
    }

    String chattyTitle(ChattyService c) {
        return texts.get("chatty.title", Long.toString(c.calls()), lower(c.tier()), duration(c.sequentialNanos()));
    }

    String chatty(ChattyService c) {
        return texts.get("chatty", Long.toString(c.calls()), texts.get("tier." + c.tier().name() + ".to"),
                duration(c.tier().nanos()), duration(c.sequentialNanos()), duration(c.parallelNanos()),
                lower(LatencyTier.ANOTHER_AZ), duration(c.nearbyNanos()));
    }

    private String lower(LatencyTier t) {
        return label(t).toLowerCase(texts.language());
    }
}
