package org.wirewise.model.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.http.Phase;
import org.wirewise.model.http.Waterfall;
import org.wirewise.model.http.WaterfallRow;
import org.wirewise.model.trace.Trace;
import org.wirewise.testing.Tshark;

/**
 * Every bar of the journey's waterfall is a stretch between two packets of its capture, as
 * Wireshark reads the laptop's capture (decrypted with the key log it carries): DNS = query sent
 * to answer received, Initial connection = SYN sent to SYN-ACK received, SSL/TLS = ClientHello
 * sent to the server's Finished received, Waiting (TTFB) = the frame with the request's HEADERS
 * sent to the frame with the response's HEADERS received, Content download = to the DATA frame
 * that ends the stream. The what-ifs are held to it too (a loss moves the frames, not the rule).
 * Over HTTP/3 the connection's one handshake is QUIC's, TLS 1.3 inside it: Initial connection = the
 * laptop's first Initial sent to the datagram with the server's Finished received, and no separate
 * SSL/TLS bar (Chrome reports that span as both, ssl_start = connect_start; here the bars add up);
 * Waiting and Content download are the same rule on request stream 4i, the i-th the client opens.
 */
class JourneyWaterfallTest {

    @TempDir
    Path dir;

    static List<JourneyScenario> scenarios() {
        return List.of(JourneyScenario.DEFAULTS, new JourneyScenario("resolver", 15, 0, 3),
                new JourneyScenario("cold", 80, 2, 5), new JourneyScenario("cold", 80, 0, "1.2", 1),
                new JourneyScenario("cold", 80, 0, "resumed", 1), new JourneyScenario("cold", 80, 0, "1.3", "3", 1),
                new JourneyScenario("resolver", 15, 0, "1.3", "3", 3), new JourneyScenario("cold", 80, 2, "1.3", "3", 5),
                new JourneyScenario("browser", 80, 0, "1.3", "3", 1));
    }

    /** One frame of the laptop's capture: its time in the trace's clock and the fields asked for. */
    private record Frame(long time, String[] f) {
        boolean from443() {
            return f[1].equals("443") || f[9].equals("443");
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyBarStartsAndEndsAtAFrameTheLaptopSentOrReceived(JourneyScenario s) throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Trace trace = JourneySimulator.simulate(s);
        Waterfall w = trace.step(trace.stepCount() - 1).snapshot().fact(Waterfall.class).orElseThrow();
        long origin = trace.step(0).snapshot().fact(NavigationStart.class).orElseThrow().at();
        List<Frame> frames = frames(trace);

        WaterfallRow html = w.rows().get(0);
        assertThat(html.label()).isEqualTo("/");
        if (!s.caches().equals("browser")) {
            expect(html, Phase.Kind.DNS, frames, f -> f.f()[4].equals("0"), f -> f.f()[4].equals("1"), origin);
        }
        if (s.http().equals("3")) {
            quic(w, frames, origin);
            return;
        }
        expect(html, Phase.Kind.CONNECT, frames, f -> f.f()[2].equals("1") && f.f()[3].equals("0"),
                f -> f.f()[2].equals("1") && f.f()[3].equals("1"), origin);
        expect(html, Phase.Kind.TLS, frames, f -> has(f.f()[5], "1") && !f.from443(),
                f -> has(f.f()[5], "20") && f.from443(), origin);
        for (int i = 0; i < w.rows().size(); i++) {
            WaterfallRow row = w.rows().get(i);
            String stream = Integer.toString(1 + 2 * i);
            expect(row, Phase.Kind.WAITING, frames, f -> !f.from443() && http2(f, "1", stream, false),
                    f -> f.from443() && http2(f, "1", stream, false), origin);
            if (row.duration(Phase.Kind.DOWNLOAD) > 0) {
                expect(row, Phase.Kind.DOWNLOAD, frames, f -> f.from443() && http2(f, "1", stream, false),
                        f -> f.from443() && http2(f, "0", stream, true), origin);
            } else { // the HEADERS and the last DATA came in one record: one frame ends both
                assertThat(frames.stream().filter(f -> f.from443() && http2(f, "0", stream, true)).findFirst()
                        .orElseThrow().time()).isEqualTo(row.end() + origin);
            }
        }
    }

