package org.wirewise.model.realtime;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;
import org.wirewise.model.trace.Table;

/**
 * Every sentence of the WebSocket scaling lesson in one language ({@code websocket-scaling.properties} and
 * its translations): lanes, step titles and texts, table words.
 */
final class ScalingNarration {

    /** A user's connection at a moment: the server it is (or was last) on, and what happened last. */
    record State(int server, ScalingRun.Kind kind, int code) {
    }

    private final ScalingScenario s;
    private final Texts texts;
    private final Units units;

    ScalingNarration(ScalingScenario s, Locale language) {
        this.s = s;
        this.texts = Texts.of("org.wirewise.model.realtime.websocket-scaling", language);
        this.units = new Units(texts.language());
    }

    private static String server(int i) {
        return ScalingNetwork.serverName(i);
    }

    private String seconds(long nanos) {
        return units.fixed(nanos / 1e9, 2) + " s";
    }

    /** Milliseconds below a second, seconds above. */
    private String ms(long nanos) {
        return nanos < SimTime.SECOND ? units.fixed(SimTime.toMillis(nanos), 0) + " ms" : seconds(nanos);
    }

    private String count(long v) {
        return units.grouped(v);
    }

    private String mib(double bytes) {
        return bytes >= 1 << 30 ? units.fixed(bytes / (1 << 30), 2) + " GiB" : units.fixed(bytes / (1 << 20), 1) + " MiB";
    }

    private static String number(long v) {
        return Long.toString(v);
    }

    String usersLane() {
        return texts.get("lane.users");
    }

    String proxyLane() {
        return texts.get("lane.proxy");
    }

    String serverLane(int i) {
        return texts.get("lane.server", number(i + 1));
    }

    String brokerLane() {
        return texts.get("lane.broker");
    }

    String introTitle() {
        return texts.get("intro.title", number(s.servers()));
    }

    String intro() {
        return texts.get("intro", ScalingNetwork.HOST, ScalingNetwork.PUBLIC.getHostAddress(), number(s.servers()),
                seconds(ChatUser.HEARTBEAT));
    }

    List<String> introReferences() {
        return List.of("RFC 6455 §1.2", "RFC 6455 §4.1");
    }

    String pickTitle() {
        return texts.get("pick.title");
    }

    String pick(List<ScalingRun.Event> picks) {
        if (picks.isEmpty()) {
            return texts.get("pick.none");
        }
        ScalingRun.Event p = picks.get(picks.size() - 1);
        String inService = number(p.inService().size());
        String how = switch (p.how()) {
            case HASH -> texts.get("pick.HASH", address(p.user()), number(p.hash()), inService,
                    number(p.hash() % p.inService().size()), server(p.server()));
            case COOKIE -> texts.get("pick.COOKIE", server(p.server()));
            case NEW_COOKIE -> texts.get("pick.NEW_COOKIE", number(p.hash()), inService, server(p.server()),
                    WsProxy.COOKIE);
        };
        return texts.get("pick", p.user(), how);
    }

    private static String address(String user) {
        return ScalingNetwork.USER_ADDRESSES.get(ScalingNetwork.USERS.indexOf(user));
    }

    List<String> pickReferences() {
        return List.of("RFC 6455 §4.1", "RFC 7239 §4");
    }

    String statefulTitle() {
        return texts.get("stateful.title");
    }

    String stateful() {
        return texts.get("stateful", texts.get(s.stickiness() == ScalingScenario.Stickiness.COOKIE
                ? "stateful.cookie" : "stateful.hash"));
    }

    List<String> statefulReferences() {
        return List.of("RFC 6455 §1.5", "RFC 6265 §4.1");
    }

    String lostTitle() {
        return texts.get("lost.title");
    }

    String lost(int aServer, int bServer) {
        return texts.get("lost", server(aServer), server(bServer));
    }

    List<String> lostReferences() {
        return List.of("RFC 6455 §5.6");
    }

    String backboneTitle() {
        return texts.get("backbone.title");
    }

    String backbone() {
        return texts.get("backbone", number(Broker.PORT), ChatServer.CHANNEL);
    }

    List<String> respReferences() {
        return List.of("Redis protocol spec (RESP2)", "RFC 9293 §3.10");
    }

    String publishTitle() {
        return texts.get("publish.title");
    }

    String publish(int aServer) {
        return texts.get("publish", server(aServer), ChatServer.CHANNEL);
    }

    String fanOutTitle() {
        return texts.get("fanOut.title");
    }

    String fanOut(int bServer, int servers) {
        return texts.get("fanOut", number(servers), server(bServer));
    }

    String deliveredTitle() {
        return texts.get("delivered.title");
    }

