package org.wirewise.lesson.stack;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonTexts;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.text.Texts;
import org.wirewise.model.stack.OsiScenario;
import org.wirewise.model.stack.OsiSimulator;
import org.wirewise.model.stack.Technology;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The OSI and TCP/IP models side by side, each layer's PDU and technologies. */
public final class OsiModelLesson implements Lesson<OsiScenario> {

    private static final String TEXTS = "org.wirewise.model.stack.osi-model";
    /** The parameters' structure; their words are in the bundle ({@link LessonTexts}). */
    private static final ScenarioSchema<OsiScenario> STRUCTURE = new ScenarioSchema<>(OsiScenario.class,
            OsiScenario.DEFAULTS, List.of(
            ParameterSpec.choice("technology", "", Stream.of(Technology.values())
                            .map(t -> t.name().toLowerCase(Locale.ROOT)).toList(), "")));
    private static final ScenarioSchema<OsiScenario> SCHEMA = LessonTexts.schema(STRUCTURE, Texts.english(TEXTS));

    @Override
    public String id() {
        return OsiSimulator.LESSON_ID;
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
    public ScenarioSchema<OsiScenario> schema() {
        return SCHEMA;
    }

    @Override
    public ScenarioSchema<OsiScenario> schema(Locale language) {
        return LessonTexts.schema(STRUCTURE, Texts.of(TEXTS, language));
    }

    @Override
    public Trace simulate(OsiScenario scenario) {
        return OsiSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(OsiScenario scenario, Progress progress, Locale language) {
        return OsiSimulator.simulate(scenario, language);
    }
}
