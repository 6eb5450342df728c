package org.wirewise.model.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The TLS 1.2 endpoints against each other: message order, records, nonces, tampering, determinism. */
class Tls12Test {

    private static final String HOST = "www.example.com";
    private static final TestCertificates.Issued CERT = TestCertificates.selfSigned(HOST, 11);

    private record Pair(Tls12Client client, Tls12Server server, List<byte[]> flights) {
    }

    private static Pair connect(long seed) {
        Tls12Client client = new Tls12Client(HOST, CertificateCheck.pinned(CERT.der()), new SeededSecureRandom(new SplittableRandom(seed)));
        Tls12Server server = new Tls12Server(new ServerIdentity(List.of(CERT.der()), CERT.keys().getPrivate(), SignatureScheme.ED25519),
                new SeededSecureRandom(new SplittableRandom(seed + 100)));
        List<byte[]> flights = new ArrayList<>();
        client.start();
        for (int i = 0; i < 4; i++) {
            byte[] up = client.takeOutgoing();
            flights.add(up);
            server.receive(up);
            byte[] down = server.takeOutgoing();
            flights.add(down);
            client.receive(down);
        }
        return new Pair(client, server, flights);
    }

    private static List<String> names(List<TlsEvent> events, TlsEvent.Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).map(TlsEvent::name).toList();
    }

    @Test
    void theHandshakeTakesTwoRoundTripsInRfc5246sOrder() {
        Pair p = connect(1);
        assertThat(p.client().established()).isTrue();
        assertThat(p.server().established()).isTrue();
        assertThat(names(p.server().events(), TlsEvent.Kind.SENT))
                .containsExactly("ServerHello", "Certificate", "ServerKeyExchange", "ServerHelloDone", "Finished");
        assertThat(names(p.client().events(), TlsEvent.Kind.SENT)).containsExactly("ClientHello", "ClientKeyExchange", "Finished");
        // Flights: ClientHello | server's first | client's second | server's Finished, then nothing.
        assertThat(p.flights().subList(0, 4)).allSatisfy(f -> assertThat(f).isNotEmpty());
        assertThat(p.flights().subList(4, 8)).allSatisfy(f -> assertThat(f).isEmpty());
        assertThat(p.client().secrets()).singleElement().satisfies(s -> {
            assertThat(s.label()).isEqualTo("CLIENT_RANDOM");
            assertThat(s.secret()).hasSize(48);
        });
        assertThat(p.server().secrets()).isEqualTo(p.client().secrets());
    }

    @Test
    void everythingBeforeChangeCipherSpecIsInTheClearWithItsRealContentType() {
        Pair p = connect(1);
        List<Integer> types = new ArrayList<>();
        new RecordReader().add(p.flights().get(2)).forEach(r -> types.add(r[0] & 0xFF));
        // ClientKeyExchange (handshake, clear), ChangeCipherSpec, Finished (handshake type, protected).
        assertThat(types).containsExactly(22, 20, 22);
        byte[] finished = new RecordReader().add(p.flights().get(2)).get(2);
        // 8-byte explicit nonce + 16 bytes of Finished (4-byte header, 12 verify_data) + 16-byte tag (RFC 5288 §3).
        assertThat(finished.length - TlsRecord.HEADER_LENGTH).isEqualTo(8 + 16 + 16);
    }

    @Test
    void recordsCarryAtMost2To14BytesAndTheSequenceNumberAsExplicitNonce() {
        Pair p = connect(2);
        p.client().send(new byte[40_000]);
        List<byte[]> records = new RecordReader().add(p.client().takeOutgoing());
        assertThat(records).extracting(r -> r.length - TlsRecord.HEADER_LENGTH)
                .containsExactly(16_384 + 24, 16_384 + 24, 40_000 - 2 * 16_384 + 24);
        // The Finished was record 0 under the client's key; the data records are 1, 2, 3.
        for (int i = 0; i < records.size(); i++) {
            byte[] explicit = Arrays.copyOfRange(records.get(i), 5, 13);
            assertThat(explicit).isEqualTo(new byte[] {0, 0, 0, 0, 0, 0, 0, (byte) (i + 1)});
        }
    }

    @Test
    void aChangedByteFailsTheTagAndTheReceiverSendsBadRecordMac() {
        Pair p = connect(3);
        p.client().send("GET / HTTP/1.1\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] record = p.client().takeOutgoing();
        record[20] ^= 0x01;
        p.server().receive(record);
        assertThat(p.server().takeReceived()).isEmpty();
        assertThat(p.server().failure()).contains(AlertDescription.BAD_RECORD_MAC);
        assertThat(names(p.server().events(), TlsEvent.Kind.ALERT_SENT)).containsExactly("bad_record_mac");
        p.client().receive(p.server().takeOutgoing());
        assertThat(p.client().failure()).contains(AlertDescription.BAD_RECORD_MAC);
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() {
        byte[] a = Tls12Prf.concat(connect(4).flights().get(1), connect(4).flights().get(3));
        byte[] b = Tls12Prf.concat(connect(4).flights().get(1), connect(4).flights().get(3));
        assertThat(a).isEqualTo(b);
        assertThat(connect(5).flights().get(1)).isNotEqualTo(connect(4).flights().get(1));
    }

    @Test
    void aClientThatTrustsAnotherCertificateRefusesWithUnknownCa() {
        Tls12Client client = new Tls12Client(HOST, CertificateCheck.pinned(TestCertificates.selfSigned(HOST, 12).der()),
                new SeededSecureRandom(new SplittableRandom(1)));
        Tls12Server server = new Tls12Server(new ServerIdentity(List.of(CERT.der()), CERT.keys().getPrivate(), SignatureScheme.ED25519),
                new SeededSecureRandom(new SplittableRandom(2)));
        client.start();
        server.receive(client.takeOutgoing());
        client.receive(server.takeOutgoing());
        assertThat(client.failure()).contains(AlertDescription.UNKNOWN_CA);
        server.receive(client.takeOutgoing());
        assertThat(server.failure()).contains(AlertDescription.UNKNOWN_CA);
    }
}
