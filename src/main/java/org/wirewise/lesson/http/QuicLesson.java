package org.wirewise.lesson.http;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.http.h3.QuicLessonScenario;
import org.wirewise.model.http.h3.QuicLessonSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** HTTP/3 over QUIC: the handshake in CRYPTO frames, streams that recover alone, ACK ranges, a move from Wi-Fi to cellular, 0-RTT. */
public final class QuicLesson extends TranslatedLesson<QuicLessonScenario> {

    private static final String TEXTS = "org.wirewise.model.http.h3.http3-quic";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<QuicLessonScenario> STRUCTURE = new ScenarioSchema<>(QuicLessonScenario.class,
            QuicLessonScenario.DEFAULTS, List.of(
            ParameterSpec.decimal("rttMs", "", "ms", 2, 1000, ""),
            ParameterSpec.integer("assets", "", "", 0, 20, ""),
            ParameterSpec.bool("loseAnswerPacket", "", ""),
            ParameterSpec.bool("migrate", "", ""),
            ParameterSpec.bool("resume", "", ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public QuicLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return QuicLessonSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.HTTP;
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
