package org.wirewise.model.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A second judge: the JDK's own TLS 1.3 (SSLEngine) completes a handshake with this client and
 * with this server, in memory, and application data crosses both ways.
 */
class JdkInteropTest {

    private static final String HOST = "www.example.com";
    private static final TestCertificates.Issued CERT = TestCertificates.selfSigned(HOST, 11);
    private static final byte[] REQUEST = "GET / HTTP/1.1\r\nHost: www.example.com\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RESPONSE = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi".getBytes(StandardCharsets.US_ASCII);

    @Test
    void thisClientCompletesAHandshakeWithTheJdksServer() throws Exception {
        JdkEngine jdk = JdkEngine.server(CERT);
        TlsClient client = new TlsClient(HOST, CertificateCheck.pinned(CERT.der()), new SeededSecureRandom(new SplittableRandom(5)));
        client.start();
        for (int i = 0; i < 10 && client.state() != TlsEndpoint.State.CONNECTED; i++) {
            client.receive(jdk.exchange(client.takeOutgoing()));
        }
        assertThat(client.failure()).isEmpty();
        assertThat(client.state()).isEqualTo(TlsEndpoint.State.CONNECTED);
        client.send(REQUEST);
        jdk.send(RESPONSE);
        client.receive(jdk.exchange(client.takeOutgoing()));
        client.receive(jdk.exchange(new byte[0]));
        assertThat(jdk.takeReceived()).isEqualTo(REQUEST);
        assertThat(client.takeReceived()).isEqualTo(RESPONSE);
        assertThat(jdk.engine().getSession().getProtocol()).isEqualTo("TLSv1.3");
        assertThat(jdk.engine().getSession().getCipherSuite()).isEqualTo("TLS_AES_128_GCM_SHA256");
    }

    @Test
    void theJdksClientCompletesAHandshakeWithThisServer() throws Exception {
        JdkEngine jdk = JdkEngine.client(HOST, CERT.der());
        TlsServer server = new TlsServer(new ServerIdentity(List.of(CERT.der()), CERT.keys().getPrivate(), SignatureScheme.ED25519),
                new SeededSecureRandom(new SplittableRandom(6)));
        jdk.engine().beginHandshake();
        byte[] toServer = jdk.exchange(new byte[0]);
        for (int i = 0; i < 10 && server.state() != TlsEndpoint.State.CONNECTED; i++) {
            server.receive(toServer);
            toServer = jdk.exchange(server.takeOutgoing());
        }
        assertThat(server.failure()).isEmpty();
        assertThat(server.state()).isEqualTo(TlsEndpoint.State.CONNECTED);
        assertThat(server.requestedName()).contains(HOST);
        jdk.send(REQUEST);
        server.receive(jdk.exchange(server.takeOutgoing()));
        assertThat(server.takeReceived()).isEqualTo(REQUEST);
        server.send(RESPONSE);
        jdk.exchange(server.takeOutgoing());
        assertThat(jdk.takeReceived()).isEqualTo(RESPONSE);
        assertThat(jdk.engine().getSession().getProtocol()).isEqualTo("TLSv1.3");
        assertThat(jdk.engine().getSession().getPeerCertificates()[0].getEncoded()).isEqualTo(CERT.der());
    }
}
