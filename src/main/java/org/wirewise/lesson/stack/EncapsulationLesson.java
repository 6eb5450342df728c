package org.wirewise.lesson.stack;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonTexts;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.stack.EncapsulationScenario;
import org.wirewise.model.stack.EncapsulationSimulator;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** An HTTP request down the client's stack, across a switch and a router, and up the server's. */
public final class EncapsulationLesson implements Lesson<EncapsulationScenario> {

    private static final String TEXTS = "org.wirewise.model.stack.encapsulation";
    /** The parameters' structure; their words are in the bundle ({@link LessonTexts}). */
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
    private static final ScenarioSchema<EncapsulationScenario> SCHEMA = LessonTexts.schema(STRUCTURE, Texts.english(TEXTS));

    @Override
    public String id() {
        return EncapsulationSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return title(Locale.ENGLISH);
    }

    @Override
    public String title(Locale language) {
        return LessonTexts.title(Texts.of(TEXTS, language));
    }

    @Override
    public Chapter chapter() {
        return Chapter.PROTOCOL_STACK;
    }

    @Override
    public String summary() {
        return summary(Locale.ENGLISH);
    }

    @Override
    public String summary(Locale language) {
        return LessonTexts.summary(Texts.of(TEXTS, language));
    }

    @Override
    public ScenarioSchema<EncapsulationScenario> schema() {
        return SCHEMA;
    }

    @Override
    public ScenarioSchema<EncapsulationScenario> schema(Locale language) {
        return LessonTexts.schema(STRUCTURE, Texts.of(TEXTS, language));
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

