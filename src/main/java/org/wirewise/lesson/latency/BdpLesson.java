package org.wirewise.lesson.latency;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.latency.BdpScenario;
import org.wirewise.model.latency.BdpSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The bandwidth-delay product, and a 64 KiB window against a scaled one on the same long fat path. */
public final class BdpLesson implements Lesson<BdpScenario> {

    private static final ScenarioSchema<BdpScenario> SCHEMA = new ScenarioSchema<>(
            BdpScenario.class, BdpScenario.DEFAULTS, List.of(
            ParameterSpec.decimal("linkMbps", "Bandwidth", "Mb/s", 1, 1000, "The path's capacity in each direction."),
            ParameterSpec.decimal("rttMs", "Round trip", "ms", 1, 500, "The path's round-trip time."),
            ParameterSpec.integer("transferKB", "Transfer size", "kB", 200, 5000,
                    "Each download's size in kilobytes of 1000 bytes."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE, "Seeds sequence numbers and ports.")));

    @Override
    public String id() {
        return BdpSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "Bandwidth × delay";
    }

    @Override
    public Chapter chapter() {
        return Chapter.PERFORMANCE;
    }

    @Override
    public String summary() {
        return "How much data a full path holds, and a TCP flow limited to a 64 KiB window against one with "
                + "window scaling on the same long fat network: throughput measured against window ÷ RTT.";
    }

    @Override
    public ScenarioSchema<BdpScenario> schema() {
        return SCHEMA;
    }

    @Override
    public long estimatedWork(BdpScenario s) {
        // Two downloads of about one frame per 1448 bytes, each with its ACK.
        return 4L * s.transferKB() * 1000 / 1448;
    }

    @Override
    public Trace simulate(BdpScenario scenario) {
        return BdpSimulator.simulate(scenario);
    }
}
