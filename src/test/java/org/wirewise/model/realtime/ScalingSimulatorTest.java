package org.wirewise.model.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirewise.model.sim.Link;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.testing.Tshark;

/** The scaling lesson's network run: stickiness, the backbone, a drain and a death, as the packets show them. */
class ScalingSimulatorTest {

    @TempDir
    Path dir;

    private static ScalingScenario servers(int n) {
        return new ScalingScenario(n, ScalingScenario.Stickiness.IP_HASH, 100_000, 8, 10_000, 1_000, 1);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void withoutABackboneTheMessageIsLostAndWithOneItReachesBobOnHisServer(int n) {
        ScalingRun run = new ScalingRun(servers(n));
        int a = run.serverOfFirst("alice");
        int b = run.serverOfFirst("bob");
        assertThat(a).isNotEqualTo(b);
        assertThat(run.events).filteredOn(e -> e.kind() == ScalingRun.Kind.LOST)
                .singleElement().satisfies(e -> {
                    assertThat(e.server()).isEqualTo(a);
                    assertThat(e.time()).isBetween(ScalingRun.FIRST_MESSAGE, ScalingRun.BACKBONE);
                });
        assertThat(run.events).filteredOn(e -> e.kind() == ScalingRun.Kind.RELAYED && e.user().equals("bob"))
                .singleElement().satisfies(e -> assertThat(e.server()).isEqualTo(b));
        // the broker fanned the PUBLISH out to every server: one "message" push per subscriber
        long pushes = run.recs.stream().filter(r -> r.from().equals(ScalingSimulator.BROKER)
                && ScalingLabels.label(r).startsWith("RESP message")).count();
        assertThat(pushes).isEqualTo(n);
    }

    @Test
    void aDrainedServerSays1001AndItsUserReconnectsToAnotherServer() {
        ScalingRun run = new ScalingRun(servers(3));
        int drained = run.events.stream().filter(e -> e.kind() == ScalingRun.Kind.DRAINED).findFirst().orElseThrow().server();
        assertThat(run.recs).anySatisfy(r -> {
            assertThat(r.from()).isEqualTo("ws-" + (drained + 1));
            assertThat(ScalingLabels.label(r)).isEqualTo("WebSocket close 1001");
        });
        assertThat(run.events).filteredOn(e -> e.kind() == ScalingRun.Kind.CLOSED && e.user().equals("carol"))
                .first().satisfies(e -> assertThat(e.code()).isEqualTo(1001));
        ScalingRun.Event reopened = run.events.stream().filter(e -> e.kind() == ScalingRun.Kind.OPENED
                && e.user().equals("carol") && e.time() > ScalingRun.DRAIN).findFirst().orElseThrow();
        assertThat(reopened.server()).isNotEqualTo(drained);
        assertThat(reopened.time() - ScalingRun.DRAIN).isLessThan(ChatUser.BACKOFF.ceiling(0) + 200_000_000L);
    }

    @Test
    void aDeadServerClosesNothingAndItsUsersFindOutByHeartbeatAndMove() {
        ScalingRun run = new ScalingRun(servers(3));
        ScalingRun.Event died = run.events.stream().filter(e -> e.kind() == ScalingRun.Kind.DIED).findFirst().orElseThrow();
        String dead = "ws-" + (died.server() + 1);
        assertThat(run.recs).filteredOn(r -> r.from().equals(dead) && r.t().start() >= ScalingRun.DEATH).isEmpty();
        assertThat(run.recs).filteredOn(r -> r.to().equals(dead) && r.t().start() >= ScalingRun.DEATH)
                .isNotEmpty().allSatisfy(r -> assertThat(r.t().fate()).isEqualTo(Link.Fate.LOST_IN_TRANSIT));
        List<ScalingRun.Event> gaveUp = run.events.stream().filter(e -> e.kind() == ScalingRun.Kind.GAVE_UP).toList();
        assertThat(gaveUp).isNotEmpty().allSatisfy(e -> {
            assertThat(e.server()).isEqualTo(died.server());
            ScalingRun.Event back = run.events.stream().filter(o -> o.kind() == ScalingRun.Kind.OPENED
                    && o.user().equals(e.user()) && o.time() > e.time()).findFirst().orElseThrow();
            assertThat(back.server()).isNotEqualTo(died.server());
        });
        assertThat(run.events).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(ScalingRun.Kind.MARKED_DOWN);
            assertThat(e.server()).isEqualTo(died.server());
        });
    }

    @Test
    void withCookiesTheProxySetsOneOnTheFirst101AndTheBrowserSendsItBack() {
        ScalingRun run = new ScalingRun(new ScalingScenario(3, ScalingScenario.Stickiness.COOKIE, 100_000, 8, 10_000,
                1_000, 1));
        List<ScalingRun.Event> picks = run.events.stream().filter(e -> e.kind() == ScalingRun.Kind.PICKED).toList();
        assertThat(picks.subList(0, 4)).allSatisfy(e -> assertThat(e.how()).isEqualTo(WsProxy.How.NEW_COOKIE));
        assertThat(picks.subList(0, 4)).extracting(ScalingRun.Event::server).containsExactly(0, 1, 2, 0);
        List<String> toUsers = run.recs.stream().filter(r -> r.to().equals(ScalingSimulator.USERS))
                .map(r -> new String(TcpStackPayload.of(r), java.nio.charset.StandardCharsets.ISO_8859_1)).toList();
        assertThat(toUsers).anySatisfy(p -> assertThat(p).startsWith("HTTP/1.1 101")
                .contains("\r\nSet-Cookie: ws-server=ws-1; Path=/; HttpOnly\r\n"));
        // after the death, the cookie still names the dead server: tried, marked down, then a new cookie
        int dead = run.events.stream().filter(e -> e.kind() == ScalingRun.Kind.DIED).findFirst().orElseThrow().server();
        assertThat(picks).anySatisfy(e -> {
            assertThat(e.how()).isEqualTo(WsProxy.How.COOKIE);
            assertThat(e.server()).isEqualTo(dead);
            assertThat(e.time()).isGreaterThan(ScalingRun.DEATH);
        });
        assertThat(picks).filteredOn(e -> e.time() > ScalingRun.DEATH && e.how() == WsProxy.How.NEW_COOKIE)
                .isNotEmpty().allSatisfy(e -> assertThat(e.server()).isNotEqualTo(dead));
        assertThat(run.events).anySatisfy(e -> assertThat(e.kind()).isEqualTo(ScalingRun.Kind.RELAYED));
    }

    /** A recorded packet's TCP payload. */
    private static final class TcpStackPayload {
        static byte[] of(ScalingRun.Rec r) {
            return org.wirewise.model.transport.TcpStack.segmentIn(r.t().packet()).payload();
        }
    }

    @Test
    void everyStepAboutAPacketPointsAtOneThatFitsItsTitle() {
        Trace t = ScalingSimulator.simulate(ScalingScenario.DEFAULTS);
        assertThat(label(t, "The proxy picks a server")).startsWith("GET /chat?user=alice");
        assertThat(label(t, "alice writes to bob: lost")).isEqualTo("WebSocket text");
        assertThat(label(t, "The servers join a backbone")).isEqualTo("RESP SUBSCRIBE chat");
        assertThat(label(t, "Publish")).isEqualTo("RESP PUBLISH chat");
        assertThat(label(t, "Fan-out")).isEqualTo("RESP message chat");
        assertThat(label(t, "Delivered to bob")).isEqualTo("bob: WebSocket text");
        assertThat(label(t, "Draining a server: 1001")).isEqualTo("WebSocket close 1001");
        assertThat(t.steps()).filteredOn(s -> s.title().equals("A server dies: nothing closes")).singleElement()
                .satisfies(s -> assertThat(t.packets().get(s.packetId()).fate()).isEqualTo(Link.Fate.LOST_IN_TRANSIT));
    }

    @Test
    void badParametersAreRefusedWithTheRange() {
        assertThatThrownBy(() -> ScalingSimulator.simulate(servers(5))).hasMessageContaining("servers must be 2 to 4");
    }

    @Test
    void tsharkDecodesTheWebSocketFramesAndTheBrokersResp() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Trace t = ScalingSimulator.simulate(ScalingScenario.DEFAULTS);
        List<String[]> proxy = Tshark.fields(t, ScalingSimulator.PROXY, dir, "websocket.opcode", "_ws.malformed",
                "tcp.checksum.status");
        assertThat(proxy).allSatisfy(r -> {
            assertThat(r[1]).isEmpty();
            assertThat(r[2]).isEqualTo("1");
        });
        // text, ping, pong and close (8) frames, as the lesson narrates them
        assertThat(proxy.stream().map(r -> r[0]).filter(s -> !s.isEmpty()).distinct()).contains("1", "8", "9", "10");
        List<String[]> broker = Tshark.fields(t, ScalingSimulator.BROKER, dir, "resp.bulk_string.value", "_ws.malformed");
        assertThat(broker).allSatisfy(r -> assertThat(r[1]).isEmpty());
        // tshark prints bulk strings as hex bytes
        assertThat(String.join(" ", broker.stream().map(r -> r[0]).toList()))
                .contains(hex("SUBSCRIBE") + "," + hex("chat"), hex("PUBLISH") + "," + hex("chat"));
    }

    private static String hex(String s) {
        return java.util.HexFormat.of().formatHex(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static String label(Trace t, String title) {
        Step s = t.steps().stream().filter(x -> x.title().equals(title)).findFirst().orElseThrow();
        TracePacket p = t.packets().get(s.packetId());
        return p.label();
    }
}
