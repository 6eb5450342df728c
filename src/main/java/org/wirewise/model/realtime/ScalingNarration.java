package org.wirewise.model.realtime;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.Table;

/** Every sentence of the WebSocket scaling lesson: lanes, step titles and texts, table words. */
final class ScalingNarration {

    /** A user's connection at a moment: the server it is (or was last) on, and what happened last. */
    record State(int server, ScalingRun.Kind kind, int code) {
    }

    private final ScalingScenario s;

    ScalingNarration(ScalingScenario s) {
        this.s = s;
    }

    private static String server(int i) {
        return ScalingNetwork.serverName(i);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    /** Milliseconds below a second, seconds above. */
    private static String ms(long nanos) {
        return nanos < SimTime.SECOND ? String.format(Locale.ROOT, "%.0f ms", SimTime.toMillis(nanos)) : seconds(nanos);
    }

    private static String count(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    private static String mib(double bytes) {
        return bytes >= 1 << 30 ? String.format(Locale.ROOT, "%.2f GiB", bytes / (1 << 30))
                : String.format(Locale.ROOT, "%.1f MiB", bytes / (1 << 20));
    }

    String usersLane() {
        return "Users";
    }

    String proxyLane() {
        return "Proxy (layer 7)";
    }

    String serverLane(int i) {
        return "Chat server " + (i + 1);
    }

    String brokerLane() {
        return "Pub/sub broker";
    }

    String introTitle() {
        return "Many users, " + s.servers() + " servers, one address";
    }

    String intro() {
        return "alice, bob, carol and dave open a chat at " + ScalingNetwork.HOST + ", which is a proxy at "
                + ScalingNetwork.PUBLIC.getHostAddress() + " in front of " + s.servers() + " chat servers and a "
                + "pub/sub broker. Each user keeps one WebSocket open for as long as the tab is open, and pings it every "
                + seconds(ChatUser.HEARTBEAT) + ". Every packet here is real: TCP, the HTTP upgrade, masked client "
                + "frames, the broker's RESP commands. The diagram shows what crosses the proxy's and the broker's cables.";
    }

    List<String> introReferences() {
        return List.of("RFC 6455 §1.2", "RFC 6455 §4.1");
    }

    String pickTitle() {
        return "The proxy picks a server";
    }

    String pick(List<ScalingRun.Event> picks) {
        if (picks.isEmpty()) {
            return "No user reached the proxy.";
        }
        ScalingRun.Event p = picks.get(picks.size() - 1);
        String how = switch (p.how()) {
            case HASH -> "picks a server by a hash of the user's address: FNV-1a(" + address(p.user()) + ") = " + p.hash()
                    + ", and " + p.hash() + " mod " + p.inService().size() + " = " + (p.hash() % p.inService().size())
                    + " chooses " + server(p.server()) + ".";
            case COOKIE -> "finds a Cookie naming " + server(p.server()) + ", which is in service, and goes there.";
            case NEW_COOKIE -> "finds no cookie naming a server in service, so it takes the next in turn (round robin turn "
                    + p.hash() + " over " + p.inService().size() + " servers): " + server(p.server()) + ". On the 101's way "
                    + "back it adds Set-Cookie: " + WsProxy.COOKIE + "=" + server(p.server()) + ", which the browser "
                    + "will send on every reconnect.";
        };
        return "The proxy terminates " + p.user() + "'s TCP connection, reads the upgrade request and " + how
                + " It opens its own connection to that server and passes the request on with an X-Forwarded-For field; "
                + "from the 101 on it only copies bytes both ways.";
    }

    private static String address(String user) {
        return ScalingNetwork.USER_ADDRESSES.get(ScalingNetwork.USERS.indexOf(user));
    }

    List<String> pickReferences() {
        return List.of("RFC 6455 §4.1", "RFC 7239 §4");
    }

    String statefulTitle() {
        return "Why a connection is stateful";
    }

    String stateful() {
        return "Every user is now connected, each to one server. An HTTP request can go to any server, but a WebSocket is "
                + "a TCP connection that stays: the socket, the user's session and its subscriptions live in one "
                + "server's memory until it closes. So the proxy must be sticky. It can hash the client's address (as "
                + "nginx's ip_hash or HAProxy's balance source do): a reconnect from the same address lands on the same "
                + "server while the pool is the same, but a phone that changes network moves. Or it can name the server "
                + "in a Set-Cookie on the 101 and route by the Cookie a reconnect sends, which survives a new address but "
                + "needs a layer-7 proxy. This run uses " + (s.stickiness() == ScalingScenario.Stickiness.COOKIE
                ? "the cookie." : "the hash.");
    }

    List<String> statefulReferences() {
        return List.of("RFC 6455 §1.5", "RFC 6265 §4.1");
    }

    String lostTitle() {
        return "alice writes to bob: lost";
    }

    String lost(int aServer, int bServer) {
        return "alice sends a chat message for bob. It reaches " + server(aServer) + ", where alice is connected; bob is on "
                + server(bServer) + ". " + server(aServer) + " has no connection to bob and no way to reach the server "
                + "that has, so the message goes nowhere: " + server(aServer) + " only acknowledges the bytes. Servers that each "
                + "hold their own users need a backbone between them.";
    }

    List<String> lostReferences() {
        return List.of("RFC 6455 §5.6");
    }

    String backboneTitle() {
        return "The servers join a backbone";
    }

    String backbone() {
        return "Each server opens a TCP connection to the broker (port " + Broker.PORT + ", as Redis) and sends SUBSCRIBE "
                + ChatServer.CHANNEL + " as a RESP array of bulk strings; the broker confirms with the channel and how many "
                + "channels this connection follows. Any message published on the channel now reaches every server.";
    }

    List<String> respReferences() {
        return List.of("Redis protocol spec (RESP2)", "RFC 9293 §3.10");
    }

    String publishTitle() {
        return "Publish";
    }

    String publish(int aServer) {
        return "alice writes again. " + server(aServer) + " still has no bob, but now it publishes the message: PUBLISH "
                + ChatServer.CHANNEL + " with the JSON as its payload. The broker answers with the number of subscribers "
                + "it handed the message to.";
    }

    String fanOutTitle() {
        return "Fan-out";
    }

    String fanOut(int bServer, int servers) {
        return "The broker pushes the message to every subscribed server, " + servers + " of them, as a RESP array "
                + "(message, channel, payload). Each server looks for the recipient among its own connections: only "
                + server(bServer) + " has bob. The others drop it, so every server pays for every message: fan-out "
                + "to all servers is simple, and per-user channels are how large systems keep that cost down.";
    }

    String deliveredTitle() {
        return "Delivered to bob";
    }

    String delivered(int bServer) {
        return server(bServer) + " sends the message to bob as an unmasked server frame on bob's WebSocket; the proxy "
                + "copies it to bob's connection. Through the backbone, a user on any server reaches a user on any other.";
    }

    String drainTitle() {
        return "Draining a server: 1001";
    }

    String drain(int k) {
        return server(k) + " is drained for a deploy: the proxy takes it out of the pool, so new connections go "
                + "elsewhere, and the server closes each of its WebSockets with status 1001 (going away). The client "
                + "answers the close frame and the server closes TCP first. Clients know to reconnect, and a graceful "
                + "drain loses nothing. " + server(k) + " comes back into the pool at " + seconds(ScalingRun.RESTORE) + ".";
    }

    List<String> drainReferences() {
        return List.of("RFC 6455 §7.4.1", "RFC 6455 §7.1.1");
    }

    String movedTitle() {
        return "carol reconnects elsewhere";
    }

    String moved(Optional<ScalingRun.Event> pick) {
        String wait = "carol waits a random backoff (at most " + ms(ChatUser.BACKOFF.ceiling(0)) + ") and connects again. ";
        return pick.map(p -> p.how() == WsProxy.How.HASH ? wait + "The hash of her address is the same, but the pool is "
                + "now " + p.inService().size() + " servers, so " + p.hash() + " mod " + p.inService().size() + " picks "
                + server(p.server()) + ". Hashing modulo the pool size moves other users' next connections too when the "
                + "pool changes; consistent hashing would move only the drained server's users."
                : wait + "Her cookie names the drained server, which is out of the pool, so the proxy picks "
                + server(p.server()) + " (round robin turn " + p.hash() + ") and sets a new cookie. Users of the other "
                + "servers keep theirs: a cookie moves only the users of the server that left.")
                .orElse("carol did not reconnect in the time shown.");
    }

    String deathTitle() {
        return "A server dies: nothing closes";
    }

    String death(int k) {
        return server(k) + " loses power. It sends no close frame and no FIN: its connections just vanish. The proxy "
                + "still holds its half of each and forwards into the void (the lost packets); the users see an open "
                + "socket. Only a heartbeat tells: a ping the server should answer within " + seconds(ChatUser.PONG_DEADLINE)
                + ". TCP's own retransmissions would take many minutes to give up.";
    }

    List<String> deathReferences() {
        return List.of("RFC 6455 §5.5.2", "RFC 6455 §7.2.3", "RFC 9293 §3.8.3");
    }

    String backTitle(String who) {
        return who + " gives up and moves";
    }

    String back(String who, int dead, boolean markedDown, Optional<ScalingRun.Event> pick) {
        String where = pick.map(p -> " The proxy now picks " + server(p.server()) + ".").orElse("");
        return "No pong within " + seconds(ChatUser.PONG_DEADLINE) + ": " + who + " drops the connection and reconnects "
                + "after a jittered backoff." + (markedDown ? " The proxy's choice still pointed at " + server(dead) + ", whose SYN "
                + "went unanswered; after " + seconds(WsProxy.CONNECT_TIMEOUT) + " (this proxy's connect timeout, an "
                + "assumption) the proxy marks it down and picks again." : "") + where;
    }

    String costsTitle() {
        return "What an idle connection costs";
    }

    String costs() {
        int perServer = ConnectionCosts.perServer(s.connections(), s.servers());
        long each = ConnectionCosts.perConnection(s.appKib());
        return count(s.connections()) + " idle connections over " + s.servers() + " servers is " + count(perServer)
                + " on the busiest. Each costs the kernel " + count(ConnectionCosts.kernelBytes()) + " bytes (object sizes "
                + "from /proc/slabinfo on Linux 6.18, x86-64: an assumption for other kernels) and the application "
                + s.appKib() + " KiB (your parameter; 8 KiB is a library's 4 KiB read and write buffers): "
                + count(each) + " bytes, " + mib((double) each * perServer) + " per server. Idle sockets hold no buffer "
                + "memory; every connection is one file descriptor, far over the default limit of "
                + count(ConnectionCosts.NOFILE_SOFT) + ".";
    }

    List<String> costsReferences() {
        return List.of("RFC 9293 §3.3.1");
    }

    String costsTableTitle() {
        return "Memory per idle connection";
    }

    List<String> costsColumns() {
        return List.of("Bytes", "Slab", "What");
    }

    List<Table.Row> costRows(List<ConnectionCosts.Item> kernel, long each) {
        List<Table.Row> rows = new java.util.ArrayList<>();
        for (ConnectionCosts.Item i : kernel) {
            rows.add(Table.Row.of(count(i.bytes()), i.slab(), i.what()));
        }
        rows.add(Table.Row.of("0", "", "socket buffers while idle (allocated as data arrives)"));
        rows.add(Table.Row.of(count(s.appKib() * 1024L), "", "application state (an assumption: " + s.appKib() + " KiB)"));
        rows.add(Table.Row.emphasis(count(each), "", "per connection"));
        int perServer = ConnectionCosts.perServer(s.connections(), s.servers());
        rows.add(Table.Row.emphasis(mib((double) each * perServer), "", "per server, " + count(perServer) + " connections"));
        rows.add(Table.Row.emphasis(mib((double) each * s.connections()), "", "fleet, " + count(s.connections()) + " connections"));
        return rows;
    }

    String limitsTitle() {
        return "Limits at " + count(s.connections()) + " connections";
    }

    List<String> limitsColumns() {
        return List.of("Needed", "What", "Linux default, and what to do");
    }

    List<Table.Row> limitRows() {
        int perServer = ConnectionCosts.perServer(s.connections(), s.servers());
        long full = (long) (ConnectionCosts.RMEM_DEFAULT + ConnectionCosts.WMEM_DEFAULT) * perServer;
        return List.of(
                Table.Row.of(count(perServer + 3L), "fds per server",
                        "soft limit " + count(ConnectionCosts.NOFILE_SOFT) + ": raise LimitNOFILE"),
                Table.Row.of(count(2L * s.connections() + 1), "fds on the proxy",
                        "two per user: the user's side and the server's side"),
                Table.Row.of(count(perServer), "proxy ports per server",
                        count(ConnectionCosts.EPHEMERAL_PORTS) + " (ip_local_port_range)" + (perServer
                                > ConnectionCosts.EPHEMERAL_PORTS ? ": too few, add source addresses" : ": enough")),
                Table.Row.of(mib(full), "all buffers full",
                        "per server: tcp_rmem " + count(ConnectionCosts.RMEM_DEFAULT) + " + tcp_wmem "
                                + count(ConnectionCosts.WMEM_DEFAULT) + " bytes each"));
    }

    String backoffTitle() {
        return "A phone reconnects with backoff";
    }

    String backoff(List<Mobile.Attempt> attempts, long offline) {
        Mobile.Attempt last = attempts.get(attempts.size() - 1);
        return "A phone loses its network for " + seconds(offline) + " (an assumption: a tunnel). It retries with "
                + "exponential backoff and full jitter: before attempt n it waits a random time between 0 and min("
                + seconds(ChatUser.BACKOFF.cap()) + ", " + ms(ChatUser.BACKOFF.base()) + " × 2^n). Attempts fail at once "
                + "while there is no network; attempt " + last.number() + " at " + seconds(last.at()) + " gets in, "
                + ms(last.at() - offline) + " after the network returned. RFC 6455 asks for exactly this: a random first "
                + "delay, then growing ones.";
    }

    List<String> backoffReferences() {
        return List.of("RFC 6455 §7.2.3");
    }

    List<String> backoffColumns() {
        return List.of("Attempt", "Ceiling", "Wait drawn", "Tries at", "Result");
    }

    List<String> backoffRow(Mobile.Attempt a) {
        return List.of(Integer.toString(a.number()), ms(a.ceiling()), ms(a.delay()), seconds(a.at()),
                a.connected() ? "connected" : "no network");
    }

    String herdTitle() {
        return "A thundering herd, with and without jitter";
    }

    String herd(Herd.Run bare, Herd.Run jittered) {
        return "A server restarts and " + count(s.herdClients()) + " clients reconnect; the servers accept "
                + count(s.acceptsPer100ms()) + " per 100 ms and refuse the rest, who back off and retry. Without jitter "
                + "everyone waits the same " + ms(ChatUser.BACKOFF.base()) + ", so " + count(bare.peak()) + " arrive in one "
                + "100 ms and the refused retry together again, in waves. With full jitter the peak is " + count(jittered.peak())
                + " and " + allIn(jittered) + "; without it, " + allIn(bare) + ". Attempts in all: " + count(bare.attempts())
                + " against " + count(jittered.attempts()) + ".";
    }

    private static String allIn(Herd.Run r) {
        return r.allConnectedAt() >= 0 ? "all are in by " + seconds(r.allConnectedAt())
                : count(r.connected()) + " are in after " + seconds(Herd.HORIZON);
    }

    String herdSeriesTitle() {
        return "Reconnect attempts per 100 ms";
    }

    List<String> herdColumns() {
        return List.of("without jitter", "full jitter");
    }

    String herdTableTitle() {
        return "After the restart";
    }

    List<String> herdTableColumns() {
        return List.of("Backoff", "Peak per 100 ms", "Attempts", "Connected", "All in at");
    }

    List<String> herdRow(boolean jitter, Herd.Run r) {
        return List.of(jitter ? "full jitter" : "no jitter", count(r.peak()), count(r.attempts()), count(r.connected()),
                r.allConnectedAt() >= 0 ? seconds(r.allConnectedAt()) : "not within " + seconds(Herd.HORIZON));
    }

    String summaryTitle() {
        return "Scaling WebSockets";
    }

    String summary() {
        return "Long-lived connections make servers stateful: balance them sticky, drain with 1001 before a deploy, "
                + "detect dead peers with heartbeats, join the servers with a pub/sub backbone so any user reaches any "
                + "other, budget memory and file descriptors per idle connection, and reconnect with jittered backoff so "
                + "a restart does not become a stampede.";
    }

    List<String> summaryReferences() {
        return List.of("RFC 6455 §7.2.3", "RFC 6455 §7.4.1");
    }

    String whereTitle() {
        return "Who is connected where";
    }

    List<String> whereColumns() {
        return List.of("User", "Address", "Connection");
    }

    String connectionState(State st) {
        return switch (st.kind()) {
            case OPENED -> "open on " + server(st.server());
            case CLOSED -> "closed by " + server(st.server()) + " (" + st.code() + "), reconnecting";
            case GAVE_UP -> "no pong from " + server(st.server()) + ": reconnecting";
            case DIED -> "open on " + server(st.server()) + ", which is dead";
            default -> "not connected";
        };
    }

    String picksTitle() {
        return "The proxy's choices";
    }

    List<String> picksColumns() {
        return List.of("Time", "User", "Chosen by", "In service", "Server");
    }

    List<String> pickRow(ScalingRun.Event e) {
        if (e.kind() == ScalingRun.Kind.MARKED_DOWN) {
            return List.of(seconds(e.time()), "", "", servers(e.inService()), server(e.server()) + " marked down");
        }
        String by = switch (e.how()) {
            case HASH -> "FNV-1a " + e.hash() + " mod " + e.inService().size();
            case COOKIE -> "its cookie";
            case NEW_COOKIE -> "turn " + e.hash() + ", Set-Cookie";
        };
        return List.of(seconds(e.time()), e.user(), by, servers(e.inService()), server(e.server()));
    }

    private static String servers(List<Integer> list) {
        return String.join(", ", list.stream().map(i -> Integer.toString(i + 1)).toList());
    }
}
