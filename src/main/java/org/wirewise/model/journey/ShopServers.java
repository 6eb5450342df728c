package org.wirewise.model.journey;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.function.Consumer;
import org.wirewise.model.http.Http1Server;
import org.wirewise.model.http.Http1Transport;
import org.wirewise.model.http.HttpBody;
import org.wirewise.model.http.HttpFields;
import org.wirewise.model.http.HttpResponse;
import org.wirewise.model.http.HttpStatus;
import org.wirewise.model.http.h2.H2Rig;
import org.wirewise.model.http.h2.H2Server;
import org.wirewise.model.http.h2.H2Transport;
import org.wirewise.model.http.h2.Settings;
import org.wirewise.model.http.h3.Http3Server;
import org.wirewise.model.http.hpack.HeaderField;
import org.wirewise.model.quic.QuicListener;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.tls.LessonServer;
import org.wirewise.model.tls.SeededSecureRandom;
import org.wirewise.model.tls.SessionTickets;
import org.wirewise.model.tls.Tls12Server;
import org.wirewise.model.tls.TlsServer;
import org.wirewise.model.tls.TlsSocket;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpTuning;

/**
 * The site behind the balancer: each app server terminates TLS (1.3, or 1.2; ALPN h2 or http/1.1) itself, as
 * backends behind a layer-4 balancer do, and answers HTTP/2 or HTTP/1.1; the front page costs a database query over the
 * connection its pool opened at start-up, then a moment of rendering; the sub-resources come from
 * memory. The database answers each query after {@link #QUERY_NANOS}.
 */
final class ShopServers {

    /** The front page's one query: an index scan of a small table. */
    static final String FRONT_PAGE_SQL = "SELECT name, price FROM products WHERE featured ORDER BY rank LIMIT 3";
    static final long QUERY_NANOS = SimTime.millis(4);
    /** Turning the rows into HTML (a template engine's time for a small page). */
    static final long RENDER_NANOS = SimTime.millis(6);

    private ShopServers() {
    }

    /** The database: PostgreSQL's protocol on 5432, trust authentication, one canned table. */
    static void database(HostNode db) {
        TcpStack.of(db).listen(Postgres.PORT, H2Rig.LINUX.withLinuxListenerWindow(), TcpTuning.DEFAULTS, tcp -> {
            Postgres.Reader in = new Postgres.Reader().startupFirst();
            tcp.onData(bytes -> {
                for (Postgres.Message m : in.add(bytes)) {
                    if (m.type() == '\0') {
                        byte[] ok = Postgres.authenticationOk();
                        byte[] ready = Postgres.readyForQuery();
                        byte[] both = java.util.Arrays.copyOf(ok, ok.length + ready.length);
                        System.arraycopy(ready, 0, both, ok.length, ready.length);
                        tcp.write(both);
                    } else if (m.type() == 'Q') {
                        db.network().simulation().schedule(QUERY_NANOS, () -> tcp.write(
                                Postgres.rows(List.of("name", "price"), ShopPages.PRODUCTS)));
                    }
                }
            });
        });
    }

    /**
     * An app server: its pool's database connection, opened now, and HTTPS on 443 in the scenario's TLS
     * version, speaking HTTP/2 or HTTP/1.1, whichever ALPN chose (the server prefers h2, as NGINX does with
     * both enabled). {@code tickets} (null: none issued) is shared by both app servers, as a site's ticket
     * keys are, so a ticket resumes whichever one the balancer picks.
     */
    static void app(HostNode app, LessonServer identity, java.net.InetAddress database, String version,
                    SessionTickets tickets, boolean quic) {
        DatabaseConnection db = new DatabaseConnection(app, database);
        Http1Server http1 = Http1Server.behind(app, "shop", (request, respond) -> respond(app, db, request.target(),
                response -> respond.accept(http1(response))));
        http1.start();
        List<String> alpn = List.of(H2Transport.ALPN_H2, Http1Transport.ALPN_HTTP1);
        if (quic) {
            quic(app, identity, db);
        }
        TcpStack.of(app).listen(JourneyNetwork.HTTPS, H2Rig.LINUX.withLinuxListenerWindow(), TcpTuning.DEFAULTS,
                tcp -> {
                    SeededSecureRandom random = new SeededSecureRandom(app.network().stream("tls " + app.name()));
                    TlsSocket socket = version.equals("1.2")
                            ? TlsSocket.server(tcp, new Tls12Server(identity.identity(), random).withAlpn(alpn), s -> { })
                            : TlsSocket.server(tcp, new TlsServer(identity.identity(), random, tickets).withAlpn(alpn),
                                    s -> { });
                    socket.onEstablished(() -> {
                        if (socket.applicationProtocol().filter(Http1Transport.ALPN_HTTP1::equals).isPresent()) {
                            http1.serve(Http1Transport.tls(socket));
                        } else { // h2: the handshake is done, so HTTP/2 may start at once
                            new H2Server(new H2Transport.Over(socket::write, Runnable::run, socket::onData, socket::close),
                                    Settings.SERVER, (request, body, reply) -> respond(app, db, path(request), reply));
                        }
                    });
                });
    }

