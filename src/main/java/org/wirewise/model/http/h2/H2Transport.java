package org.wirewise.model.http.h2;

import java.util.function.Consumer;
import org.wirewise.model.tls.TlsSocket;
import org.wirewise.model.transport.TcpSocket;

/** What HTTP/2 needs of the connection under it: cleartext TCP (h2c) or TLS with ALPN "h2". */
public interface H2Transport {

    /** ALPN's name for HTTP/2 over TLS (RFC 9113 §3.2). */
    String ALPN_H2 = "h2";

    void write(byte[] bytes);

    /** Runs once bytes may flow: TCP connected, or TLS established with "h2" chosen. */
    void onReady(Runnable action);

    void onData(Consumer<byte[]> reader);

    void close();

    /** h2c with prior knowledge (§3.3): HTTP/2 straight over TCP. */
    static H2Transport tcp(TcpSocket socket) {
        return new Over(socket::write, socket::onConnected, socket::onData, socket::close);
    }

    /** h2 (§3.2): over TLS, only if ALPN chose "h2"; otherwise the connection is closed unused. */
    static H2Transport tls(TlsSocket socket) {
        return new Over(socket::write, action -> socket.onEstablished(() -> {
            if (socket.applicationProtocol().filter(ALPN_H2::equals).isPresent()) {
                action.run();
            } else {
                socket.close();
            }
        }), socket::onData, socket::close);
    }

    /** A transport made of the four calls a socket offers. */
    record Over(Consumer<byte[]> writer, Consumer<Runnable> ready, Consumer<Consumer<byte[]>> data, Runnable closer)
            implements H2Transport {
        @Override
        public void write(byte[] bytes) {
            writer.accept(bytes);
        }

        @Override
        public void onReady(Runnable action) {
            ready.accept(action);
        }

        @Override
        public void onData(Consumer<byte[]> reader) {
            data.accept(reader);
        }

        @Override
        public void close() {
            closer.run();
        }
    }
}
