package org.wirewise.model.http;

import java.net.InetAddress;
import java.util.List;
import java.util.function.Consumer;
import org.wirewise.model.transport.TcpStack;

/**
 * HTTP/1.1's way to load a page: every request handed to a pool of at most N connections to the
 * server (six, as browsers open per host), each connection carrying one request at a time.
 */
public final class Http1Fetcher implements PageFetcher {

    private final ConnectionPool pool;

    public Http1Fetcher(TcpStack tcp, InetAddress server, int port, ConnectionPool.Settings settings) {
        this.pool = new ConnectionPool(tcp, server, port, settings);
    }

    public ConnectionPool pool() {
        return pool;
    }

    @Override
    public void fetch(List<HttpRequest> requests, Consumer<List<RequestTiming>> done) {
        TimingCollector timings = new TimingCollector(requests.size(), done);
        for (int i = 0; i < requests.size(); i++) {
            int index = i;
            pool.execute(requests.get(i), exchange -> timings.add(exchange.timing(index)));
        }
    }
}
