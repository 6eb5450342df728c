package org.wirewise.lesson.realtime;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.http.grpc.GrpcScenario;
import org.wirewise.model.http.grpc.GrpcSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** gRPC: calls as HTTP/2 streams, protobuf bytes, the four call patterns and a deadline. */
public final class GrpcLesson extends TranslatedLesson<GrpcScenario> {

    private static final String TEXTS = "org.wirewise.model.http.grpc.grpc";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<GrpcScenario> STRUCTURE = new ScenarioSchema<>(GrpcScenario.class,
            GrpcScenario.DEFAULTS, List.of(
            ParameterSpec.integer("updates", "", "messages", 1, GrpcScenario.MAX_UPDATES, ""),
            ParameterSpec.integer("deadlineMs", "", "ms", GrpcScenario.MIN_MS, GrpcScenario.MAX_MS, ""),
            ParameterSpec.integer("serverMs", "", "ms", GrpcScenario.MIN_MS, GrpcScenario.MAX_MS, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public GrpcLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return GrpcSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.REAL_TIME;
    }

    @Override
    public Trace simulate(GrpcScenario scenario) {
        return GrpcSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(GrpcScenario scenario, Progress progress, Locale language) {
        return GrpcSimulator.simulate(scenario, language);
    }
}
