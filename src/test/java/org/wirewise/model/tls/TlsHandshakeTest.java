package org.wirewise.model.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.wirewise.model.trace.SessionSecret;

/** The client and server state machines against each other: a full handshake, data both ways, and the alerts of failures. */
class TlsHandshakeTest {

    private static final TestCertificates.Issued CERT = TestCertificates.selfSigned("www.example.com", 7);

    private static TlsClient client(long seed) {
        return new TlsClient("www.example.com", CertificateCheck.pinned(CERT.der()), new SeededSecureRandom(new SplittableRandom(seed)));
    }

    private static TlsServer server(long seed) {
        return new TlsServer(new ServerIdentity(List.of(CERT.der()), CERT.keys().getPrivate(), SignatureScheme.ED25519),
                new SeededSecureRandom(new SplittableRandom(seed)));
    }

    private record Pair(TlsClient client, TlsServer server) {
    }

    /** Client seed 1 and server seed 2 after a full handshake. */
    private static Pair handshake() {
        TlsClient c = client(1);
        TlsServer s = server(2);
        c.start();
        pump(c, s);
        return new Pair(c, s);
    }

    /** Delivers whatever each side has to send until neither has anything; returns all bytes that crossed. */
    static byte[] pump(TlsEndpoint a, TlsEndpoint b) {
        java.io.ByteArrayOutputStream wire = new java.io.ByteArrayOutputStream();
        for (boolean moved = true; moved; ) {
            byte[] ab = a.takeOutgoing();
            byte[] ba = b.takeOutgoing();
            wire.writeBytes(ab);
            wire.writeBytes(ba);
            moved = ab.length + ba.length > 0;
            if (ab.length > 0) {
                b.receive(ab);
            }
            if (ba.length > 0) {
                a.receive(ba);
            }
        }
        return wire.toByteArray();
    }

