package org.wirewise.model.latency;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.wirewise.model.trace.Fact;

/**
 * What the map draws: every city, the two picked and the great circle between them.
 *
 * @param cities  every city on the map
 * @param from    the first city picked
 * @param to      the second
 * @param arc     points along the great circle, from {@code from} to {@code to}
 * @param names   each city's name in the trace's language, by its identifier ({@link City#name()})
 */
public record RouteFact(List<City> cities, City from, City to, List<GeoPoint> arc, Map<String, String> names)
        implements Fact {

    public RouteFact {
        cities = List.copyOf(cities);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        arc = List.copyOf(arc);
        names = Map.copyOf(names);
    }

    /** The city's name as the trace's language writes it ("Londres" in Spanish). */
    public String name(City c) {
        return names.getOrDefault(c.name(), c.name());
    }

    /** A point on the Earth, degrees. */
    public record GeoPoint(double latitude, double longitude) {
    }
}
