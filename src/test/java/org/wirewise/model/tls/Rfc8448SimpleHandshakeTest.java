package org.wirewise.model.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wirewise.model.tls.Rfc8448Vectors.hex;
import static org.wirewise.model.tls.Rfc8448Vectors.message;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * RFC 8448 §3 ("Simple 1-RTT Handshake") byte for byte: from its private keys and messages, every
 * secret, key, IV, Finished and protected record it lists comes out of this implementation.
 */
class Rfc8448SimpleHandshakeTest {

    private final TranscriptHash transcript = new TranscriptHash();
    private final KeySchedule schedule = new KeySchedule();

    private byte[] add(String name) {
        byte[] m = hex(name);
        transcript.add(m);
        return m;
    }

    @Test
    void x25519KeysAndSharedSecretMatch() {
        X25519 client = X25519.fromPrivate(hex("client_private"));
        X25519 server = X25519.fromPrivate(hex("server_private"));
        assertThat(client.publicKey()).isEqualTo(hex("client_public"));
        assertThat(server.publicKey()).isEqualTo(hex("server_public"));
        assertThat(server.sharedSecret(client.publicKey())).isEqualTo(hex("shared_secret"));
        assertThat(client.sharedSecret(server.publicKey())).isEqualTo(hex("shared_secret"));
    }

    @Test
    void clientHelloDecodesAndReencodesToTheRecordTheRfcSends() {
        byte[] record = hex("client_hello_record");
        HandshakeMessage m = message("client_hello");
        ClientHello hello = ClientHello.decode(m);
        assertThat(hello.serverName()).contains("server");
        assertThat(hello.cipherSuites()).containsExactly(0x1301, 0x1303, 0x1302);
        assertThat(hello.extension(Extension.SUPPORTED_VERSIONS).orElseThrow().clientVersions()).containsExactly(0x0304);
        assertThat(hello.extension(Extension.KEY_SHARE).orElseThrow().clientKeyShares()).singleElement()
                .satisfies(s -> assertThat(s.keyExchange()).isEqualTo(hex("client_public")));
        assertThat(hello.extension(Extension.SUPPORTED_GROUPS).orElseThrow().codes16())
                .containsExactly(0x001d, 0x0017, 0x0018, 0x0019, 0x0100, 0x0101, 0x0102, 0x0103, 0x0104);

        // Built from its parts with this implementation's encoders, the same 196 bytes.
        List<Extension> ext = hello.extensions();
        ClientHello rebuilt = new ClientHello(hello.random(), new byte[0], List.of(0x1301, 0x1303, 0x1302), List.of(
                Extension.serverName("server"), ext.get(1),
                Extension.codes16(Extension.SUPPORTED_GROUPS, List.of(0x001d, 0x0017, 0x0018, 0x0019, 0x0100, 0x0101, 0x0102, 0x0103, 0x0104)),
                ext.get(3),
                Extension.clientKeyShares(List.of(new KeyShare(KeyShare.X25519, hex("client_public")))),
                Extension.clientVersions(List.of(0x0304)),
                Extension.codes16(Extension.SIGNATURE_ALGORITHMS, hello.extension(Extension.SIGNATURE_ALGORITHMS).orElseThrow().codes16()),
                Extension.pskModes(Extension.PSK_DHE_KE), ext.get(8)));
        assertThat(new TlsRecord(ContentType.HANDSHAKE, rebuilt.message().encode()).encode(TlsRecord.CLIENT_HELLO_VERSION))
                .isEqualTo(record);
    }

    @Test
    void serverHelloDecodesAndReencodes() {
        ServerHello hello = ServerHello.decode(message("server_hello"));
        assertThat(hello.cipherSuite()).isEqualTo(ClientHello.TLS_AES_128_GCM_SHA256);
        ServerHello rebuilt = new ServerHello(hello.random(), new byte[0], 0x1301, List.of(
                Extension.serverKeyShare(new KeyShare(KeyShare.X25519, hex("server_public"))),
                Extension.serverVersion(Extension.TLS13)));
        assertThat(rebuilt.message().encode()).isEqualTo(hex("server_hello"));
    }

