package org.wirewise.model.http;

import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpEvent;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpState;
import org.wirewise.model.transport.TcpTuning;

/**
 * The client's side of one HTTP/1.1 connection over an {@link Http1Transport} (TCP, or TLS over
 * TCP): requests go one at a time
 * (no pipelining, as browsers do), each after the previous response is complete, and the
 * connection stays open afterwards, HTTP/1.1's default (RFC 9112 §9.3), unless either side said
 * "Connection: close" (§9.6), in which case the client closes once it has read the response.
 */
public final class Http1Connection {

    private record Pending(HttpRequest request, Consumer<HttpExchange> done, long queuedAt) {
    }

    private final TcpStack tcp;
    private final Http1Transport transport;
    private final TcpSocket socket;
    private final Http1Parser parser = new Http1Parser(Http1Parser.Reading.RESPONSES);
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private final long openedAt;
    private Pending inFlight;
    private long sentAt = -1;
    private long firstByteAt = -1;
    private long connectedAt = -1;
    private long tcpConnectedAt = -1;
    /** The handshake, for the first request sent on it only: the one that waited for it. */
    private ConnectionSetup inFlightSetup = ConnectionSetup.NONE;
    private boolean setupReported;
    private long idleSince;
    private boolean connected;
    private boolean closing;
    private boolean dead;
    private int served;

    private Http1Connection(TcpStack tcp, Http1Transport transport) {
        this.tcp = tcp;
        this.transport = transport;
        this.socket = transport.tcp();
        this.openedAt = now();
    }

    /** Connects from a new ephemeral port to {@code server}:{@code port}, HTTP/1.1 straight over TCP. */
    public static Http1Connection open(TcpStack tcp, TcpConfig config, InetAddress server, int port) {
        TcpSocket socket = tcp.open(tcp.ephemeralPort(), config, TcpTuning.DEFAULTS);
        Http1Connection c = over(tcp, Http1Transport.tcp(socket));
        socket.connect(server, port);
        return c;
    }

    /**
     * A connection on {@code transport}, whose TCP socket on {@code tcp}'s host the caller connects next
     * (after building any TLS on it, which must see the connection come up).
     */
    public static Http1Connection over(TcpStack tcp, Http1Transport transport) {
        Http1Connection c = new Http1Connection(tcp, transport);
        transport.onReady(c::connected);
        transport.onData(c::read);
        transport.onPeerClosed(c::peerClosed);
        transport.onFailed(c::failed);
        c.socket.endpoint().observe(c::tcpEvent);
        return c;
    }

    /** Sends {@code request} once the connection is up and every earlier response is in. */
    public void send(HttpRequest request, Consumer<HttpExchange> done) {
        send(request, now(), done);
    }

    /** As {@link #send(HttpRequest, Consumer)} for a request the application asked for at {@code queuedAt}. */
    public void send(HttpRequest request, long queuedAt, Consumer<HttpExchange> done) {
        Pending p = new Pending(request, done, queuedAt);
        if (dead || closing) {
            finish(p, null, "the connection is " + (dead ? "closed" : "closing") + "; the request was not sent", -1, -1);
            return;
        }
        queue.add(p);
        next();
    }

    /** Closes the client's side now (FIN after anything queued); its TIME-WAIT is the client's. */
    public void close() {
        closing = true;
        transport.close();
    }

    /** Whether another request could go on it now. */
    public boolean reusable() {
        return connected && !closing && !dead && inFlight == null && queue.isEmpty()
                && socket.endpoint().state() == TcpState.ESTABLISHED;
    }

    /**
     * Whether the server has closed it (its FIN arrived: CLOSE-WAIT) or it was reset: what a
     * pool's health check looks for before reusing an idle connection.
     */
    public boolean stale() {
        return dead || socket.endpoint().state() != TcpState.ESTABLISHED;
    }

    public boolean busy() {
        return inFlight != null || !queue.isEmpty();
    }

    /** The TCP connection under it (under TLS, for an https one). */
    public TcpSocket socket() {
        return socket;
    }

    public int localPort() {
        return socket.localPort();
    }

