package org.wirewise.lesson.addr;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.addr.CidrExplainer;
import org.wirewise.model.addr.CidrScenario;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The CIDR calculator: masks, ranges, splitting, aggregation, overlap and the special-purpose registries. */
public final class CidrLesson extends TranslatedLesson<CidrScenario> {

    private static final String TEXTS = "org.wirewise.model.addr.cidr";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<CidrScenario> STRUCTURE = new ScenarioSchema<>(CidrScenario.class,
            CidrScenario.DEFAULTS, List.of(
            ParameterSpec.text("block", "", 64, ""),
            ParameterSpec.integer("splitPrefix", "", "", 0, 128, ""),
            ParameterSpec.text("other", "", 64, "")));

    public CidrLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return CidrExplainer.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.IP_ADDRESSING;
    }

    @Override
    public Trace simulate(CidrScenario scenario) {
        return CidrExplainer.explain(scenario);
    }

    @Override
    public Trace simulate(CidrScenario scenario, Progress progress, Locale language) {
        return CidrExplainer.explain(scenario, language);
    }
}
