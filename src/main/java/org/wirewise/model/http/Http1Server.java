package org.wirewise.model.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Process;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpTuning;

/**
 * An HTTP/1.1 origin server as a process: it listens on a port, reads requests on each connection
 * as they arrive (in any split), hands each to its {@link Handler}, and writes the responses in
 * request order (RFC 9112 §9.3.2). Connections persist (§9.3) until the client asks to close
 * ("Connection: close" — the server then closes after its response, §9.6) or stay idle longer than
 * the keep-alive timeout. Bytes that are not HTTP get the parser's status (400, 431, 501, 505)
 * with "Connection: close", and the connection closes (§9.6: the server's side holds TIME-WAIT).
 */
public final class Http1Server extends Process {

    private static final int NO_LISTENER = -1;

    /** NGINX's keepalive_timeout default, 75 s. */
    public static final long NGINX_KEEPALIVE_TIMEOUT = 75_000_000_000L;

    /** What the application does with a request: answer through {@code respond}, now or later. */
    public interface Handler {
        void handle(HttpRequest request, Consumer<HttpResponse> respond);
    }

    /** What the server read and wrote, for a lesson to narrate. */
    public interface Observer {
        default void refused(TcpSocket socket, HttpParseError error) {
        }

        default void closedIdle(TcpSocket socket) {
        }
    }

    private final int port;
    private final TcpConfig config;
    private final Handler handler;
    private long keepAliveTimeout = NGINX_KEEPALIVE_TIMEOUT;
    private Observer observer = new Observer() { };
    private final List<TcpSocket> accepted = new ArrayList<>();
    private final List<Conn> conns = new ArrayList<>();
    private int served;

    public Http1Server(HostNode host, String name, int port, TcpConfig config, Handler handler) {
        super(host, name);
        this.port = port;
        this.config = config;
        this.handler = Objects.requireNonNull(handler);
        if (port != NO_LISTENER) {
            Objects.requireNonNull(config);
        }
    }

    /**
     * A server that opens no port of its own: another listener hands it connections with {@link #serve},
     * as a TLS terminator does once ALPN chose HTTP/1.1 on a port that also speaks HTTP/2.
     */
    public static Http1Server behind(HostNode host, String name, Handler handler) {
        return new Http1Server(host, name, NO_LISTENER, null, handler);
    }

    public Http1Server keepAliveTimeout(long nanos) {
        this.keepAliveTimeout = nanos;
        return this;
    }

    public Http1Server observe(Observer o) {
        this.observer = Objects.requireNonNull(o);
        return this;
    }

    /** Responses written so far. */
    public int served() {
        return served;
    }

    /** Every connection accepted, in order. */
    public List<TcpSocket> accepted() {
        return List.copyOf(accepted);
    }

    @Override
    protected void onStart() {
        if (port != NO_LISTENER) {
            TcpStack.of(host()).listen(port, config.withLinuxListenerWindow(), TcpTuning.DEFAULTS, this::accept);
        }
    }

    /** Serves HTTP/1.1 on a connection accepted elsewhere (TLS established, HTTP/1.1 chosen); the server must be running. */
    public void serve(Http1Transport transport) {
        accepted.add(transport.tcp());
        Conn c = new Conn(transport);
        conns.add(c);
        c.start();
    }

    /**
     * Closes every connection waiting for its next request, as a graceful reload does (NGINX's old
     * workers close idle keep-alive connections and finish the busy ones); returns how many.
     */
    public int closeIdleConnections() {
        int closed = 0;
        for (Conn c : conns) {
            if (c.owed.isEmpty() && !c.closing
                    && c.socket.endpoint().state() == org.wirewise.model.transport.TcpState.ESTABLISHED) {
                c.closing = true;
                c.transport.close();
                closed++;
            }
        }
        return closed;
    }

    private void accept(TcpSocket socket) {
        serve(Http1Transport.tcp(socket));
    }

    /** One accepted connection: its parser, the responses owed in order, its idle timer. */
    private final class Conn {
        private final Http1Transport transport;
        private final TcpSocket socket;
        private final Http1Parser parser = new Http1Parser(Http1Parser.Reading.REQUESTS);
        private final List<HttpResponse[]> owed = new ArrayList<>();
        private final List<HttpRequest> asked = new ArrayList<>();
        private int generation;
        private boolean closing;

        Conn(Http1Transport transport) {
            this.transport = transport;
            this.socket = transport.tcp();
        }

        void start() {
            transport.onData(this::read);
            transport.onPeerClosed(() -> after(0, transport::close));
            idleTimer();
        }

        private void read(byte[] bytes) {
            generation++; // activity: the idle timer armed before this no longer fires
            if (closing) {
                return;
            }
            for (HttpMessage m : parser.feed(bytes)) {
                HttpRequest request = (HttpRequest) m;
                HttpResponse[] slot = new HttpResponse[1];
                owed.add(slot);
                asked.add(request);
                handler.handle(request, response -> {
                    slot[0] = response;
                    flush();
                });
            }
            parser.error().ifPresent(this::refuse);
        }

        private void refuse(HttpParseError error) {
            observer.refused(socket, error);
            closing = true;
            owed.clear();
            HttpResponse answer = HttpResponse.text(error.answer(), HttpFields.of("Connection", "close"),
                    error.reason() + "\n");
            transport.write(answer.encode());
            transport.close();
        }

        private void flush() {
            while (!owed.isEmpty() && owed.get(0)[0] != null && !closing) {
                HttpResponse response = owed.remove(0)[0];
                HttpRequest request = asked.remove(0);
                if (request.closesConnection() && !response.closesConnection()) {
                    response = response.with("Connection", "close"); // RFC 9112 §9.6: say so in the response
                }
                if (transport.write(response.encode())) {
                    served++;
                }
                if (response.closesConnection()) {
                    closing = true;
                    transport.close();
                }
            }
            if (owed.isEmpty() && !closing) {
                idleTimer();
            }
        }

        private void idleTimer() {
            int armed = ++generation;
            after(keepAliveTimeout, () -> {
                if (armed == generation && owed.isEmpty() && !closing) {
                    closing = true;
                    observer.closedIdle(socket);
                    transport.close();
                }
            });
        }
    }
}
