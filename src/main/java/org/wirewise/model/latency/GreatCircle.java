package org.wirewise.model.latency;

import java.util.ArrayList;
import java.util.List;

/**
 * Distances on a sphere: the shortest path between two points on the Earth's surface (the great
 * circle), by the haversine formula, which stays accurate for short and antipodal distances alike.
 * A sphere is within about 0.5 % of the WGS 84 ellipsoid's geodesic, closer than any route is to it.
 */
public final class GreatCircle {

    /** The Earth's mean radius, IUGG R1 = (2a + b) / 3 of WGS 84, in km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    /** Central angle between two cities, radians (haversine). */
    public static double centralAngle(City a, City b) {
        double p1 = Math.toRadians(a.latitude());
        double p2 = Math.toRadians(b.latitude());
        double dp = p2 - p1;
        double dl = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dp / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
        return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    public static double distanceKm(City a, City b) {
        return EARTH_RADIUS_KM * centralAngle(a, b);
    }

    /**
     * {@code segments + 1} points along the great circle from a to b, each {latitude, longitude}
     * in degrees, for drawing the arc (interpolated on the unit sphere).
     */
    public static List<double[]> arc(City a, City b, int segments) {
        double[] va = unit(a);
        double[] vb = unit(b);
        double omega = centralAngle(a, b);
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i <= segments; i++) {
            double t = (double) i / segments;
            double wa;
            double wb;
            if (omega < 1e-9) {
                wa = 1 - t;
                wb = t;
            } else {
                wa = Math.sin((1 - t) * omega) / Math.sin(omega);
                wb = Math.sin(t * omega) / Math.sin(omega);
            }
            double x = wa * va[0] + wb * vb[0];
            double y = wa * va[1] + wb * vb[1];
            double z = wa * va[2] + wb * vb[2];
            points.add(new double[] {Math.toDegrees(Math.atan2(z, Math.hypot(x, y))), Math.toDegrees(Math.atan2(y, x))});
        }
        return points;
    }

    static double[] unit(City c) {
        double lat = Math.toRadians(c.latitude());
        double lon = Math.toRadians(c.longitude());
        return new double[] {Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)};
    }
}