    String delivered(int bServer) {
        return texts.get("delivered", server(bServer));
    }

    String drainTitle() {
        return texts.get("drain.title");
    }

    String drain(int k) {
        return texts.get("drain", server(k), seconds(ScalingRun.RESTORE));
    }

    List<String> drainReferences() {
        return List.of("RFC 6455 §7.4.1", "RFC 6455 §7.1.1");
    }

    String movedTitle() {
        return texts.get("moved.title");
    }

    String moved(Optional<ScalingRun.Event> pick) {
        String wait = texts.get("moved.wait", ms(ChatUser.BACKOFF.ceiling(0)));
        return pick.map(p -> p.how() == WsProxy.How.HASH
                ? texts.get("moved.HASH", wait, number(p.inService().size()), number(p.hash()), server(p.server()))
                : texts.get("moved.COOKIE", wait, server(p.server()), number(p.hash())))
                .orElse(texts.get("moved.none"));
    }

    String deathTitle() {
        return texts.get("death.title");
    }

    String death(int k) {
        return texts.get("death", server(k), seconds(ChatUser.PONG_DEADLINE));
    }

    List<String> deathReferences() {
        return List.of("RFC 6455 §5.5.2", "RFC 6455 §7.2.3", "RFC 9293 §3.8.3");
    }

    String backTitle(String who) {
        return texts.get("back.title", who);
    }

    String back(String who, int dead, boolean markedDown, Optional<ScalingRun.Event> pick) {
        String where = pick.map(p -> " " + texts.get("back.pick", server(p.server()))).orElse("");
        return texts.get("back", seconds(ChatUser.PONG_DEADLINE), who, markedDown
                ? " " + texts.get("back.markedDown", server(dead), seconds(WsProxy.CONNECT_TIMEOUT)) : "", where);
    }

    String costsTitle() {
        return texts.get("costs.title");
    }

    String costs() {
        int perServer = ConnectionCosts.perServer(s.connections(), s.servers());
        long each = ConnectionCosts.perConnection(s.appKib());
        return texts.get("costs", count(s.connections()), number(s.servers()), count(perServer),
                count(ConnectionCosts.kernelBytes()), number(s.appKib()), count(each), mib((double) each * perServer),
                count(ConnectionCosts.NOFILE_SOFT));
    }

    List<String> costsReferences() {
        return List.of("RFC 9293 §3.3.1");
    }

    String costsTableTitle() {
        return texts.get("costs.table");
    }

    List<String> costsColumns() {
        return columns("costs.column.", "bytes", "slab", "what");
    }

    private List<String> columns(String prefix, String... keys) {
        return java.util.Arrays.stream(keys).map(k -> texts.get(prefix + k)).toList();
    }

    List<Table.Row> costRows(List<ConnectionCosts.Item> kernel, long each) {
        List<Table.Row> rows = new java.util.ArrayList<>();
        for (ConnectionCosts.Item i : kernel) {
            // the slab's name (/proc/slabinfo) keys the words of what it holds
            rows.add(Table.Row.of(count(i.bytes()), i.slab(), texts.get("cost." + i.slab())));
        }
        rows.add(Table.Row.of("0", "", texts.get("costs.idleBuffers")));
        rows.add(Table.Row.of(count(s.appKib() * 1024L), "", texts.get("costs.app", number(s.appKib()))));
        rows.add(Table.Row.emphasis(count(each), "", texts.get("costs.perConnection")));
        int perServer = ConnectionCosts.perServer(s.connections(), s.servers());
        rows.add(Table.Row.emphasis(mib((double) each * perServer), "", texts.get("costs.perServer", count(perServer))));
        rows.add(Table.Row.emphasis(mib((double) each * s.connections()), "",
                texts.get("costs.fleet", count(s.connections()))));
        return rows;
    }

    String limitsTitle() {
        return texts.get("limits.title", count(s.connections()));
    }

    List<String> limitsColumns() {
        return columns("limits.column.", "needed", "what", "default");
    }

    List<Table.Row> limitRows() {
        int perServer = ConnectionCosts.perServer(s.connections(), s.servers());
        long full = (long) (ConnectionCosts.RMEM_DEFAULT + ConnectionCosts.WMEM_DEFAULT) * perServer;
        return List.of(
                Table.Row.of(count(perServer + 3L), texts.get("limits.fdsServer"),
                        texts.get("limits.fdsServer.default", count(ConnectionCosts.NOFILE_SOFT))),
                Table.Row.of(count(2L * s.connections() + 1), texts.get("limits.fdsProxy"),
                        texts.get("limits.fdsProxy.default")),
                Table.Row.of(count(perServer), texts.get("limits.ports"), texts.get(perServer
                        > ConnectionCosts.EPHEMERAL_PORTS ? "limits.ports.tooFew" : "limits.ports.enough",
                        count(ConnectionCosts.EPHEMERAL_PORTS))),
                Table.Row.of(mib(full), texts.get("limits.buffers"), texts.get("limits.buffers.default",
                        count(ConnectionCosts.RMEM_DEFAULT), count(ConnectionCosts.WMEM_DEFAULT))));
    }

