package org.wirewise.cli.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.wirewise.Main;
import org.wirewise.lesson.latency.LatencyMapLesson;
import org.wirewise.model.latency.LatencyMapExplainer;
import org.wirewise.model.latency.LatencyMapScenario;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;

class LatencyCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void printsTheLessonsNumbers() {
        assertThat(run("latency", "--from", "New York", "--to", "London")).isZero();
        Trace lesson = new LatencyMapLesson().simulate(LatencyMapScenario.DEFAULTS);
        Table shown = lesson.steps().get(lesson.steps().size() - 1).snapshot().table(LatencyMapExplainer.NUMBERS)
                .orElseThrow();
        for (Table.Row row : shown.rows()) {
            assertThat(out.toString()).contains(row.cells().get(1));
        }
        assertThat(out.toString()).contains("5,570 km", "54.6 ms");
    }

    @Test
    void jsonHasTheNumbers() throws Exception {
        assertThat(run("latency", "--from", "new york", "--to", "london", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("from").asText()).isEqualTo("New York");
        assertThat(json.get("distanceKm").asDouble()).isCloseTo(5570, within(5570 * 0.005));
        assertThat(json.get("httpsNewConnectionMs").asDouble())
                .isCloseTo(3 * json.get("typicalRttMs").asDouble(), within(1e-9));
        assertThat(json.get("geostationary").get("oneHop").asBoolean()).isTrue();
    }

    @Test
    void anUnknownCityExitsTwoWithTheClosestNames() {
        assertThat(run("latency", "--from", "New Yrok", "--to", "London")).isEqualTo(2);
        assertThat(err.toString()).contains("--from: no city called", "closest: New York").doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aBadFormatOrFactorSaysWhatIsAllowed() {
        assertThat(run("latency", "--from", "Paris", "--to", "Tokyo", "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("--format: expected text or json");
        assertThat(run("latency", "--from", "Paris", "--to", "Tokyo", "--route-factor", "0.5")).isEqualTo(2);
        assertThat(err.toString()).contains("--route-factor: expected a number from 1 to 4");
    }
}
