package org.wirewise.lesson.tls;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.tls.MtlsScenario;
import org.wirewise.model.tls.MtlsSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** Mutual TLS between two services: the server asks for the client's certificate, checks it, and learns who called. */
public final class MtlsLesson implements Lesson<MtlsScenario> {

    /** The choices as files and --set spell them: "trusted", "none", "untrusted-ca". */
    static final List<String> CLIENT_CERTIFICATES = Arrays.stream(MtlsScenario.ClientCertificate.values())
            .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();

    private static final ScenarioSchema<MtlsScenario> SCHEMA = new ScenarioSchema<>(MtlsScenario.class, MtlsScenario.DEFAULTS, List.of(
            ParameterSpec.choice("clientCertificate", "Client certificate", CLIENT_CERTIFICATES,
                    "What the calling service presents when the server asks: a certificate from the CA the server "
                            + "trusts, none (an empty Certificate, refused with certificate_required), or one from a CA "
                            + "the server does not know (refused with unknown_ca)."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds every random byte: TCP's sequence numbers and port, the TLS randoms, the key shares and the "
                            + "certificates. The same seed always gives the same bytes.")));

    @Override
    public String id() {
        return MtlsSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "Mutual TLS";
    }

    @Override
    public Chapter chapter() {
        return Chapter.SECURITY;
    }

    @Override
    public String summary() {
        return "CertificateRequest, the client's Certificate and CertificateVerify: how a server checks which service "
                + "is calling, what service meshes build on it, and the alerts for a missing or untrusted certificate.";
    }

    @Override
    public ScenarioSchema<MtlsScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(MtlsScenario scenario) {
        return MtlsSimulator.simulate(scenario);
    }
}
