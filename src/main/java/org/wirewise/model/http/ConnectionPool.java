package org.wirewise.model.http;

import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpStack;

/**
 * A client's pool of HTTP/1.1 connections to one server, as OkHttp, Apache HttpClient or a
 * browser keeps them: at most {@code maxConnections}; a request takes the most recently used idle
 * connection, else opens one while under the limit, else waits in line; a connection idle longer
 * than {@code idleTimeout} is closed by the client; before an idle connection is reused, a health
 * check (Apache's validateAfterInactivity) discards it if the server has closed it meanwhile.
 */
public final class ConnectionPool {

    /**
     * @param checkAfterIdle the health check runs on a connection idle at least this long
     */
    public record Settings(int maxConnections, long idleTimeout, long checkAfterIdle, TcpConfig tcp) {
        public Settings {
            if (maxConnections < 1) {
                throw new IllegalArgumentException("a pool holds at least one connection, got " + maxConnections);
            }
            Objects.requireNonNull(tcp);
        }
    }

    /** The pool at one moment: what a chart of active, idle and waiting shows. */
    public record Counts(long time, int active, int idle, int waiting, int opened, int closedIdle, int discardedStale) {
    }

    /** Why the pool closed or dropped a connection. */
    public enum Retirement { IDLE_TIMEOUT, FAILED_HEALTH_CHECK, SERVER_CLOSED }

    public interface Observer {
        default void changed(Counts counts) {
        }

        default void opened(Http1Connection connection) {
        }

        default void retired(Http1Connection connection, Retirement why) {
        }

        /** The health check looked at an idle connection before reusing it. */
        default void checked(Http1Connection connection, boolean healthy) {
        }
    }

    private record Waiting(HttpRequest request, Consumer<HttpExchange> done, long queuedAt) {
    }

    /** Opens one new connection to the pool's server (over TCP, or TLS over TCP). */
    @FunctionalInterface
    public interface Dialer {
        Http1Connection dial();
    }

    private final TcpStack tcp;
    private final Dialer dialer;
    private final Settings settings;
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    private final List<Http1Connection> active = new ArrayList<>();
    private final ArrayDeque<Http1Connection> idle = new ArrayDeque<>();
    private final List<Http1Connection> all = new ArrayList<>();
    private Observer observer = new Observer() { };
    private int closedIdle;
    private int discardedStale;

    /** A pool of cleartext connections to {@code server}:{@code port}. */
    public ConnectionPool(TcpStack tcp, InetAddress server, int port, Settings settings) {
        this(tcp, cleartext(tcp, server, port, settings), settings);
    }

    private static Dialer cleartext(TcpStack tcp, InetAddress server, int port, Settings settings) {
        Objects.requireNonNull(server);
        Objects.requireNonNull(settings);
        return () -> Http1Connection.open(tcp, settings.tcp(), server, port);
    }

    /** A pool whose connections {@code dialer} opens (an https pool's, each with its own TLS handshake). */
    public ConnectionPool(TcpStack tcp, Dialer dialer, Settings settings) {
        this.tcp = Objects.requireNonNull(tcp);
        this.dialer = Objects.requireNonNull(dialer);
        this.settings = Objects.requireNonNull(settings);
    }

    public ConnectionPool observe(Observer o) {
        this.observer = Objects.requireNonNull(o);
        return this;
    }

    /** Sends {@code request} on a pooled connection as soon as one is free. */
    public void execute(HttpRequest request, Consumer<HttpExchange> done) {
        waiting.add(new Waiting(request, done, tcp.host().network().now()));
        dispatch();
        changed();
    }

    /** Every connection the pool opened, in order. */
    public List<Http1Connection> connections() {
        return List.copyOf(all);
    }

    public Counts counts() {
        return new Counts(tcp.host().network().now(), active.size(), idle.size(), waiting.size(), all.size(),
                closedIdle, discardedStale);
    }

    private void dispatch() {
        while (!waiting.isEmpty()) {
            Http1Connection c = lease();
            if (c == null) {
                return;
            }
            Waiting w = waiting.poll();
            active.add(c);
            c.send(w.request(), w.queuedAt(), exchange -> {
                w.done().accept(exchange);
                released(c);
            });
        }
    }

    /** An idle connection that passes the health check, or a new one under the limit, or null. */
    private Http1Connection lease() {
        long now = tcp.host().network().now();
        while (!idle.isEmpty()) {
            Http1Connection c = idle.pollFirst();
            boolean checked = now - c.idleSince() >= settings.checkAfterIdle();
            if (checked) {
                observer.checked(c, !c.stale());
            }
            if (checked && c.stale()) {
                discardedStale++;
                c.close(); // the server closed it while it sat idle: answer its FIN and drop it
                observer.retired(c, Retirement.FAILED_HEALTH_CHECK);
                continue;
            }
            return c;
        }
        if (active.size() >= settings.maxConnections()) {
            return null;
        }
        Http1Connection c = dialer.dial();
        all.add(c);
        observer.opened(c);
        return c;
    }

    private void released(Http1Connection c) {
        active.remove(c);
        if (c.reusable()) {
            idle.addFirst(c);
            long since = c.idleSince();
            tcp.host().network().simulation().schedule(settings.idleTimeout(), () -> {
                if (idle.contains(c) && c.idleSince() == since) {
                    idle.remove(c);
                    closedIdle++;
                    c.close();
                    observer.retired(c, Retirement.IDLE_TIMEOUT);
                    changed();
                }
            });
        } else {
            observer.retired(c, Retirement.SERVER_CLOSED);
        }
        dispatch();
        changed();
    }

    private void changed() {
        observer.changed(counts());
    }
}
