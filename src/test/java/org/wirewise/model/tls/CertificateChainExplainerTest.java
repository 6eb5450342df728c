package org.wirewise.model.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wirewise.model.tls.cert.ChainFault;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;

/** The certificate lesson as a learner walks it: the checks revealed step by step, the verdict, the bytes. */
class CertificateChainExplainerTest {

    private static Trace run(ChainFault fault) {
        return CertificateChainExplainer.explain(new CertificateChainScenario(fault, 1));
    }

    private static ChainPicture picture(Trace t, int step) {
        return t.step(step).snapshot().fact(ChainPicture.class).orElseThrow();
    }

    @Test
    void theGoodChain_isAcceptedAfterEveryCheck_andNoVerdictComesEarly() {
        Trace t = run(ChainFault.NONE);
        assertThat(t.steps()).extracting(Step::title).containsExactly(
                "The server presents its certificates",
                "Building the path: issuer to subject, up to a trusted root",
                "Signatures: each checked with its issuer's public key",
                "Validity dates at the client's clock",
                "Only a CA may sign: basicConstraints and keyUsage",
                "Host name: does the leaf name shop.example.com?",
                "Accepted: the handshake goes on");
        for (int i = 0; i < 6; i++) {
            assertThat(picture(t, i).verdict()).as("step " + (i + 1)).isNull();
        }
        assertThat(picture(t, 6).verdict().accepted()).isTrue();
        // Nothing is checked before the path is built; every check passes on the way.
        assertThat(picture(t, 0).cards()).allMatch(c -> c.marks().isEmpty());
        assertThat(picture(t, 6).cards()).flatMap(ChainPicture.Card::marks).allMatch(ChainPicture.Mark::passed);
        assertThat(picture(t, 0).cards()).extracting(ChainPicture.Card::presence).containsExactly(
                ChainPicture.Presence.TRUSTED, ChainPicture.Presence.SENT, ChainPicture.Presence.SENT);
    }

    @Test
    void eachFault_endsInItsAlert_andTheFailingCardIsTheOneShown() {
        assertEnd(ChainFault.EXPIRED_LEAF, "certificate_expired", 45, 2);
        assertEnd(ChainFault.WRONG_HOST, "bad_certificate", 42, 2);
        assertEnd(ChainFault.MISSING_INTERMEDIATE, "unknown_ca", 48, 2);
        assertEnd(ChainFault.UNTRUSTED_ROOT, "unknown_ca", 48, 1);
        assertEnd(ChainFault.SELF_SIGNED, "unknown_ca", 48, 2);
        assertEnd(ChainFault.INTERMEDIATE_NOT_CA, "unknown_ca", 48, 1);
    }

    private static void assertEnd(ChainFault fault, String alert, int code, int failingCard) {
        Trace t = run(fault);
        ChainPicture end = picture(t, t.stepCount() - 1);
        assertThat(end.verdict().accepted()).as(fault.name()).isFalse();
        assertThat(end.verdict().alert()).as(fault.name()).isEqualTo(alert);
        assertThat(end.verdict().alertCode()).isEqualTo(code);
        assertThat(t.step(t.stepCount() - 1).title()).isEqualTo("Rejected: the client sends a fatal " + alert + " alert");
        assertThat(t.step(t.stepCount() - 1).snapshot().node(CertificateChainExplainer.LANE).orElseThrow().state())
                .isEqualTo("sends alert " + alert);
        assertThat(end.cards().get(failingCard).marks()).as(fault.name()).anyMatch(m -> !m.passed());
    }

    @Test
    void theExpiredLeafStep_saysHowLongAgo_fromTheCertificate() {
        Trace t = run(ChainFault.EXPIRED_LEAF);
        // notAfter 2025-11-15, the client's clock 2026-01-01: 15 days of November, 31 of December, 1.
        assertThat(t.step(3).narration()).contains("shop.example.com: 2025-08-17 to 2025-11-15",
                "The leaf expired 47 days ago", "error 10 (X509_V_ERR_CERT_HAS_EXPIRED)");
        assertThat(picture(t, 3).selected()).isEqualTo(2);
    }

