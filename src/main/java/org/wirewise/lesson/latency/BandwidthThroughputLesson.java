package org.wirewise.lesson.latency;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.latency.BandwidthThroughputSimulator;
import org.wirewise.model.latency.ThroughputScenario;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** One TCP download: why throughput falls short of bandwidth, each reason measured. */
public final class BandwidthThroughputLesson implements Lesson<ThroughputScenario> {

    private static final ScenarioSchema<ThroughputScenario> SCHEMA = new ScenarioSchema<>(
            ThroughputScenario.class, ThroughputScenario.DEFAULTS, List.of(
            ParameterSpec.decimal("linkMbps", "Bandwidth", "Mb/s", 1, 1000,
                    "The link's capacity in each direction."),
            ParameterSpec.decimal("rttMs", "Round trip", "ms", 1, 500,
                    "Round-trip time of the path: propagation there and back."),
            ParameterSpec.integer("transferKB", "Transfer size", "kB", 10, 5000,
                    "How much the server sends, in kilobytes of 1000 bytes."),
            ParameterSpec.decimal("lossPercent", "Loss", "%", 0, 10,
                    "Chance that any frame is lost on the wire."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds sequence numbers, the client's port and which frames are lost.")));

    @Override
    public String id() {
        return BandwidthThroughputSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "Throughput";
    }

    @Override
    public Chapter chapter() {
        return Chapter.PERFORMANCE;
    }

    @Override
    public String summary() {
        return "A TCP download on a simulated link: the handshake, slow start, headers, ACKs and loss, each "
                + "measured, and where the link's capacity went.";
    }

    @Override
    public ScenarioSchema<ThroughputScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(ThroughputScenario scenario) {
        return BandwidthThroughputSimulator.simulate(scenario);
    }
}
