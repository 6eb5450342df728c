package org.wirewise.model.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.trace.LongSeries;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.transport.ClientServer;
import org.wirewise.testing.Tshark;

/** The four ways cost what TCP and HTTP/1.1 say they cost, counted from the packets and sockets of the run. */
class KeepAliveLessonTest {

    @TempDir
    Path dir;

    private static final Trace TRACE = KeepAliveSimulator.simulate(KeepAliveScenario.DEFAULTS);

    @Test
    void handshakesRoundTripsAndTimeWaitsPerWay() {
        List<Table.Row> costs = last().snapshot().table(KeepAliveSimulator.COSTS).orElseThrow().rows();
        assertThat(costs).extracting(r -> r.cells().get(1)).as("SYNs").containsExactly("12", "1", "3", "6");
        // new connections: 2 RTT each; keep-alive: 1 handshake + 1 per request; pool of 3: 1 + 12/3; six: 1 + 12/6
        assertThat(costs).extracting(r -> r.cells().get(3)).as("RTTs").containsExactly("24.0", "13.0", "5.0", "3.0");
        assertThat(costs).extracting(r -> r.cells().get(4)).as("client TIME-WAIT").containsExactly("12", "1", "3", "0");
        long clientSyns = TRACE.packets().stream().filter(p -> p.label().equals("SYN")
                && p.from().equals(ClientServer.CLIENT)).count();
        assertThat(clientSyns).as("12 + 1 + 3 + the one after the failed check + 6").isEqualTo(23);
    }

    @Test
    void thePoolQueuesChecksDropsTheDeadConnectionAndClosesIdleOnes() {
        LongSeries pool = TRACE.series(KeepAliveSimulator.POOL_SERIES).orElseThrow();
        long maxWaiting = 0;
        long maxActive = 0;
        for (int i = 0; i < pool.size(); i++) {
            maxActive = Math.max(maxActive, pool.get(i, 0));
            maxWaiting = Math.max(maxWaiting, pool.get(i, 2));
        }
        assertThat(maxActive).isEqualTo(3);
        assertThat(maxWaiting).isEqualTo(9);
        assertThat(titles()).containsSubsequence("Reuse after a health check", "The pool's idle timeout closes a connection",
                "The server reloads and closes idle connections", "The health check finds a dead connection");
        Step failed = step("The health check finds a dead connection");
        assertThat(TRACE.packets().get(failed.packetId()).label()).isEqualTo("SYN");
        assertThat(failed.snapshot().table(KeepAliveSimulator.POOL).orElseThrow().rows().get(0).cells())
                .containsExactly("1", "0", "0", "4", "2", "1");
    }

    @Test
    void aPoolAsLargeAsTheRequestsNeverQueues() {
        Trace wide = KeepAliveSimulator.simulate(new KeepAliveScenario(6, 6, 4, 40, 1));
        LongSeries pool = wide.series(KeepAliveSimulator.POOL_SERIES).orElseThrow();
        for (int i = 0; i < pool.size(); i++) {
            assertThat(pool.get(i, 2)).isZero();
        }
    }

    @Test
    void everyRequestAndResponseIsHttpInTshark() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Path capture = Tshark.export(TRACE, ClientServer.CLIENT, dir);
        assertThat(Tshark.matching(capture, "http.request", "frame.number")).hasSize(12 * 4 + 2);
        assertThat(Tshark.matching(capture, "http.response.code == 200", "frame.number")).hasSize(12 * 4 + 2);
        assertThat(Tshark.matching(capture, "_ws.malformed", "frame.number")).isEmpty();
    }

    private static List<String> titles() {
        return TRACE.steps().stream().map(Step::title).toList();
    }

    private static Step step(String title) {
        return TRACE.steps().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }

    private static Step last() {
        return TRACE.steps().get(TRACE.steps().size() - 1);
    }
}
