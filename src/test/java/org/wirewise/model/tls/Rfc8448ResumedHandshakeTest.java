package org.wirewise.model.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewise.model.tls.Rfc8448Vectors.hex;
import static org.wirewise.model.tls.Rfc8448Vectors.hex4;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.wirewise.model.trace.SessionSecret;

/**
 * RFC 8448 §4 ("Resumed 0-RTT Handshake") byte for byte: from §3's ticket and PSK and §4's
 * private keys and messages, the binder, every secret, key and IV, the early data and
 * EndOfEarlyData records come out of this implementation; and Wirewise's server, handed the
 * RFC's ClientHello, checks its binder and reads its 0-RTT data.
 */
class Rfc8448ResumedHandshakeTest {

    private final TranscriptHash transcript = new TranscriptHash();

    private static HandshakeMessage message(byte[] m) {
        return new HandshakeMessage(HandshakeType.of(m[0] & 0xFF), Arrays.copyOfRange(m, 4, m.length));
    }

    private static byte[] clientHello() {
        byte[] record = hex4("client_hello_record");
        return Arrays.copyOfRange(record, TlsRecord.HEADER_LENGTH, record.length);
    }

    @Test
    void thePskComesFromSection3sTicketAndItsObfuscatedAgeIsTheAgePlusAgeAdd() {
        NewSessionTicket ticket = NewSessionTicket.decode(Rfc8448Vectors.message("new_session_ticket"));
        ResumptionTicket saved = ResumptionTicket.from(ticket, hex("resumption_master_secret"));
        assertThat(saved.psk()).isEqualTo(hex4("psk"));
        assertThat(saved.maxEarlyData()).isEqualTo(1024); // §3's ticket: early_data with max_early_data_size 0x400
        OfferedPsk offered = OfferedPsk.decode(ClientHello.decode(message(clientHello())).extension(Extension.PRE_SHARED_KEY).orElseThrow());
        assertThat(offered.identity()).isEqualTo(ticket.ticket());
        // The client resumed 6 ms after the ticket came (the ages in the RFC differ by 6): (6 + age_add) mod 2^32.
        assertThat(offered.obfuscatedTicketAge()).isEqualTo(OfferedPsk.obfuscate(6, ticket.ageAdd()));
    }

    @Test
    void theBinderIsTheRfcsOverTheHelloCutBeforeItsBinders() {
        KeySchedule schedule = new KeySchedule(hex4("psk"));
        assertThat(schedule.earlySecret()).isEqualTo(hex4("early_secret"));
        assertThat(schedule.binderKey()).isEqualTo(hex4("binder_key"));
        assertThat(KeySchedule.finishedKey(schedule.binderKey())).isEqualTo(hex4("binder_finished_key"));
        ClientHello hello = ClientHello.decode(message(clientHello()));
        OfferedPsk offered = OfferedPsk.decode(hello.extensions().get(hello.extensions().size() - 1));
        byte[] truncated = offered.truncate(clientHello());
        assertThat(truncated).hasSize(477);
        assertThat(Hkdf.sha256(truncated)).isEqualTo(hex4("binder_hash"));
        assertThat(OfferedPsk.binderFor(hex4("psk"), truncated)).isEqualTo(hex4("binder")).isEqualTo(offered.binder());
        // Re-encoded with this implementation's encoders, the pre_shared_key and early_data extensions are the RFC's bytes.
        List<Extension> rebuilt = new java.util.ArrayList<>(hello.extensions());
        rebuilt.set(4, Extension.earlyData());
        rebuilt.set(rebuilt.size() - 1, new OfferedPsk(offered.identity(), offered.obfuscatedTicketAge(), hex4("binder")).extension());
        assertThat(new TlsRecord(ContentType.HANDSHAKE, new ClientHello(hello.random(), new byte[0], hello.cipherSuites(), rebuilt)
                .message().encode()).encode(TlsRecord.CLIENT_HELLO_VERSION)).isEqualTo(hex4("client_hello_record"));
    }

