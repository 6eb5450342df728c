package org.wirewise.model.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * RFC 8448 §6 ("Client Authentication"): from the trace's x25519 private keys, this key schedule
 * opens and re-seals every record the section lists, the CertificateRequest re-encodes byte for
 * byte, both Finished messages match, and both CertificateVerify signatures (ECDSA from the server,
 * salted RSA-PSS from the client, whose private keys the RFC does not give) verify over the
 * content this code builds, with the client's context string (RFC 8446 §4.4.3).
 */
class Rfc8448ClientAuthTest {

    private static final Map<String, byte[]> RFC = Rfc8448Vectors.load("rfc8448-section6.txt");

    private final TranscriptHash transcript = new TranscriptHash();
    private final KeySchedule schedule = new KeySchedule();

    private static byte[] hex(String name) {
        return RFC.get(name).clone();
    }

    private static HandshakeMessage message(byte[] m) {
        return new HandshakeMessage(HandshakeType.of(m[0] & 0xFF), Arrays.copyOfRange(m, 4, m.length));
    }

    private TrafficKeysPair handshake() {
        X25519 client = X25519.fromPrivate(hex("client_private"));
        X25519 server = X25519.fromPrivate(hex("server_private"));
        ServerHello hello = ServerHello.decode(message(hex("server_hello")));
        byte[] serverShare = hello.extension(Extension.KEY_SHARE).orElseThrow().serverKeyShare().keyExchange();
        assertThat(client.publicKey()).isEqualTo(hex("client_public"));
        assertThat(server.publicKey()).as("the server's share in its ServerHello").isEqualTo(serverShare);
        byte[] shared = client.sharedSecret(serverShare);
        assertThat(server.sharedSecret(client.publicKey())).isEqualTo(shared);
        schedule.handshakeSecret(shared);
        transcript.add(hex("client_hello"));
        transcript.add(hex("server_hello"));
        byte[] hash = transcript.current();
        return new TrafficKeysPair(schedule.clientHandshakeTrafficSecret(hash), schedule.serverHandshakeTrafficSecret(hash));
    }

    private record TrafficKeysPair(byte[] client, byte[] server) {
    }

    @Test
    void theClientHelloIsTheRfcsAndOffersTheKeyShare() {
        ClientHello hello = ClientHello.decode(message(hex("client_hello")));
        assertThat(hello.random()).isEqualTo(hex("client_random"));
        assertThat(hello.extension(Extension.KEY_SHARE).orElseThrow().clientKeyShares()).singleElement()
                .satisfies(s -> assertThat(s.keyExchange()).isEqualTo(hex("client_public")));
        assertThat(new TlsRecord(ContentType.HANDSHAKE, hello.message().encode()).encode(TlsRecord.CLIENT_HELLO_VERSION))
                .isEqualTo(hex("client_hello_record"));
    }

    @Test
    void theCertificateRequestDecodesAndReencodes() {
        CertificateRequest request = CertificateRequest.decode(message(hex("certificate_request")));
        assertThat(request.context()).isEmpty();
        assertThat(request.schemes()).containsExactly(0x0403, 0x0503, 0x0603, 0x0203, 0x0804, 0x0805, 0x0806,
                0x0401, 0x0501, 0x0601, 0x0201, 0x0402, 0x0502, 0x0602, 0x0202);
        assertThat(request.message().encode()).isEqualTo(hex("certificate_request"));
        assertThat(new CertificateRequest(new byte[0], List.of(Extension.codes16(Extension.SIGNATURE_ALGORITHMS,
                request.schemes()))).message().encode()).isEqualTo(hex("certificate_request"));
    }

    @Test
    void theServersFlightWithTheCertificateRequestSealsToTheRfcsRecord() {
        TrafficKeysPair keys = handshake();
        byte[] flight = Rfc8448SimpleHandshakeTest.concat(hex("encrypted_extensions"), hex("certificate_request"),
                hex("server_certificate"), hex("server_certificate_verify"), hex("server_finished"));
        assertThat(new RecordProtection(TrafficKeys.from(keys.server())).seal(ContentType.HANDSHAKE, flight))
                .isEqualTo(hex("server_handshake_record"));
        TlsRecord opened = new RecordProtection(TrafficKeys.from(keys.server())).open(hex("server_handshake_record"));
        assertThat(new HandshakeReader().add(opened.fragment())).extracting(HandshakeMessage::type).containsExactly(
                HandshakeType.ENCRYPTED_EXTENSIONS, HandshakeType.CERTIFICATE_REQUEST, HandshakeType.CERTIFICATE,
                HandshakeType.CERTIFICATE_VERIFY, HandshakeType.FINISHED);
    }

