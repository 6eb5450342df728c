package org.wirewise.model.latency;

import java.util.Objects;

/**
 * A city on the map, at the coordinates of its centre as published (decimal degrees, WGS 84;
 * north and east positive).
 *
 * @param name      what the user picks and the command line takes ("New York")
 * @param country   ISO 3166-1 alpha-2 code ("US")
 * @param latitude  degrees, -90 to 90
 * @param longitude degrees, -180 to 180
 */
public record City(String name, String country, double latitude, double longitude) {

    public City {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException(name + ": coordinates out of range: " + latitude + ", " + longitude);
        }
    }
}