    @Test
    void theEarlySecretsKeysAndTheEarlyDataRecordMatch() {
        KeySchedule schedule = new KeySchedule(hex4("psk"));
        transcript.add(clientHello());
        byte[] early = schedule.clientEarlyTrafficSecret(transcript.current());
        assertThat(early).isEqualTo(hex4("client_early_traffic_secret"));
        assertThat(schedule.earlyExporterMasterSecret(transcript.current())).isEqualTo(hex4("early_exporter_master_secret"));
        assertKeys(TrafficKeys.from(early), "early_key", "early_iv");
        RecordProtection client = new RecordProtection(TrafficKeys.from(early));
        assertThat(client.seal(ContentType.APPLICATION_DATA, hex4("early_payload"))).isEqualTo(hex4("early_record"));
        // §4.5: EndOfEarlyData is the next record under the same key, sequence 1.
        assertThat(TlsEndpoint.endOfEarlyData().encode()).isEqualTo(hex4("end_of_early_data"));
        assertThat(client.seal(ContentType.HANDSHAKE, TlsEndpoint.endOfEarlyData().encode())).isEqualTo(hex4("end_of_early_data_record"));
    }

    @Test
    void theHandshakeAndApplicationSecretsOfTheResumedHandshakeMatch() {
        X25519 client = X25519.fromPrivate(hex4("client_private"));
        X25519 server = X25519.fromPrivate(hex4("server_private"));
        assertThat(client.publicKey()).isEqualTo(hex4("client_public"));
        assertThat(server.publicKey()).isEqualTo(hex4("server_public"));
        assertThat(server.sharedSecret(client.publicKey())).isEqualTo(hex4("shared_secret"));

        ServerHello hello = ServerHello.decode(message(hex4("server_hello")));
        assertThat(hello.extension(Extension.PRE_SHARED_KEY).orElseThrow().selectedPsk()).isZero();
        ServerHello rebuilt = new ServerHello(hello.random(), new byte[0], ClientHello.TLS_AES_128_GCM_SHA256, List.of(
                Extension.selectedPsk(0), Extension.serverKeyShare(new KeyShare(KeyShare.X25519, hex4("server_public"))),
                Extension.serverVersion(Extension.TLS13)));
        assertThat(rebuilt.message().encode()).isEqualTo(hex4("server_hello"));

        KeySchedule schedule = new KeySchedule(hex4("psk"));
        assertThat(Hkdf.deriveSecret(schedule.earlySecret(), "derived", Hkdf.sha256(new byte[0]))).isEqualTo(hex4("derived_for_handshake"));
        assertThat(schedule.handshakeSecret(hex4("shared_secret"))).isEqualTo(hex4("handshake_secret"));
        assertThat(Hkdf.deriveSecret(hex4("handshake_secret"), "derived", Hkdf.sha256(new byte[0]))).isEqualTo(hex4("derived_for_master"));
        assertThat(schedule.masterSecret()).isEqualTo(hex4("master_secret"));
        transcript.add(clientHello());
        transcript.add(hex4("server_hello"));
        byte[] chts = schedule.clientHandshakeTrafficSecret(transcript.current());
        byte[] shts = schedule.serverHandshakeTrafficSecret(transcript.current());
        assertThat(chts).isEqualTo(hex4("client_handshake_traffic_secret"));
        assertThat(shts).isEqualTo(hex4("server_handshake_traffic_secret"));
        assertKeys(TrafficKeys.from(shts), "server_handshake_key", "server_handshake_iv");
        assertKeys(TrafficKeys.from(chts), "client_handshake_key", "client_handshake_iv");

        // No Certificate, no CertificateVerify: EncryptedExtensions (with early_data) then Finished.
        List<Extension> ee = new java.util.ArrayList<>(EncryptedExtensions.decode(message(hex4("encrypted_extensions"))).extensions());
        assertThat(ee.get(ee.size() - 1).type()).isEqualTo(Extension.EARLY_DATA);
        ee.set(ee.size() - 1, Extension.earlyData());
        assertThat(new EncryptedExtensions(ee).message().encode()).isEqualTo(hex4("encrypted_extensions"));
        transcript.add(hex4("encrypted_extensions"));
        assertThat(new Finished(KeySchedule.finishedVerifyData(shts, transcript.current())).message().encode()).isEqualTo(hex4("server_finished"));
        transcript.add(hex4("server_finished"));
        byte[] cats = schedule.clientApplicationTrafficSecret(transcript.current());
        byte[] sats = schedule.serverApplicationTrafficSecret(transcript.current());
        assertThat(cats).isEqualTo(hex4("client_application_traffic_secret"));
        assertThat(sats).isEqualTo(hex4("server_application_traffic_secret"));
        assertThat(schedule.exporterMasterSecret(transcript.current())).isEqualTo(hex4("exporter_master_secret"));
        assertKeys(TrafficKeys.from(sats), "server_application_key", "server_application_iv");
        assertKeys(TrafficKeys.from(cats), "client_application_key", "client_application_iv");

        // The client's Finished covers its EndOfEarlyData (§4.4.1).
        transcript.add(hex4("end_of_early_data"));
        assertThat(new Finished(KeySchedule.finishedVerifyData(chts, transcript.current())).message().encode()).isEqualTo(hex4("client_finished"));
        transcript.add(hex4("client_finished"));
        assertThat(schedule.resumptionMasterSecret(transcript.current())).isEqualTo(hex4("resumption_master_secret"));
    }