    /** HTTP/3: QUIC's handshake is the one setup bar; each request's bars on its own stream. */
    private static void quic(Waterfall w, List<Frame> frames, long origin) {
        WaterfallRow html = w.rows().get(0);
        expect(html, Phase.Kind.CONNECT, frames, f -> !f.from443() && has(f.f()[10], "0"),
                f -> f.from443() && has(f.f()[5], "20"), origin);
        assertThat(html.phases()).as("TLS rides inside QUIC's handshake: no bar of its own")
                .noneMatch(p -> p.kind() == Phase.Kind.TLS);
        for (int i = 0; i < w.rows().size(); i++) {
            WaterfallRow row = w.rows().get(i);
            String stream = Integer.toString(4 * i);
            expect(row, Phase.Kind.WAITING, frames, f -> !f.from443() && quicStream(f, stream, false),
                    f -> f.from443() && quicStream(f, stream, false), origin);
            if (row.duration(Phase.Kind.DOWNLOAD) > 0) {
                expect(row, Phase.Kind.DOWNLOAD, frames, f -> f.from443() && quicStream(f, stream, false),
                        f -> f.from443() && quicStream(f, stream, true), origin);
            } else {
                assertThat(frames.stream().filter(f -> f.from443() && quicStream(f, stream, true)).findFirst()
                        .orElseThrow().time()).isEqualTo(row.end() + origin);
            }
        }
    }

    /** The frame carries a QUIC STREAM frame of {@code stream} (with FIN when asked). */
    private static boolean quicStream(Frame f, String stream, boolean fin) {
        String[] streams = f.f()[11].split(",");
        String[] fins = f.f()[12].split(",");
        for (int i = 0; i < streams.length && i < fins.length; i++) {
            if (streams[i].equals(stream) && (!fin || fins[i].equals("1"))) {
                return true;
            }
        }
        return false;
    }

    /** A run's waterfall, its navigation start and the laptop's capture as tshark reads it with {@code fields}. */
    private record Load(Waterfall waterfall, long origin, List<Frame> frames) {
    }

    private Load load(JourneyScenario s, String... fields) throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Trace trace = JourneySimulator.simulate(s);
        return new Load(trace.step(trace.stepCount() - 1).snapshot().fact(Waterfall.class).orElseThrow(),
                trace.step(0).snapshot().fact(NavigationStart.class).orElseThrow().at(), frames(trace, fields));
    }

    static List<JourneyScenario> http11() {
        return List.of(new JourneyScenario("cold", 80, 0, "1.3", "1.1", 1), new JourneyScenario("cold", 80, 0, "1.2", "1.1", 1),
                new JourneyScenario("resolver", 80, 2, "1.3", "1.1", 5), new JourneyScenario("browser", 15, 0, "resumed", "1.1", 2));
    }

    /**
     * HTTP/1.1: each row on its own connection's frames, told apart by the laptop's port. A row that opened
     * its connection: Initial connection = that port's SYN to its SYN-ACK, SSL/TLS = its ClientHello to the
     * server's Finished; every row: Waiting (TTFB) = the frame Wireshark shows the request in to the first
     * record of the answer completing on that port, Content download = to the frame Wireshark shows the
     * whole response in (it reassembles the body). The request and response fields are read from the decrypted
     * records: the capture's own key log, no settings.
     */
    @ParameterizedTest
    @MethodSource("http11")
    void overHttp11EveryBarIsBetweenFramesOfItsOwnConnection(JourneyScenario s) throws Exception {
        Load load = load(s, "frame.time_epoch", "tcp.srcport", "tcp.dstport", "tcp.flags.syn", "tcp.flags.ack",
                "dns.flags.response", "tls.handshake.type", "tls.record.content_type", "http.request.uri",
                "http.response_for.uri");
        Waterfall w = load.waterfall();
        long origin = load.origin();
        List<Frame> frames = load.frames();
        assertThat(w.rows()).extracting(WaterfallRow::label).containsExactly("/", "/app.css", "/app.js", "/hero.svg");
        assertThat(w.connections()).as("the page's connection, reused once, and two more").isEqualTo(3);
        if (!s.caches().equals("browser")) {
            expect(w.rows().get(0), Phase.Kind.DNS, frames, f -> f.f()[5].equals("0"), f -> f.f()[5].equals("1"), origin);
        }
        for (WaterfallRow row : w.rows()) {
            String request = row.label();
            String port = frames.stream().filter(f -> f.f()[8].equals(request)).findFirst().orElseThrow().f()[1];
            Predicate<Frame> out = f -> f.f()[1].equals(port) && f.f()[2].equals("443");
            Predicate<Frame> in = f -> f.f()[1].equals("443") && f.f()[2].equals(port);
            if (row.duration(Phase.Kind.CONNECT) > 0) {
                expect(row, Phase.Kind.CONNECT, frames, out.and(f -> f.f()[3].equals("1") && f.f()[4].equals("0")),
                        in.and(f -> f.f()[3].equals("1") && f.f()[4].equals("1")), origin);
                expect(row, Phase.Kind.TLS, frames, out.and(f -> has(f.f()[6], "1")), in.and(f -> has(f.f()[6], "20")), origin);
            }
            expect(row, Phase.Kind.WAITING, frames, out.and(f -> f.f()[8].equals(request)),
                    in.and(f -> has(f.f()[7], "23")), origin);
            Predicate<Frame> whole = in.and(f -> f.f()[9].equals("https://" + JourneyZones.SITE + request));
            if (row.duration(Phase.Kind.DOWNLOAD) > 0) {
                expect(row, Phase.Kind.DOWNLOAD, frames, in.and(f -> has(f.f()[7], "23")), whole, origin);
            } else { // the answer came in one record: the frame that completes it ends both
                assertThat(frames.stream().filter(whole).findFirst().orElseThrow().time()).isEqualTo(row.end() + origin);
            }
        }
    }

