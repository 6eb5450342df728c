package org.wirewise.lesson.nat;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonTexts;
import org.wirewise.model.nat.NatBehaviourScenario;
import org.wirewise.model.nat.NatBehaviourSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** RFC 4787 mapping and filtering behaviours, probed the way RFC 5780 does with STUN. */
public final class NatBehaviourLesson implements Lesson<NatBehaviourScenario> {

    static final List<String> MAPPINGS = List.of("endpoint-independent", "address-dependent",
            "address-and-port-dependent");

    private static final String TEXTS = "org.wirewise.model.nat.nat-behaviour";
    /** The parameters' structure; their words are in the bundle ({@link LessonTexts}). */
    private static final ScenarioSchema<NatBehaviourScenario> STRUCTURE = new ScenarioSchema<>(
            NatBehaviourScenario.class, NatBehaviourScenario.DEFAULTS, List.of(
            ParameterSpec.choice("mapping", "", MAPPINGS, ""),
            ParameterSpec.choice("filtering", "", MAPPINGS, ""),
            ParameterSpec.bool("portPreservation", "", ""),
            ParameterSpec.decimal("rttMs", "", "ms", 0.1, 10_000, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));
    private static final ScenarioSchema<NatBehaviourScenario> SCHEMA =
            LessonTexts.schema(STRUCTURE, Texts.english(TEXTS));

    @Override
    public String id() {
        return NatBehaviourSimulator.LESSON_ID;
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
        return Chapter.NAT;
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
    public ScenarioSchema<NatBehaviourScenario> schema() {
        return SCHEMA;
    }

    @Override
    public ScenarioSchema<NatBehaviourScenario> schema(Locale language) {
        return LessonTexts.schema(STRUCTURE, Texts.of(TEXTS, language));
    }

    @Override
    public Trace simulate(NatBehaviourScenario scenario) {
        return NatBehaviourSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(NatBehaviourScenario scenario, Progress progress, Locale language) {
        return NatBehaviourSimulator.simulate(scenario, language);
    }
}
