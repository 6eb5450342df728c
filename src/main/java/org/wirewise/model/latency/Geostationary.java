package org.wirewise.model.latency;

/**
 * One geostationary satellite hop between two ground stations: the satellite sits above the
 * equator at 35,786 km, placed at the longitude midway between them, and a packet goes up and
 * down once each way of a round trip (four legs), at the speed of light in vacuum.
 *
 * @param upKm       slant range from the first city to the satellite
 * @param downKm     slant range from the satellite to the second city
 * @param visible    whether both cities see the satellite at least 5° above the horizon (otherwise one hop cannot join them)
 * @param rttMs      round trip over the hop: 2 × (up + down) at c
 * @param bestRttMs  the floor for any GEO hop, both stations directly beneath it: 4 × altitude at c
 */
public record Geostationary(double upKm, double downKm, boolean visible, double rttMs, double bestRttMs) {

    /** Height above the equator of a geostationary orbit, km. */
    public static final double ALTITUDE_KM = 35_786;

    public static Geostationary between(City a, City b) {
        double lonA = a.longitude();
        double delta = ((b.longitude() - lonA) % 360 + 540) % 360 - 180; // shorter way round, -180..180
        double satLon = lonA + delta / 2;
        double upKm = slantKm(a, satLon);
        double downKm = slantKm(b, satLon);
        boolean visible = sees(a, satLon) && sees(b, satLon);
        return new Geostationary(upKm, downKm, visible, 2 * Propagation.radioMs(upKm + downKm),
                4 * Propagation.radioMs(ALTITUDE_KM));
    }

    /** Distance from a ground point to the satellite: law of cosines in the plane of Earth's centre. */
    static double slantKm(City c, double satLon) {
        double r = GreatCircle.EARTH_RADIUS_KM;
        double orbit = r + ALTITUDE_KM;
        double cosGamma = cosCentral(c, satLon);
        return Math.sqrt(r * r + orbit * orbit - 2 * r * orbit * cosGamma);
    }

    /** Lowest elevation a ground station's dish works at: below it the beam crosses too much air and terrain. */
    public static final double MIN_ELEVATION_DEGREES = 5;

    /** The satellite stands at least {@link #MIN_ELEVATION_DEGREES} above the city's horizon. */
    static boolean sees(City c, double satLon) {
        double cosGamma = cosCentral(c, satLon);
        double sinGamma = Math.sqrt(Math.max(0, 1 - cosGamma * cosGamma));
        double ratio = GreatCircle.EARTH_RADIUS_KM / (GreatCircle.EARTH_RADIUS_KM + ALTITUDE_KM);
        double elevation = Math.toDegrees(Math.atan2(cosGamma - ratio, sinGamma));
        return elevation >= MIN_ELEVATION_DEGREES;
    }

    private static double cosCentral(City c, double satLon) {
        return Math.cos(Math.toRadians(c.latitude())) * Math.cos(Math.toRadians(c.longitude() - satLon));
    }
}
