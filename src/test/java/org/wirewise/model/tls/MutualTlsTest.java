package org.wirewise.model.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.wirewise.model.tls.cert.Certificate;

/**
 * Client authentication (RFC 8446 §4.3.2, §4.4.2-§4.4.4) between this client and server: the
 * seeded client certificate is accepted, an empty Certificate is certificate_required (116) and a
 * certificate from a CA the server does not trust is unknown_ca (48).
 */
class MutualTlsTest {

    private static final long SEED = 42;
    private static final LessonServer SERVER = LessonServer.of(SEED);

    private static TlsServer server() {
        return new TlsServer(SERVER.identity(), new SeededSecureRandom(new SplittableRandom(2)))
                .requestClientCertificate(SERVER.clientCheck(), ClientCredential.NAME);
    }

    private static TlsClient client() {
        return new TlsClient(SERVER.chain().host(), SERVER.clientCheck(), new SeededSecureRandom(new SplittableRandom(1)));
    }

    private static void pump(TlsEndpoint a, TlsEndpoint b) {
        for (boolean moved = true; moved; ) {
            byte[] ab = a.takeOutgoing();
            byte[] ba = b.takeOutgoing();
            moved = ab.length + ba.length > 0;
            if (ab.length > 0) {
                b.receive(ab);
            }
            if (ba.length > 0) {
                a.receive(ba);
            }
        }
    }

    private static List<String> sent(TlsEndpoint e) {
        return e.events().stream().filter(ev -> ev.kind() == TlsEvent.Kind.SENT).map(TlsEvent::name).toList();
    }

    @Test
    void aClientWithATrustedCertificateIsAcceptedAndTheServerKnowsItsName() {
        ClientCredential credential = ClientCredential.of(SEED, true);
        TlsClient c = client().withCertificate(credential.identity());
        TlsServer s = server();
        c.start();
        pump(c, s);
        assertThat(c.failure()).isEmpty();
        assertThat(s.failure()).isEmpty();
        assertThat(s.state()).isEqualTo(TlsEndpoint.State.CONNECTED);
        assertThat(sent(s)).startsWith("ServerHello", "EncryptedExtensions", "CertificateRequest", "Certificate", "CertificateVerify", "Finished");
        assertThat(sent(c)).containsExactly("ClientHello", "Certificate", "CertificateVerify", "Finished");
        assertThat(c.certificateRequest().orElseThrow().schemes()).contains(SignatureScheme.ED25519.code());
        assertThat(Certificate.parse(s.clientChain().get(0)).dnsNames()).containsExactly("client.example.com");
        c.send(new byte[] {1, 2, 3});
        pump(c, s);
        assertThat(s.takeReceived()).containsExactly(1, 2, 3);
    }

    @Test
    void aClientWithoutACertificateSendsAnEmptyOneAndIsRefusedWithCertificateRequired() {
        TlsClient c = client();
        TlsServer s = server();
        c.start();
        pump(c, s);
        assertThat(sent(c)).containsExactly("ClientHello", "Certificate", "Finished");
        assertThat(s.failure()).contains(AlertDescription.CERTIFICATE_REQUIRED);
        assertThat(AlertDescription.CERTIFICATE_REQUIRED.code()).isEqualTo(116);
        assertThat(c.failure()).contains(AlertDescription.CERTIFICATE_REQUIRED);
        assertThat(s.clientChain()).isEmpty();
    }

    @Test
    void aClientCertificateFromAnUntrustedCaIsUnknownCa() {
        ClientCredential stranger = ClientCredential.of(SEED, false);
        assertThat(stranger.leaf().issuer().organization()).isEqualTo("Nobody Trust");
        TlsClient c = client().withCertificate(stranger.identity());
        TlsServer s = server();
        c.start();
        pump(c, s);
        assertThat(s.failure()).contains(AlertDescription.UNKNOWN_CA);
        assertThat(AlertDescription.UNKNOWN_CA.code()).isEqualTo(48);
        assertThat(c.failure()).contains(AlertDescription.UNKNOWN_CA);
    }

    @Test
    void aServerThatAsksForNothingGetsNoClientCertificateEvenFromAClientThatHasOne() {
        TlsClient c = client().withCertificate(ClientCredential.of(SEED, true).identity());
        TlsServer s = new TlsServer(SERVER.identity(), new SeededSecureRandom(new SplittableRandom(2)));
        c.start();
        pump(c, s);
        assertThat(sent(c)).containsExactly("ClientHello", "Finished");
        assertThat(c.certificateRequest()).isEmpty();
        assertThat(s.state()).isEqualTo(TlsEndpoint.State.CONNECTED);
    }

    @Test
    void theClientsSignatureUsesTheClientContextSoTheServersStringDoesNotVerify() {
        byte[] hash = Hkdf.sha256(new byte[] {7});
        ClientCredential credential = ClientCredential.of(SEED, true);
        CertificateVerify cv = CertificateVerify.sign(CertificateVerify.CLIENT_CONTEXT, SignatureScheme.ED25519,
                credential.identity().key(), hash, new SeededSecureRandom(new SplittableRandom(3)));
        cv.verify(CertificateVerify.CLIENT_CONTEXT, credential.leaf().publicKey(), hash);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cv.verify(credential.leaf().publicKey(), hash))
                .isInstanceOfSatisfying(TlsAlertException.class, e -> assertThat(e.alert()).isEqualTo(AlertDescription.DECRYPT_ERROR));
    }
}
