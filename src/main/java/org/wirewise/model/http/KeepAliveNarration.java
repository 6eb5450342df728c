package org.wirewise.model.http;

import java.util.List;
import java.util.Locale;
import org.wirewise.model.http.KeepAliveSimulator.Phase;
import org.wirewise.model.http.KeepAliveSimulator.Way;
import org.wirewise.model.trace.Table;

/** Every sentence of the keep-alive and pooling lesson; counts and times come from the run. */
final class KeepAliveNarration {

    private final KeepAliveScenario s;

    KeepAliveNarration(KeepAliveScenario s) {
        this.s = s;
    }

    String clientLane() {
        return "Client app";
    }

    String serverLane() {
        return "API server";
    }

    String introTitle() {
        return "The same " + s.requests() + " requests, four ways";
    }

    String intro() {
        return "A client fetches " + s.requests() + " small JSON items from an API server " + ms(s.rttMs())
                + " away, four times over: with a new TCP connection for every request, over one kept-alive "
                + "connection, through a pool of " + s.poolSize() + " connections, and over six connections as a "
                + "browser opens per host. What each costs in round trips and sockets is measured from the run.";
    }

    String newConnectionTitle() {
        return "(a) A new connection per request";
    }

    String newConnection() {
        return "The first request waits for a TCP handshake: one round trip before the GET can leave, and one more "
                + "for the answer. Once the response is read the client closes the connection, so the next request "
                + "starts over with a new SYN from a new ephemeral port.";
    }

    String againTitle() {
        return "Another handshake, another port";
    }

    String again(int port) {
        return "The second request opens a new connection from port " + port + ": the handshake's round trip is paid "
                + "again, and TCP starts again with a small congestion window. HTTP/1.0 worked this way; HTTP/1.1 "
                + "made persistent connections the default (RFC 9112 §9.3).";
    }

    String phaseEndTitle(Way way) {
        return switch (way) {
            case NEW_CONNECTION -> "(a) costs a handshake per request, and TIME-WAITs";
            case KEEP_ALIVE -> "(b) One handshake for all of them";
            case POOL -> "(c) What the pool did";
            case BROWSER -> "(d) Six connections per host";
        };
    }

    String phaseEnd(Phase p, long time, int handshakes) {
        String cost = handshakes + " handshake" + (handshakes == 1 ? "" : "s") + ", " + ms(time) + " for "
                + s.requests() + " requests (" + rtts(time) + " round trips). ";
        return switch (p.way()) {
            case NEW_CONNECTION -> cost + "The client closed each connection first, so each of its sockets waits in "
                    + "TIME-WAIT for 2 × MSL (RFC 9293 §3.6; 60 s on Linux): a second after the last response, "
                    + p.clientTimeWait() + " client sockets are in TIME-WAIT, each holding an ephemeral port. A client making thousands of calls a "
                    + "second this way runs out of ports; had the server closed first (Connection: close), the "
                    + "TIME-WAITs would pile up on the server instead.";
            case KEEP_ALIVE -> cost + "Every request after the first went straight onto the open connection: one "
                    + "round trip each. The client closed it at the end: " + p.clientTimeWait() + " TIME-WAIT socket, "
                    + "against one per request in (a).";
            case POOL -> cost + "With " + s.poolSize() + " connections the " + s.requests() + " requests went "
                    + s.poolSize() + " at a time, the rest waiting in the pool's queue. Its idle timeout and the server's "
                    + "reload left " + p.clientTimeWait() + " of its sockets in TIME-WAIT at the client.";
            case BROWSER -> cost + "Browsers open up to six connections to one host (HTTP/1.1 sends one request at a "
                    + "time per connection, so more connections is the only way to fetch in parallel). Six handshakes "
                    + "in parallel cost one round trip, and the requests finish in " + rtts(time) + " round trips.";
        };
    }

    String reuseTitle() {
        return "(b) No handshake: the same connection";
    }

    String reuse(int port) {
        return "The second GET leaves on the connection from port " + port + " the moment the first response is in: "
                + "no SYN, no waiting. HTTP/1.1 keeps connections open unless a side sends Connection: close "
                + "(RFC 9112 §9.3); the response's Content-Length tells the client where one response ends and the "
                + "next can begin.";
    }

    String burstTitle() {
        return "(c) " + s.requests() + " requests, a pool of " + s.poolSize();
    }

    String burst(ConnectionPool.Counts c) {
        return "The application hands all " + s.requests() + " requests to the pool at once. The pool opens "
                + c.active() + " connections, its maximum, and " + c.waiting() + " requests wait in its queue: "
                + "HTTP/1.1 carries one request at a time per connection (pipelining exists, RFC 9112 §9.3.2, but "
                + "clients do not use it).";
    }

    String queuedTitle() {
        return "A waiting request takes a freed connection";
    }