    /** The row's one phase of {@code kind} runs from the first frame {@code start} accepts to the first {@code end} accepts after it. */
    private static void expect(WaterfallRow row, Phase.Kind kind, List<Frame> frames, Predicate<Frame> start,
                               Predicate<Frame> end, long origin) {
        List<Phase> phases = row.phases().stream().filter(p -> p.kind() == kind).toList();
        assertThat(phases).as("%s of %s", kind, row.label()).hasSize(1);
        Frame first = frames.stream().filter(start).findFirst().orElseThrow();
        Frame last = frames.stream().filter(f -> f.time() >= first.time()).filter(end).findFirst().orElseThrow();
        assertThat(phases.get(0).from() + origin).as("%s of %s starts", kind, row.label()).isEqualTo(first.time());
        assertThat(phases.get(0).to() + origin).as("%s of %s ends", kind, row.label()).isEqualTo(last.time());
    }

    private static boolean has(String list, String value) {
        return List.of(list.split(",")).contains(value);
    }

    /** The frame carries an HTTP/2 frame of {@code type} on {@code stream} (with END_STREAM when asked). */
    private static boolean http2(Frame f, String type, String stream, boolean endStream) {
        String[] types = f.f()[6].split(",");
        String[] streams = f.f()[7].split(",");
        String[] flags = f.f()[8].split(",");
        for (int i = 0; i < types.length && i < streams.length; i++) {
            if (types[i].equals(type) && streams[i].equals(stream)
                    && (!endStream || (Integer.decode(flags[i]) & 1) != 0)) {
                return true;
            }
        }
        return false;
    }

    /** The laptop's capture through tshark, each frame's time put back on the trace's clock. */
    private List<Frame> frames(Trace trace) throws Exception {
        return frames(trace, "frame.time_epoch", "tcp.srcport", "tcp.flags.syn",
                "tcp.flags.ack", "dns.flags.response", "tls.handshake.type", "http2.type", "http2.streamid", "http2.flags", "udp.srcport", "quic.long.packet_type",
                "quic.stream.stream_id", "quic.stream.fin");
    }

    private List<Frame> frames(Trace trace, String... fields) throws Exception {
        Path capture = Tshark.export(trace, JourneyNetwork.LAPTOP, dir);
        List<String[]> rows = Tshark.asOpened(capture, fields);
        long firstAtLaptop = trace.packets().stream()
                .filter(p -> p.from().equals(JourneyNetwork.LAPTOP) || p.to().equals(JourneyNetwork.LAPTOP) && p.delivered())
                .mapToLong(p -> p.from().equals(JourneyNetwork.LAPTOP) ? p.sentAt() : p.arrivesAt()).min().orElseThrow();
        BigDecimal first = new BigDecimal(rows.get(0)[0]);
        List<Frame> frames = new ArrayList<>();
        for (String[] r : rows) {
            long t = new BigDecimal(r[0]).subtract(first).movePointRight(9).longValueExact() + firstAtLaptop;
            frames.add(new Frame(t, r));
        }
        return frames;
    }

}
