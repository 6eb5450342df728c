package org.wirewise.lesson.stack;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.stack.OsiScenario;
import org.wirewise.model.stack.OsiSimulator;
import org.wirewise.model.stack.Technology;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The OSI and TCP/IP models side by side, each layer's PDU and technologies. */
public final class OsiModelLesson extends TranslatedLesson<OsiScenario> {

    private static final String TEXTS = "org.wirewise.model.stack.osi-model";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<OsiScenario> STRUCTURE = new ScenarioSchema<>(OsiScenario.class,
            OsiScenario.DEFAULTS, List.of(
            ParameterSpec.choice("technology", "", Stream.of(Technology.values())
                            .map(t -> t.name().toLowerCase(Locale.ROOT)).toList(), "")));

    public OsiModelLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return OsiSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.PROTOCOL_STACK;
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