    @Test
    void everySecretKeyAndIvOfTheKeyScheduleMatches() {
        assertThat(schedule.earlySecret()).isEqualTo(hex("early_secret"));
        assertThat(Hkdf.deriveSecret(schedule.earlySecret(), "derived", Hkdf.sha256(new byte[0])))
                .isEqualTo(hex("derived_for_handshake"));
        assertThat(schedule.handshakeSecret(hex("shared_secret"))).isEqualTo(hex("handshake_secret"));
        add("client_hello");
        add("server_hello");
        byte[] helloHash = transcript.current();
        assertThat(helloHash).isEqualTo(hex("hello_hash"));
        byte[] chts = schedule.clientHandshakeTrafficSecret(helloHash);
        byte[] shts = schedule.serverHandshakeTrafficSecret(helloHash);
        assertThat(chts).isEqualTo(hex("client_handshake_traffic_secret"));
        assertThat(shts).isEqualTo(hex("server_handshake_traffic_secret"));
        assertThat(Hkdf.deriveSecret(hex("handshake_secret"), "derived", Hkdf.sha256(new byte[0])))
                .isEqualTo(hex("derived_for_master"));
        assertThat(schedule.masterSecret()).isEqualTo(hex("master_secret"));
        assertKeys(TrafficKeys.from(shts), "server_handshake_key", "server_handshake_iv");
        assertKeys(TrafficKeys.from(chts), "client_handshake_key", "client_handshake_iv");

        add("encrypted_extensions");
        add("certificate");
        add("certificate_verify");
        assertThat(KeySchedule.finishedKey(shts)).isEqualTo(hex("server_finished_key"));
        assertThat(new Finished(KeySchedule.finishedVerifyData(shts, transcript.current())).message().encode())
                .isEqualTo(hex("server_finished"));
        add("server_finished");
        byte[] serverFinishedHash = transcript.current();
        assertThat(serverFinishedHash).isEqualTo(hex("server_finished_hash"));
        byte[] cats = schedule.clientApplicationTrafficSecret(serverFinishedHash);
        byte[] sats = schedule.serverApplicationTrafficSecret(serverFinishedHash);
        assertThat(cats).isEqualTo(hex("client_application_traffic_secret"));
        assertThat(sats).isEqualTo(hex("server_application_traffic_secret"));
        assertThat(schedule.exporterMasterSecret(serverFinishedHash)).isEqualTo(hex("exporter_master_secret"));
        assertKeys(TrafficKeys.from(sats), "server_application_key", "server_application_iv");
        assertKeys(TrafficKeys.from(cats), "client_application_key", "client_application_iv");

        assertThat(KeySchedule.finishedKey(chts)).isEqualTo(hex("client_finished_key"));
        assertThat(new Finished(KeySchedule.finishedVerifyData(chts, serverFinishedHash)).message().encode())
                .isEqualTo(hex("client_finished"));
        add("client_finished");
        assertThat(transcript.current()).isEqualTo(hex("client_finished_hash"));
        byte[] rms = schedule.resumptionMasterSecret(transcript.current());
        assertThat(rms).isEqualTo(hex("resumption_master_secret"));
        assertThat(KeySchedule.resumptionPsk(rms, new byte[] {0, 0})).isEqualTo(hex("resumption_psk"));
    }

    private static void assertKeys(TrafficKeys keys, String key, String iv) {
        assertThat(keys.key()).as(key).isEqualTo(hex(key));
        assertThat(keys.iv()).as(iv).isEqualTo(hex(iv));
    }

    @Test
    void theServersEncryptedFlightSealsToTheRfcsRecordAndOpensBack() {
        byte[] flight = concat(hex("encrypted_extensions"), hex("certificate"), hex("certificate_verify"), hex("server_finished"));
        TrafficKeys keys = TrafficKeys.from(hex("server_handshake_traffic_secret"));
        assertThat(new RecordProtection(keys).seal(ContentType.HANDSHAKE, flight)).isEqualTo(hex("server_handshake_record"));
        TlsRecord opened = new RecordProtection(keys).open(hex("server_handshake_record"));
        assertThat(opened.type()).isEqualTo(ContentType.HANDSHAKE);
        assertThat(new HandshakeReader().add(opened.fragment())).extracting(HandshakeMessage::type).containsExactly(
                HandshakeType.ENCRYPTED_EXTENSIONS, HandshakeType.CERTIFICATE, HandshakeType.CERTIFICATE_VERIFY, HandshakeType.FINISHED);
    }