    @Test
    void wirewisesServerChecksTheRfcsBinderAndReadsItsEarlyData() {
        NewSessionTicket ticket = NewSessionTicket.decode(Rfc8448Vectors.message("new_session_ticket"));
        SessionTickets tickets = new SessionTickets(SessionTickets.EarlyDataPolicy.ACCEPT_ANY);
        tickets.issue(ticket.ticket(), hex4("psk"));
        TestCertificates.Issued cert = TestCertificates.selfSigned("server", 3);
        TlsServer server = new TlsServer(new ServerIdentity(List.of(cert.der()), cert.keys().getPrivate(), SignatureScheme.ED25519),
                new SeededSecureRandom(new SplittableRandom(4)), tickets);
        server.receive(hex4("client_hello_record"));
        server.receive(hex4("early_record"));
        assertThat(server.failure()).isEmpty();
        assertThat(server.resumed()).isTrue();
        assertThat(server.earlyDataAccepted()).isTrue();
        assertThat(server.takeReceived()).isEqualTo(hex4("early_payload"));
        assertThat(server.secrets()).filteredOn(s -> s.label().equals("CLIENT_EARLY_TRAFFIC_SECRET")).extracting(SessionSecret::secret)
                .containsExactly(hex4("client_early_traffic_secret"));
        // The server's own flight has its own key share, so only up to EndOfEarlyData is the RFC's.
        assertThat(server.events()).extracting(TlsEvent::name).doesNotContain("Certificate", "CertificateVerify");
        server.receive(hex4("end_of_early_data_record"));
        assertThat(server.failure()).isEmpty();
        assertThat(server.state()).isEqualTo(TlsEndpoint.State.WAIT_FINISHED);
    }

    @Test
    void aServerThatDoesNotHoldTheKeyRefusesTheBinderWithDecryptError() {
        NewSessionTicket ticket = NewSessionTicket.decode(Rfc8448Vectors.message("new_session_ticket"));
        SessionTickets tickets = new SessionTickets(SessionTickets.EarlyDataPolicy.ACCEPT_ANY);
        byte[] wrong = hex4("psk");
        wrong[0] ^= 1;
        tickets.issue(ticket.ticket(), wrong);
        TestCertificates.Issued cert = TestCertificates.selfSigned("server", 3);
        TlsServer server = new TlsServer(new ServerIdentity(List.of(cert.der()), cert.keys().getPrivate(), SignatureScheme.ED25519),
                new SeededSecureRandom(new SplittableRandom(4)), tickets);
        server.receive(hex4("client_hello_record"));
        assertThat(server.failure()).contains(AlertDescription.DECRYPT_ERROR);
    }

    private static void assertKeys(TrafficKeys keys, String key, String iv) {
        assertThat(keys.key()).as(key).isEqualTo(hex4(key));
        assertThat(keys.iv()).as(iv).isEqualTo(hex4(iv));
    }
}
