package org.wirewise.model.http;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.wirewise.model.tls.TlsSocket;
import org.wirewise.model.transport.TcpSocket;

/**
 * The bytes an HTTP/1.1 connection travels on: cleartext TCP ("http") or TLS over TCP ("https",
 * ALPN "http/1.1", RFC 9112 §1 and RFC 7301 §6). The TCP connection under it stays visible, for its
 * state, its port and its events; reading, writing and closing go through the layer on top.
 */
public interface Http1Transport {

    /** ALPN's name for HTTP/1.1 (RFC 7301 §6). */
    String ALPN_HTTP1 = "http/1.1";

    /** The TCP connection under it. */
    TcpSocket tcp();

    /** Runs once requests may flow: TCP connected, or TLS established with HTTP/1.1 (or no ALPN) chosen. */
    void onReady(Runnable action);

    void onData(Consumer<byte[]> reader);

    /** Told when the peer's FIN arrived. */
    void onPeerClosed(Runnable action);

    /** Told why, when the layer on top ended the connection by itself (a TLS alert, ALPN choosing another protocol). */
    void onFailed(Consumer<String> why);

    /** Writes unless this side has closed or the connection is gone; whether it wrote. */
    boolean write(byte[] bytes);

    /** Closes this side (TLS: close_notify first), if the connection is in a state where closing means something. */
    void close();

    /** HTTP/1.1 straight over TCP: what every cleartext lesson runs on. */
    static Http1Transport tcp(TcpSocket socket) {
        Objects.requireNonNull(socket);
        return new Http1Transport() {
            @Override
            public TcpSocket tcp() {
                return socket;
            }

            @Override
            public void onReady(Runnable action) {
                socket.onConnected(action);
            }

            @Override
            public void onData(Consumer<byte[]> reader) {
                socket.onData(reader);
            }

            @Override
            public void onPeerClosed(Runnable action) {
                socket.onPeerClosed(action);
            }

            @Override
            public void onFailed(Consumer<String> why) {
                // TCP's own failures (reset, retransmissions given up) are its endpoint's events
            }

            @Override
            public boolean write(byte[] bytes) {
                return Sockets.write(socket, bytes);
            }

            @Override
            public void close() {
                Sockets.close(socket);
            }
        };
    }

    /**
     * HTTP/1.1 inside TLS, on the TCP connection {@code tls} runs over. Ready once the handshake is
     * done; if ALPN chose another protocol the connection is closed unused (RFC 7301 §3.2).
     */
    static Http1Transport tls(TlsSocket tls) {
        TcpSocket tcp = tls.tcp();
        return new Http1Transport() {
            private Consumer<String> failed = why -> { };

            @Override
            public TcpSocket tcp() {
                return tcp;
            }

            @Override
            public void onReady(Runnable action) {
                tls.onEstablished(() -> {
                    Optional<String> chosen = tls.applicationProtocol();
                    if (chosen.isEmpty() || chosen.get().equals(ALPN_HTTP1)) {
                        action.run();
                    } else {
                        failed.accept("ALPN chose " + chosen.get() + ", not " + ALPN_HTTP1);
                        close();
                    }
                });
            }

            @Override
            public void onData(Consumer<byte[]> reader) {
                tls.onData(reader);
            }

            @Override
            public void onPeerClosed(Runnable action) {
                tcp.onPeerClosed(action); // TLS reads through TCP's data callback only; the FIN is TCP's to tell
            }

            @Override
            public void onFailed(Consumer<String> why) {
                failed = Objects.requireNonNull(why);
                tls.onFailure(alert -> why.accept("TLS ended with the alert " + alert));
            }

            @Override
            public boolean write(byte[] bytes) {
                if (!Sockets.writable(tcp)) {
                    return false;
                }
                tls.write(bytes);
                return true;
            }

            @Override
            public void close() {
                if (Sockets.closable(tcp)) {
                    tls.close();
                }
            }
        };
    }
}