    @Test
    void theClientFinishedAndTheApplicationDataRecordsMatch() {
        byte[] payload = new byte[50];
        IntStream.range(0, 50).forEach(i -> payload[i] = (byte) i);
        assertThat(new RecordProtection(TrafficKeys.from(hex("client_handshake_traffic_secret")))
                .seal(ContentType.HANDSHAKE, hex("client_finished"))).isEqualTo(hex("client_finished_record"));
        assertThat(new RecordProtection(TrafficKeys.from(hex("client_application_traffic_secret")))
                .seal(ContentType.APPLICATION_DATA, payload)).isEqualTo(hex("client_application_record"));
        // §5.3: the server's data is its second record under that key (the ticket was the first), sequence 1.
        RecordProtection server = new RecordProtection(TrafficKeys.from(hex("server_application_traffic_secret")), 1);
        assertThat(server.seal(ContentType.APPLICATION_DATA, payload)).isEqualTo(hex("server_application_record"));
        assertThat(new RecordProtection(TrafficKeys.from(hex("server_application_traffic_secret")), 1)
                .open(hex("server_application_record")).fragment()).isEqualTo(payload);
    }

    @Test
    void aRecordOpenedAtTheWrongSequenceNumberIsBadRecordMac() {
        RecordProtection atZero = new RecordProtection(TrafficKeys.from(hex("server_application_traffic_secret")), 0);
        assertThatThrownBy(() -> atZero.open(hex("server_application_record")))
                .isInstanceOfSatisfying(TlsAlertException.class, e -> assertThat(e.alert()).isEqualTo(AlertDescription.BAD_RECORD_MAC));
    }

    @Test
    void aFlippedBitInAProtectedRecordIsBadRecordMac() {
        byte[] record = hex("client_application_record");
        record[20] ^= 1;
        RecordProtection client = new RecordProtection(TrafficKeys.from(hex("client_application_traffic_secret")));
        assertThatThrownBy(() -> client.open(record))
                .isInstanceOfSatisfying(TlsAlertException.class, e -> assertThat(e.alert().code()).isEqualTo(20));
    }

    @Test
    void theServersCertificateVerifyVerifiesWithTheCertificatesKeyOverTheTranscript() throws Exception {
        add("client_hello");
        add("server_hello");
        add("encrypted_extensions");
        add("certificate");
        CertificateMessage certificate = CertificateMessage.decode(message("certificate"));
        assertThat(certificate.message().encode()).isEqualTo(hex("certificate"));
        X509Certificate leaf = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(certificate.chain().get(0)));
        CertificateVerify cv = CertificateVerify.decode(message("certificate_verify"));
        assertThat(cv.scheme()).isEqualTo(SignatureScheme.RSA_PSS_RSAE_SHA256.code());
        assertThat(cv.message().encode()).isEqualTo(hex("certificate_verify"));
        cv.verify(leaf.getPublicKey(), transcript.current());
        // Over any other transcript the same signature fails, and the client says decrypt_error.
        assertThatThrownBy(() -> cv.verify(leaf.getPublicKey(), Hkdf.sha256(new byte[] {1})))
                .isInstanceOfSatisfying(TlsAlertException.class, e -> assertThat(e.alert()).isEqualTo(AlertDescription.DECRYPT_ERROR));
    }

    @Test
    void encryptedExtensionsAndNewSessionTicketDecodeAndReencode() {
        assertThat(EncryptedExtensions.decode(message("encrypted_extensions")).message().encode()).isEqualTo(hex("encrypted_extensions"));
        NewSessionTicket ticket = NewSessionTicket.decode(message("new_session_ticket"));
        assertThat(ticket.lifetime()).isEqualTo(30);
        assertThat(ticket.nonce()).containsExactly(0, 0);
        assertThat(ticket.message().encode()).isEqualTo(hex("new_session_ticket"));
    }

    @Test
    void theHkdfLabelIsLengthLabelAndContext() {
        // RFC 8448 §3 "derive write traffic keys": key info 00 10 09 "tls13 key" 00, iv info 00 0c 08 "tls13 iv" 00.
        assertThat(Hkdf.label("key", new byte[0], 16)).isEqualTo(java.util.HexFormat.of().parseHex("001009746c733133206b657900"));
        assertThat(Hkdf.label("iv", new byte[0], 12)).isEqualTo(java.util.HexFormat.of().parseHex("000c08746c73313320697600"));
    }

    static byte[] concat(byte[]... parts) {
        byte[] out = new byte[0];
        for (byte[] p : parts) {
            int at = out.length;
            out = Arrays.copyOf(out, at + p.length);
            System.arraycopy(p, 0, out, at, p.length);
        }
        return out;
    }
}
