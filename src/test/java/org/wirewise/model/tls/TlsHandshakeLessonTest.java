package org.wirewise.model.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;

/** The tls-handshake lesson's trace: the RFC's order of messages, one RTT each, the key log, the refusals. */
class TlsHandshakeLessonTest {

    private static final Trace DEFAULT = TlsHandshakeSimulator.simulate(TlsHandshakeScenario.DEFAULTS);
    /** The English words, to find the spans by their labels. */
    private static final TlsHandshakeNarration ENGLISH = new TlsHandshakeNarration(TlsHandshakeScenario.DEFAULTS, java.util.Locale.ENGLISH);

    /** The span as the step that first shows it carries it. */
    private static Measurement span(Trace t, String label) {
        return t.steps().stream().flatMap(s -> s.snapshot().measurements().stream())
                .filter(m -> m.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void theStepsFollowTcpThenTheTls13Handshake() {
        assertThat(DEFAULT.steps()).extracting(Step::title).containsSubsequence(
                "SYN: TCP opens the connection", "SYN-ACK: the server accepts", "ClientHello: offers, in the clear",
                "ServerHello, then the server's flight under handshake keys",
                "Client Finished: keys confirmed", "HTTP request as application data", "NewSessionTicket",
                "HTTP response as application data", "1 RTT for TLS 1.3 on top of TCP");
    }

    @Test
    void eachHandshakeTakesOneMeasuredRoundTripAndTheRequestArrivesAfterTwoAndAHalf() {
        long rtt = span(DEFAULT, ENGLISH.span(TlsHandshakeNarration.Span.TCP)).duration();
        assertThat(SimTime.toMillis(rtt)).isBetween(40.0, 41.0);
        assertThat((double) span(DEFAULT, ENGLISH.span(TlsHandshakeNarration.Span.TLS13)).duration() / rtt).isBetween(0.98, 1.1);
        assertThat((double) span(DEFAULT, ENGLISH.span(TlsHandshakeNarration.Span.REQUEST)).duration() / rtt).isBetween(2.45, 2.6);
    }

    @Test
    void theTraceCarriesTheClientsKeyLog() {
        assertThat(DEFAULT.secrets()).extracting(SessionSecret::label).containsExactly("CLIENT_HANDSHAKE_TRAFFIC_SECRET",
                "SERVER_HANDSHAKE_TRAFFIC_SECRET", "CLIENT_TRAFFIC_SECRET_0", "SERVER_TRAFFIC_SECRET_0", "EXPORTER_SECRET");
    }

    @Test
    void theSameSeedGivesTheSameBytes() {
        Trace again = TlsHandshakeSimulator.simulate(TlsHandshakeScenario.DEFAULTS);
        assertThat(again.packets()).hasSameSizeAs(DEFAULT.packets());
        for (int i = 0; i < again.packets().size(); i++) {
            assertThat(again.packets().get(i).frame()).isEqualTo(DEFAULT.packets().get(i).frame());
        }
        Trace other = TlsHandshakeSimulator.simulate(new TlsHandshakeScenario(40, 2, "shop.example.com", false));
        assertThat(other.secrets().get(0).secret()).isNotEqualTo(DEFAULT.secrets().get(0).secret());
    }

    @Test
    void aNameTheCertificateDoesNotCoverIsRefusedWithAnAlertAndNoRequest() {
        Trace t = TlsHandshakeSimulator.simulate(new TlsHandshakeScenario(40, 1, "bank.example.com", false));
        assertThat(t.steps()).extracting(Step::title).contains("The client refuses: bad_certificate alert", "Alert: the connection ends",
                "No page: the handshake did not complete");
        assertThat(t.packets()).noneMatch(p -> p.label().startsWith("GET"));
    }

    @Test
    void aServerNameThatIsNoHostNameIsRefusedWithAMessage() {
        for (String bad : List.of("", "bad name!", "\u00e9.example.com", "*.shop.example.com", "shop..example.com")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TlsHandshakeScenario(40, 1, bad, false))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("such as shop.example.com");
        }
        assertThat(new TlsHandshakeScenario(40, 1, "WWW.Shop.example.com", false).serverName()).isEqualTo("WWW.Shop.example.com");
    }

    @Test
    void theObserverSeesEncryptedRecordsOnlyAsOpaqueApplicationData() {
        Trace t = TlsHandshakeSimulator.simulate(new TlsHandshakeScenario(40, 1, "shop.example.com", true));
        assertThat(t.packets()).anyMatch(p -> p.label().contains("opaque"));
        assertThat(t.packets()).noneMatch(p -> p.label().contains("Certificate") || p.label().startsWith("GET"));
        assertThat(t.packets()).anyMatch(p -> p.label().equals("ClientHello"));
        List<String> plain = DEFAULT.packets().stream().map(p -> p.label()).toList();
        assertThat(plain).anyMatch(l -> l.contains("EncryptedExtensions, Certificate, CertificateVerify, Finished"));
        assertThat(plain).contains("Finished", "GET / HTTP/1.1", "NewSessionTicket", "HTTP/1.1 200 OK");
    }
}
