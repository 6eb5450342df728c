package org.wirewise.lesson.tls;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.tls.MtlsScenario;
import org.wirewise.model.tls.MtlsSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** Mutual TLS between two services: the server asks for the client's certificate, checks it, and learns who called. */
public final class MtlsLesson extends TranslatedLesson<MtlsScenario> {

    /** The choices as files and --set spell them: "trusted", "none", "untrusted-ca". */
    static final List<String> CLIENT_CERTIFICATES = Arrays.stream(MtlsScenario.ClientCertificate.values())
            .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();

    private static final String TEXTS = "org.wirewise.model.tls.mtls";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<MtlsScenario> STRUCTURE = new ScenarioSchema<>(MtlsScenario.class, MtlsScenario.DEFAULTS, List.of(
            ParameterSpec.choice("clientCertificate", "", CLIENT_CERTIFICATES, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public MtlsLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return MtlsSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.SECURITY;
    }

    @Override
    public Trace simulate(MtlsScenario scenario) {
        return MtlsSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(MtlsScenario scenario, Progress progress, Locale language) {
        return MtlsSimulator.simulate(scenario, language);
    }
}