    public long openedAt() {
        return openedAt;
    }

    /** When the handshakes completed (TCP's, and TLS's over it) and requests could flow, or -1. */
    public long connectedAt() {
        return connectedAt;
    }

    public long idleSince() {
        return idleSince;
    }

    /** Responses completed on it. */
    public int served() {
        return served;
    }

    private void connected() {
        connected = true;
        connectedAt = now();
        next();
    }

    private void next() {
        if (!connected || inFlight != null || queue.isEmpty() || dead) {
            return;
        }
        inFlight = queue.poll();
        parser.expect(inFlight.request().method());
        sentAt = now();
        firstByteAt = -1;
        inFlightSetup = setupReported ? ConnectionSetup.NONE : setup();
        setupReported = true;
        transport.write(inFlight.request().encode());
    }

    private void read(byte[] bytes) {
        if (inFlight != null && firstByteAt < 0) {
            firstByteAt = now();
        }
        responses(parser.feed(bytes));
        parser.error().ifPresent(e -> fail("the response could not be read: " + e.reason()));
    }

    private void responses(List<HttpMessage> messages) {
        for (HttpMessage m : messages) {
            HttpResponse r = (HttpResponse) m;
            if (r.status().code() < 200 || inFlight == null) {
                continue; // interim responses (RFC 9110 §15.2) precede the final one
            }
            Pending p = inFlight;
            boolean close = r.closesConnection() || p.request().closesConnection();
            inFlight = null;
            served++;
            idleSince = now();
            closing |= close; // RFC 9112 §9.6: no more requests; the server closes first, the client answers its FIN
            finish(p, r, "", sentAt, firstByteAt);
            if (close) {
                failQueued("the connection closed after the previous response");
            }
            next();
        }
    }

    private void peerClosed() {
        responses(parser.finish());
        if (inFlight != null) {
            fail(parser.error().map(e -> e.reason())
                    .orElse("the server closed the connection before it responded (RFC 9112 §9.6)"));
        }
        if (busy() || closing) {
            close(); // an idle connection stays in CLOSE-WAIT until its owner looks: a pool's health check finds it
        }
    }

    /**
     * TCP's handshake; over TLS also TLS's, from TCP connected (the client's ClientHello leaves then) to ready.
     * Over bare TCP the two moments are one: ready is TCP connected.
     */
    private ConnectionSetup setup() {
        return tcpConnectedAt < 0 || tcpConnectedAt == connectedAt ? ConnectionSetup.connect(openedAt, connectedAt)
                : ConnectionSetup.connect(openedAt, tcpConnectedAt).withTls(tcpConnectedAt, connectedAt);
    }

    private void failed(String why) {
        dead = true;
        fail(why);
    }

    private void tcpEvent(TcpEvent e) {
        if (e.kind() == TcpEvent.Kind.STATE && tcpConnectedAt < 0 && socket.endpoint().state() == TcpState.ESTABLISHED) {
            tcpConnectedAt = now();
        }
        if (e.kind() == TcpEvent.Kind.RESET || e.kind() == TcpEvent.Kind.GAVE_UP) {
            dead = true;
            fail(e.kind() == TcpEvent.Kind.RESET
                    ? (connected ? "the connection was reset" : "the connection was refused (RST)")
                    : "TCP gave up retransmitting");
        }
    }

    private void fail(String why) {
        if (inFlight != null) {
            Pending p = inFlight;
            inFlight = null;
            finish(p, null, why, sentAt, firstByteAt);
        }
        failQueued(why);
        if (!dead) {
            close();
        }
    }

    private void failQueued(String why) {
        while (!queue.isEmpty()) {
            finish(queue.poll(), null, why, -1, -1);
        }
    }

    private void finish(Pending p, HttpResponse r, String failure, long sent, long first) {
        p.done().accept(new HttpExchange(p.request(), Optional.ofNullable(r), failure, localPort(), p.queuedAt(),
                sent, first, now(), sent < 0 ? ConnectionSetup.NONE : inFlightSetup));
    }

    private long now() {
        return tcp.host().network().now();
    }
}
