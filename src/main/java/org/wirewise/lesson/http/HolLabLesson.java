package org.wirewise.lesson.http;

import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonTexts;
import org.wirewise.model.http.hol.HolSetup;
import org.wirewise.model.http.hol.HolLabSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ScenarioSchema;

/** The head-of-line lab: one page over HTTP/1.1, HTTP/2 and HTTP/3, then one lost packet and what it holds up in each. */
public final class HolLabLesson implements Lesson<HolSetup> {

    private static final String TEXTS = "org.wirewise.model.http.hol.http-hol-lab";
    /** The parameters' structure; their words are in the bundle ({@link LessonTexts}). */
    private static final ScenarioSchema<HolSetup> STRUCTURE = new ScenarioSchema<>(HolSetup.class, HolSetup.DEFAULTS,
            HolParameters.ALL);
    private static final ScenarioSchema<HolSetup> SCHEMA = LessonTexts.schema(STRUCTURE, Texts.english(TEXTS));

    @Override
    public String id() {
        return HolLabSimulator.LESSON_ID;
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
        return Chapter.HTTP;
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
    public ScenarioSchema<HolSetup> schema() {
        return SCHEMA;
    }

    @Override
    public ScenarioSchema<HolSetup> schema(Locale language) {
        return LessonTexts.schema(STRUCTURE, Texts.of(TEXTS, language));
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
