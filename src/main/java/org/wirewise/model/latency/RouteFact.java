package org.wirewise.model.latency;

import java.util.List;
import java.util.Objects;
import org.wirewise.model.trace.Fact;

/**
 * What the map draws: every city, the two picked and the great circle between them.
 *
 * @param cities  every city on the map
 * @param from    the first city picked
 * @param to      the second
 * @param arc     points along the great circle, from {@code from} to {@code to}
 */
public record RouteFact(List<City> cities, City from, City to, List<GeoPoint> arc) implements Fact {

    public RouteFact {
        cities = List.copyOf(cities);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        arc = List.copyOf(arc);
    }

    /** A point on the Earth, degrees. */
    public record GeoPoint(double latitude, double longitude) {
    }
}