    @Test
    void bothSignaturesVerifyAndBothFinishedMatchOverTheLongerTranscript() {
        TrafficKeysPair keys = handshake();
        transcript.add(hex("encrypted_extensions"));
        transcript.add(hex("certificate_request"));
        transcript.add(hex("server_certificate"));
        assertThat(CertificateVerify.signedContent(CertificateVerify.SERVER_CONTEXT, transcript.current()))
                .isEqualTo(hex("server_signed_content"));
        CertificateVerify serverCv = CertificateVerify.decode(message(hex("server_certificate_verify")));
        assertThat(serverCv.scheme()).isEqualTo(SignatureScheme.ECDSA_SECP256R1_SHA256.code());
        serverCv.verify(leafKey("server_certificate"), transcript.current());
        transcript.add(hex("server_certificate_verify"));
        assertThat(new Finished(KeySchedule.finishedVerifyData(keys.server(), transcript.current())).message().encode())
                .isEqualTo(hex("server_finished"));
        transcript.add(hex("server_finished"));
        byte[] serverFinishedHash = transcript.current();

        // The client's flight: Certificate, CertificateVerify, Finished in one record under its handshake key.
        TlsRecord opened = new RecordProtection(TrafficKeys.from(keys.client())).open(hex("client_flight_record"));
        assertThat(new RecordProtection(TrafficKeys.from(keys.client())).seal(ContentType.HANDSHAKE, opened.fragment()))
                .isEqualTo(hex("client_flight_record"));
        List<HandshakeMessage> flight = new HandshakeReader().add(opened.fragment());
        assertThat(flight).extracting(HandshakeMessage::type)
                .containsExactly(HandshakeType.CERTIFICATE, HandshakeType.CERTIFICATE_VERIFY, HandshakeType.FINISHED);
        CertificateMessage clientCertificate = CertificateMessage.decode(flight.get(0));
        assertThat(clientCertificate.requestContext()).isEmpty();
        assertThat(clientCertificate.message().encode()).isEqualTo(flight.get(0).encode());
        transcript.add(flight.get(0).encode());
        assertThat(CertificateVerify.signedContent(CertificateVerify.CLIENT_CONTEXT, transcript.current()))
                .isEqualTo(hex("client_signed_content"));
        CertificateVerify clientCv = CertificateVerify.decode(flight.get(1));
        assertThat(clientCv.scheme()).isEqualTo(SignatureScheme.RSA_PSS_RSAE_SHA256.code());
        assertThat(clientCv.signature()).isEqualTo(hex("client_signature"));
        java.security.PublicKey clientKey = CertificateCheck.parse(clientCertificate.chain().get(0)).getPublicKey();
        clientCv.verify(CertificateVerify.CLIENT_CONTEXT, clientKey, transcript.current());
        // The same signature under the server's context string is not valid: the contexts keep the roles apart.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> clientCv.verify(clientKey, transcript.current()))
                .isInstanceOfSatisfying(TlsAlertException.class, e -> assertThat(e.alert()).isEqualTo(AlertDescription.DECRYPT_ERROR));
        transcript.add(flight.get(1).encode());
        assertThat(Finished.decode(flight.get(2)).matches(keys.client(), transcript.current())).isTrue();

        // Application keys come from the transcript through the server's Finished, not the client's flight (§7.1).
        byte[] cats = schedule.clientApplicationTrafficSecret(serverFinishedHash);
        byte[] sats = schedule.serverApplicationTrafficSecret(serverFinishedHash);
        byte[] closeNotify = Alert.of(AlertDescription.CLOSE_NOTIFY).encode();
        assertThat(new RecordProtection(TrafficKeys.from(cats)).seal(ContentType.ALERT, closeNotify))
                .isEqualTo(hex("client_close_notify_record"));
        assertThat(new RecordProtection(TrafficKeys.from(sats)).seal(ContentType.ALERT, closeNotify))
                .isEqualTo(hex("server_close_notify_record"));
    }

    private static java.security.PublicKey leafKey(String certificateMessage) {
        return CertificateCheck.parse(CertificateMessage.decode(message(hex(certificateMessage))).chain().get(0)).getPublicKey();
    }
}
