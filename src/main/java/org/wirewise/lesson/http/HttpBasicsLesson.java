package org.wirewise.lesson.http;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.http.HttpBasicsScenario;
import org.wirewise.model.http.HttpBasicsSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** HTTP/1.1 anatomy: request and status lines, fields, framing, methods, and a real exchange for each status class. */
public final class HttpBasicsLesson implements Lesson<HttpBasicsScenario> {

    private static final ScenarioSchema<HttpBasicsScenario> SCHEMA = new ScenarioSchema<>(HttpBasicsScenario.class,
            HttpBasicsScenario.DEFAULTS, List.of(
            ParameterSpec.choice("framing", "Body framing", List.of("content-length", "chunked"),
                    "How the origin marks where a page ends: a Content-Length field with the size, or "
                            + "Transfer-Encoding: chunked, the body in chunks each preceded by its size (RFC 9112 §6.2, §7.1)."),
            ParameterSpec.integer("chunkSize", "Chunk size", "bytes", 16, 4096,
                    "Bytes per chunk when the body is chunked."),
            ParameterSpec.decimal("rttMs", "Round-trip time", "ms", 1, 500,
                    "Round trip between the browser and the servers; the proxy's API is half as far again."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds TCP's sequence numbers and the ephemeral ports. The same seed always gives the same bytes.")));

    @Override
    public String id() {
        return HttpBasicsSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "HTTP/1.1 basics";
    }

    @Override
    public Chapter chapter() {
        return Chapter.HTTP;
    }

    @Override
    public String summary() {
        return "A real GET byte by byte: request line, fields, Content-Length or chunked, the methods table, and the "
                + "status codes a system designer meets: 304 with an ETag, 301/302, 401 vs 403, 429, 502/503/504 behind a proxy.";
    }

    @Override
    public ScenarioSchema<HttpBasicsScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(HttpBasicsScenario scenario) {
        return HttpBasicsSimulator.simulate(scenario);
    }
}
