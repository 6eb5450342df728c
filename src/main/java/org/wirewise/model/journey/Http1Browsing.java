package org.wirewise.model.journey;

import java.net.InetAddress;
import java.util.List;
import java.util.function.Consumer;
import org.wirewise.model.http.ConnectionPool;
import org.wirewise.model.http.Http1Connection;
import org.wirewise.model.http.Http1Transport;
import org.wirewise.model.http.HttpFields;
import org.wirewise.model.http.HttpRequest;
import org.wirewise.model.http.h2.H2Rig;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.tls.TlsSocket;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;

/**
 * The browser's page load over HTTP/1.1: a pool of keep-alive https connections to the site, at most
 * {@link #PER_HOST} as browsers open to one host, each its own TCP and TLS handshake with ALPN http/1.1
 * and one request at a time (no pipelining). GET / opens the first; the three sub-resources then take
 * the idle one and open new ones for the rest.
 */
final class Http1Browsing {

    /** Chrome's and Firefox's limit of connections to one host (network.http.max-persistent-connections-per-server). */
    static final int PER_HOST = 6;

    private final Browser browser;
    private final InetAddress address;
    private final Browser.Times times;

    Http1Browsing(Browser browser, InetAddress address) {
        this.browser = browser;
        this.address = address;
        this.times = browser.times();
    }

    void start() {
        TcpStack stack = TcpStack.of(browser.laptop());
        // idle connections stay open well past the page (Chrome keeps them about five minutes)
        ConnectionPool pool = new ConnectionPool(stack, () -> dial(stack),
                new ConnectionPool.Settings(PER_HOST, SimTime.seconds(300), SimTime.seconds(300), H2Rig.LINUX));
        // the page's parser asks for the sub-resources once the response is handled, its connection back in the pool
        fetch(pool, List.of("/"), times.typedAt, html -> browser.laptop().network().simulation().schedule(0,
                () -> fetch(pool, ShopPages.SUB_RESOURCES, browser.now(), assets -> times.doneAt = browser.now())));
    }

    /** One more https connection: TCP, then TLS offering http/1.1 only, each write's place noted. */
    private Http1Connection dial(TcpStack stack) {
        TcpSocket tcp = browser.open();
        Browser.Connection connection = times.connections.get(times.connections.size() - 1);
        Http1Transport tls = Http1Transport.tls(browser.secure(tcp, connection, Http1Transport.ALPN_HTTP1));
        Http1Connection c = Http1Connection.over(stack, new Noted(tls, () -> browser.noteWrite(tcp)));
        connection.connectStart = browser.now();
        tcp.connect(address, JourneyNetwork.HTTPS);
        return c;
    }

    /** Asks the pool for every path now; once all are in, notes them in the order asked and goes on. */
    private void fetch(ConnectionPool pool, List<String> paths, long queuedAt, Consumer<List<Browser.Fetch>> then) {
        Browser.Fetch[] done = new Browser.Fetch[paths.size()];
        int[] left = {paths.size()};
        for (int i = 0; i < paths.size(); i++) {
            int index = i;
            String path = paths.get(i);
            pool.execute(HttpRequest.get(JourneyZones.SITE, path, HttpFields.of("User-Agent", Browser.USER_AGENT,
                    "Accept", Browser.accept(path))), e -> {
                        done[index] = new Browser.Fetch(path, queuedAt, e.sentAt(), e.firstByteAt(), e.completeAt(),
                                e.response().map(r -> (long) r.body().length()).orElse(0L), e.connection(),
                                !e.setup().none());
                        if (--left[0] == 0) {
                            times.fetches.addAll(List.of(done));
                            then.accept(List.of(done));
                        }
                    });
        }
    }

    /** A transport that notes where each write will start before it writes. */
    private record Noted(Http1Transport inner, Runnable note) implements Http1Transport {
        @Override
        public TcpSocket tcp() {
            return inner.tcp();
        }

        @Override
        public void onReady(Runnable action) {
            inner.onReady(action);
        }

        @Override
        public void onData(Consumer<byte[]> reader) {
            inner.onData(reader);
        }

        @Override
        public void onPeerClosed(Runnable action) {
            inner.onPeerClosed(action);
        }

        @Override
        public void onFailed(Consumer<String> why) {
            inner.onFailed(why);
        }

        @Override
        public boolean write(byte[] bytes) {
            note.run();
            return inner.write(bytes);
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
