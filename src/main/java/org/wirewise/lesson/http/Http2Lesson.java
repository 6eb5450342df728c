package org.wirewise.lesson.http;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.http.h2.Http2Scenario;
import org.wirewise.model.http.h2.Http2Simulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** HTTP/2: the preface, SETTINGS, streams interleaved on one connection, HPACK field by field, flow control. */
public final class Http2Lesson implements Lesson<Http2Scenario> {

    private static final ScenarioSchema<Http2Scenario> SCHEMA = new ScenarioSchema<>(Http2Scenario.class,
            Http2Scenario.DEFAULTS, List.of(
            ParameterSpec.choice("security", "Transport", List.of("h2c", "tls"),
                    "h2c: HTTP/2 in clear text on port 80 with prior knowledge (the capture shows every frame). tls: h2 "
                            + "inside TLS 1.3 on port 443, chosen with ALPN, as browsers speak it (the capture carries its "
                            + "keys, so Wireshark decrypts it)."),
            ParameterSpec.decimal("rttMs", "Round-trip time", "ms", 1, 1000,
                    "Time for a packet to reach the server and an answer to come back."),
            ParameterSpec.integer("windowKiB", "Stream window", "KiB", 1, 6144,
                    "The browser's SETTINGS_INITIAL_WINDOW_SIZE: how much of each response the server may send before "
                            + "the browser's WINDOW_UPDATE. Chrome offers 6144 KiB; a small one makes streams stall."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds every random byte: TCP's sequence numbers and port, and over TLS the randoms and keys. The "
                            + "same seed always gives the same bytes.")));

    @Override
    public String id() {
        return Http2Simulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "HTTP/2 and HPACK";
    }

    @Override
    public Chapter chapter() {
        return Chapter.HTTP;
    }

    @Override
    public String summary() {
        return "One connection for a whole page: the preface and SETTINGS, requests as interleaved streams, HPACK header "
                + "compression field by field, flow control stalling a stream until WINDOW_UPDATE, RST_STREAM and GOAWAY.";
    }

    @Override
    public ScenarioSchema<Http2Scenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(Http2Scenario scenario) {
        return Http2Simulator.simulate(scenario);
    }
}