    @Test
    void aFullHandshakeThenDataBothWays() {
        Pair p = handshake();
        TlsClient c = p.client();
        TlsServer s = p.server();
        assertThat(c.state()).isEqualTo(TlsEndpoint.State.CONNECTED);
        assertThat(s.state()).isEqualTo(TlsEndpoint.State.CONNECTED);
        assertThat(s.requestedName()).contains("www.example.com");
        assertThat(c.ticket()).isPresent();
        c.send("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        pump(c, s);
        assertThat(new String(s.takeReceived(), StandardCharsets.US_ASCII)).isEqualTo("GET / HTTP/1.1\r\n\r\n");
        s.send(new byte[40_000]);
        pump(c, s);
        assertThat(c.takeReceived()).hasSize(40_000);
        // Both derived the same secrets, labelled for the key log.
        assertThat(c.secrets()).extracting(SessionSecret::label).containsExactly("CLIENT_HANDSHAKE_TRAFFIC_SECRET",
                "SERVER_HANDSHAKE_TRAFFIC_SECRET", "CLIENT_TRAFFIC_SECRET_0", "SERVER_TRAFFIC_SECRET_0", "EXPORTER_SECRET");
        assertThat(c.secrets()).isEqualTo(s.secrets());
    }

    @Test
    void theEventsFollowTheRfcsOrder() {
        Pair p = handshake();
        TlsClient c = p.client();
        TlsServer s = p.server();
        assertThat(s.events()).filteredOn(e -> e.kind() == TlsEvent.Kind.SENT).extracting(TlsEvent::name).containsExactly(
                "ServerHello", "EncryptedExtensions", "Certificate", "CertificateVerify", "Finished", "NewSessionTicket");
        assertThat(s.events()).filteredOn(e -> e.kind() == TlsEvent.Kind.SENT).extracting(TlsEvent::protection).containsExactly(
                "none", "SERVER_HANDSHAKE_TRAFFIC_SECRET", "SERVER_HANDSHAKE_TRAFFIC_SECRET", "SERVER_HANDSHAKE_TRAFFIC_SECRET",
                "SERVER_HANDSHAKE_TRAFFIC_SECRET", "SERVER_TRAFFIC_SECRET_0");
        assertThat(c.events()).filteredOn(e -> e.kind() == TlsEvent.Kind.SENT).extracting(TlsEvent::protection)
                .containsExactly("none", "CLIENT_HANDSHAKE_TRAFFIC_SECRET");
    }

    @Test
    void theSameSeedsGiveTheSameBytesAndOtherSeedsOthers() {
        TlsClient c1 = client(1);
        TlsServer s1 = server(2);
        c1.start();
        byte[] first = pump(c1, s1);
        TlsClient c2 = client(1);
        TlsServer s2 = server(2);
        c2.start();
        assertThat(pump(c2, s2)).isEqualTo(first);
        TlsClient c3 = client(3);
        TlsServer s3 = server(2);
        c3.start();
        assertThat(pump(c3, s3)).isNotEqualTo(first);
    }

    @Test
    void aTamperedServerFinishedIsDecryptError() {
        TlsClient c = client(1);
        TlsServer s = server(2);
        c.start();
        s.receive(c.takeOutgoing());
        byte[] flight = s.takeOutgoing();
        // The last record of the flight is the encrypted one; its Finished lies in its last bytes before the tag.
        // Re-encrypting a forged Finished needs the server's key, which the test takes from the server's key log.
        byte[] shts = s.secrets().get(1).secret();
        RecordProtection p = new RecordProtection(TrafficKeys.from(shts));
        List<byte[]> records = new RecordReader().add(flight);
        byte[] opened = p.open(records.get(1)).fragment();
        opened[opened.length - 1] ^= 1;
        byte[] forged = new RecordProtection(TrafficKeys.from(shts)).seal(ContentType.HANDSHAKE, opened);
        c.receive(Rfc8448SimpleHandshakeTest.concat(records.get(0), forged));
        assertThat(c.failure()).contains(AlertDescription.DECRYPT_ERROR);
        s.receive(c.takeOutgoing());
        assertThat(s.failure()).contains(AlertDescription.DECRYPT_ERROR);
        assertThat(s.state()).isEqualTo(TlsEndpoint.State.FAILED);
    }

    @Test
    void aChangedByteInAnEncryptedRecordIsBadRecordMac() {
        Pair p = handshake();
        TlsClient c = p.client();
        TlsServer s = p.server();
        c.send(new byte[] {1, 2, 3});
        byte[] record = c.takeOutgoing();
        record[7] ^= 0x20;
        s.receive(record);
        assertThat(s.failure()).contains(AlertDescription.BAD_RECORD_MAC);
        c.receive(s.takeOutgoing());
        assertThat(c.failure()).contains(AlertDescription.BAD_RECORD_MAC);
    }

    @Test
    void aClientWithNoX25519ShareMeetsHandshakeFailure() {
        TlsServer s = server(2);
        ClientHello hello = new ClientHello(new byte[32], new byte[0], List.of(0x1301), List.of(
                Extension.codes16(Extension.SUPPORTED_GROUPS, List.of(0x0017)),
                Extension.codes16(Extension.SIGNATURE_ALGORITHMS, List.of(0x0807)),
                Extension.clientKeyShares(List.of(new KeyShare(0x0017, new byte[65]))),
                Extension.clientVersions(List.of(Extension.TLS13))));
        s.receive(new TlsRecord(ContentType.HANDSHAKE, hello.message().encode()).encode());
        assertThat(s.failure()).contains(AlertDescription.HANDSHAKE_FAILURE);
        assertThat(s.takeOutgoing()).containsExactly(21, 3, 3, 0, 2, 2, 40);
    }

    @Test
    void aClientThatOffersOnlyTls12MeetsProtocolVersion() {
        TlsServer s = server(2);
        ClientHello hello = new ClientHello(new byte[32], new byte[0], List.of(0xc02f), List.of());
        s.receive(new TlsRecord(ContentType.HANDSHAKE, hello.message().encode()).encode());
        assertThat(s.failure()).contains(AlertDescription.PROTOCOL_VERSION);
    }

    @Test
    void anUntrustedCertificateIsUnknownCa() {
        TestCertificates.Issued other = TestCertificates.selfSigned("www.example.com", 8);
        TlsClient c = new TlsClient("www.example.com", CertificateCheck.pinned(other.der()), new SeededSecureRandom(new SplittableRandom(1)));
        TlsServer s = server(2);
        c.start();
        pump(c, s);
        assertThat(c.failure()).contains(AlertDescription.UNKNOWN_CA);
        assertThat(s.failure()).contains(AlertDescription.UNKNOWN_CA);
    }

    @Test
    void dataIsCutIntoRecordsOfAtMost2To14BytesOfPlaintext() {
        Pair p = handshake();
        TlsClient c = p.client();
        TlsServer s = p.server();
        s.send(new byte[40_000]);
        // RFC 8446 §5.1: at most 2^14 bytes of plaintext per record; each protected record adds the
        // content type byte and the 16-byte tag (§5.2).
        assertThat(new RecordReader().add(s.takeOutgoing())).extracting(r -> r.length - TlsRecord.HEADER_LENGTH)
                .containsExactly(16_384 + 17, 16_384 + 17, 40_000 - 2 * 16_384 + 17);
        assertThatThrownBy(() -> new RecordProtection(TrafficKeys.from(new byte[32])).seal(ContentType.APPLICATION_DATA, new byte[16_385]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordsSplitAtEveryByteReassemble() {
        TlsClient c = client(1);
        TlsServer s = server(2);
        c.start();
        for (byte b : c.takeOutgoing()) {
            s.receive(new byte[] {b});
        }
        for (byte b : s.takeOutgoing()) {
            c.receive(new byte[] {b});
        }
        s.receive(c.takeOutgoing());
        assertThat(c.state()).isEqualTo(TlsEndpoint.State.CONNECTED);
        assertThat(s.state()).isEqualTo(TlsEndpoint.State.CONNECTED);
    }
}
