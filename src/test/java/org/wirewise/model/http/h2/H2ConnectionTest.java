package org.wirewise.model.http.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.http.hpack.HeaderField;

/** Two endpoints wired back to back in memory: every frame the RFC's rules allow or refuse. */
class H2ConnectionTest {

    private final H2Connection client = new H2Connection(H2Connection.Role.CLIENT, Settings.BROWSER);
    private final List<H2Exception> serverFailures = new ArrayList<>();
    private final H2Connection server = new H2Connection(H2Connection.Role.SERVER, Settings.SERVER)
            .listener(new H2Connection.Listener() {
                @Override
                public void headers(H2Stream s, List<HeaderField> fields, boolean end) {
                    int size = Integer.parseInt(fields.stream().filter(f -> f.name().equals(":path")).findFirst()
                            .orElseThrow().value().substring(1));
                    server.respond(s.id(), List.of(new HeaderField(":status", "200")), new byte[size]);
                }

                @Override
                public void failed(H2Exception problem) {
                    serverFailures.add(problem);
                }
            });

    private static List<HeaderField> get(int size) {
        return List.of(new HeaderField(":method", "GET"), new HeaderField(":scheme", "http"),
                new HeaderField(":authority", "example.com"), new HeaderField(":path", "/" + size));
    }

    private void shuttle() {
        for (int i = 0; i < 1000; i++) {
            byte[] up = client.takeOutgoing();
            byte[] down = server.takeOutgoing();
            if (up.length == 0 && down.length == 0) {
                return;
            }
            server.receive(up);
            client.receive(down);
        }
    }

    private static List<String> sent(H2Connection c) {
        return c.events().stream().filter(FrameEvent::sent).map(e -> e.frame().frameType() + "[" + e.frame().stream() + "]")
                .toList();
    }

