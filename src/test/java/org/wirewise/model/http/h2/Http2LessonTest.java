package org.wirewise.model.http.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.packet.Dissector;
import org.wirewise.model.packet.Field;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.model.transport.ClientServer;
import org.wirewise.testing.Tshark;

/** The http2 lesson's run: what its steps show, and tshark's reading of both captures. */
class Http2LessonTest {

    @TempDir
    Path dir;

    private static final Trace H2C = Http2Simulator.simulate(Http2Scenario.DEFAULTS);

    @Test
    void stepsWalkThroughPrefaceStreamsFlowControlResetAndGoaway() {
        List<String> titles = H2C.steps().stream().map(s -> s.title()).toList();
        assertThat(titles).contains("Connection preface: PRI * HTTP/2.0", "Browser's SETTINGS", "HEADERS, stream 1: GET /",
                "HEADERS, stream 3: GET /css/site.css", "HEADERS, stream 7: GET /img/hero.jpg",
                "WINDOW_UPDATE for stream 3: +16384", "RST_STREAM on stream 7: CANCEL", "GOAWAY: no new streams after 7",
                "What HPACK saved, measured");
        assertThat(titles.stream().filter(t -> t.endsWith("it stalls")).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void secondRequestCostsAFractionOfItsHttp11HeadersAndTheFirstDoesNot() {
        Table savings = H2C.steps().get(H2C.steps().size() - 1).snapshot().table(Http2Simulator.SAVINGS).orElseThrow();
        List<int[]> rows = savings.rows().stream().map(r -> new int[] {Integer.parseInt(r.cells().get(1)),
            Integer.parseInt(r.cells().get(2))}).toList();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)[1] * 2).isGreaterThan(rows.get(0)[0]);
        assertThat(rows.get(1)[1] * 5).isLessThan(rows.get(1)[0]);
    }

    @Test
    void aWideWindowNeverStalls() {
        Trace wide = Http2Simulator.simulate(new Http2Scenario(H2Rig.Security.H2C, 40, 6144, 1));
        List<String> titles = wide.steps().stream().map(s -> s.title()).toList();
        assertThat(titles).noneMatch(t -> t.endsWith("it stalls"));
        assertThat(titles).contains("DATA with END_STREAM: stream 5 complete");
    }

    @Test
    void tsharkDecodesTheH2cCaptureWithHeadersAndNoSettings() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Path capture = Tshark.export(H2C, ClientServer.CLIENT, dir);
        List<String> paths = Tshark.asOpened(capture, "http2.headers.path").stream().map(r -> r[0])
                .filter(s -> !s.isEmpty()).toList();
        assertThat(paths).containsExactly("/", "/css/site.css,/js/app.js,/img/hero.jpg");
        List<String[]> typed = Tshark.asOpened(capture, "http2.type", "http2.streamid", "http2.length", "http2.rst_stream.error");
        assertThat(typed).anySatisfy(r -> {
            assertThat(r[0]).isEqualTo("3");
            assertThat(r[1]).isEqualTo("7");
            assertThat(r[3]).isEqualTo("8");
        });
        long beforeUpdate = 0;
        for (String[] r : typed) {
            if (r[0].contains("8") && List.of(r[1].split(",")).contains("3")) {
                break; // the browser's first WINDOW_UPDATE for stream 3
            }
            String[] types = r[0].split(",");
            for (int i = 0; i < types.length; i++) {
                if (types[i].equals("0") && r[1].split(",")[i].equals("3")) {
                    beforeUpdate += Long.parseLong(r[2].split(",")[i]);
                }
            }
        }
        assertThat(beforeUpdate).isEqualTo(16_384);
    }

    @Test
    void ourDissectorNamesTheSameFramesAsTshark() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Path capture = Tshark.export(H2C, ClientServer.CLIENT, dir);
        List<String[]> tshark = Tshark.asOpened(capture, "frame.number", "http2.type");
        // the capture at the browser: what it sends when sent, what it receives when it arrives
        List<TracePacket> inCaptureOrder = H2C.packets().stream().sorted(java.util.Comparator.comparingLong(
                (TracePacket p) -> p.from().equals(ClientServer.CLIENT) ? p.sentAt() : p.arrivesAt())
                .thenComparingInt(TracePacket::id)).toList();
        int compared = 0;
        for (int i = 0; i < inCaptureOrder.size(); i++) {
            List<String> ours = new ArrayList<>();
            collectTypes(Dissector.dissect(inCaptureOrder.get(i).frame()), ours);
            if (ours.isEmpty()) {
                continue;
            }
            assertThat(String.join(",", ours)).as("frame %d", i + 1).isEqualTo(tshark.get(i)[1]);
            compared++;
        }
        assertThat(compared).isGreaterThan(10);
    }

    private static void collectTypes(Field f, List<String> out) {
        if (f.name().equals("Type") && f.value().matches("[A-Z_]+ \\(\\d+\\)")) {
            out.add(f.value().replaceAll(".*\\((\\d+)\\)", "$1"));
        }
        f.children().forEach(c -> collectTypes(c, out));
    }

    @Test
    void tsharkDecryptsTheH2CaptureFromTheKeysItCarries() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Trace tls = Http2Simulator.simulate(new Http2Scenario(H2Rig.Security.TLS, 40, 16, 1));
        Path capture = Tshark.export(tls, ClientServer.CLIENT, dir);
        assertThat(Tshark.asOpened(capture, "tls.handshake.extensions_alpn_str").stream().map(r -> r[0])
                .filter(s -> !s.isEmpty()).toList()).containsExactly("h2,http/1.1", "h2");
        List<String> paths = Tshark.asOpened(capture, "http2.headers.path").stream().map(r -> r[0])
                .filter(s -> !s.isEmpty()).toList();
        assertThat(paths).containsExactly("/", "/css/site.css,/js/app.js,/img/hero.jpg");
        assertThat(tls.steps().stream().map(s -> s.title())).contains("ClientHello offers ALPN: h2, http/1.1",
                "The server chooses h2 in EncryptedExtensions");
    }
}
