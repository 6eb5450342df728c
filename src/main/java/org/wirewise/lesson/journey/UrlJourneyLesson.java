package org.wirewise.lesson.journey;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.journey.JourneyScenario;
import org.wirewise.model.journey.JourneySimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** What happens when you type a URL: DNS, TCP, TLS, HTTP/2, a load balancer and a database on one timeline. */
public final class UrlJourneyLesson implements Lesson<JourneyScenario> {

    public static final ScenarioSchema<JourneyScenario> SCHEMA = new ScenarioSchema<>(JourneyScenario.class,
            JourneyScenario.DEFAULTS, List.of(
            ParameterSpec.choice("caches", "DNS caches", JourneyScenario.CACHES,
                    "cold: nothing cached; resolver: the ISP's resolver has the answer; browser: the browser's own cache has it."),
            ParameterSpec.decimal("siteRttMs", "RTT to the site", "ms", 12.5, 400,
                    "The laptop's round trip to the site: about 80 ms to an origin across a continent, 15 ms to a CDN edge nearby."),
            ParameterSpec.decimal("lossPercent", "Last-mile loss", "%", 0, 20,
                    "Random loss on the home's access line, each way."),
            ParameterSpec.choice("tls", "TLS", JourneyScenario.TLS,
                    "1.3: one round trip; 1.2: two round trips; resumed: a second visit offering the first one's ticket (no certificate)."),
            ParameterSpec.choice("http", "HTTP", JourneyScenario.HTTP,
                    "2: every request a stream of one connection; 1.1: one request at a time per connection, up to six connections, each with its own handshakes; 3: HTTP/3 over QUIC over UDP (QUIC carries TLS 1.3: needs tls=1.3)."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds ports, DNS IDs, sequence numbers, TLS randoms and the losses.")));

    @Override
    public String id() {
        return JourneySimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "Type a URL";
    }

    @Override
    public Chapter chapter() {
        return Chapter.JOURNEY;
    }

    @Override
    public String summary() {
        return "https://shop.example.com/ from the keyboard to the last byte: caches, recursive DNS, the home NAT, "
                + "TCP, TLS 1.3, HTTP/2, a load balancer, an app server's database query, and the waterfall they make.";
    }

    @Override
    public ScenarioSchema<JourneyScenario> schema() {
        return SCHEMA;
    }

    /**
     * Few packets, but about ten whole runs (this one, the what-ifs with HTTP/1.1's and HTTP/3's, and the first
     * visit each resumed TLS run needs), each with TLS and certificate signatures: 0.2 s warm to 2 s cold measured
     * (JourneyWhatIfsTest prints it), about what two million simulated packets cost, so the window runs
     * it in the background rather than freezing on each edit (the A/B compare runs its side B the same way).
     */
    @Override
    public long estimatedWork(JourneyScenario scenario) {
        return 2_000_000;
    }

    @Override
    public Trace simulate(JourneyScenario scenario) {
        return JourneySimulator.simulate(scenario);
    }
}