    @Test
    void prefaceAndSettingsAreExchangedAndAcknowledged() {
        client.start();
        byte[] first = client.takeOutgoing();
        assertThat(new String(first, 0, 24, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
        server.receive(first);
        server.start();
        shuttle();
        assertThat(sent(client)).containsExactly("SETTINGS[0]", "WINDOW_UPDATE[0]", "SETTINGS[0]");
        assertThat(client.events().get(2).frame().has(Frame.ACK)).isTrue();
        assertThat(server.peerSettings().initialWindowSize()).isEqualTo(6_291_456);
        assertThat(server.peerSettings().enablePush()).isFalse();
        assertThat(server.connectionSendWindow()).isEqualTo(6_291_456);
        assertThat(client.peerSettings().maxConcurrentStreams()).isEqualTo(128);
    }

    @Test
    void concurrentResponsesInterleaveFrameByFrame() {
        client.start();
        server.start();
        client.request(get(40_000), new byte[0]);
        client.request(get(40_000), new byte[0]);
        client.request(get(40_000), new byte[0]);
        shuttle();
        List<String> data = sent(server).stream().filter(s -> s.startsWith("DATA")).toList();
        assertThat(data.subList(0, 6)).containsExactly("DATA[1]", "DATA[3]", "DATA[5]", "DATA[1]", "DATA[3]", "DATA[5]");
        assertThat(client.streams()).allSatisfy(s -> {
            assertThat(s.dataReceived()).isEqualTo(40_000);
            assertThat(s.state()).isEqualTo(StreamState.CLOSED);
        });
    }

    @Test
    void aSmallWindowStallsTheStreamUntilWindowUpdate() {
        H2Connection small = new H2Connection(H2Connection.Role.CLIENT, Settings.BROWSER.withInitialWindowSize(16_384));
        small.start();
        server.start();
        server.receive(small.takeOutgoing());
        small.receive(server.takeOutgoing());
        server.receive(small.takeOutgoing());
        small.request(get(50_000), new byte[0]);
        server.receive(small.takeOutgoing());
        byte[] burst = server.takeOutgoing();
        long dataInBurst = server.events().stream().filter(e -> e.sent() && e.frame().is(FrameType.DATA))
                .mapToLong(e -> e.frame().length()).sum();
        assertThat(dataInBurst).isEqualTo(16_384);
        assertThat(server.stream(1).orElseThrow().sendWindow()).isZero();
        assertThat(server.stream(1).orElseThrow().unsent()).isEqualTo(50_000 - 16_384);
        small.receive(burst);
        assertThat(small.events().get(small.events().size() - 1).frame()).satisfies(f -> {
            assertThat(f.frameType()).isEqualTo(FrameType.WINDOW_UPDATE);
            assertThat(f.stream()).isEqualTo(1);
            assertThat(f.u32(0)).isEqualTo(16_384);
        });
        server.receive(small.takeOutgoing());
        assertThat(server.stream(1).orElseThrow().dataSent()).isEqualTo(32_768);
    }

    @Test
    void aPeerThatIgnoresTheWindowGetsFlowControlError() {
        H2Connection tiny = new H2Connection(H2Connection.Role.CLIENT, Settings.BROWSER.withInitialWindowSize(1000));
        tiny.start();
        int id = tiny.request(get(0), new byte[0]);
        tiny.receive(Frame.settings(Settings.SERVER).encode());
        tiny.receive(Frame.data(id, new byte[1001], false).encode());
        assertThat(tiny.stream(id).orElseThrow().state()).isEqualTo(StreamState.CLOSED);
        assertThat(tiny.events().get(tiny.events().size() - 1).frame()).satisfies(f -> {
            assertThat(f.frameType()).isEqualTo(FrameType.RST_STREAM);
            assertThat(f.u32(0)).isEqualTo(ErrorCode.FLOW_CONTROL_ERROR.code());
        });
        assertThat(tiny.failed()).isFalse();
    }

    @Test
    void cancelStopsTheServersDataForThatStreamOnly() {
        H2Connection small = new H2Connection(H2Connection.Role.CLIENT, Settings.BROWSER.withInitialWindowSize(16_384));
        small.start();
        server.start();
        int a = small.request(get(100_000), new byte[0]);
        int b = small.request(get(100_000), new byte[0]);
        server.receive(small.takeOutgoing());
        small.receive(server.takeOutgoing());
        small.reset(a, ErrorCode.CANCEL);
        for (int i = 0; i < 100; i++) {
            server.receive(small.takeOutgoing());
            small.receive(server.takeOutgoing());
        }
        assertThat(server.stream(a).orElseThrow().state()).isEqualTo(StreamState.CLOSED);
        assertThat(server.stream(a).orElseThrow().dataSent()).isEqualTo(16_384);
        assertThat(small.stream(b).orElseThrow().dataReceived()).isEqualTo(100_000);
        assertThat(small.failed()).isFalse();
    }

    @Test
    void violationsEndTheConnectionWithGoaway() {
        assertThat(goawayAfter(Frame.data(0, new byte[1], false))).isEqualTo(ErrorCode.PROTOCOL_ERROR);
        assertThat(goawayAfter(Frame.windowUpdate(0, 0))).isEqualTo(ErrorCode.PROTOCOL_ERROR);
        assertThat(goawayAfter(Frame.headers(1, new byte[] {(byte) 0x80}, true, true))).isEqualTo(ErrorCode.COMPRESSION_ERROR);
        assertThat(goawayAfter(Frame.headers(1, new byte[] {(byte) 0x82}, true, false), Frame.ping(false, new byte[8])))
                .isEqualTo(ErrorCode.PROTOCOL_ERROR);
        assertThat(goawayAfter(new Frame(FrameType.SETTINGS.code(), 0, 0, new byte[5]))).isEqualTo(ErrorCode.FRAME_SIZE_ERROR);
        assertThat(goawayAfter(Frame.data(1, new byte[20_000], false))).isEqualTo(ErrorCode.FRAME_SIZE_ERROR);
        assertThat(goawayAfter(Frame.windowUpdate(0, Integer.MAX_VALUE))).isEqualTo(ErrorCode.FLOW_CONTROL_ERROR);
        H2Connection fresh = new H2Connection(H2Connection.Role.SERVER, Settings.SERVER);
        fresh.receive("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(fresh.failed()).isTrue();
    }

    private ErrorCode goawayAfter(Frame... frames) {
        H2Connection s = new H2Connection(H2Connection.Role.SERVER, Settings.SERVER);
        java.io.ByteArrayOutputStream in = new java.io.ByteArrayOutputStream();
        in.writeBytes(Frame.PREFACE);
        in.writeBytes(Frame.settings(Settings.INITIAL).encode());
        for (Frame f : frames) {
            in.writeBytes(f.encode());
        }
        s.receive(in.toByteArray());
        assertThat(s.failed()).isTrue();
        FrameEvent last = s.events().get(s.events().size() - 1);
        assertThat(last.frame().frameType()).isEqualTo(FrameType.GOAWAY);
        return ErrorCode.values()[(int) last.frame().u32(4)];
    }

    @Test
    void pingIsEchoedAndGoawayNamesTheLastStream() {
        List<byte[]> acks = new ArrayList<>();
        List<Integer> lastStreams = new ArrayList<>();
        H2Connection c = new H2Connection(H2Connection.Role.CLIENT, Settings.BROWSER).listener(new H2Connection.Listener() {
            @Override
            public void pingAcknowledged(byte[] opaque) {
                acks.add(opaque);
            }

            @Override
            public void goaway(int lastStream, ErrorCode code, String debug) {
                lastStreams.add(lastStream);
            }
        });
        c.start();
        server.start();
        c.request(get(10), new byte[0]);
        c.ping(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        server.receive(c.takeOutgoing());
        server.goaway(ErrorCode.NO_ERROR, "restarting");
        c.receive(server.takeOutgoing());
        assertThat(acks).singleElement().satisfies(a -> assertThat(a).containsExactly(1, 2, 3, 4, 5, 6, 7, 8));
        assertThat(lastStreams).containsExactly(1);
        assertThat(serverFailures).isEmpty();
    }
}
