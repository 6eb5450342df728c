package org.wirewise.model.latency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The world's land as rings of {lon, lat, lon, lat, ...} degrees: Natural Earth's 1:110m land
 * (public domain), from world-atlas 2.0.2 (see land-110m.LICENSE.txt beside the data and
 * assets/natural-earth/convert.py). Read once, on first use.
 */
public final class Coastlines {

    private static final class Holder {
        static final List<double[]> RINGS = read();
    }

    private Coastlines() {
    }

    /** Every ring; callers must not change the arrays. */
    public static List<double[]> rings() {
        return Holder.RINGS;
    }

    private static List<double[]> read() {
        try (InputStream in = Coastlines.class.getResourceAsStream("land-110m.txt")) {
            if (in == null) {
                return List.of(); // a build without the data draws cities on a plain background
            }
            List<double[]> rings = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] points = line.strip().split(" ");
                double[] ring = new double[points.length * 2];
                for (int i = 0; i < points.length; i++) {
                    int comma = points[i].indexOf(',');
                    ring[2 * i] = Double.parseDouble(points[i].substring(0, comma));
                    ring[2 * i + 1] = Double.parseDouble(points[i].substring(comma + 1));
                }
                rings.add(ring);
            }
            return List.copyOf(rings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