    String backoffTitle() {
        return texts.get("backoff.title");
    }

    String backoff(List<Mobile.Attempt> attempts, long offline) {
        Mobile.Attempt last = attempts.get(attempts.size() - 1);
        return texts.get("backoff", seconds(offline), seconds(ChatUser.BACKOFF.cap()), ms(ChatUser.BACKOFF.base()),
                number(last.number()), seconds(last.at()), ms(last.at() - offline));
    }

    List<String> backoffReferences() {
        return List.of("RFC 6455 §7.2.3");
    }

    List<String> backoffColumns() {
        return columns("backoff.column.", "attempt", "ceiling", "wait", "at", "result");
    }

    List<String> backoffRow(Mobile.Attempt a) {
        return List.of(number(a.number()), ms(a.ceiling()), ms(a.delay()), seconds(a.at()),
                texts.get(a.connected() ? "backoff.connected" : "backoff.noNetwork"));
    }

    String herdTitle() {
        return texts.get("herd.title");
    }

    String herd(Herd.Run bare, Herd.Run jittered) {
        return texts.get("herd", count(s.herdClients()), count(s.acceptsPer100ms()), ms(ChatUser.BACKOFF.base()),
                count(bare.peak()), count(jittered.peak()), allIn(jittered), allIn(bare), count(bare.attempts()),
                count(jittered.attempts()));
    }

    private String allIn(Herd.Run r) {
        return r.allConnectedAt() >= 0 ? texts.get("herd.allIn", seconds(r.allConnectedAt()))
                : texts.get("herd.someIn", count(r.connected()), seconds(Herd.HORIZON));
    }

    String herdSeriesTitle() {
        return texts.get("herd.series");
    }

    List<String> herdColumns() {
        return columns("herd.series.", "bare", "jitter");
    }

    String herdTableTitle() {
        return texts.get("herd.table");
    }

    List<String> herdTableColumns() {
        return columns("herd.column.", "backoff", "peak", "attempts", "connected", "allIn");
    }

    List<String> herdRow(boolean jitter, Herd.Run r) {
        return List.of(texts.get(jitter ? "herd.row.jitter" : "herd.row.bare"), count(r.peak()), count(r.attempts()),
                count(r.connected()), r.allConnectedAt() >= 0 ? seconds(r.allConnectedAt())
                        : texts.get("herd.notWithin", seconds(Herd.HORIZON)));
    }

    String summaryTitle() {
        return texts.get("summary.title");
    }

    String summary() {
        return texts.get("summary");
    }

    List<String> summaryReferences() {
        return List.of("RFC 6455 §7.2.3", "RFC 6455 §7.4.1");
    }

    String whereTitle() {
        return texts.get("where.title");
    }

    List<String> whereColumns() {
        return columns("where.column.", "user", "address", "connection");
    }

    String connectionState(State st) {
        return switch (st.kind()) {
            case OPENED, GAVE_UP, DIED -> texts.get("connection." + st.kind().name(), server(st.server()));
            case CLOSED -> texts.get("connection.CLOSED", server(st.server()), number(st.code()));
            default -> texts.get("connection.none");
        };
    }

    String picksTitle() {
        return texts.get("picks.title");
    }

    List<String> picksColumns() {
        return columns("picks.column.", "time", "user", "by", "inService", "server");
    }

    List<String> pickRow(ScalingRun.Event e) {
        if (e.kind() == ScalingRun.Kind.MARKED_DOWN) {
            return List.of(seconds(e.time()), "", "", servers(e.inService()),
                    texts.get("picks.markedDown", server(e.server())));
        }
        String by = switch (e.how()) {
            case HASH -> texts.get("picks.by.HASH", number(e.hash()), number(e.inService().size()));
            case COOKIE -> texts.get("picks.by.COOKIE");
            case NEW_COOKIE -> texts.get("picks.by.NEW_COOKIE", number(e.hash()));
        };
        return List.of(seconds(e.time()), e.user(), by, servers(e.inService()), server(e.server()));
    }

    private static String servers(List<Integer> list) {
        return String.join(", ", list.stream().map(i -> Integer.toString(i + 1)).toList());
    }
}
