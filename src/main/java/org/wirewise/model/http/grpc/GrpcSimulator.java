package org.wirewise.model.http.grpc;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirewise.model.http.h2.H2Rig;
import org.wirewise.model.http.h2.H2Transport;
import org.wirewise.model.http.h2.Settings;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.sim.Link;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.sim.Simulation;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.transport.ClientServer;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpTuning;

/**
 * The gRPC lesson: a trading app calls {@code quotes.Quotes} on one HTTP/2 connection (h2c with
 * prior knowledge, as gRPC runs inside a data centre with TLS off; tshark then reads every frame
 * with no keys). Four calls, one per pattern, then a call whose deadline runs out first. The steps
 * are read back from the captured segments ({@link GrpcSteps}).
 */
public final class GrpcSimulator {

    public static final String LESSON_ID = "grpc";
    /** The frames of the step's segment, with what each carries. */
    public static final TableKey FRAMES = TableKey.of("grpc-frames");
    /** A message byte by byte: the 5-byte prefix, then each protobuf tag, length and value. */
    public static final TableKey MESSAGE = TableKey.of("grpc-message");
    /** Every call so far: stream, pattern, messages each way, status. */
    public static final TableKey CALLS = TableKey.of("grpc-calls");
    /** gRPC against REST with JSON over HTTP/1.1, measured on the unary call. */
    public static final TableKey VERSUS_REST = TableKey.of("grpc-vs-rest");
    /** Port 80, where tshark reads h2c with no settings (on 50051, the examples' port, it needs -d tcp.port==50051,http2). */
    public static final int PORT = 80;
    public static final String AUTHORITY = "quotes.example";
    static final double RTT_MS = 40;
    static final long UPDATE_NANOS = SimTime.millis(150);
    /** A gRPC client's SETTINGS: no push, and a limit on the header lists it accepts, as grpc-java's 8 KiB. */
    static final Settings CLIENT_SETTINGS = new Settings(4096, false, -1, 65_535, Settings.MIN_FRAME_SIZE, 8192);
    static final List<String> BASKET = List.of("ACME", "GLOBEX", "INITECH");

    /** One Ethernet frame the capture holds. */
    record Wire(boolean toServer, long sentAt, long arrivesAt, Link.Fate fate, byte[] bytes) {
    }

    /** A message some side sent, as its writer explained it, with its JSON twin. */
    record Sent(String type, ProtoMessage proto, String json) {
    }

    private final GrpcScenario s;
    private final ClientServer net;
    private final List<Wire> wires = new ArrayList<>();
    private final List<Sent> sent = new ArrayList<>();
    private final Map<GrpcPattern, GrpcChannel.Call> calls = new EnumMap<>(GrpcPattern.class);
    private GrpcServer server;
    private GrpcChannel channel;

    public static Trace simulate(GrpcScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the packets are the same in every language. */
    public static Trace simulate(GrpcScenario scenario, Locale language) {
        String problem = scenario.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new GrpcSimulator(scenario).run(language);
    }

    private GrpcSimulator(GrpcScenario scenario) {
        this.s = scenario;
        this.net = new ClientServer(scenario.seed(), RTT_MS, 100, 100);
        net.network.observe(this::record);
    }

    private Trace run(Locale language) {
        Simulation sim = net.network.simulation();
        QuotesService service = new QuotesService(sim, net.network.stream("quotes"), s.updates(), UPDATE_NANOS,
                SimTime.millis(s.serverMs()), q -> sent.add(new Sent("Quote", q.proto(), q.json())));
        net.serverTcp.listen(PORT, H2Rig.LINUX.withLinuxListenerWindow(), TcpTuning.DEFAULTS, accepted ->
                server = new GrpcServer(H2Transport.tcp(accepted), Settings.SERVER, sim, service.methods()));
        TcpSocket socket = net.clientTcp.open(net.clientTcp.ephemeralPort(), H2Rig.LINUX, TcpTuning.DEFAULTS);
        channel = new GrpcChannel(H2Transport.tcp(socket), CLIENT_SETTINGS, sim, AUTHORITY);
        socket.connect(net.serverIdentity().address(), PORT);
        long t = SimTime.millis(150);
        sim.at(t, () -> call(GrpcPattern.UNARY, 0, List.of(QuotesService.CACHED)));
        t += SimTime.millis(250);
        sim.at(t, () -> call(GrpcPattern.SERVER_STREAMING, 0, List.of(QuotesService.CACHED)));
        t += s.updates() * UPDATE_NANOS + SimTime.millis(250);
        streaming(GrpcPattern.CLIENT_STREAMING, t);
        t += BASKET.size() * SimTime.millis(100) + SimTime.millis(250);
        streaming(GrpcPattern.BIDIRECTIONAL, t);
        t += BASKET.size() * SimTime.millis(100) + SimTime.millis(250);
        sim.at(t, () -> call(GrpcPattern.DEADLINE, SimTime.millis(s.deadlineMs()), List.of("UMBRELLA")));
        t += SimTime.millis(Math.max(s.deadlineMs(), s.serverMs()) + 250);
        sim.at(t, channel::close);
        sim.runUntil(t + SimTime.seconds(1));
        return new GrpcSteps(s, new GrpcNarration(language), wires, sent, calls, channel, server).build();
    }

    /** Starts a call and sends its request messages at once, the last with END_STREAM. */
    private void call(GrpcPattern pattern, long timeoutNanos, List<String> symbols) {
        GrpcChannel.Call call = channel.start(pattern.path(), timeoutNanos, new GrpcChannel.CallListener() { });
        calls.put(pattern, call);
        for (int i = 0; i < symbols.size(); i++) {
            call.send(request(symbols.get(i)), i == symbols.size() - 1);
        }
    }

    /** A streaming request: one symbol every 100 ms, the last with END_STREAM. */
    private void streaming(GrpcPattern pattern, long at) {
        Simulation sim = net.network.simulation();
        sim.at(at, () -> calls.put(pattern, channel.start(pattern.path(), 0, new GrpcChannel.CallListener() { })));
        for (int i = 0; i < BASKET.size(); i++) {
            String symbol = BASKET.get(i);
            boolean last = i == BASKET.size() - 1;
            sim.at(at + i * SimTime.millis(100), () -> calls.get(pattern).send(request(symbol), last));
        }
    }

    private byte[] request(String symbol) {
        QuoteMessages.GetQuote q = new QuoteMessages.GetQuote(symbol);
        sent.add(new Sent("GetQuote", q.proto(), q.json()));
        return q.proto().bytes();
    }

    private void record(Transmission t) {
        if (EthernetFrame.decode(t.packet().frame()).etherType() == EtherType.IPV4) {
            wires.add(new Wire(t.to().node() == net.server, t.start(), t.arrival(), t.fate(), t.packet().frame()));
        }
    }
}
