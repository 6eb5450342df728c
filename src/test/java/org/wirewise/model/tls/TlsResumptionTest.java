package org.wirewise.model.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.wirewise.model.tls.SessionTickets.EarlyDataPolicy;
import org.wirewise.model.trace.SessionSecret;

/**
 * Resumption between Wirewise's client and server (RFC 8446 §2.2, §2.3): a ticket from a full
 * handshake, a second connection with psk_dhe_ke and no certificate, 0-RTT data, and what each
 * server policy does with a replayed first flight (§8).
 */
class TlsResumptionTest {

    private static final TestCertificates.Issued CERT = TestCertificates.selfSigned("www.example.com", 7);
    private static final byte[] GET = "GET / HTTP/1.1\r\nHost: www.example.com\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private static TlsClient client(long seed) {
        return new TlsClient("www.example.com", CertificateCheck.pinned(CERT.der()), new SeededSecureRandom(new SplittableRandom(seed)));
    }

    private static TlsServer server(long seed, SessionTickets tickets) {
        return new TlsServer(new ServerIdentity(List.of(CERT.der()), CERT.keys().getPrivate(), SignatureScheme.ED25519),
                new SeededSecureRandom(new SplittableRandom(seed)), tickets);
    }

    /** A full handshake whose ticket the client keeps. */
    private static ResumptionTicket firstConnection(SessionTickets tickets) {
        TlsClient c = client(1);
        TlsServer s = server(2, tickets);
        c.start();
        TlsHandshakeTest.pump(c, s);
        assertThat(c.resumed()).isFalse();
        return c.resumptionTicket().orElseThrow();
    }

    private static List<String> names(TlsEndpoint e, TlsEvent.Kind kind) {
        return e.events().stream().filter(ev -> ev.kind() == kind).map(TlsEvent::name).toList();
    }

    @Test
    void theSecondConnectionResumesWithoutACertificateAndItsGetRidesInTheFirstFlight() {
        SessionTickets tickets = new SessionTickets(EarlyDataPolicy.ACCEPT_ANY);
        ResumptionTicket ticket = firstConnection(tickets);
        assertThat(ticket.maxEarlyData()).isEqualTo(SessionTickets.MAX_EARLY_DATA);
        TlsClient c = resumingClient(ticket);
        TlsServer s = server(4, tickets);
        s.receive(c.takeOutgoing());
        // The server has the GET before it has sent anything: 0-RTT.
        assertThat(s.takeReceived()).isEqualTo(GET);
        TlsHandshakeTest.pump(c, s);
        assertThat(c.state()).isEqualTo(TlsEndpoint.State.CONNECTED);
        assertThat(s.state()).isEqualTo(TlsEndpoint.State.CONNECTED);
        assertThat(c.resumed()).isTrue();
        assertThat(s.resumed()).isTrue();
        assertThat(c.earlyData()).isEqualTo(TlsClient.EarlyData.ACCEPTED);
        assertThat(names(s, TlsEvent.Kind.SENT)).containsExactly("ServerHello", "EncryptedExtensions", "Finished", "NewSessionTicket");
        assertThat(names(c, TlsEvent.Kind.SENT)).containsExactly("ClientHello", "EndOfEarlyData", "Finished");
        assertThat(c.secrets()).extracting(SessionSecret::label).startsWith("CLIENT_EARLY_TRAFFIC_SECRET", "EARLY_EXPORTER_SECRET");
        assertThat(c.secrets()).isEqualTo(s.secrets());
        // The resumed connection hands out a ticket of its own.
        assertThat(c.resumptionTicket()).isPresent();
        assertThat(c.resumptionTicket().orElseThrow().identity()).isNotEqualTo(ticket.identity());
    }

    /** A client that has sent its first flight offering {@code ticket} with the GET as early data, a second after the ticket came. */
    private static TlsClient resumingClient(ResumptionTicket ticket) {
        TlsClient c = client(3);
        c.resume(ticket, 1_000, GET);
        c.start();
        return c;
    }

    private static byte[] resumingFirstFlight(ResumptionTicket ticket, SessionTickets tickets) {
        TlsClient c = resumingClient(ticket);
        TlsServer s = server(4, tickets);
        byte[] flight = c.takeOutgoing();
        s.receive(flight);
        TlsHandshakeTest.pump(c, s);
        assertThat(s.state()).isEqualTo(TlsEndpoint.State.CONNECTED);
        return flight;
    }

    @Test
    void withoutAntiReplayAReplayedFirstFlightIsServedAgain() {
        SessionTickets tickets = new SessionTickets(EarlyDataPolicy.ACCEPT_ANY);
        byte[] captured = resumingFirstFlight(firstConnection(tickets), tickets);
        TlsServer attacked = server(5, tickets);
        attacked.receive(captured);
        assertThat(attacked.earlyDataAccepted()).isTrue();
        assertThat(attacked.takeReceived()).isEqualTo(GET);
        // The attacker cannot finish the handshake, but the request has been handed on already.
        assertThat(attacked.state()).isEqualTo(TlsEndpoint.State.WAIT_END_OF_EARLY_DATA);
    }

    @Test
    void singleUseTicketsTurnTheReplayIntoAFullHandshakeThatSkipsTheEarlyData() {
        SessionTickets tickets = new SessionTickets(EarlyDataPolicy.SINGLE_USE_TICKETS);
        ResumptionTicket ticket = firstConnection(tickets);
        assertThat(tickets.outstanding()).isEqualTo(1);
        byte[] captured = resumingFirstFlight(ticket, tickets);
        TlsServer attacked = server(5, tickets);
        attacked.receive(captured);
        assertThat(attacked.failure()).isEmpty();
        assertThat(attacked.resumed()).isFalse();
        assertThat(attacked.earlyDataAccepted()).isFalse();
        assertThat(attacked.takeReceived()).isEmpty();
        assertThat(names(attacked, TlsEvent.Kind.SENT)).contains("Certificate", "CertificateVerify");
    }

    @Test
    void aClientWhoseEarlyDataIsRefusedSendsItAgainAfterTheHandshake() {
        SessionTickets tickets = new SessionTickets(EarlyDataPolicy.SINGLE_USE_TICKETS);
        ResumptionTicket ticket = firstConnection(tickets);
        resumingFirstFlight(ticket, tickets); // uses the ticket up
        TlsClient c = client(6);
        TlsServer s = server(7, tickets);
        c.resume(ticket, 2_000, GET);
        c.start();
        TlsHandshakeTest.pump(c, s);
        assertThat(c.state()).isEqualTo(TlsEndpoint.State.CONNECTED);
        assertThat(c.resumed()).isFalse();
        assertThat(c.earlyData()).isEqualTo(TlsClient.EarlyData.REJECTED);
        assertThat(s.takeReceived()).isEqualTo(GET);
        // The client keyed its early data; the server, without the ticket, never derived that key.
        assertThat(c.secrets()).extracting(SessionSecret::label).contains("CLIENT_EARLY_TRAFFIC_SECRET");
        assertThat(s.secrets()).extracting(SessionSecret::label).doesNotContain("CLIENT_EARLY_TRAFFIC_SECRET");
    }

    @Test
    void aServerThatRefusesZeroRttStillResumesAndItsTicketsOfferNoEarlyData() {
        SessionTickets tickets = new SessionTickets(EarlyDataPolicy.REJECT);
        ResumptionTicket ticket = firstConnection(tickets);
        assertThat(ticket.maxEarlyData()).isZero();
        TlsClient c = resumingClient(ticket);
        TlsServer s = server(4, tickets);
        TlsHandshakeTest.pump(c, s);
        assertThat(c.resumed()).isTrue();
        assertThat(c.earlyData()).isEqualTo(TlsClient.EarlyData.NONE);
        assertThat(s.takeReceived()).isEmpty();
        c.send(GET);
        TlsHandshakeTest.pump(c, s);
        assertThat(s.takeReceived()).isEqualTo(GET);
    }
}
