package org.wirewise.lesson.tls;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.tls.TlsHandshakeScenario;
import org.wirewise.model.tls.TlsHandshakeSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The TLS 1.3 full handshake over TCP, or TLS 1.2's with ECDHE, with real cryptography, up to one HTTP request and response. */
public final class TlsHandshakeLesson extends TranslatedLesson<TlsHandshakeScenario> {

    private static final String TEXTS = "org.wirewise.model.tls.tls-handshake";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<TlsHandshakeScenario> STRUCTURE = new ScenarioSchema<>(TlsHandshakeScenario.class,
            TlsHandshakeScenario.DEFAULTS, List.of(
            ParameterSpec.decimal("rttMs", "", "ms", 1, 1000, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, ""),
            ParameterSpec.text("serverName", "", 253, ""),
            ParameterSpec.bool("observerView", "", ""),
            ParameterSpec.choice("version", "", TlsHandshakeScenario.VERSIONS, "")));

    public TlsHandshakeLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return TlsHandshakeSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.SECURITY;
    }

    @Override
    public Trace simulate(TlsHandshakeScenario scenario) {
        return TlsHandshakeSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(TlsHandshakeScenario scenario, Progress progress, Locale language) {
        return TlsHandshakeSimulator.simulate(scenario, language);
    }
}