    String queued(long waited, int port) {
        return "As soon as a response completes, the connection from port " + port + " goes back to the pool and the "
                + "next waiting request leaves on it, after waiting " + ms(waited) + ". No new handshake: the pool "
                + "reuses what it has.";
    }

    String checkPassedTitle() {
        return "Reuse after a health check";
    }

    String checkPassed(long idle) {
        return "A later request finds idle connections. The one used most recently has been idle "
                + ms(idle) + ", longer than " + ms(KeepAliveSimulator.CHECK_AFTER_IDLE) + ", so the pool checks it "
                + "first (Apache HttpClient's validateAfterInactivity): the socket is still ESTABLISHED and no FIN "
                + "has arrived, so the request goes out on it.";
    }

    String reloadTitle() {
        return "The server reloads and closes idle connections";
    }

    String reload(int closed) {
        return "A deploy reloads the server: like NGINX's old workers, it closes the connections that are idle ("
                + closed + " here), sending FIN. The client's TCP acknowledges, but nothing tells the pool: those "
                + "connections now sit in CLOSE-WAIT in its idle list.";
    }

    String checkFailedTitle() {
        return "The health check finds a dead connection";
    }

    String checkFailed(int discarded) {
        return "The next request would have gone out on a connection the server has closed, and failed (the classic "
                + "\"connection reset\" or NoHttpResponseException of stale pooled connections). The health check "
                + "sees the FIN and discards it (" + discarded + " dead in all), and the pool opens a new "
                + "connection for the request.";
    }

    String idleTimeoutTitle() {
        return "The pool's idle timeout closes a connection";
    }

    String idleTimeout() {
        return "A connection left idle for " + seconds(s.poolIdleSeconds()) + " is closed by the pool itself: its "
                + "FIN goes out and the TIME-WAIT is the client's. Pools keep their idle timeout below the server's "
                + "keep-alive timeout (here " + ms(KeepAliveSimulator.SERVER_KEEP_ALIVE) + ", Apache's default) so "
                + "that the client, not the server, ends idle connections; otherwise a request can leave on a "
                + "connection the server is closing at that moment.";
    }

    String browserTitle() {
        return "(d) Six connections at once";
    }

    String browser(int handshakes) {
        return "A browser opens up to six connections per host name (Chrome and Firefox use six for HTTP/1.1): here "
                + handshakes + " handshakes go out together, so the first " + handshakes + " requests cost two round "
                + "trips and the rest queue behind them. HTTP/2 replaced this with one multiplexed connection.";
    }

    String summaryTitle() {
        return "The cost, measured";
    }

    String summary(Phase a, Phase b) {
        return "Per request, a new connection costs a handshake round trip and leaves a TIME-WAIT socket; keep-alive "
                + "pays the handshake once; a pool adds parallelism up to its size and queues the rest; six browser "
                + "connections are a pool of six. Here keep-alive needed " + ms(duration(b)) + " against "
                + ms(duration(a)) + " for new connections, for the same " + s.requests() + " requests.";
    }

    static long duration(Phase p) {
        return p.end() - p.start();
    }

    String costsTitle() {
        return "Cost of " + s.requests() + " requests (measured)";
    }

    List<String> costColumns() {
        return List.of("Way", "SYNs", "Time", "RTTs", "TIME-WAIT");
    }

    Table.Row costRow(Phase p, int handshakes, long time, boolean highlighted) {
        String way = switch (p.way()) {
            case NEW_CONNECTION -> "(a) new each time";
            case KEEP_ALIVE -> "(b) keep-alive";
            case POOL -> "(c) pool of " + s.poolSize();
            case BROWSER -> "(d) 6 per host";
        };
        return new Table.Row(List.of(way, Integer.toString(handshakes), ms(time), rtts(time),
                Integer.toString(p.clientTimeWait())), highlighted);
    }

    String poolTitle() {
        return "Pool of " + s.poolSize() + " now";
    }

    List<String> poolColumns() {
        return List.of("Active", "Idle", "Waiting", "Opened", "Idle-closed", "Failed checks");
    }

    Table.Row poolRow(ConnectionPool.Counts c) {
        return new Table.Row(List.of(Integer.toString(c.active()), Integer.toString(c.idle()),
                Integer.toString(c.waiting()), Integer.toString(c.opened()), Integer.toString(c.closedIdle()),
                Integer.toString(c.discardedStale())), true);
    }

    private String rtts(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / (s.rttMs() * 1e6));
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, s == Math.rint(s) ? "%.0f s" : "%.1f s", s);
    }

    static String ms(long nanos) {
        return new HttpUnits(Locale.ENGLISH).ms(nanos);
    }

    static String ms(double millis) {
        return new HttpUnits(Locale.ENGLISH).ms(millis);
    }
}
