package org.wirewise.lesson.http;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonTexts;
import org.wirewise.model.http.h3.QuicLessonScenario;
import org.wirewise.model.http.h3.QuicLessonSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** HTTP/3 over QUIC: the handshake in CRYPTO frames, streams that recover alone, ACK ranges, a move from Wi-Fi to cellular, 0-RTT. */
public final class QuicLesson implements Lesson<QuicLessonScenario> {

    private static final String TEXTS = "org.wirewise.model.http.h3.http3-quic";
    /** The parameters' structure; their words are in the bundle ({@link LessonTexts}). */
    private static final ScenarioSchema<QuicLessonScenario> STRUCTURE = new ScenarioSchema<>(QuicLessonScenario.class,
            QuicLessonScenario.DEFAULTS, List.of(
            ParameterSpec.decimal("rttMs", "", "ms", 2, 1000, ""),
            ParameterSpec.integer("assets", "", "", 0, 20, ""),
            ParameterSpec.bool("loseAnswerPacket", "", ""),
            ParameterSpec.bool("migrate", "", ""),
            ParameterSpec.bool("resume", "", ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));
    private static final ScenarioSchema<QuicLessonScenario> SCHEMA = LessonTexts.schema(STRUCTURE, Texts.english(TEXTS));

    @Override
    public String id() {
        return QuicLessonSimulator.LESSON_ID;
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
    public ScenarioSchema<QuicLessonScenario> schema() {
        return SCHEMA;
    }

    @Override
    public ScenarioSchema<QuicLessonScenario> schema(Locale language) {
        return LessonTexts.schema(STRUCTURE, Texts.of(TEXTS, language));
    }

    @Override
    public Trace simulate(QuicLessonScenario scenario) {
        return QuicLessonSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(QuicLessonScenario scenario, Progress progress, Locale language) {
        return QuicLessonSimulator.simulate(scenario, language);
    }
}
