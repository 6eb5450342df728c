package org.wirewise.lesson.http;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.http.h2.Http2Scenario;
import org.wirewise.model.http.h2.Http2Simulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** HTTP/2: the preface, SETTINGS, streams interleaved on one connection, HPACK field by field, flow control. */
public final class Http2Lesson extends TranslatedLesson<Http2Scenario> {

    private static final String TEXTS = "org.wirewise.model.http.h2.http2";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<Http2Scenario> STRUCTURE = new ScenarioSchema<>(Http2Scenario.class,
            Http2Scenario.DEFAULTS, List.of(
            ParameterSpec.choice("security", "", List.of("h2c", "tls"), ""),
            ParameterSpec.decimal("rttMs", "", "ms", 1, 1000, ""),
            ParameterSpec.integer("windowKiB", "", "KiB", 1, 6144, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public Http2Lesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return Http2Simulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.HTTP;
    }

    @Override
    public Trace simulate(Http2Scenario scenario) {
        return Http2Simulator.simulate(scenario);
    }

    @Override
    public Trace simulate(Http2Scenario scenario, Progress progress, Locale language) {
        return Http2Simulator.simulate(scenario, language);
    }
}
