package org.wirewise.model.http.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.net.Host;
import org.wirewise.model.pcap.LinkType;
import org.wirewise.model.pcap.PcapWriter;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.transport.ClientServer;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpState;
import org.wirewise.model.transport.TcpTuning;
import org.wirewise.testing.Tshark;

/** A client and a server speaking WebSocket over the simulated TCP, judged by tshark. */
class WsOverTcpTest {

    private static final TcpConfig LINUX = new TcpConfig(TcpConfig.ETHERNET_MSS, true, 7, true, true,
            TcpConfig.linuxInitialWindow(TcpConfig.ETHERNET_MSS));

    private final ClientServer net = new ClientServer(7, 20, 100, 100);
    private final List<byte[]> frames = new ArrayList<>();
    private final List<String> serverLog = new ArrayList<>();
    private final List<String> clientLog = new ArrayList<>();
    private WsConnection server;
    private WsConnection client;

    @TempDir
    Path dir;

    private void connect() {
        net.network.observe(t -> frames.add(t.packet().frame()));
        net.serverTcp.listen(80, LINUX.withLinuxListenerWindow(), TcpTuning.DEFAULTS,
                s -> server = WsConnection.server(s, new SplittableRandom(2), log(serverLog)));
        client = WsConnection.client(net.clientTcp.open(40000, LINUX, TcpTuning.DEFAULTS), "chat.example", "/chat",
                new SplittableRandom(1), log(clientLog));
        client.socket().connect(Host.literal("198.51.100.80"), 80);
        run(1);
    }

    private void run(double seconds) {
        net.network.simulation().runUntil(net.network.simulation().now() + SimTime.millis((long) (seconds * 1000)));
    }

    @Test
    void upgradeMessagesBothWaysPingAndACleanCloseLeaveTimeWaitOnTheServer() {
        connect();
        assertThat(client.state()).isEqualTo(WsConnection.State.OPEN);
        assertThat(server.state()).isEqualTo(WsConnection.State.OPEN);
        client.sendText("hello");
        server.sendText("pushed without being asked");
        server.send(WsFrame.ping("keep-alive".getBytes()));
        client.sendFragmented("one message in three frames", 3);
        run(1);
        client.close(WsCloseCode.NORMAL, "done");
        run(1);
        assertThat(serverLog).containsSubsequence("upgraded", "message text hello", "message text one message in three frames/3",
                "closed 1000 (normal closure) done");
        assertThat(clientLog).containsSubsequence("upgraded", "message text pushed without being asked", "closed 1000 (normal closure) ");
        assertThat(clientLog).as("the client answered the ping").contains("sent pong");
        assertThat(net.serverTcp.sockets().get(0).endpoint().state()).as("the server closed TCP first (§7.1.1)")
                .isEqualTo(TcpState.TIME_WAIT);
        assertThat(client.socket().endpoint().state()).isEqualTo(TcpState.CLOSED);
    }

    @Test
    void aServerThatMasksItsFramesIsFailedByTheClientWith1002() {
        connect();
        server.socket().write(WsFrame.text("masked").maskedWith(5).encode());
        run(1);
        assertThat(clientLog).anySatisfy(l -> assertThat(l).startsWith("failed a masked frame from the server"));
        assertThat(client.state()).isEqualTo(WsConnection.State.CLOSED);
        assertThat(serverLog).contains("closed 1002 (protocol error) ");
    }

    @Test
    void tsharkDecodesTheFramesAfterTheUpgradeWithNoSettings() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        connect();
        client.sendText("hello");
        server.sendText("pushed without being asked");
        server.send(WsFrame.ping("keep-alive".getBytes()));
        run(1);
        client.close(WsCloseCode.NORMAL, "done");
        run(1);
        Path pcap = dir.resolve("ws.pcap");
        try (OutputStream out = Files.newOutputStream(pcap); PcapWriter w = new PcapWriter(out, LinkType.ETHERNET)) {
            long t = 0;
            for (byte[] f : frames) {
                w.write(t += 1_000_000, f);
            }
        }
        List<String[]> rows = Tshark.matching(pcap, "websocket", "websocket.opcode", "websocket.mask",
                "websocket.payload.close.status_code", "_ws.malformed");
        assertThat(rows).extracting(r -> r[0] + "/" + r[1]).containsExactly(
                "1/1", "1/0", "9/0", "10/1", "8/1", "8/0");
        assertThat(rows.get(4)[2]).isEqualTo("1000");
        assertThat(rows).allSatisfy(r -> assertThat(r[3]).isEmpty());
        List<String[]> http = Tshark.matching(pcap, "http", "http.response.code", "http.upgrade");
        assertThat(http).extracting(r -> r[0]).contains("101");
    }

    private static WsConnection.Listener log(List<String> into) {
        return new WsConnection.Listener() {
            @Override
            public void upgraded(org.wirewise.model.http.HttpRequest request, org.wirewise.model.http.HttpResponse response) {
                into.add("upgraded");
            }

            @Override
            public void frame(WsFrame frame, boolean sent) {
                into.add((sent ? "sent " : "got ") + frame.opcode().label());
            }

            @Override
            public void message(WsMessages.Message m) {
                into.add("message " + m.type().label() + " " + m.text() + (m.frames() > 1 ? "/" + m.frames() : ""));
            }

            @Override
            public void closed(WsCloseCode code, String reason) {
                into.add("closed " + code + " " + reason);
            }

            @Override
            public void failed(String problem) {
                into.add("failed " + problem);
            }
        };
    }
}
