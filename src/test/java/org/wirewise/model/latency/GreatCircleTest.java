package org.wirewise.model.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GreatCircleTest {

    private static City city(String name) {
        return CityTable.STANDARD.find(name).orElseThrow();
    }

    /** Spherical law of cosines: a different formula from the code's haversine, same sphere. */
    private static double lawOfCosinesKm(City a, City b) {
        double p1 = Math.toRadians(a.latitude());
        double p2 = Math.toRadians(b.latitude());
        double dl = Math.toRadians(b.longitude() - a.longitude());
        return 6371.0 * Math.acos(Math.sin(p1) * Math.sin(p2) + Math.cos(p1) * Math.cos(p2) * Math.cos(dl));
    }

    @ParameterizedTest(name = "{0} to {1}: about {2} km")
    @CsvSource({
            // Published great-circle distances between the city centres (rounded, km).
            "New York, London, 5570",
            "London, Tokyo, 9560",
            "Sydney, Los Angeles, 12060",
            "Paris, Frankfurt, 480",
            "São Paulo, Johannesburg, 7430"})
    void distancesAreWithinHalfAPercentOfPublishedOnesAndOfAnIndependentFormula(String a, String b, double km) {
        double d = GreatCircle.distanceKm(city(a), city(b));
        assertThat(d).isCloseTo(km, within(km * 0.005));
        assertThat(d).isCloseTo(lawOfCosinesKm(city(a), city(b)), within(d * 0.005));
    }

    @Test
    void everyPairAgreesWithTheLawOfCosines() {
        List<City> all = CityTable.STANDARD.cities();
        for (City a : all) {
            for (City b : all) {
                if (a != b) {
                    assertThat(GreatCircle.distanceKm(a, b)).as(a.name() + "-" + b.name())
                            .isCloseTo(lawOfCosinesKm(a, b), within(lawOfCosinesKm(a, b) * 0.005));
                }
            }
        }
    }

    @Test
    void newYorkToLondonHasTheIssuesFiftyFiveMillisecondMinimum() {
        PathLatency p = PathLatency.between(city("New York"), city("London"), 1.5);
        // 2 x 5,570 km at about 200,000 km/s is about 55 ms (issue #18).
        assertThat(p.minimumRttMs()).isCloseTo(55, within(1.5));
        assertThat(p.typicalRttMs()).isCloseTo(p.minimumRttMs() * 1.5, within(1e-9));
        assertThat(p.newConnectionMs()).isCloseTo(3 * p.typicalRttMs(), within(1e-9));
        assertThat(p.reusedConnectionMs()).isCloseTo(p.typicalRttMs(), within(1e-9));
    }

    @Test
    void aGeostationaryHopCostsAtLeastFourTimesTheAltitudeAtTheSpeedOfLight() {
        Geostationary g = PathLatency.between(city("New York"), city("London"), 1).satellite();
        double floorMs = 4 * 35_786 / 299_792.458 * 1000; // about 477 ms
        assertThat(g.bestRttMs()).isCloseTo(floorMs, within(0.01));
        assertThat(g.visible()).isTrue();
        assertThat(g.rttMs()).isGreaterThan(floorMs).isLessThan(4 * 41_700 / 299_792.458 * 1000);
        assertThat(Geostationary.between(city("London"), city("Sydney")).visible())
                .as("no single satellite sees both London and Sydney").isFalse();
    }

    @Test
    void theArcStartsAndEndsAtTheCitiesAndStaysOnTheCircle() {
        City a = city("Seattle");
        City b = city("Tokyo");
        List<double[]> arc = GreatCircle.arc(a, b, 64);
        assertThat(arc.get(0)[0]).isCloseTo(a.latitude(), within(1e-6));
        assertThat(arc.get(0)[1]).isCloseTo(a.longitude(), within(1e-6));
        assertThat(arc.get(64)[0]).isCloseTo(b.latitude(), within(1e-6));
        assertThat(arc.get(64)[1]).isCloseTo(b.longitude(), within(1e-6));
        // A great circle from Seattle to Tokyo bends north of both (it passes near the Aleutians).
        assertThat(arc.get(32)[0]).isGreaterThan(Math.max(a.latitude(), b.latitude()));
    }

    @Test
    void unknownNamesSuggestTheClosestSpellings() {
        assertThat(CityTable.STANDARD.find("sao paulo")).map(City::name).contains("São Paulo");
        assertThat(CityTable.STANDARD.find("Atlantis")).isEmpty();
        assertThat(CityTable.STANDARD.closest("Londn", 3)).first().isEqualTo("London");
        assertThat(CityTable.STANDARD.closest("San", 3)).contains("San Francisco");
    }

    @Test
    void theTableHasACityOnEveryContinent() {
        List<String> countries = CityTable.STANDARD.cities().stream().map(City::country).toList();
        assertThat(countries).contains("US", "BR", "GB", "NG", "IN", "AU", "AQ");
        assertThat(CityTable.STANDARD.cities()).hasSizeGreaterThanOrEqualTo(30);
    }
}
