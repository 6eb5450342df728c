package org.wirewise.model.http.h2;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.wirewise.model.http.hpack.HeaderBlock;
import org.wirewise.model.http.hpack.HeaderField;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.tls.ContentType;
import org.wirewise.model.tls.HandshakeType;
import org.wirewise.model.tls.WireRecords;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.transport.ClientServer;

/**
 * Turns the http2 run into steps: reads the frames back out of every segment (opening TLS records
 * with the key log for h2), pairs each with the event its sender recorded (the encoder's account of
 * a header block, the windows after it), and makes a step of each frame worth a stop.
 */
final class Http2Steps {

    /** What the stream table shows of one stream, as the frames on the wire tell it. */
    static final class StreamRow {
        final String path;
        StreamState state = StreamState.OPEN;
        boolean reset;
        long serverWindow;
        long received;

        StreamRow(String path, long window) {
            this.path = path;
            this.serverWindow = window;
        }
    }

    private final Http2Scenario s;
    private final Http2Narration n;
    private final H2Rig rig;
    private final List<Http2Simulator.Wire> wires;
    private final List<H2Client.Completion> completions;
    private final long assetsSentAt;
    private final FrameReader up = new FrameReader(true);
    private final FrameReader down = new FrameReader(false);
    private final List<FrameEvent> clientSent;
    private final List<FrameEvent> serverSent;
    private int clientAt;
    private int serverAt;
    private final WireRecords tlsUp;
    private final WireRecords tlsDown;
    private final Map<Integer, StreamRow> streams = new TreeMap<>();
    private final Set<Integer> dataShown = new HashSet<>();
    private final Set<Integer> droppedShown = new HashSet<>();
    private final List<HeaderBlock> requestBlocks = new ArrayList<>();
    private final List<List<HeaderField>> requestLists = new ArrayList<>();
    private HeaderBlock lastBlock;
    private boolean lastBlockFromClient = true;
    private TraceBuilder trace;

    Http2Steps(Http2Scenario s, Http2Narration n, H2Rig rig, List<Http2Simulator.Wire> wires,
               List<H2Client.Completion> completions, long assetsSentAt) {
        this.s = s;
        this.n = n;
        this.rig = rig;
        this.wires = wires;
        this.completions = completions;
        this.assetsSentAt = assetsSentAt;
        this.clientSent = rig.client().connection().events().stream().filter(FrameEvent::sent).toList();
        this.serverSent = rig.server().map(x -> x.connection().events().stream().filter(FrameEvent::sent).toList())
                .orElse(List.of());
        this.tlsUp = WireRecords.fromClient(rig.keyLog());
        this.tlsDown = WireRecords.fromServer(rig.keyLog());
    }

