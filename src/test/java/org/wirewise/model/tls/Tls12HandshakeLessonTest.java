package org.wirewise.model.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.testing.Tshark;

/** tls-handshake with TLS 1.2 beside its TLS 1.3 run: two round trips, the certificate in the clear, tshark's reading. */
class Tls12HandshakeLessonTest {

    private static final TlsHandshakeScenario TLS12 = new TlsHandshakeScenario(40, 1, "shop.example.com", false, "TLS 1.2");
    private static final Trace T12 = TlsHandshakeSimulator.simulate(TLS12);
    private static final Trace T13 = TlsHandshakeSimulator.simulate(TlsHandshakeScenario.DEFAULTS);
    /** The English words, to find the spans by their labels. */
    private static final TlsHandshakeNarration ENGLISH = new TlsHandshakeNarration(TLS12, java.util.Locale.ENGLISH);

    @TempDir
    Path dir;

    private static Measurement span(Trace t, String label) {
        return t.steps().stream().flatMap(s -> s.snapshot().measurements().stream())
                .filter(m -> m.label().equals(label)).findFirst().orElseThrow();
    }

    private static Table observerTable(Trace t) {
        return t.steps().get(t.steps().size() - 1).snapshot().table(TlsHandshakeSimulator.OBSERVER_TABLE).orElseThrow();
    }

    private static String cell(Table t, int row) {
        return t.rows().get(row).cells().get(1);
    }

    @Test
    void theStepsFollowRfc5246sOrderInTwoRoundTrips() {
        assertThat(T12.steps()).extracting(Step::title).containsSubsequence("SYN: TCP opens the connection",
                "ClientHello: offers, in the clear", "ServerHello to ServerHelloDone: the server's flight, in the clear",
                "ClientKeyExchange, ChangeCipherSpec, client Finished", "Server ChangeCipherSpec and Finished: 2 RTT after ClientHello",
                "HTTP request as application data", "HTTP response as application data", "2 RTT for TLS 1.2 on top of TCP");
        assertThat(T12.secrets()).extracting(SessionSecret::label).containsExactly("CLIENT_RANDOM");
    }

    @Test
    void tls12TakesOneMeasuredRoundTripMoreThanTls13ToTheFirstRequest() {
        long rtt = span(T12, ENGLISH.span(TlsHandshakeNarration.Span.TCP)).duration();
        assertThat((double) span(T12, ENGLISH.span(TlsHandshakeNarration.Span.TLS12)).duration() / rtt).isBetween(1.98, 2.1);
        long request12 = span(T12, ENGLISH.span(TlsHandshakeNarration.Span.REQUEST)).duration();
        long request13 = span(T13, ENGLISH.span(TlsHandshakeNarration.Span.REQUEST)).duration();
        assertThat((double) (request12 - request13) / rtt).isBetween(0.98, 1.05);
        // Each summary prints what the other version's run measured on the same network and seed.
        String summary12 = T12.steps().get(T12.steps().size() - 1).narration();
        String summary13 = T13.steps().get(T13.steps().size() - 1).narration();
        assertThat(summary12).contains(String.format(java.util.Locale.ROOT, "%.1f ms", request13 / 1e6));
        assertThat(summary13).contains(String.format(java.util.Locale.ROOT, "%.1f ms", request12 / 1e6));
    }

    @Test
    void theObserverReadsTheCertificateIn12AndNotIn13() {
        Table t12 = observerTable(T12);
        Table t13 = observerTable(T13);
        assertThat(cell(t12, 0)).contains("shop.example.com");
        assertThat(cell(t13, 0)).contains("shop.example.com");
        assertThat(cell(t12, 2)).startsWith("Yes: shop.example.com, issued by Wirewise Issuing CA 1");
        assertThat(cell(t13, 2)).startsWith("No");
        assertThat(cell(t12, 3)).contains("Certificate, ServerKeyExchange");
        assertThat(cell(t13, 3)).isEqualTo("ClientHello, ServerHello");
    }

    @Test
    void inObserverViewOnlyRecordsAfterChangeCipherSpecAreOpaque() {
        Trace t = TlsHandshakeSimulator.simulate(new TlsHandshakeScenario(40, 1, "shop.example.com", true, "TLS 1.2"));
        List<String> labels = t.packets().stream().map(p -> p.label()).toList();
        assertThat(labels).contains("ServerHello, Certificate, ServerKeyExchange, ServerHelloDone",
                "ClientKeyExchange + ChangeCipherSpec + Handshake (40 bytes, opaque)");
        assertThat(labels).noneMatch(l -> l.startsWith("GET") || l.startsWith("HTTP/1.1"));
    }

    @Test
    void aNameTheCertificateDoesNotCoverIsRefusedBeforeAnyKeyExists() {
        Trace t = TlsHandshakeSimulator.simulate(new TlsHandshakeScenario(40, 1, "bank.example.com", false, "TLS 1.2"));
        assertThat(t.steps()).extracting(Step::title).contains("The client refuses: bad_certificate alert");
        assertThat(t.secrets()).isEmpty();
        assertThat(t.packets()).noneMatch(p -> p.label().startsWith("GET"));
    }

    @Test
    void tsharkDecryptsTheCaptureWithTheClientRandomLineItCarries() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Path capture = Tshark.export(T12, TlsHandshakeSimulator.CLIENT, dir);
        List<String> handshake = Tshark.asOpened(capture, "tls.handshake.type").stream().map(r -> r[0])
                .filter(s -> !s.isEmpty()).toList();
        // 1 ClientHello; 2 ServerHello, 11 Certificate, 12 ServerKeyExchange, 14 ServerHelloDone; 16 ClientKeyExchange,
        // 20 Finished (decrypted, else "Encrypted Handshake Message" with no type); the server's 20 Finished.
        assertThat(handshake).containsExactly("1", "2,11,12,14", "16,20", "20");
        assertThat(Tshark.asOpened(capture, "http.request.method", "http.response.code").stream()
                .map(r -> String.join(" ", r).trim()).filter(s -> !s.isEmpty()).toList()).containsExactly("GET", "200");
        assertThat(Tshark.asOpened(capture, "tls.handshake.ciphersuite").stream().map(r -> r[0]).filter(s -> !s.isEmpty()).toList())
                .containsExactly("0xc02b", "0xc02b");
    }
}
