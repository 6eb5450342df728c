package org.wirewise.model.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The JDK's own TLS 1.2 (SSLEngine limited to TLSv1.2) as the judge of the TLS 1.2 endpoints: it
 * completes ECDHE handshakes with this client and with this server in memory, checking every
 * signature, both Finished and every record's tag, and application data crosses both ways.
 */
class Tls12InteropTest {

    private static final String HOST = "www.example.com";
    private static final TestCertificates.Issued CERT = TestCertificates.selfSigned(HOST, 11);
    private static final byte[] REQUEST = "GET / HTTP/1.1\r\nHost: www.example.com\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RESPONSE = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi".getBytes(StandardCharsets.US_ASCII);

    private static Tls12Server server(long seed) {
        return new Tls12Server(new ServerIdentity(List.of(CERT.der()), CERT.keys().getPrivate(), SignatureScheme.ED25519),
                new SeededSecureRandom(new SplittableRandom(seed)));
    }

    @Test
    void thisClientCompletesATls12HandshakeWithTheJdksServer() throws Exception {
        JdkEngine jdk = JdkEngine.server(CERT).onlyTls12();
        Tls12Client client = new Tls12Client(HOST, CertificateCheck.pinned(CERT.der()), new SeededSecureRandom(new SplittableRandom(5)));
        client.start();
        for (int i = 0; i < 10 && !client.established() && client.failure().isEmpty(); i++) {
            client.receive(jdk.exchange(client.takeOutgoing()));
        }
        assertThat(client.failure()).isEmpty();
        assertThat(client.established()).isTrue();
        assertThat(client.extendedMasterSecret()).as("the JDK agrees on RFC 7627's extended master secret").isTrue();
        client.send(REQUEST);
        jdk.send(RESPONSE);
        client.receive(jdk.exchange(client.takeOutgoing()));
        client.receive(jdk.exchange(new byte[0]));
        assertThat(jdk.takeReceived()).isEqualTo(REQUEST);
        assertThat(client.takeReceived()).isEqualTo(RESPONSE);
        assertThat(jdk.engine().getSession().getProtocol()).isEqualTo("TLSv1.2");
        assertThat(jdk.engine().getSession().getCipherSuite()).isEqualTo("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256");
    }

    @Test
    void theJdksClientCompletesATls12HandshakeWithThisServer() throws Exception {
        JdkEngine jdk = JdkEngine.client(HOST, CERT.der()).onlyTls12();
        Tls12Server server = server(6);
        jdk.engine().beginHandshake();
        byte[] toServer = jdk.exchange(new byte[0]);
        for (int i = 0; i < 10 && !server.established() && server.failure().isEmpty(); i++) {
            server.receive(toServer);
            toServer = jdk.exchange(server.takeOutgoing());
        }
        assertThat(server.failure()).isEmpty();
        assertThat(server.established()).isTrue();
        assertThat(server.requestedName()).contains(HOST);
        assertThat(server.extendedMasterSecret()).isTrue();
        jdk.send(REQUEST);
        server.receive(jdk.exchange(new byte[0]));
        assertThat(server.takeReceived()).isEqualTo(REQUEST);
        server.send(RESPONSE);
        jdk.exchange(server.takeOutgoing());
        assertThat(jdk.takeReceived()).isEqualTo(RESPONSE);
        assertThat(jdk.engine().getSession().getProtocol()).isEqualTo("TLSv1.2");
        assertThat(jdk.engine().getSession().getCipherSuite()).isEqualTo("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256");
        assertThat(jdk.engine().getSession().getPeerCertificates()[0].getEncoded()).isEqualTo(CERT.der());
    }

    @Test
    void theJdksServerRefusesAFinishedThatDoesNotMatch() throws Exception {
        JdkEngine jdk = JdkEngine.server(CERT).onlyTls12();
        Tls12Client client = new Tls12Client(HOST, CertificateCheck.pinned(CERT.der()), new SeededSecureRandom(new SplittableRandom(5)));
        client.start();
        client.receive(jdk.exchange(client.takeOutgoing()));
        byte[] flight = client.takeOutgoing();
        flight[flight.length - 1] ^= 1; // the last byte of the Finished record's tag
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdk.exchange(flight)).isInstanceOf(javax.net.ssl.SSLException.class);
    }
}
