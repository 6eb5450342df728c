package org.wirewise.lesson.http;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.http.h3.QuicLessonScenario;
import org.wirewise.model.http.h3.QuicLessonSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** HTTP/3 over QUIC: the handshake in CRYPTO frames, streams that recover alone, ACK ranges, a move from Wi-Fi to cellular, 0-RTT. */
public final class QuicLesson implements Lesson<QuicLessonScenario> {

    private static final ScenarioSchema<QuicLessonScenario> SCHEMA = new ScenarioSchema<>(QuicLessonScenario.class,
            QuicLessonScenario.DEFAULTS, List.of(
            ParameterSpec.decimal("rttMs", "Round-trip time", "ms", 2, 1000,
                    "Round-trip time between the phone and the server: the handshake costs one of them before the first request."),
            ParameterSpec.integer("assets", "Assets", "", 0, 20,
                    "Requests after the page, each on its own QUIC stream."),
            ParameterSpec.bool("loseAnswerPacket", "Lose one answer packet",
                    "Lose the first datagram that carries answer bytes: only the stream whose bytes it carried waits."),
            ParameterSpec.bool("migrate", "Move to cellular",
                    "After the page, the phone leaves Wi-Fi and fetches once more from its cellular address on the same connection."),
            ParameterSpec.bool("resume", "Resume with 0-RTT",
                    "The phone closes the connection and opens a second one with the first one's ticket: its request goes in 0-RTT."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds every random byte: connection IDs, ports, TLS randoms, key shares and certificates.")));

    @Override
    public String id() {
        return QuicLessonSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "HTTP/3 over QUIC";
    }

    @Override
    public Chapter chapter() {
        return Chapter.HTTP;
    }

    @Override
    public String summary() {
        return "QUIC carries TLS 1.3 in CRYPTO frames, sends the first request after one round trip, recovers each stream "
                + "on its own, keeps the connection when the phone changes network and, resumed, sends a request in 0-RTT.";
    }

    @Override
    public ScenarioSchema<QuicLessonScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(QuicLessonScenario scenario) {
        return QuicLessonSimulator.simulate(scenario);
    }
}