    /** The same answer as HTTP/1.1 puts it: status line, Content-Type, Content-Length, the body. */
    private static HttpResponse http1(H2Server.Response response) {
        String status = value(response.headers(), ":status");
        HttpFields fields = HttpFields.EMPTY;
        for (HeaderField f : response.headers()) {
            if (!f.name().startsWith(":") && !f.name().equals("content-length")) {
                fields = fields.with(titleCase(f.name()), f.value()); // the framing field is the writer's
            }
        }
        return HttpResponse.of(HttpStatus.of(Integer.parseInt(status)), fields, HttpBody.sized(response.body()));
    }

    /**
     * HTTP/3 on UDP 443 beside the TCP listener, as a site that advertises h3 in Alt-Svc runs both: QUIC with
     * TLS 1.3 inside it (ALPN h3), the same pages from the same pooled database connection.
     */
    private static void quic(HostNode app, LessonServer identity, DatabaseConnection db) {
        QuicListener.on(app.network().simulation(), app, JourneyNetwork.HTTPS, () -> new TlsServer(identity.identity(),
                new SeededSecureRandom(app.network().stream("quic tls " + app.name()))), QuicVisit.ALPN,
                socket -> Http3Server.answering(socket, (request, reply) -> respond(app, db, request.target(),
                        r -> reply.accept(h3(r)))));
    }

    /** The same response as HTTP/3 sends it: the status from :status, the other fields as they are. */
    private static HttpResponse h3(H2Server.Response r) {
        HttpFields fields = HttpFields.EMPTY;
        int status = 200;
        for (HeaderField f : r.headers()) {
            if (f.name().equals(":status")) {
                status = Integer.parseInt(f.value());
            } else {
                fields = fields.with(f.name(), f.value());
            }
        }
        return HttpResponse.of(HttpStatus.of(status), fields, HttpBody.sized(r.body()));
    }

    private static void respond(HostNode app, DatabaseConnection db, String path, Consumer<H2Server.Response> reply) {
        if (path.equals("/")) {
            db.query(FRONT_PAGE_SQL, rows -> app.network().simulation().schedule(RENDER_NANOS,
                    () -> reply.accept(ok("text/html; charset=utf-8", ShopPages.html(rows)))));
            return;
        }
        ShopPages.asset(path).ifPresentOrElse(a -> reply.accept(ok(a.type(), a.body())),
                () -> reply.accept(new H2Server.Response(List.of(new HeaderField(":status", "404")), new byte[0])));
    }

    private static H2Server.Response ok(String type, byte[] body) {
        return new H2Server.Response(List.of(new HeaderField(":status", "200"), new HeaderField("content-type", type),
                new HeaderField("content-length", Integer.toString(body.length))), body);
    }

    /** "content-type" as HTTP/1.1 servers spell it, "Content-Type" (field names ignore case, RFC 9110 §5.1). */
    private static String titleCase(String name) {
        StringBuilder b = new StringBuilder(name);
        for (int i = 0; i < b.length(); i++) {
            if (i == 0 || b.charAt(i - 1) == '-') {
                b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
            }
        }
        return b.toString();
    }

    private static String path(List<HeaderField> request) {
        return value(request, ":path");
    }

    private static String value(List<HeaderField> fields, String name) {
        return fields.stream().filter(f -> f.name().equals(name)).map(HeaderField::value).findFirst().orElse("/");
    }

    /** One pooled connection to the database: startup at once, queries one at a time after ReadyForQuery. */
    private static final class DatabaseConnection {
        private final TcpSocket tcp;
        private final Postgres.Reader in = new Postgres.Reader();
        private final Queue<Runnable> waiting = new ArrayDeque<>();
        private final List<Postgres.Message> answer = new java.util.ArrayList<>();
        private Consumer<List<List<String>>> asking;
        private boolean ready;

        DatabaseConnection(HostNode app, java.net.InetAddress database) {
            TcpStack stack = TcpStack.of(app);
            tcp = stack.open(stack.ephemeralPort(), H2Rig.LINUX, TcpTuning.DEFAULTS);
            tcp.onConnected(() -> tcp.write(Postgres.startup("shop", "shop")));
            tcp.onData(bytes -> {
                for (Postgres.Message m : in.add(bytes)) {
                    answer.add(m);
                    if (m.type() == 'Z') {
                        ready = true;
                        if (asking != null) {
                            Consumer<List<List<String>>> then = asking;
                            asking = null;
                            then.accept(Postgres.dataRows(answer));
                        }
                        answer.clear();
                        if (!waiting.isEmpty()) {
                            waiting.poll().run();
                        }
                    }
                }
            });
            tcp.connect(database, Postgres.PORT);
        }

        void query(String sql, Consumer<List<List<String>>> then) {
            Runnable send = () -> {
                ready = false;
                asking = then;
                tcp.write(Postgres.query(sql));
            };
            if (ready && asking == null) {
                send.run();
            } else {
                waiting.add(send);
            }
        }
    }
}
