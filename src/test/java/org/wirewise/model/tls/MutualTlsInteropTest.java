package org.wirewise.model.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The second judge for client authentication: the JDK's SSLEngine server with setNeedClientAuth
 * accepts this client and its seeded certificate chain, and this server, asking for a
 * certificate, accepts the JDK's client holding one in its KeyManager.
 */
class MutualTlsInteropTest {

    private static final String HOST = "www.example.com";
    private static final TestCertificates.Issued SERVER_CERT = TestCertificates.selfSigned(HOST, 11);
    private static final byte[] REQUEST = "GET / HTTP/1.1\r\nHost: www.example.com\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theJdksServerRequiringAClientCertificateAcceptsThisClientsCertificate() throws Exception {
        ClientCredential credential = ClientCredential.of(42, true);
        JdkEngine jdk = JdkEngine.serverRequiringClient(SERVER_CERT, credential.leaf().der());
        TlsClient client = new TlsClient(HOST, CertificateCheck.pinned(SERVER_CERT.der()), new SeededSecureRandom(new SplittableRandom(5)))
                .withCertificate(credential.identity());
        client.start();
        for (int i = 0; i < 10 && client.state() != TlsEndpoint.State.CONNECTED; i++) {
            client.receive(jdk.exchange(client.takeOutgoing()));
        }
        assertThat(client.failure()).isEmpty();
        assertThat(client.certificateRequest()).isPresent();
        client.send(REQUEST);
        client.receive(jdk.exchange(client.takeOutgoing()));
        assertThat(jdk.takeReceived()).isEqualTo(REQUEST);
        assertThat(jdk.engine().getSession().getPeerCertificates()[0].getEncoded()).isEqualTo(credential.leaf().der());
        assertThat(jdk.engine().getSession().getPeerCertificates()).hasSize(2);
    }

    /**
     * RFC 8446 §4.4.2.4 lets a server refuse an empty Certificate with certificate_required (116),
     * which this server and OpenSSL send; the JDK 17 server sends bad_certificate (42) instead
     * ("Empty client certificate chain"). Either way this client reads the alert and fails.
     */
    @Test
    void theJdksServerRefusesThisClientsEmptyCertificateWithBadCertificate() throws Exception {
        JdkEngine jdk = JdkEngine.serverRequiringClient(SERVER_CERT, ClientCredential.of(42, true).leaf().der());
        TlsClient client = new TlsClient(HOST, CertificateCheck.pinned(SERVER_CERT.der()), new SeededSecureRandom(new SplittableRandom(5)));
        client.start();
        for (int i = 0; i < 10 && client.failure().isEmpty(); i++) {
            try {
                client.receive(jdk.exchange(client.takeOutgoing()));
            } catch (javax.net.ssl.SSLException refused) {
                client.receive(jdk.exchange(new byte[0]));
            }
        }
        assertThat(client.events()).extracting(TlsEvent::name).containsSubsequence("Certificate", "Finished");
        assertThat(client.failure()).contains(AlertDescription.BAD_CERTIFICATE);
    }

    @Test
    void thisServerAcceptsTheJdksClientHoldingACertificate() throws Exception {
        TestCertificates.Issued clientCert = TestCertificates.selfSigned(ClientCredential.NAME, 13);
        JdkEngine jdk = JdkEngine.clientWithCertificate(HOST, SERVER_CERT.der(), clientCert);
        TlsServer server = new TlsServer(new ServerIdentity(java.util.List.of(SERVER_CERT.der()), SERVER_CERT.keys().getPrivate(),
                SignatureScheme.ED25519), new SeededSecureRandom(new SplittableRandom(6)))
                .requestClientCertificate(CertificateCheck.pinned(clientCert.der()), ClientCredential.NAME);
        jdk.engine().beginHandshake();
        byte[] toServer = jdk.exchange(new byte[0]);
        for (int i = 0; i < 10 && server.state() != TlsEndpoint.State.CONNECTED && server.failure().isEmpty(); i++) {
            server.receive(toServer);
            toServer = jdk.exchange(server.takeOutgoing());
        }
        assertThat(server.failure()).isEmpty();
        assertThat(server.state()).isEqualTo(TlsEndpoint.State.CONNECTED);
        assertThat(server.clientChain().get(0)).isEqualTo(clientCert.der());
        jdk.send(REQUEST);
        server.receive(jdk.exchange(server.takeOutgoing()));
        assertThat(server.takeReceived()).isEqualTo(REQUEST);
        assertThat(jdk.engine().getSession().getLocalCertificates()[0].getEncoded()).isEqualTo(clientCert.der());
    }
}
