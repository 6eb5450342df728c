package org.wirewise.model.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.model.transport.ClientServer;
import org.wirewise.testing.Tshark;

/**
 * The mtls lesson: its frames carry the CertificateRequest and the client's flight, the server
 * answers a missing certificate with certificate_required and a stranger's with unknown_ca, and
 * tshark decrypts every capture with the key log it carries (no settings).
 */
class MtlsLessonTest {

    @TempDir
    Path dir;

    private static List<String> labels(Trace trace) {
        return trace.packets().stream().map(TracePacket::label).toList();
    }

    @Test
    void withATrustedCertificateTheRequestIsServedAndTheSummaryNamesTheClient() {
        Trace trace = MtlsSimulator.simulate(MtlsScenario.DEFAULTS);
        assertThat(labels(trace)).contains("ServerHello + EncryptedExtensions, CertificateRequest, Certificate, CertificateVerify, Finished",
                "Certificate, CertificateVerify, Finished", "HTTP/1.1 201 Created");
        String summary = trace.steps().get(trace.steps().size() - 1).narration();
        assertThat(summary).contains("accepted client.example.com", "SPIFFE");
    }

    @Test
    void withoutACertificateTheServerSendsCertificateRequiredAndNeverAnswers() {
        Trace trace = MtlsSimulator.simulate(new MtlsScenario(MtlsScenario.ClientCertificate.NONE, 1));
        assertThat(labels(trace)).contains("Certificate, Finished", "Alert: certificate_required")
                .doesNotContain("HTTP/1.1 201 Created");
        assertThat(trace.steps()).anySatisfy(s -> assertThat(s.title()).isEqualTo("The server refuses: certificate_required (116)"));
    }

    @Test
    void aCertificateFromAnUnknownCaIsRefusedWithUnknownCaAndTheFailingCheckIsShown() {
        Trace trace = MtlsSimulator.simulate(new MtlsScenario(MtlsScenario.ClientCertificate.UNTRUSTED_CA, 1));
        assertThat(labels(trace)).contains("Alert: unknown_ca").doesNotContain("HTTP/1.1 201 Created");
        assertThat(trace.steps()).anySatisfy(s -> assertThat(s.snapshot().table(MtlsSimulator.CHECKS_TABLE).orElseThrow().rows())
                .anySatisfy(r -> assertThat(r.cells()).containsExactly("server's verdict", "client.example.com",
                        "X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY → unknown_ca")));
    }

    @Test
    void everyCaptureDecryptsInTsharkWithNoSettings() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        for (MtlsScenario.ClientCertificate c : MtlsScenario.ClientCertificate.values()) {
            Path capture = Tshark.export(MtlsSimulator.simulate(new MtlsScenario(c, 1)), ClientServer.CLIENT, java.nio.file.Files.createDirectories(dir.resolve(c.name())));
            List<String> handshake = Tshark.asOpened(capture, "tls.handshake.type").stream().map(r -> r[0])
                    .filter(s -> !s.isEmpty()).toList();
            // 1 ClientHello; 2 ServerHello, 8 EncryptedExtensions, 13 CertificateRequest, 11, 15, 20; the client's 11, (15,) 20.
            assertThat(handshake).as(c.name()).startsWith("1", "2,8,13,11,15,20",
                    c == MtlsScenario.ClientCertificate.NONE ? "11,20" : "11,15,20");
            List<String> alerts = Tshark.asOpened(capture, "tls.alert_message.desc").stream().map(r -> r[0])
                    .filter(s -> !s.isEmpty()).toList();
            switch (c) {
                case TRUSTED -> assertThat(alerts).isEmpty();
                case NONE -> assertThat(alerts).containsExactly("116");
                case UNTRUSTED_CA -> assertThat(alerts).containsExactly("48");
                default -> throw new AssertionError(c);
            }
        }
    }
}
