package org.wirewise.model.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.wirewise.model.tls.SessionTickets.EarlyDataPolicy;

/**
 * RFC 8446 §8.3's freshness check: the server compares the ClientHello's arrival with
 * expected_arrival_time = ticket creation + estimated RTT + the client's ticket age (obfuscated
 * age minus ticket_age_add), and takes 0-RTT only inside its window; outside it the PSK still
 * resumes, with a 1-RTT handshake. Time is a hand-moved clock, in milliseconds.
 */
class TicketFreshnessTest {

    private static final TestCertificates.Issued CERT = TestCertificates.selfSigned("www.example.com", 7);
    private static final byte[] GET = "GET / HTTP/1.1\r\nHost: www.example.com\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final long RTT = 40;

    private final long[] now = {0};
    private final SessionTickets tickets = new SessionTickets(EarlyDataPolicy.ACCEPT_ANY, () -> now[0], SessionTickets.INTERNET_WINDOW_MILLIS);

    private static TlsClient client(long seed) {
        return new TlsClient("www.example.com", CertificateCheck.pinned(CERT.der()), new SeededSecureRandom(new SplittableRandom(seed)));
    }

    private TlsServer server(long seed) {
        return new TlsServer(new ServerIdentity(List.of(CERT.der()), CERT.keys().getPrivate(), SignatureScheme.ED25519),
                new SeededSecureRandom(new SplittableRandom(seed)), tickets);
    }

    /** A full handshake at t = 0 whose flight-to-Finished round trip takes RTT on the server's clock; the ticket arrives RTT/2 later. */
    private ResumptionTicket firstConnection() {
        TlsClient c = client(1);
        TlsServer s = server(2);
        c.start();
        s.receive(c.takeOutgoing());
        c.receive(s.takeOutgoing());
        now[0] += RTT;
        s.receive(c.takeOutgoing());
        c.receive(s.takeOutgoing());
        return c.resumptionTicket().orElseThrow();
    }

    /** The first flight of a resuming client whose ticket is {@code ageMillis} old by its own clock. */
    private static byte[] resumingFlight(ResumptionTicket ticket, long ageMillis) {
        TlsClient c = client(3);
        c.resume(ticket, ageMillis, GET);
        c.start();
        return c.takeOutgoing();
    }

    @Test
    void aClientHelloArrivingWhenItsTicketAgeSaysIsFreshAndItsEarlyDataIsServed() {
        ResumptionTicket ticket = firstConnection();
        // The ticket reached the client RTT/2 after the server sent it; the client resumes 1 s later,
        // and its ClientHello takes RTT/2 to arrive.
        byte[] flight = resumingFlight(ticket, 1_000);
        now[0] += 1_000 + RTT;
        TlsServer s = server(4);
        s.receive(flight);
        SessionTickets.Freshness f = s.freshness().orElseThrow();
        assertThat(f.clientAgeMillis()).isEqualTo(1_000);
        assertThat(f.offByMillis()).isLessThan(RTT);
        assertThat(f.fresh()).isTrue();
        assertThat(s.earlyDataAccepted()).isTrue();
        assertThat(s.takeReceived()).isEqualTo(GET);
    }

    @Test
    void theSameFlightReplayedAMinuteLaterIsOutsideTheWindowSoItsEarlyDataIsNotServed() {
        ResumptionTicket ticket = firstConnection();
        byte[] flight = resumingFlight(ticket, 1_000);
        now[0] += 1_000 + RTT;
        server(4).receive(flight);
        now[0] += 60_000; // an attacker replays the copied bytes a minute later: the age inside still says 1 s
        TlsServer replayed = server(5);
        replayed.receive(flight);
        SessionTickets.Freshness f = replayed.freshness().orElseThrow();
        assertThat(f.offByMillis()).isGreaterThan(SessionTickets.INTERNET_WINDOW_MILLIS);
        assertThat(f.fresh()).isFalse();
        assertThat(replayed.earlyDataAccepted()).isFalse();
        assertThat(replayed.takeReceived()).isEmpty();
        // The PSK is still good: the server resumes with a 1-RTT handshake instead (§8.3).
        assertThat(replayed.resumed()).isTrue();
    }

    @Test
    void aReplayInsideTheWindowIsStillServed() {
        // Freshness narrows the window, it does not close it: within 10 s only single-use tickets or a
        // ClientHello record stop a replay (§8.1, §8.2).
        ResumptionTicket ticket = firstConnection();
        byte[] flight = resumingFlight(ticket, 1_000);
        now[0] += 1_000 + RTT;
        server(4).receive(flight);
        now[0] += 2_000;
        TlsServer replayed = server(5);
        replayed.receive(flight);
        assertThat(replayed.freshness().orElseThrow().fresh()).isTrue();
        assertThat(replayed.takeReceived()).isEqualTo(GET);
    }

    @Test
    void theAgeOnTheWireIsObfuscatedByTicketAgeAdd() {
        ResumptionTicket ticket = firstConnection();
        byte[] flight = resumingFlight(ticket, 1_000);
        byte[] record = new RecordReader().add(flight).get(0);
        ClientHello hello = ClientHello.decode(new HandshakeReader()
                .add(java.util.Arrays.copyOfRange(record, TlsRecord.HEADER_LENGTH, record.length)).get(0));
        long onTheWire = OfferedPsk.decode(hello.extension(Extension.PRE_SHARED_KEY).orElseThrow()).obfuscatedTicketAge();
        assertThat(onTheWire).isEqualTo((1_000 + ticket.ageAdd()) & 0xFFFF_FFFFL).isNotEqualTo(1_000);
    }
}
