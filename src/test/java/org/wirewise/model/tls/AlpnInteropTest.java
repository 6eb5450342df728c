package org.wirewise.model.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.Test;

/** ALPN (RFC 7301) judged by the JDK's SSLEngine, which has spoken it since Java 9, over TLS 1.3 and TLS 1.2. */
class AlpnInteropTest {

    private static final String HOST = "www.example.com";
    private static final TestCertificates.Issued CERT = TestCertificates.selfSigned(HOST, 11);
    private static final ServerIdentity IDENTITY = new ServerIdentity(List.of(CERT.der()), CERT.keys().getPrivate(),
            SignatureScheme.ED25519);

    private static void protocols(JdkEngine jdk, String... names) {
        SSLParameters p = jdk.engine().getSSLParameters();
        p.setApplicationProtocols(names);
        jdk.engine().setSSLParameters(p);
    }

    private static SeededSecureRandom random(long seed) {
        return new SeededSecureRandom(new SplittableRandom(seed));
    }

    /** This client against the JDK's server until {@code done} (at most ten flights). */
    private static void asClient(JdkEngine jdk, TlsConnection client, BooleanSupplier done) throws Exception {
        for (int i = 0; i < 10 && !done.getAsBoolean(); i++) {
            client.receive(jdk.exchange(client.takeOutgoing()));
        }
    }

    /** The JDK's client against this server until {@code done} (at most ten flights). */
    private static void asServer(JdkEngine jdk, TlsConnection server, BooleanSupplier done) throws Exception {
        jdk.engine().beginHandshake();
        byte[] toServer = jdk.exchange(new byte[0]);
        for (int i = 0; i < 10 && !done.getAsBoolean(); i++) {
            server.receive(toServer);
            toServer = jdk.exchange(server.takeOutgoing());
        }
    }

    @Test
    void theJdksServerChoosesH2FromThisClientsOffer() throws Exception {
        JdkEngine jdk = JdkEngine.server(CERT);
        protocols(jdk, "h2", "http/1.1");
        TlsClient client = new TlsClient(HOST, CertificateCheck.pinned(CERT.der()), random(5)).withAlpn(List.of("h2", "http/1.1"));
        client.start();
        asClient(jdk, client, () -> client.state() == TlsEndpoint.State.CONNECTED);
        assertThat(client.failure()).isEmpty();
        assertThat(client.applicationProtocol()).contains("h2");
        assertThat(jdk.engine().getApplicationProtocol()).isEqualTo("h2");
    }

    @Test
    void thisServerChoosesFromTheJdkClientsOfferByItsOwnPreference() throws Exception {
        JdkEngine jdk = JdkEngine.client(HOST, CERT.der());
        protocols(jdk, "http/1.1", "h2");
        TlsServer server = new TlsServer(IDENTITY, random(6)).withAlpn(List.of("h2", "http/1.1"));
        asServer(jdk, server, () -> server.state() == TlsEndpoint.State.CONNECTED);
        assertThat(server.failure()).isEmpty();
        assertThat(server.applicationProtocol()).contains("h2");
        assertThat(jdk.engine().getApplicationProtocol()).isEqualTo("h2");
    }

    @Test
    void aClientOfferingNothingTheServerSpeaksIsRefusedWithNoApplicationProtocol() throws Exception {
        JdkEngine jdk = JdkEngine.client(HOST, CERT.der());
        protocols(jdk, "spdy/3");
        TlsServer server = new TlsServer(IDENTITY, random(6)).withAlpn(List.of("h2"));
        jdk.engine().beginHandshake();
        server.receive(jdk.exchange(new byte[0]));
        assertThat(server.failure()).contains(AlertDescription.NO_APPLICATION_PROTOCOL);
    }

    @Test
    void overTls12TheJdksServerChoosesH2FromThisClientsOffer() throws Exception {
        JdkEngine jdk = JdkEngine.server(CERT).onlyTls12();
        protocols(jdk, "h2", "http/1.1");
        Tls12Client client = new Tls12Client(HOST, CertificateCheck.pinned(CERT.der()), random(5)).withAlpn(List.of("h2", "http/1.1"));
        client.start();
        asClient(jdk, client, () -> client.established() || client.failure().isPresent());
        assertThat(client.failure()).isEmpty();
        assertThat(client.applicationProtocol()).contains("h2");
        assertThat(jdk.engine().getApplicationProtocol()).isEqualTo("h2");
    }

    @Test
    void overTls12ThisServerChoosesFromTheJdkClientsOfferByItsOwnPreference() throws Exception {
        JdkEngine jdk = JdkEngine.client(HOST, CERT.der()).onlyTls12();
        protocols(jdk, "http/1.1", "h2");
        Tls12Server server = new Tls12Server(IDENTITY, random(6)).withAlpn(List.of("h2", "http/1.1"));
        asServer(jdk, server, () -> server.established() || server.failure().isPresent());
        assertThat(server.failure()).isEmpty();
        assertThat(server.applicationProtocol()).contains("h2");
        assertThat(jdk.engine().getApplicationProtocol()).isEqualTo("h2");
    }

    @Test
    void overTls12AClientOfferingNothingTheServerSpeaksIsRefusedWithNoApplicationProtocol() throws Exception {
        JdkEngine jdk = JdkEngine.client(HOST, CERT.der()).onlyTls12();
        protocols(jdk, "spdy/3");
        Tls12Server server = new Tls12Server(IDENTITY, random(6)).withAlpn(List.of("h2"));
        jdk.engine().beginHandshake();
        server.receive(jdk.exchange(new byte[0]));
        assertThat(server.failure()).contains(AlertDescription.NO_APPLICATION_PROTOCOL);
    }
}
