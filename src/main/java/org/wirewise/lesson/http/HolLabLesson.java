package org.wirewise.lesson.http;

import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.http.hol.HolSetup;
import org.wirewise.model.http.hol.HolLabSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ScenarioSchema;

/** The head-of-line lab: one page over HTTP/1.1, HTTP/2 and HTTP/3, then one lost packet and what it holds up in each. */
public final class HolLabLesson extends TranslatedLesson<HolSetup> {

    private static final String TEXTS = "org.wirewise.model.http.hol.http-hol-lab";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<HolSetup> STRUCTURE = new ScenarioSchema<>(HolSetup.class, HolSetup.DEFAULTS,
            HolParameters.ALL);

    public HolLabLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return HolLabSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.HTTP;
    }

    @Override
    public Trace simulate(HolSetup scenario) {
        return HolLabSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(HolSetup scenario, Progress progress, Locale language) {
        return HolLabSimulator.simulate(scenario, language);
    }
}
