package org.wirewise.model.latency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirewise.model.text.Texts;

/**
 * Every sentence and label of the latency map, from one {@link PathLatency}, in one language
 * ({@code latency-map.properties} and its translations, which also name the cities a language
 * names its own way: Londres, Tokio).
 */
public final class MapNarration {

    /**
     * Bozkurt et al., "Why Is the Internet so Slow?!" (PAM 2017): across many vantage points the
     * median of the minimum ping times was about 3.0 times the time light in vacuum needs for the
     * great-circle distance.
     */
    public static final double MEASURED_MEDIAN_VS_VACUUM = 3.0;

    private final PathLatency p;
    private final Texts texts;
    private final LatencyUnits units;
    private final CityNames cityNames;

    public MapNarration(PathLatency p, Locale language) {
        this.p = p;
        this.texts = Texts.of("org.wirewise.model.latency.latency-map", language);
        this.cityNames = new CityNames(language);
        this.units = new LatencyUnits(texts.language());
    }

    /** A text of the bundle (a title, a row, a bar) with its arguments already formatted. */
    String text(String key, Object... args) {
        return texts.get(key, args);
    }

    /** The city's name in this language; its identifier ({@link City#name()}) where the language has no other. */
    String city(City c) {
        return cityNames.of(c);
    }

    /** Each city's name in this language, by identifier, for the map's labels. */
    Map<String, String> cities(List<City> all) {
        Map<String, String> names = new LinkedHashMap<>();
        all.forEach(c -> names.put(c.name(), city(c)));
        return names;
    }

    String km(double km) {
        return units.km(km);
    }

    String ms(double ms) {
        return units.ms(ms);
    }

    String factor(double f) {
        return units.units().fixed(f, 1);
    }

    String route() {
        return texts.get("route", city(p.from()), city(p.to()));
    }

    public String distanceTitle() {
        return texts.get("distance.title", city(p.from()), city(p.to()), km(p.distanceKm()));
    }

    public String distance() {
        return texts.get("distance", km(GreatCircle.EARTH_RADIUS_KM), km(p.distanceKm()), city(p.from()),
                place(p.from()), city(p.to()), place(p.to()));
    }

    /** "40.71° N, 74.01° W"; Spanish writes west as O (oeste). */
    private String place(City c) {
        return texts.get("place", units.units().fixed(Math.abs(c.latitude()), 2), c.latitude() >= 0 ? "N" : "S",
                units.units().fixed(Math.abs(c.longitude()), 2), c.longitude() >= 0 ? "E" : texts.get("west"));
    }

    public String fibreTitle() {
        return texts.get("fibre.title", ms(p.oneWayMs()));
    }

    public String fibre() {
        return texts.get("fibre", units.units().fixed(Propagation.FIBRE_GROUP_INDEX, 3),
                units.units().grouped(Propagation.FIBRE_KM_PER_S, 0),
                units.units().fixed(Propagation.FIBRE_VELOCITY_FACTOR, 2), km(p.distanceKm()), ms(p.oneWayMs()));
    }

    public String minimumTitle() {
        return texts.get("minimum.title", ms(p.minimumRttMs()));
    }

    public String minimum() {
        return texts.get("minimum", km(p.distanceKm()), units.units().grouped(Propagation.FIBRE_KM_PER_S, 0),
                ms(p.minimumRttMs()));
    }

    public String typicalTitle() {
        return texts.get("typical.title", ms(p.typicalRttMs()), factor(p.routeFactor()));
    }

    public String typical() {
        double fibreEquivalent = MEASURED_MEDIAN_VS_VACUUM * Propagation.FIBRE_VELOCITY_FACTOR;
        return texts.get("typical", factor(MEASURED_MEDIAN_VS_VACUUM), factor(fibreEquivalent),
                factor(p.routeFactor()), ms(p.minimumRttMs()), ms(p.typicalRttMs()));
    }

    public String requestTitle() {
        return texts.get("request.title", ms(p.newConnectionMs()), ms(p.reusedConnectionMs()));
    }

    public String request() {
        return texts.get("request", units.count(PathLatency.newConnectionRtts()),
                units.count(PathLatency.TCP_HANDSHAKE_RTTS), units.count(PathLatency.TCP_WAIT_RTTS),
                units.count(PathLatency.TLS13_RTTS), units.count(PathLatency.HTTP_RTTS), ms(p.newConnectionMs()),
                ms(p.reusedConnectionMs()), ms(p.newConnectionMs() - p.reusedConnectionMs()));
    }

    public String satelliteTitle() {
        return p.satellite().visible() ? texts.get("satellite.title", ms(p.satellite().rttMs()))
                : texts.get("satellite.title.twoHops", ms(2 * p.satellite().bestRttMs()));
    }

    public String satellite() {
        Geostationary g = p.satellite();
        String floor = texts.get("satellite.floor", km(Geostationary.ALTITUDE_KM), ms(g.bestRttMs()));
        if (!g.visible()) {
            return texts.get("satellite.twoHops", km(Geostationary.ALTITUDE_KM),
                    factor(Geostationary.MIN_ELEVATION_DEGREES), ms(2 * g.bestRttMs()), ms(p.typicalRttMs()), floor);
        }
        return texts.get("satellite", km(Geostationary.ALTITUDE_KM), km(g.upKm()), km(g.downKm()), ms(g.rttMs()),
                factor(g.rttMs() / p.typicalRttMs()), floor);
    }
}
