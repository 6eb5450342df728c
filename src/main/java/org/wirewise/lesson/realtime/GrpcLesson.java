package org.wirewise.lesson.realtime;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.http.grpc.GrpcScenario;
import org.wirewise.model.http.grpc.GrpcSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** gRPC: calls as HTTP/2 streams, protobuf bytes, the four call patterns and a deadline. */
public final class GrpcLesson implements Lesson<GrpcScenario> {

    private static final ScenarioSchema<GrpcScenario> SCHEMA = new ScenarioSchema<>(GrpcScenario.class,
            GrpcScenario.DEFAULTS, List.of(
            ParameterSpec.integer("updates", "Streamed quotes", "messages", 1, GrpcScenario.MAX_UPDATES,
                    "How many quotes the server-streaming call (Watch) pushes before its trailers."),
            ParameterSpec.integer("deadlineMs", "Deadline", "ms", GrpcScenario.MIN_MS, GrpcScenario.MAX_MS,
                    "The last call's deadline, sent as grpc-timeout. Shorter than the server's work: the client "
                            + "cancels with RST_STREAM and reports DEADLINE_EXCEEDED; longer: the answer arrives."),
            ParameterSpec.integer("serverMs", "Server work", "ms", GrpcScenario.MIN_MS, GrpcScenario.MAX_MS,
                    "How long the server takes to answer the last call (a quote it must fetch first)."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds TCP's sequence numbers and port and the prices. The same seed always gives the same bytes.")));

    @Override
    public String id() {
        return GrpcSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "gRPC";
    }

    @Override
    public Chapter chapter() {
        return Chapter.REAL_TIME;
    }

    @Override
    public String summary() {
        return "Calls as HTTP/2 streams: protobuf bytes field by field, the 5-byte prefix, grpc-status in trailers, "
                + "unary, server, client and bidirectional streaming on one connection, a deadline that cancels, and "
                + "gRPC against REST measured.";
    }

    @Override
    public ScenarioSchema<GrpcScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(GrpcScenario scenario) {
        return GrpcSimulator.simulate(scenario);
    }
}
