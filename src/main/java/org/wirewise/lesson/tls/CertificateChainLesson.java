package org.wirewise.lesson.tls;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.tls.CertificateChainExplainer;
import org.wirewise.model.tls.CertificateChainScenario;
import org.wirewise.model.tls.cert.ChainFault;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** Root, intermediate and leaf: how a client checks a server's certificates, and the alert when one fails. */
public final class CertificateChainLesson implements Lesson<CertificateChainScenario> {

    /** The fault's choices as files and --set spell them: "none", "expired-leaf", ... */
    static final List<String> FAULTS = Arrays.stream(ChainFault.values())
            .map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();

    private static final ScenarioSchema<CertificateChainScenario> SCHEMA = new ScenarioSchema<>(
            CertificateChainScenario.class, CertificateChainScenario.DEFAULTS, List.of(
            ParameterSpec.choice("fault", "Fault", FAULTS,
                    "What is wrong with the server's chain: none, an expired leaf, a leaf for another host, a missing "
                            + "intermediate, a root the client does not trust, a self-signed leaf, or an intermediate "
                            + "that is not a CA."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds the Ed25519 keys and serial numbers. The same seed always gives the same certificate bytes.")));

    @Override
    public String id() {
        return CertificateChainExplainer.LESSON_ID;
    }

    @Override
    public String title() {
        return "Certificate chain";
    }

    @Override
    public Chapter chapter() {
        return Chapter.SECURITY;
    }

    @Override
    public String summary() {
        return "Root, intermediate and leaf: what each signs, how a client builds and checks the path (signatures, "
                + "dates, CA constraints, host name), and the alert it sends when a check fails.";
    }

    @Override
    public ScenarioSchema<CertificateChainScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(CertificateChainScenario scenario) {
        return CertificateChainExplainer.explain(scenario);
    }
}