    Trace build() {
        trace = new TraceBuilder(Http2Simulator.LESSON_ID, List.of(
                new Lane(ClientServer.CLIENT, n.clientLane(), "192.0.2.10"),
                new Lane(ClientServer.SERVER, n.serverLane(), "198.51.100.80:" + rig.port())));
        rig.keyLog().forEach(trace::secret);
        trace.step(0, n.introTitle(), n.intro(), n.introReferences(), -1, snapshot(List.of(), -1));
        boolean synShown = false;
        boolean prefaceShown = false;
        long end = 0;
        for (Http2Simulator.Wire w : wires) {
            byte[] ip = EthernetFrame.decode(w.bytes()).payload();
            byte[] tcp = Ipv4Packet.decode(ip, 0, ip.length).payload();
            TcpSegment seg = TcpSegment.decode(tcp, 0, tcp.length);
            List<WireRecords.Seen> records = s.security() == H2Rig.Security.TLS
                    ? (w.toServer() ? tlsUp : tlsDown).add(seg.payload()) : List.of();
            byte[] h2 = s.security() == H2Rig.Security.TLS ? applicationData(records) : seg.payload();
            boolean preface = w.toServer() && !prefaceShown && h2.length >= Frame.PREFACE.length;
            List<Frame> frames = (w.toServer() ? up : down).add(h2);
            List<FrameEvent> events = new ArrayList<>();
            for (Frame f : frames) {
                events.add(next(w.toServer(), f));
            }
            String from = w.toServer() ? ClientServer.CLIENT : ClientServer.SERVER;
            String to = w.toServer() ? ClientServer.SERVER : ClientServer.CLIENT;
            int id = trace.packet(from, to, w.sentAt(), w.arrivesAt(), w.fate(), n.label(seg, frames, records), w.bytes());
            end = w.arrivesAt();
            if (!synShown && seg.has(TcpFlags.SYN)) {
                synShown = true;
                trace.step(w.sentAt(), n.synTitle(), n.syn(), n.synReferences(), id, snapshot(frames, -1));
            }
            tlsStep(w, records, id, frames);
            if (preface) {
                prefaceShown = true;
                trace.step(w.sentAt(), n.prefaceTitle(), n.preface(), n.prefaceReferences(), id, snapshot(frames, -1));
            }
            for (int i = 0; i < events.size(); i++) {
                frameStep(w, id, frames, i, events.get(i));
            }
        }
        if (!requestBlocks.isEmpty()) { // the closing steps show the browser's table, which the savings come from
            lastBlock = requestBlocks.get(requestBlocks.size() - 1);
            lastBlockFromClient = true;
        }
        trace.step(end, n.pushTitle(), n.push(), n.pushReferences(), -1, snapshot(List.of(), -1));
        trace.step(end, n.priorityTitle(), n.priority(), n.priorityReferences(), -1, snapshot(List.of(), -1));
        trace.step(end, n.savingsTitle(), n.savings(requestLists, requestBlocks, completions, assetsSentAt),
                n.savingsReferences(), -1, withSavings(snapshot(List.of(), -1)));
        return trace.build();
    }

    private void tlsStep(Http2Simulator.Wire w, List<WireRecords.Seen> records, int id, List<Frame> frames) {
        boolean hello = records.stream().anyMatch(r -> r.messages().contains(HandshakeType.CLIENT_HELLO));
        boolean encrypted = records.stream().anyMatch(r -> r.messages().contains(HandshakeType.ENCRYPTED_EXTENSIONS));
        if (hello || encrypted) {
            trace.step(w.sentAt(), n.tlsTitle(hello), n.tls(hello), n.tlsReferences(), id, snapshot(frames, -1));
        }
    }

    private static byte[] applicationData(List<WireRecords.Seen> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        records.stream().filter(r -> r.inner() == ContentType.APPLICATION_DATA).forEach(r -> out.writeBytes(r.plaintext()));
        return out.toByteArray();
    }

    private FrameEvent next(boolean fromClient, Frame f) {
        List<FrameEvent> sent = fromClient ? clientSent : serverSent;
        int at = fromClient ? clientAt++ : serverAt++;
        FrameEvent e = sent.get(at);
        if (e.frame().type() != f.type() || e.frame().stream() != f.stream()) {
            throw new IllegalStateException("the wire has " + f + " where the sender recorded " + e.frame());
        }
        return e;
    }

    private void frameStep(Http2Simulator.Wire w, int id, List<Frame> frames, int index, FrameEvent e) {
        Frame f = e.frame();
        boolean client = w.toServer();
        FrameType type = f.frameType();
        StreamRow row = streams.get(f.stream());
        boolean show = true;
        boolean first = false;
        switch (type) {
            case HEADERS -> {
                HeaderBlock block = e.encoded().orElseThrow();
                lastBlock = block;
                lastBlockFromClient = client;
                if (client) {
                    String path = e.headers().stream().filter(h -> h.name().equals(":path")).findFirst()
                            .map(HeaderField::value).orElse("");
                    streams.put(f.stream(), new StreamRow(path, s.windowKiB() * 1024L));
                    requestBlocks.add(block);
                    requestLists.add(e.headers());
                    row = streams.get(f.stream());
                    row.state = f.has(Frame.END_STREAM) ? StreamState.HALF_CLOSED_LOCAL : StreamState.OPEN;
                }
            }
            case DATA -> {
                if (row != null && !row.reset) {
                    row.received += f.length();
                    row.serverWindow = e.streamSendWindow();
                    if (f.has(Frame.END_STREAM)) {
                        row.state = StreamState.CLOSED;
                    }
                }
                first = dataShown.add(f.stream());
                show = row != null && row.reset ? droppedShown.add(f.stream())
                        : first || f.has(Frame.END_STREAM) || e.streamSendWindow() == 0;
            }
            case WINDOW_UPDATE -> {
                if (row != null) {
                    row.serverWindow += f.u32(0) & 0x7fffffffL;
                }
            }
            case RST_STREAM -> {
                if (row != null) {
                    row.state = StreamState.CLOSED;
                    row.reset = true;
                }
            }
            default -> { }
        }
        if (show) {
            trace.step(w.sentAt(), n.frameTitle(client, f, e, row, first), n.frame(client, f, e, row, s.windowKiB(), first),
                    n.frameReferences(f), id, snapshot(frames, index, type == FrameType.HEADERS ? e : null, client));
        }
    }

