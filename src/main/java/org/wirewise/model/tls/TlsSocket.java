package org.wirewise.model.tls;

import java.util.function.Consumer;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.transport.TcpSocket;

/**
 * A TLS connection (1.3, or 1.2 with the {@code Tls12} endpoints) over a simulated TCP connection: the endpoint's records go out with
 * {@link TcpSocket#write}, and whatever TCP makes readable (records cut anywhere by segments) is
 * fed back in and reassembled. Every secret the endpoint derives goes to the secret sink (the
 * trace's key log), every event to the event listener, in order.
 */
public final class TlsSocket {

    private final TcpSocket tcp;
    private final TlsConnection tls;
    private final Consumer<SessionSecret> secrets;
    private Consumer<TlsEvent> events = e -> { };
    private Runnable established = () -> { };
    private Consumer<byte[]> reader = b -> { };
    private Consumer<AlertDescription> failed = a -> { };
    private int eventsSeen;
    private int secretsSeen;
    private boolean connected;

    private TlsSocket(TcpSocket tcp, TlsConnection tls, Consumer<SessionSecret> secrets) {
        this.tcp = tcp;
        this.tls = tls;
        this.secrets = secrets;
        tcp.onData(this::arrived);
    }

    /** A client: sends its ClientHello as soon as TCP connects (call before {@code connect}). */
    public static TlsSocket client(TcpSocket tcp, TlsClient tls, Consumer<SessionSecret> secrets) {
        return client(tcp, tls, tls::start, secrets);
    }

    /** A TLS 1.2 client: sends its ClientHello as soon as TCP connects (call before {@code connect}). */
    public static TlsSocket client(TcpSocket tcp, Tls12Client tls, Consumer<SessionSecret> secrets) {
        return client(tcp, tls, tls::start, secrets);
    }

    private static TlsSocket client(TcpSocket tcp, TlsConnection tls, Runnable start, Consumer<SessionSecret> secrets) {
        TlsSocket s = new TlsSocket(tcp, tls, secrets);
        tcp.onConnected(() -> {
            start.run();
            s.flush();
        });
        return s;
    }

    /** A server on an accepted TCP connection: answers the ClientHello when it arrives. */
    public static TlsSocket server(TcpSocket tcp, TlsServer tls, Consumer<SessionSecret> secrets) {
        return new TlsSocket(tcp, tls, secrets);
    }

    /** A TLS 1.2 server on an accepted TCP connection. */
    public static TlsSocket server(TcpSocket tcp, Tls12Server tls, Consumer<SessionSecret> secrets) {
        return new TlsSocket(tcp, tls, secrets);
    }

    public TlsSocket onEvent(Consumer<TlsEvent> listener) {
        this.events = listener;
        return this;
    }

    /** Runs when this side's handshake is complete and application data may flow. */
    public TlsSocket onEstablished(Runnable action) {
        this.established = action;
        return this;
    }

    /** Receives application data as records are opened. */
    public TlsSocket onData(Consumer<byte[]> reader) {
        this.reader = reader;
        return this;
    }

    /** Runs when an alert ends the connection (sent or received). */
    public TlsSocket onFailure(Consumer<AlertDescription> action) {
        this.failed = action;
        return this;
    }

    public TlsConnection endpoint() {
        return tls;
    }

    /** The TCP connection the records travel on. */
    public TcpSocket tcp() {
        return tcp;
    }

    /** The protocol ALPN chose (RFC 7301 §3.2), whichever version and side this is; empty if none was. */
    public java.util.Optional<String> applicationProtocol() {
        return tls instanceof TlsClient client ? client.applicationProtocol()
                : tls instanceof TlsServer server ? server.applicationProtocol()
                : tls instanceof Tls12Endpoint old ? old.applicationProtocol()
                : java.util.Optional.empty();
    }

    /** Sends application data in records. */
    public void write(byte[] data) {
        tls.send(data);
        flush();
    }

    /** close_notify, then TCP's FIN. */
    public void close() {
        tls.close();
        flush();
        tcp.close();
    }

    private void arrived(byte[] bytes) {
        tls.receive(bytes);
        flush();
        byte[] data = tls.takeReceived();
        if (data.length > 0) {
            reader.accept(data);
        }
    }

    private void flush() {
        byte[] out = tls.takeOutgoing();
        if (out.length > 0) {
            tcp.write(out);
        }
        java.util.List<SessionSecret> all = tls.secrets();
        all.subList(secretsSeen, all.size()).forEach(secrets);
        secretsSeen = all.size();
        java.util.List<TlsEvent> happened = tls.events();
        happened.subList(eventsSeen, happened.size()).forEach(events);
        eventsSeen = happened.size();
        if (!connected && tls.established()) {
            connected = true;
            established.run();
        }
        if (tls.failure().isPresent()) {
            tls.failure().ifPresent(failed);
            failed = a -> { };
        }
    }
}
