package org.wirewise.model.tls;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** The JDK's own TLS 1.3 or 1.2 (SSLEngine) driven in memory: bytes from the peer in, bytes for the peer out. */
final class JdkEngine {

    private final SSLEngine engine;
    private ByteBuffer netIn = ByteBuffer.allocate(0);
    private final ByteArrayOutputStream appIn = new ByteArrayOutputStream();
    private ByteBuffer appOut = ByteBuffer.allocate(0);

    private JdkEngine(SSLEngine engine) {
        this.engine = engine;
        engine.setEnabledProtocols(new String[] {"TLSv1.3"});
    }

    /** A JDK server with {@code cert} and its key. */
    static JdkEngine server(TestCertificates.Issued cert) throws Exception {
        return server(serverContext(cert));
    }

    /** A JDK server from {@code ctx}: engines of one context share its session cache, so a second can resume. */
    static JdkEngine server(SSLContext ctx) {
        SSLEngine e = ctx.createSSLEngine();
        e.setUseClientMode(false);
        return new JdkEngine(e);
    }

    /** A JDK server context with {@code cert} and its key. */
    static SSLContext serverContext(TestCertificates.Issued cert) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("server", cert.keys().getPrivate(), "pw".toCharArray(),
                new Certificate[] {CertificateCheck.parse(cert.der())});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance("SunX509");
        kmf.init(ks, "pw".toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }

    /**
     * A JDK server with {@code cert} that requires a client certificate (setNeedClientAuth) and
     * accepts exactly {@code clientCert}: a pin, because the JDK's PKIX checks dates at the wall clock.
     */
    static JdkEngine serverRequiringClient(TestCertificates.Issued cert, byte[] clientCert) throws Exception {
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(keyManagers("server", cert), new TrustManager[] {new PinnedTrust(clientCert)}, null);
        SSLEngine e = ctx.createSSLEngine();
        e.setUseClientMode(false);
        e.setNeedClientAuth(true);
        return new JdkEngine(e);
    }

    /** A JDK client for {@code host} that trusts exactly {@code serverCert} and holds {@code own} in its KeyManager. */
    static JdkEngine clientWithCertificate(String host, byte[] serverCert, TestCertificates.Issued own) throws Exception {
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(keyManagers("client", own), new TrustManager[] {new PinnedTrust(serverCert)}, null);
        SSLEngine e = ctx.createSSLEngine(host, 443);
        e.setUseClientMode(true);
        return new JdkEngine(e);
    }

    private static javax.net.ssl.KeyManager[] keyManagers(String alias, TestCertificates.Issued cert) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry(alias, cert.keys().getPrivate(), "pw".toCharArray(), new Certificate[] {CertificateCheck.parse(cert.der())});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance("SunX509");
        kmf.init(ks, "pw".toCharArray());
        return kmf.getKeyManagers();
    }

    /** A JDK client for {@code host} that trusts exactly {@code cert}. */
    static JdkEngine client(String host, byte[] cert) throws Exception {
        return client(clientContext(cert), host);
    }

    /** A JDK client context that trusts exactly {@code cert}; its session cache lets a second engine resume. */
    static SSLContext clientContext(byte[] cert) throws Exception {
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(null, new TrustManager[] {new PinnedTrust(cert)}, null);
        return ctx;
    }

    /** A JDK client for {@code host} from {@code ctx}: the same context and peer resume the session it cached. */
    static JdkEngine client(SSLContext ctx, String host) {
        SSLEngine e = ctx.createSSLEngine(host, 443);
        e.setUseClientMode(true);
        return new JdkEngine(e);
    }

    SSLEngine engine() {
        return engine;
    }

    /** This engine speaking TLS 1.2 and nothing else, as an old peer would. */
    JdkEngine onlyTls12() {
        engine.setEnabledProtocols(new String[] {"TLSv1.2"});
        return this;
    }

    void send(byte[] data) {
        appOut = ByteBuffer.wrap(data);
    }

    byte[] takeReceived() {
        byte[] b = appIn.toByteArray();
        appIn.reset();
        return b;
    }

    /** Takes the peer's bytes (maybe none) and returns what the engine writes in answer. */
    byte[] exchange(byte[] fromPeer) throws SSLException {
        ByteBuffer joined = ByteBuffer.allocate(netIn.remaining() + fromPeer.length);
        joined.put(netIn).put(fromPeer).flip();
        netIn = joined;
        ByteBuffer app = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize() + 64 * 1024);
        while (netIn.hasRemaining()) {
            SSLEngineResult r = engine.unwrap(netIn, app);
            runTasks();
            if (r.getStatus() != SSLEngineResult.Status.OK || r.bytesConsumed() == 0 && r.getHandshakeStatus() != SSLEngineResult.HandshakeStatus.NEED_UNWRAP) {
                break;
            }
        }
        app.flip();
        byte[] got = new byte[app.remaining()];
        app.get(got);
        appIn.writeBytes(got);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer net = ByteBuffer.allocate(engine.getSession().getPacketBufferSize() * 4);
        while (engine.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NEED_WRAP
                || engine.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NOT_HANDSHAKING && appOut.hasRemaining()) {
            net.clear();
            SSLEngineResult r = engine.wrap(appOut, net);
            runTasks();
            net.flip();
            out.write(net.array(), 0, net.limit());
            if (r.getStatus() == SSLEngineResult.Status.CLOSED || r.bytesProduced() == 0 && r.bytesConsumed() == 0) {
                break;
            }
        }
        return out.toByteArray();
    }

    private void runTasks() {
        for (Runnable t; (t = engine.getDelegatedTask()) != null; ) {
            t.run();
        }
    }

    /** Trusts one certificate and nothing else, as a server's or a client's. */
    private record PinnedTrust(byte[] der) implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            checkServerTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (!Arrays.equals(chain[0].getEncoded(), der)) {
                throw new CertificateException("not the pinned certificate");
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