    private Snapshot snapshot(List<Frame> frames, int highlighted) {
        return snapshot(frames, highlighted, null, true);
    }

    private Snapshot snapshot(List<Frame> frames, int highlighted, FrameEvent headers, boolean fromClient) {
        List<Table> tables = new ArrayList<>();
        if (!frames.isEmpty()) {
            List<Table.Row> rows = new ArrayList<>();
            for (int i = 0; i < frames.size(); i++) {
                Frame f = frames.get(i);
                rows.add(new Table.Row(n.frameCells(f), i == highlighted));
            }
            tables.add(new Table(Http2Simulator.FRAMES, n.framesTitle(frames.size()), n.framesColumns(), rows));
        }
        if (headers != null) {
            HeaderBlock block = headers.encoded().orElseThrow();
            tables.add(new Table(Http2Simulator.HEADER_BLOCK, n.blockTitle(fromClient, headers.frame().stream(), block,
                    http1Octets(headers.headers())),
                    n.blockColumns(), block.fields().stream().map(f -> Table.Row.of(n.blockCells(f).toArray(String[]::new)))
                    .toList()));
        }
        if (lastBlock != null) {
            List<Table.Row> rows = new ArrayList<>();
            int index = 62;
            for (HeaderField f : lastBlock.table()) {
                rows.add(Table.Row.of(Integer.toString(index++), Integer.toString(f.size()), n.shorten(f.toString())));
            }
            tables.add(new Table(Http2Simulator.HPACK_TABLE, n.hpackTableTitle(lastBlockFromClient, lastBlock),
                    n.hpackTableColumns(), rows));
        }
        if (!streams.isEmpty()) {
            tables.add(new Table(Http2Simulator.STREAMS, n.streamsTitle(), n.streamsColumns(), streams.entrySet().stream()
                    .map(e -> Table.Row.of(Integer.toString(e.getKey()), e.getValue().path,
                            Long.toString(e.getValue().serverWindow), Long.toString(e.getValue().received), n.state(e.getValue())))
                    .toList()));
        }
        return new Snapshot(List.of(), List.of(), tables);
    }

    private Snapshot withSavings(Snapshot base) {
        List<Table> tables = new ArrayList<>(base.tables());
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < requestBlocks.size(); i++) {
            int h1 = http1Octets(requestLists.get(i));
            int hp = requestBlocks.get(i).length();
            rows.add(Table.Row.of(n.requestName(requestLists.get(i)), Integer.toString(h1), Integer.toString(hp),
                    n.percent(1 - (double) hp / h1)));
        }
        tables.add(0, new Table(Http2Simulator.SAVINGS, n.savingsTableTitle(), n.savingsColumns(), rows));
        return new Snapshot(List.of(), List.of(), tables);
    }

    /**
     * What HTTP/1.1 spends on the same header list (RFC 9112 §3, §5): the request line or status
     * line in place of the pseudo-header fields, Host for :authority, one line per field, the
     * empty line.
     */
    static int http1Octets(List<HeaderField> fields) {
        String method = value(fields, ":method");
        int octets = method.isEmpty()
                ? ("HTTP/1.1 " + value(fields, ":status") + " OK\r\n").length()
                : (method + " " + value(fields, ":path") + " HTTP/1.1\r\nHost: " + value(fields, ":authority") + "\r\n").length();
        for (HeaderField f : fields) {
            if (!f.name().startsWith(":")) {
                octets += f.http1Octets();
            }
        }
        return octets + 2;
    }

    private static String value(List<HeaderField> fields, String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().map(HeaderField::value).orElse("");
    }
}
