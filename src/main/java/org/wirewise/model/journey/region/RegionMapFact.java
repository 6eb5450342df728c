package org.wirewise.model.journey.region;

import java.util.List;
import java.util.Objects;
import org.wirewise.model.latency.City;
import org.wirewise.model.latency.RouteFact;
import org.wirewise.model.trace.Fact;

/**
 * What the multi-region map draws at a step: the users, the regions and the great circles between
 * them (each user to the region its resolver's answer names; a write's call to the primary).
 */
public record RegionMapFact(List<UserPin> users, List<RegionPin> regions, List<Arc> arcs) implements Fact {

    public RegionMapFact {
        users = List.copyOf(users);
        regions = List.copyOf(regions);
        arcs = List.copyOf(arcs);
    }

    /** How a user's requests are going. */
    public enum UserStatus { NOT_YET, OK, FAILING }

    /** A user's city; {@code highlighted} when the step is about this user. */
    public record UserPin(City city, UserStatus status, boolean highlighted) {
        public UserPin {
            Objects.requireNonNull(city, "city");
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * A region: {@code up} until it fails; {@code serving} while GeoDNS still hands out its address.
     */
    public record RegionPin(String name, City city, boolean up, boolean serving) {
    }

    /** What an arc is. */
    public enum ArcKind { ROUTE, FAILING_ROUTE, CROSS_REGION }

    /** A great circle from {@code from} to {@code to}, as points. */
    public record Arc(City from, City to, ArcKind kind, List<RouteFact.GeoPoint> points) {
        public Arc {
            points = List.copyOf(points);
        }
    }
}
