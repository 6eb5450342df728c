package org.wirewise.model.http.sse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirewise.model.http.ws.WsCloseCode;
import org.wirewise.model.http.ws.WsConnection;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.sim.Link;
import org.wirewise.model.sim.Simulation;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.transport.ClientServer;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpTuning;

/**
 * The sse-and-polling lesson: one browser and one ticker server on one network, and the same seeded stream of
 * price updates delivered five ways one after another (short polling, long polling, SSE with and without
 * Last-Event-ID, WebSocket), each from its own start with the same event times. Halfway through each SSE run
 * the server ends the stream, as a proxy's timeout or a deploy does, and the browser reconnects. Everything the
 * lesson measures is read back from the captured frames ({@link WireTally}).
 */
public final class SseAndPollingSimulator {

    public static final String LESSON_ID = "sse-and-polling";
    /** The technique's events: when the server had each, when it reached the browser. */
    public static final TableKey EVENTS = TableKey.of("sse-events");
    /** The step's packet, part by part: what is the event and what is overhead. */
    public static final TableKey WIRE = TableKey.of("sse-wire");
    /** Every technique measured so far, side by side. */
    public static final TableKey COMPARISON = TableKey.of("sse-comparison");
    static final double RTT_MS = 40;
    static final int PORT = 80;
    static final String HOST = "ticker.example";
    static final String WS_PATH = "/ticker";
    /** How long the ticker runs in each technique. */
    static final long WINDOW = 20_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final TcpConfig LINUX = new TcpConfig(TcpConfig.ETHERNET_MSS, true, 7, true, true,
            TcpConfig.linuxInitialWindow(TcpConfig.ETHERNET_MSS));

    /** A frame on the cable, and the technique running when it left. */
    record Frame(Technique technique, boolean toServer, long sentAt, long arrivesAt, Link.Fate fate, byte[] bytes) {
    }

    /** What ran: the frames, each technique's start, the ticker. */
    record Run(List<Frame> frames, Map<Technique, Long> starts, List<TickerEvent> ticker, long phaseLength,
               ClientServer net) {
    }

    private final SseAndPollingScenario s;
    private final ClientServer net;
    private final Simulation sim;
    private final List<Frame> frames = new ArrayList<>();
    private final Map<Technique, Long> starts = new EnumMap<>(Technique.class);
    private final List<SseStream> streams = new ArrayList<>();
    private Technique current = Technique.SHORT_POLLING;
    private EventLog log = new EventLog();

    private SseAndPollingSimulator(SseAndPollingScenario scenario) {
        this.s = scenario;
        this.net = new ClientServer(scenario.seed(), RTT_MS, 100, 100);
        this.sim = net.network.simulation();
        net.network.observe(this::record);
    }

    public static Trace simulate(SseAndPollingScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the packets and numbers are the same in every language. */
    public static Trace simulate(SseAndPollingScenario scenario, Locale language) {
        return new SseAndPollingSteps(scenario, runOf(scenario), language).build();
    }

    /** The run before it becomes a trace: what tests judge the steps against. */
    static Run runOf(SseAndPollingScenario scenario) {
        return new SseAndPollingSimulator(scenario).run();
    }

    /** Each technique's run length: the page's time on the ticker, then time for the goodbyes. */
    static long phaseLength(SseAndPollingScenario s) {
        return onPage(s) + 2 * SECOND;
    }

    /**
     * How long the page stays: the ticker's window and one more poll interval or SSE retry time (whichever is
     * longer; the reconnection after the drop halfway is then always made), and a second.
     */
    private static long onPage(SseAndPollingScenario s) {
        return WINDOW + Math.max(s.pollIntervalMs(), s.retryMs()) * 1_000_000L + SECOND;
    }

    /** When the server ends each SSE stream, counted from the technique's start. */
    static long dropAt() {
        return WINDOW / 2;
    }

    private Run run() {
        List<TickerEvent> ticker = TickerEvent.draw(net.network.stream("ticker"), s.eventsPerMinute(), WINDOW);
        net.serverTcp.listen(PORT, LINUX.withLinuxListenerWindow(), TcpTuning.DEFAULTS, this::accept);
        long length = phaseLength(s);
        Technique[] all = Technique.values();
        for (int i = 0; i < all.length; i++) {
            Technique t = all[i];
            long start = i * length;
            starts.put(t, start);
            sim.at(start, () -> begin(t, start, ticker));
        }
        sim.runUntil(all.length * length);
        return new Run(List.copyOf(frames), Map.copyOf(starts), ticker, length, net);
    }

    private void begin(Technique t, long start, List<TickerEvent> ticker) {
        current = t;
        EventLog phaseLog = new EventLog();
        log = phaseLog;
        ticker.forEach(e -> sim.at(start + e.at(), () -> phaseLog.publish(e)));
        long stopAt = start + onPage(s);
        var server = net.serverIdentity().address();
        switch (t) {
            case SHORT_POLLING -> {
                PollClient c = PollClient.shortPolling(net.clientTcp, LINUX, server, PORT, HOST,
                        s.pollIntervalMs() * 1_000_000L, start + WINDOW);
                sim.at(stopAt, c::stop);
            }
            case LONG_POLLING -> {
                PollClient c = PollClient.longPolling(net.clientTcp, LINUX, server, PORT, HOST);
                sim.at(stopAt, c::stop);
            }
            case SSE, SSE_WITHOUT_ID -> {
                SseClient c = SseClient.open(net.clientTcp, LINUX, server, PORT, HOST, t == Technique.SSE);
                sim.at(start + dropAt(), () -> List.copyOf(streams).forEach(SseStream::end));
                sim.at(stopAt, c::stop);
            }
            case WEBSOCKET -> {
                TcpSocket socket = net.clientTcp.open(net.clientTcp.ephemeralPort(), LINUX, TcpTuning.DEFAULTS);
                WsConnection c = WsConnection.client(socket, HOST, WS_PATH, net.network.stream("websocket client"),
                        new WsConnection.Listener() { });
                socket.connect(server, PORT);
                sim.at(stopAt, () -> c.close(WsCloseCode.NORMAL, ""));
            }
        }
    }

    /** The server's one listener hands each connection to the technique running now. */
    private void accept(TcpSocket socket) {
        switch (current) {
            case SHORT_POLLING, LONG_POLLING -> new PollServer(socket, log, sim, s.longPollTimeoutMs() * 1_000_000L);
            case SSE, SSE_WITHOUT_ID -> {
                streams.clear();
                streams.add(new SseStream(socket, log, s.retryMs()));
            }
            case WEBSOCKET -> pushOver(socket, log);
        }
    }

    private void pushOver(TcpSocket socket, EventLog events) {
        WsConnection[] ws = new WsConnection[1];
        Runnable[] unwatch = {() -> { }};
        ws[0] = WsConnection.server(socket, net.network.stream("websocket server"), new WsConnection.Listener() {
            @Override
            public void upgraded(org.wirewise.model.http.HttpRequest request, org.wirewise.model.http.HttpResponse response) {
                unwatch[0] = events.watch(e -> {
                    if (ws[0].state() == WsConnection.State.OPEN) {
                        ws[0].sendText(e.json());
                    }
                });
            }

            @Override
            public void closed(WsCloseCode code, String reason) {
                unwatch[0].run();
            }
        });
    }

    private void record(Transmission t) {
        if (EthernetFrame.decode(t.packet().frame()).etherType() == EtherType.IPV4) {
            frames.add(new Frame(current, t.to().node() == net.server, t.start(), t.arrival(), t.fate(), t.packet().frame()));
        }
    }
}