    @Test
    void theMissingIntermediate_isDrawnAsNotSent_andBrowsersRescueIsTold() {
        Trace t = run(ChainFault.MISSING_INTERMEDIATE);
        assertThat(picture(t, 0).cards().get(1).presence()).isEqualTo(ChainPicture.Presence.NOT_SENT);
        assertThat(t.step(1).narration()).contains("Nothing it has is named Wirewise Issuing CA 1",
                "Authority Information Access", "error 20");
    }

    @ParameterizedTest
    @EnumSource(ChainFault.class)
    void everyCardsBytes_areACertificateTheJdkReads_andTheSameSeedGivesTheSameBytes(ChainFault fault) throws Exception {
        Trace a = run(fault);
        Trace b = run(fault);
        List<ChainPicture.Card> cards = picture(a, 0).cards();
        for (int i = 0; i < cards.size(); i++) {
            ChainPicture.Card card = cards.get(i);
            X509Certificate jdk = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(card.der()));
            assertThat(jdk.getSubjectX500Principal().getName()).startsWith("CN=" + card.name());
            assertThat(card.dissection().length()).isEqualTo(card.der().length);
            assertThat(card.der()).isEqualTo(picture(b, 0).cards().get(i).der());
        }
        assertThat(CertificateChainExplainer.explain(new CertificateChainScenario(fault, 2)).step(0).snapshot()
                .fact(ChainPicture.class).orElseThrow().cards().get(2).der()).isNotEqualTo(cards.get(2).der());
    }

    @ParameterizedTest
    @EnumSource(ChainFault.class)
    void theChainCrossesTheWire_andTheClientsAlertOnItIsTheValidatorsVerdict(ChainFault fault) {
        Trace t = run(fault);
        Step first = t.step(0);
        Step last = t.step(t.stepCount() - 1);
        assertThat(t.packets().get(first.packetId()).label()).contains("Certificate");
        ChainPicture.Verdict verdict = picture(t, t.stepCount() - 1).verdict();
        String lastLabel = t.packets().get(last.packetId()).label();
        if (verdict.accepted()) {
            assertThat(lastLabel).contains("Finished");
        } else {
            assertThat(lastLabel).isEqualTo("Alert: " + verdict.alert());
            assertThat(t.packets().get(last.packetId()).from()).isEqualTo(CertificateChainExplainer.LANE);
            assertThat(last.narration()).contains("the alert crosses the wire in plaintext");
        }
        assertThat(t.secrets()).extracting(org.wirewise.model.trace.SessionSecret::label)
                .contains("CLIENT_HANDSHAKE_TRAFFIC_SECRET", "SERVER_HANDSHAKE_TRAFFIC_SECRET");
    }

    /** Wireshark opens the exported capture with its key log inside: the Certificate and the alert decrypted. */
    @Test
    void tsharkDecryptsTheCertificate_andReadsTheAlert(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.wirewise.testing.Tshark.available(),
                org.wirewise.testing.Tshark.MISSING);
        Trace t = run(ChainFault.EXPIRED_LEAF);
        java.nio.file.Path file = dir.resolve("chain.pcapng");
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            org.wirewise.export.PcapExport.write(t, CertificateChainExplainer.LANE, out);
        }
        List<String[]> rows = org.wirewise.testing.Tshark.asOpened(file, "tls.handshake.type",
                "tls.alert_message.desc", "tls.handshake.certificate_length");
        assertThat(rows).anyMatch(r -> java.util.Arrays.asList(r[0].split(",")).contains("11"));
        assertThat(rows).anyMatch(r -> r[1].equals("45"));
        // tshark reads three certificates' lengths? The server sent two: the leaf and the intermediate.
        assertThat(rows).anyMatch(r -> r[2].split(",").length == 2);
    }
}
