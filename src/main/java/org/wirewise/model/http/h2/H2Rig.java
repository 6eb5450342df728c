package org.wirewise.model.http.h2;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.wirewise.model.tls.LessonServer;
import org.wirewise.model.tls.SeededSecureRandom;
import org.wirewise.model.tls.TlsClient;
import org.wirewise.model.tls.TlsServer;
import org.wirewise.model.tls.TlsSocket;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.transport.ClientServer;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpTuning;

/**
 * A browser and a web server speaking HTTP/2 on a {@link ClientServer} network: cleartext h2c
 * on port 80 with prior knowledge, or h2 on port 443 over TLS 1.3 with ALPN (both ends offer
 * "h2" then "http/1.1", as browsers and servers do). Lessons and labs build on it.
 */
public final class H2Rig {

    /** Linux's TCP defaults (MSS 1460, SACK, window scaling, timestamps, IW10). */
    public static final TcpConfig LINUX = new TcpConfig(TcpConfig.ETHERNET_MSS, true, 7, true, true,
            TcpConfig.linuxInitialWindow(TcpConfig.ETHERNET_MSS));

    public enum Security { H2C, TLS }

    private final ClientServer net;
    private final Security security;
    private final TcpSocket socket;
    private final H2Client client;
    private final List<H2Server> servers = new ArrayList<>();
    private final List<SessionSecret> keyLog = new ArrayList<>();
    private Consumer<SessionSecret> secretTap = s -> { };

    public H2Rig(ClientServer net, Security security, long seed, Settings clientSettings, Settings serverSettings,
                 H2Server.Handler handler) {
        this.net = net;
        this.security = security;
        LessonServer identity = security == Security.TLS ? LessonServer.of(seed) : null;
        net.serverTcp.listen(port(), LINUX.withLinuxListenerWindow(), TcpTuning.DEFAULTS, accepted -> {
            H2Transport t = H2Transport.tcp(accepted);
            if (identity != null) {
                TlsServer tls = new TlsServer(identity.identity(), new SeededSecureRandom(net.network.stream("tls server")))
                        .withAlpn(List.of(H2Transport.ALPN_H2, "http/1.1"));
                t = H2Transport.tls(TlsSocket.server(accepted, tls, s -> { }));
            }
            servers.add(new H2Server(t, serverSettings, handler));
        });
        socket = net.clientTcp.open(net.clientTcp.ephemeralPort(), LINUX, TcpTuning.DEFAULTS);
        H2Transport t = H2Transport.tcp(socket);
        if (identity != null) {
            TlsClient tls = new TlsClient(identity.chain().host(), identity.clientCheck(),
                    new SeededSecureRandom(net.network.stream("tls client"))).withAlpn(List.of(H2Transport.ALPN_H2, "http/1.1"));
            t = H2Transport.tls(TlsSocket.client(socket, tls, s -> {
                keyLog.add(s);
                secretTap.accept(s);
            }));
        }
        client = new H2Client(t, clientSettings, () -> net.network.simulation().now());
    }

    /** The server's port: 80 for h2c, 443 for h2. */
    public int port() {
        return security == Security.TLS ? 443 : 80;
    }

    /** The client opens TCP (and TLS); requests fetched before this wait for the connection. */
    public void connect() {
        socket.connect(net.serverIdentity().address(), port());
    }

    public H2Client client() {
        return client;
    }

    /** The server side of the connection, once accepted. */
    public java.util.Optional<H2Server> server() {
        return servers.stream().findFirst();
    }

    /** Also hands each client TLS secret to {@code tap} as it is derived (a lab times the handshake by them). */
    public H2Rig onSecret(Consumer<SessionSecret> tap) {
        this.secretTap = java.util.Objects.requireNonNull(tap);
        return this;
    }

    /** The client's TLS secrets, for a capture that decrypts (empty for h2c). */
    public List<SessionSecret> keyLog() {
        return List.copyOf(keyLog);
    }

    public TcpSocket socket() {
        return socket;
    }
}
