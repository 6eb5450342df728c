package org.wirewise.lesson.tls;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.tls.CertificateChainExplainer;
import org.wirewise.model.tls.CertificateChainScenario;
import org.wirewise.model.tls.cert.ChainFault;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** Root, intermediate and leaf: how a client checks a server's certificates, and the alert when one fails. */
public final class CertificateChainLesson extends TranslatedLesson<CertificateChainScenario> {

    private static final String TEXTS = "org.wirewise.model.tls.certificate-chain";

    /** The fault's choices as files and --set spell them: "none", "expired-leaf", ... */
    static final List<String> FAULTS = Arrays.stream(ChainFault.values())
            .map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();

    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<CertificateChainScenario> STRUCTURE = new ScenarioSchema<>(
            CertificateChainScenario.class, CertificateChainScenario.DEFAULTS, List.of(
            ParameterSpec.choice("fault", "", FAULTS, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public CertificateChainLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return CertificateChainExplainer.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.SECURITY;
    }

    @Override
    public Trace simulate(CertificateChainScenario scenario) {
        return CertificateChainExplainer.explain(scenario);
    }

    @Override
    public Trace simulate(CertificateChainScenario scenario, Progress progress, Locale language) {
        return CertificateChainExplainer.explain(scenario, language);
    }
}
