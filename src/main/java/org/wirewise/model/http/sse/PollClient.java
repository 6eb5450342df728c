package org.wirewise.model.http.sse;

import java.net.InetAddress;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewise.model.http.Http1Connection;
import org.wirewise.model.http.HttpExchange;
import org.wirewise.model.http.HttpFields;
import org.wirewise.model.http.HttpRequest;
import org.wirewise.model.sim.Simulation;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpStack;

/**
 * A browser page polling over one kept-alive connection. Short polling asks every interval (a timer, so a poll
 * due while one is out waits for it); long polling asks again as soon as an answer arrives. Each request names
 * the last id seen, so an event is never fetched twice nor skipped.
 */
final class PollClient {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d{1,9})");

    private final Http1Connection connection;
    private final String host;
    private final boolean longPolling;
    private int lastId;
    private boolean stopped;

    private PollClient(Http1Connection connection, String host, boolean longPolling) {
        this.connection = connection;
        this.host = host;
        this.longPolling = longPolling;
    }

    /** Polls every {@code interval} from now until {@code until}, the last poll at or after it. */
    static PollClient shortPolling(TcpStack tcp, TcpConfig config, InetAddress server, int port, String host,
                                   long interval, long until) {
        PollClient c = new PollClient(Http1Connection.open(tcp, config, server, port), host, false);
        Simulation sim = tcp.host().network().simulation();
        long start = sim.now();
        for (long t = 0; ; t += interval) {
            sim.at(start + t, c::poll);
            if (start + t >= until) {
                return c;
            }
        }
    }

    /** Asks now, and again as soon as each answer arrives. */
    static PollClient longPolling(TcpStack tcp, TcpConfig config, InetAddress server, int port, String host) {
        PollClient c = new PollClient(Http1Connection.open(tcp, config, server, port), host, true);
        c.poll();
        return c;
    }

    /** Leaves the page: the connection closes, a held request with it. */
    void stop() {
        stopped = true;
        connection.close();
    }

    private void poll() {
        if (stopped) {
            return;
        }
        String path = longPolling ? PollServer.LONG_PATH : PollServer.SHORT_PATH;
        connection.send(HttpRequest.get(host, path + "?after=" + lastId, HttpFields.of("Accept", "application/json")),
                this::answered);
    }

    private void answered(HttpExchange exchange) {
        exchange.response().ifPresent(r -> {
            Matcher m = ID.matcher(r.body().text());
            while (m.find()) {
                lastId = Math.max(lastId, Integer.parseInt(m.group(1)));
            }
        });
        if (longPolling && exchange.response().isPresent()) {
            poll();
        }
    }
}
