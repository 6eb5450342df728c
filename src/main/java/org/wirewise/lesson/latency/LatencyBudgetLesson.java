package org.wirewise.lesson.latency;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.latency.LatencyBudgetExplainer;
import org.wirewise.model.latency.LatencyBudgetScenario;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** One page's time as a stacked bar, and what each optimisation (CDN, reuse, 0-RTT, HTTP/2, ...) takes off it. */
public final class LatencyBudgetLesson implements Lesson<LatencyBudgetScenario> {

    private static final ScenarioSchema<LatencyBudgetScenario> SCHEMA = new ScenarioSchema<>(
            LatencyBudgetScenario.class, LatencyBudgetScenario.DEFAULTS, List.of(
            ParameterSpec.decimal("rttMs", "Origin RTT", "ms", 0.1, 2000, "Round trip to the origin server."),
            ParameterSpec.decimal("edgeRttMs", "CDN edge RTT", "ms", 0.1, 2000, "Round trip to a CDN edge near the user."),
            ParameterSpec.decimal("bandwidthMbps", "Bandwidth", "Mb/s", 0.1, 100_000, "The user's bottleneck rate."),
            ParameterSpec.decimal("dnsMs", "DNS lookup", "ms", 0, 5000, "Time for a DNS answer from the resolver."),
            ParameterSpec.decimal("serverMs", "Server time", "ms", 0, 60_000, "The origin's time to build the document."),
            ParameterSpec.integer("documentKb", "Document", "KB", 1, 100_000, "The document's size, uncompressed."),
            ParameterSpec.integer("objects", "Objects", "", 0, 500, "Scripts, styles and images the document refers to."),
            ParameterSpec.integer("objectKb", "Object size", "KB", 1, 100_000, "Each object's size, uncompressed."),
            ParameterSpec.bool("closer", "Move closer (CDN)", "Serve from a CDN edge near the user."),
            ParameterSpec.bool("reuse", "Connection reuse", "A connection is already open: no DNS, TCP or TLS handshake."),
            ParameterSpec.bool("zeroRtt", "TLS 0-RTT resumption", "TLS 1.3 early data: the request rides in the first flight."),
            ParameterSpec.bool("http2", "HTTP/2 multiplexing", "All objects at once on one connection."),
            ParameterSpec.bool("compression", "Compression", "gzip or Brotli on text."),
            ParameterSpec.bool("parallel", "Six connections", "HTTP/1.1's six connections per host."),
            ParameterSpec.bool("cacheHit", "Cache hit", "The answer is in a cache: no server time.")));

    @Override
    public String id() {
        return LatencyBudgetExplainer.LESSON_ID;
    }

    @Override
    public String title() {
        return "Latency budget";
    }

    @Override
    public Chapter chapter() {
        return Chapter.PERFORMANCE;
    }

    @Override
    public String summary() {
        return "One page's time as a stacked bar (DNS, TCP, TLS, request, server, transfer, objects) and what a CDN, "
                + "connection reuse, 0-RTT, HTTP/2, compression, parallelism and a cache hit each take off it.";
    }

    @Override
    public ScenarioSchema<LatencyBudgetScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(LatencyBudgetScenario scenario) {
        return LatencyBudgetExplainer.explain(scenario);
    }
}
