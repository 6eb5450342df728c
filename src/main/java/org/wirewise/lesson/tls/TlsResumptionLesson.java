package org.wirewise.lesson.tls;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.tls.TlsResumptionScenario;
import org.wirewise.model.tls.TlsResumptionSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** TLS 1.3 resumption: a ticket from a full handshake, a PSK handshake without certificate, 0-RTT data and its replay. */
public final class TlsResumptionLesson extends TranslatedLesson<TlsResumptionScenario> {

    private static final String TEXTS = "org.wirewise.model.tls.tls-resumption";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<TlsResumptionScenario> STRUCTURE = new ScenarioSchema<>(TlsResumptionScenario.class,
            TlsResumptionScenario.DEFAULTS, List.of(
            ParameterSpec.decimal("rttMs", "", "ms", 1, 1000, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, ""),
            ParameterSpec.choice("policy", "", TlsResumptionScenario.POLICIES, ""),
            ParameterSpec.bool("replay", "", ""),
            ParameterSpec.decimal("replayAfterS", "", "s", 0.1, 120, "")));

    public TlsResumptionLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return TlsResumptionSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.SECURITY;
    }

    @Override
    public Trace simulate(TlsResumptionScenario scenario) {
        return TlsResumptionSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(TlsResumptionScenario scenario, Progress progress, Locale language) {
        return TlsResumptionSimulator.simulate(scenario, language);
    }
}
