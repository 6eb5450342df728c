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

    /** This client's handshake with {@code jdk}, then whatever the JDK sends after it (its tickets). */
    private static void handshake(TlsClient client, JdkEngine jdk) throws Exception {
        client.start();
        for (int i = 0; i < 10 && client.state() != TlsEndpoint.State.CONNECTED && client.failure().isEmpty(); i++) {
            client.receive(jdk.exchange(client.takeOutgoing()));
        }
        client.receive(jdk.exchange(client.takeOutgoing()));
    }

    @Test
    void thisClientResumesASessionWithTheJdksServer() throws Exception {
        javax.net.ssl.SSLContext ctx = JdkEngine.serverContext(CERT);
        TlsClient first = new TlsClient(HOST, CertificateCheck.pinned(CERT.der()), new SeededSecureRandom(new SplittableRandom(5)));
        handshake(first, JdkEngine.server(ctx));
        assertThat(first.resumptionTicket()).isPresent();

        TlsClient second = new TlsClient(HOST, CertificateCheck.pinned(CERT.der()), new SeededSecureRandom(new SplittableRandom(8)));
        second.resume(first.resumptionTicket().orElseThrow(), 500, new byte[0]);
        JdkEngine jdk = JdkEngine.server(ctx);
        handshake(second, jdk);
        assertThat(second.failure()).isEmpty();
        assertThat(second.state()).isEqualTo(TlsEndpoint.State.CONNECTED);
        // The JDK checked this client's binder and chose its PSK: no Certificate came.
        assertThat(second.resumed()).isTrue();
        assertThat(second.events()).extracting(TlsEvent::name).doesNotContain("Certificate", "CertificateVerify");
        second.send(REQUEST);
        jdk.exchange(second.takeOutgoing());
        assertThat(jdk.takeReceived()).isEqualTo(REQUEST);
    }

    /** Runs the JDK client's handshake against {@code server} and hands it the server's ticket afterwards. */
    private static void handshake(JdkEngine jdk, TlsServer server) throws Exception {
        jdk.engine().beginHandshake();
        byte[] toServer = jdk.exchange(new byte[0]);
        for (int i = 0; i < 10 && server.state() != TlsEndpoint.State.CONNECTED && server.failure().isEmpty(); i++) {
            server.receive(toServer);
            toServer = jdk.exchange(server.takeOutgoing());
        }
        jdk.exchange(server.takeOutgoing()); // the NewSessionTicket
    }

    @Test
    void theJdksClientResumesASessionWithThisServerWithoutItsCertificate() throws Exception {
        SessionTickets tickets = new SessionTickets(SessionTickets.EarlyDataPolicy.ACCEPT_ANY);
        javax.net.ssl.SSLContext ctx = JdkEngine.clientContext(CERT.der());
        ServerIdentity identity = new ServerIdentity(List.of(CERT.der()), CERT.keys().getPrivate(), SignatureScheme.ED25519);
        TlsServer first = new TlsServer(identity, new SeededSecureRandom(new SplittableRandom(6)), tickets);
        handshake(JdkEngine.client(ctx, HOST), first);
        assertThat(first.resumed()).isFalse();

        JdkEngine jdk = JdkEngine.client(ctx, HOST);
        TlsServer second = new TlsServer(identity, new SeededSecureRandom(new SplittableRandom(7)), tickets);
        handshake(jdk, second);
        assertThat(second.failure()).isEmpty();
        assertThat(second.state()).isEqualTo(TlsEndpoint.State.CONNECTED);
        // The JDK offered the ticket with a binder this server checked; no certificate crossed.
        assertThat(second.resumed()).isTrue();
        assertThat(second.events()).extracting(TlsEvent::name).doesNotContain("Certificate", "CertificateVerify");
        jdk.send(REQUEST);
        second.receive(jdk.exchange(new byte[0]));
        assertThat(second.takeReceived()).isEqualTo(REQUEST);
    }
}
