package org.wirewise.model.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.Test;

/** ALPN (RFC 7301) judged by the JDK's SSLEngine, which has spoken it since Java 9. */
class AlpnInteropTest {

    private static final String HOST = "www.example.com";
    private static final TestCertificates.Issued CERT = TestCertificates.selfSigned(HOST, 11);

    private static void protocols(JdkEngine jdk, String... names) {
        SSLParameters p = jdk.engine().getSSLParameters();
        p.setApplicationProtocols(names);
        jdk.engine().setSSLParameters(p);
    }

    @Test
    void theJdksServerChoosesH2FromThisClientsOffer() throws Exception {
        JdkEngine jdk = JdkEngine.server(CERT);
        protocols(jdk, "h2", "http/1.1");
        TlsClient client = new TlsClient(HOST, CertificateCheck.pinned(CERT.der()), new SeededSecureRandom(new SplittableRandom(5)))
                .withAlpn(List.of("h2", "http/1.1"));
        client.start();
        for (int i = 0; i < 10 && client.state() != TlsEndpoint.State.CONNECTED; i++) {
            client.receive(jdk.exchange(client.takeOutgoing()));
        }
        assertThat(client.failure()).isEmpty();
        assertThat(client.applicationProtocol()).contains("h2");
        assertThat(jdk.engine().getApplicationProtocol()).isEqualTo("h2");
    }

    @Test
    void thisServerChoosesFromTheJdkClientsOfferByItsOwnPreference() throws Exception {
        JdkEngine jdk = JdkEngine.client(HOST, CERT.der());
        protocols(jdk, "http/1.1", "h2");
        TlsServer server = new TlsServer(new ServerIdentity(List.of(CERT.der()), CERT.keys().getPrivate(), SignatureScheme.ED25519),
                new SeededSecureRandom(new SplittableRandom(6))).withAlpn(List.of("h2", "http/1.1"));
        jdk.engine().beginHandshake();
        byte[] toServer = jdk.exchange(new byte[0]);
        for (int i = 0; i < 10 && server.state() != TlsEndpoint.State.CONNECTED; i++) {
            server.receive(toServer);
            toServer = jdk.exchange(server.takeOutgoing());
        }
        assertThat(server.failure()).isEmpty();
        assertThat(server.applicationProtocol()).contains("h2");
        assertThat(jdk.engine().getApplicationProtocol()).isEqualTo("h2");
    }

    @Test
    void aClientOfferingNothingTheServerSpeaksIsRefusedWithNoApplicationProtocol() throws Exception {
        JdkEngine jdk = JdkEngine.client(HOST, CERT.der());
        protocols(jdk, "spdy/3");
        TlsServer server = new TlsServer(new ServerIdentity(List.of(CERT.der()), CERT.keys().getPrivate(), SignatureScheme.ED25519),
                new SeededSecureRandom(new SplittableRandom(6))).withAlpn(List.of("h2"));
        jdk.engine().beginHandshake();
        server.receive(jdk.exchange(new byte[0]));
        assertThat(server.failure()).contains(AlertDescription.NO_APPLICATION_PROTOCOL);
    }
}
