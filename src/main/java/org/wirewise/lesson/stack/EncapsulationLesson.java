package org.wirewise.lesson.stack;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.stack.EncapsulationScenario;
import org.wirewise.model.stack.EncapsulationSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** An HTTP request down the client's stack, across a switch and a router, and up the server's. */
public final class EncapsulationLesson extends TranslatedLesson<EncapsulationScenario> {

    private static final String TEXTS = "org.wirewise.model.stack.encapsulation";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<EncapsulationScenario> STRUCTURE = new ScenarioSchema<>(
            EncapsulationScenario.class, EncapsulationScenario.DEFAULTS, List.of(
            ParameterSpec.choice("method", "", List.of("get", "post", "put", "delete"), ""),
            ParameterSpec.text("host", "", 253, ""),
            ParameterSpec.text("path", "", 2000, ""),
            ParameterSpec.text("headers", "", 2000, ""),
            ParameterSpec.text("body", "", 2000, ""),
            ParameterSpec.integer("bodyBytes", "", "bytes", 0, 100_000, ""),
            ParameterSpec.bool("https", "", ""),
            ParameterSpec.choice("ipVersion", "", List.of("ipv4", "ipv6"), ""),
            ParameterSpec.integer("mtu", "", "bytes", 576, 9000, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public EncapsulationLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return EncapsulationSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.PROTOCOL_STACK;
    }

    @Override
    public Trace simulate(EncapsulationScenario scenario) {
        return EncapsulationSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(EncapsulationScenario scenario, Progress progress, Locale language) {
        return EncapsulationSimulator.simulate(scenario, language);
    }
}

