package org.wirewise.lesson.journey;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.journey.JourneyScenario;
import org.wirewise.model.journey.JourneySimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** What happens when you type a URL: DNS, TCP, TLS, HTTP/2, a load balancer and a database on one timeline. */
public final class UrlJourneyLesson extends TranslatedLesson<JourneyScenario> {

    private static final String TEXTS = "org.wirewise.model.journey.url-journey";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<JourneyScenario> STRUCTURE = new ScenarioSchema<>(JourneyScenario.class,
            JourneyScenario.DEFAULTS, List.of(
            ParameterSpec.choice("caches", "", JourneyScenario.CACHES, ""),
            ParameterSpec.decimal("siteRttMs", "", "ms", 12.5, 400, ""),
            ParameterSpec.decimal("lossPercent", "", "%", 0, 20, ""),
            ParameterSpec.choice("tls", "", JourneyScenario.TLS, ""),
            ParameterSpec.choice("http", "", JourneyScenario.HTTP, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public UrlJourneyLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return JourneySimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.JOURNEY;
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

    @Override
    public Trace simulate(JourneyScenario scenario, Progress progress, Locale language) {
        return JourneySimulator.simulate(scenario, language);
    }
}
