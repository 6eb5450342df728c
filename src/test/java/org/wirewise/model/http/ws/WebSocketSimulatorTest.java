package org.wirewise.model.http.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.transport.ClientServer;
import org.wirewise.testing.Tshark;

/** The websocket lesson's run: what its steps show is what crossed the cable. */
class WebSocketSimulatorTest {

    @TempDir
    Path dir;

    @Test
    void theStepsGoFromSynThroughTheUpgradeToTheClose() {
        Trace t = WebSocketSimulator.simulate(WebSocketScenario.DEFAULTS);
        List<String> titles = t.steps().stream().map(Step::title).toList();
        assertThat(titles).containsSubsequence("SYN: first an ordinary TCP connection",
                "The upgrade request: GET with Upgrade: websocket", "101 Switching Protocols: the key, proven",
                "The client's text frame, masked", "The server pushes without being asked",
                "A message in fragments: the first frame has FIN=0", "Ping: is the other side still there?",
                "Pong: the same data back", "A binary frame with a 16-bit length", "Close 1000: the client says goodbye",
                "The server echoes the close", "FIN: the server closes TCP first", "What the connection cost");
    }

    @Test
    void theAcceptStepShowsTheValueComputedFromTheKeyTheClientSent() {
        Trace t = WebSocketSimulator.simulate(WebSocketScenario.DEFAULTS);
        Step request = step(t, "The upgrade request: GET with Upgrade: websocket");
        Table keyRows = request.snapshot().table(WebSocketSimulator.FRAME_TABLE).orElseThrow();
        String key = keyRows.rows().get(0).cells().get(1);
        assertThat(request.narration()).contains("Sec-WebSocket-Key: " + key);
        assertThat(step(t, "101 Switching Protocols: the key, proven").narration())
                .contains("Sec-WebSocket-Accept: " + WsHandshake.accept(key));
        assertThat(keyRows.rows().get(3).cells().get(1)).isEqualTo(WsHandshake.accept(key));
    }

    @Test
    void theFragmentCountShapesTheMessageAndIsChecked() {
        for (int fragments : new int[] {1, 3, 5}) {
            Trace t = WebSocketSimulator.simulate(new WebSocketScenario(fragments, 1));
            Table frames = t.steps().get(t.stepCount() - 1).snapshot().table(WebSocketSimulator.MESSAGES_TABLE).orElseThrow();
            long continuations = frames.rows().stream().filter(r -> r.cells().get(1).startsWith("Continuation")).count();
            assertThat(continuations).as("%d fragments", fragments).isEqualTo(fragments - 1);
        }
        assertThatThrownBy(() -> WebSocketSimulator.simulate(new WebSocketScenario(0, 1))).hasMessageContaining("1 to 8");
    }

    @Test
    void tsharkReadsEveryFrameWithNoSettingsAndNothingMalformed() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Trace t = WebSocketSimulator.simulate(WebSocketScenario.DEFAULTS);
        List<String[]> rows = Tshark.fields(t, ClientServer.CLIENT, dir, "websocket.opcode", "websocket.mask",
                "_ws.malformed", "tcp.checksum.status", "http.response.code");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r[2]).isEmpty();
            assertThat(r[3]).isEqualTo("1");
        });
        String opcodes = String.join(",", rows.stream().map(r -> r[0]).filter(s -> !s.isEmpty()).toList());
        assertThat(opcodes).isEqualTo("1,1,1,0,0,9,10,2,1,8,8");
        assertThat(rows).extracting(r -> r[4]).contains("101");
    }

    private static Step step(Trace t, String title) {
        return t.steps().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }
}
