package org.wirewise.model.http.grpc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wirewise.model.http.h2.Frame;
import org.wirewise.model.http.h2.FrameEvent;
import org.wirewise.model.http.h2.FrameReader;
import org.wirewise.model.http.h2.FrameType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.transport.ClientServer;

/**
 * Turns the gRPC run into steps: reads the HTTP/2 frames back out of every segment, pairs each
 * with the event its sender recorded (for the header list HPACK encoded), cuts DATA into gRPC
 * messages per stream and direction, and makes a step of every segment that carries a call's
 * frames, plus one for the bytes of the first Quote and the comparison with REST at the end.
 */
final class GrpcSteps {

    /** What one segment carried for the calls, as the narration needs it. */
    record Seen(boolean toServer, GrpcPattern pattern, List<Frame> frames, List<FrameEvent> events,
                List<byte[]> messages, int messagesBefore, boolean opens, boolean responseHeaders, boolean endStream,
                Optional<GrpcStatus> status, boolean reset) {
    }

    /** A call's row in the calls table, as the frames tell it so far. */
    static final class CallRow {
        final GrpcPattern pattern;
        final int stream;
        int up;
        int down;
        String status = "";

        CallRow(GrpcPattern pattern, int stream) {
            this.pattern = pattern;
            this.stream = stream;
        }
    }

    private final GrpcScenario s;
    private final GrpcNarration n;
    private final List<GrpcSimulator.Wire> wires;
    private final List<GrpcSimulator.Sent> sent;
    private final Map<Integer, GrpcPattern> patterns = new HashMap<>();
    private final FrameReader up = new FrameReader(true);
    private final FrameReader down = new FrameReader(false);
    private final List<FrameEvent> clientSent;
    private final List<FrameEvent> serverSent;
    private int clientAt;
    private int serverAt;
    private final Map<String, GrpcFraming.Reader> readers = new HashMap<>();
    private final Map<Integer, CallRow> rows = new LinkedHashMap<>();
    private final Map<Integer, Integer> unaryFrameBytes = new HashMap<>();
    private TraceBuilder trace;
    private boolean bytesShown;

    GrpcSteps(GrpcScenario s, GrpcNarration n, List<GrpcSimulator.Wire> wires, List<GrpcSimulator.Sent> sent,
              Map<GrpcPattern, GrpcChannel.Call> calls, GrpcChannel channel, GrpcServer server) {
        this.s = s;
        this.n = n;
        this.wires = wires;
        this.sent = sent;
        calls.forEach((pattern, call) -> patterns.put(call.stream(), pattern));
        this.clientSent = channel.connection().events().stream().filter(FrameEvent::sent).toList();
        this.serverSent = server == null ? List.of()
                : server.connection().events().stream().filter(FrameEvent::sent).toList();
    }

    Trace build() {
        trace = new TraceBuilder(GrpcSimulator.LESSON_ID, List.of(
                new Lane(ClientServer.CLIENT, n.clientLane(), "192.0.2.10"),
                new Lane(ClientServer.SERVER, n.serverLane(), "198.51.100.80:" + GrpcSimulator.PORT)));
        trace.step(0, n.introTitle(), n.intro(), n.introReferences(), -1, snapshot(List.of(), null));
        boolean synShown = false;
        boolean prefaceShown = false;
        long end = 0;
        for (GrpcSimulator.Wire w : wires) {
            byte[] ip = EthernetFrame.decode(w.bytes()).payload();
            byte[] tcp = Ipv4Packet.decode(ip, 0, ip.length).payload();
            TcpSegment seg = TcpSegment.decode(tcp, 0, tcp.length);
            List<Frame> frames = (w.toServer() ? up : down).add(seg.payload());
            List<FrameEvent> events = new ArrayList<>();
            for (Frame f : frames) {
                events.add(w.toServer() ? clientSent.get(clientAt++) : serverSent.get(serverAt++));
            }
            String from = w.toServer() ? ClientServer.CLIENT : ClientServer.SERVER;
            String to = w.toServer() ? ClientServer.SERVER : ClientServer.CLIENT;
            int id = trace.packet(from, to, w.sentAt(), w.arrivesAt(), w.fate(), n.label(seg, frames, events), w.bytes());
            end = w.arrivesAt();
            if (!synShown && seg.has(TcpFlags.SYN)) {
                synShown = true;
                trace.step(w.sentAt(), n.synTitle(), n.syn(), n.synReferences(), id, snapshot(List.of(), null));
            }
            if (w.toServer() && !prefaceShown && seg.payload().length >= Frame.PREFACE.length) {
                prefaceShown = true;
                trace.step(w.sentAt(), n.prefaceTitle(), n.preface(), n.prefaceReferences(), id,
                        snapshot(frameRows(frames, events, true), null));
            }
            streamSteps(w, id, frames, events);
            if (frames.stream().anyMatch(f -> f.is(FrameType.GOAWAY))) {
                trace.step(w.sentAt(), n.goawayTitle(), n.goaway(rows.size()), n.goawayReferences(), id,
                        snapshot(frameRows(frames, events, w.toServer()), null));
            }
        }
        GrpcComparison measured = GrpcComparison.measure(unaryFrameBytes.values().stream().mapToInt(Integer::intValue).sum(),
                first("GetQuote"), first("Quote"));
        Table versus = new Table(GrpcSimulator.VERSUS_REST, n.versusTableTitle(), n.versusColumns(), n.versusRows(measured));
        // the last step is the comparison alone: the calls table stands on the GOAWAY step just before
        trace.step(end, n.versusTitle(), n.versus(measured), n.versusReferences(), -1,
                new Snapshot(List.of(), List.of(), List.of(versus), List.of()));
        return trace.build();
    }

    /** A step for the segment's call frames, grouped by stream (a segment may carry two calls' frames). */
    private void streamSteps(GrpcSimulator.Wire w, int id, List<Frame> frames, List<FrameEvent> events) {
        Map<Integer, List<Integer>> byStream = new LinkedHashMap<>();
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            if (f.stream() != 0 && !f.is(FrameType.WINDOW_UPDATE)) {
                byStream.computeIfAbsent(f.stream(), k -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<Integer, List<Integer>> e : byStream.entrySet()) {
            GrpcPattern pattern = patterns.get(e.getKey());
            if (pattern == null) {
                continue;
            }
            CallRow row = rows.computeIfAbsent(e.getKey(), k -> new CallRow(pattern, k));
            List<Frame> mine = e.getValue().stream().map(frames::get).toList();
            List<FrameEvent> theirs = e.getValue().stream().map(events::get).toList();
            Seen seen = read(w.toServer(), pattern, row, mine, theirs);
            if (pattern == GrpcPattern.UNARY) {
                mine.forEach(f -> unaryFrameBytes.merge(w.toServer() ? 0 : 1, Frame.HEADER_LENGTH + f.length(), Integer::sum));
            }
            // each DATA frame's row names the message it carries, so a step's frames and messages read as one group
            trace.step(w.sentAt(), n.title(seen), n.narration(seen, s), n.references(seen), id,
                    snapshot(frameRows(mine, theirs, w.toServer()), null));
            if (!bytesShown && !w.toServer() && pattern == GrpcPattern.UNARY && !seen.messages().isEmpty()) {
                bytesShown = true;
                byte[] m = seen.messages().get(0);
                // the frames were the step before's subject: this step shows the Quote's bytes alone
                trace.step(w.sentAt(), n.bytesTitle(), n.bytes(m, explained(m).orElse(null)),
                        n.bytesReferences(), id, snapshot(List.of(), messageTable(m)));
            }
        }
    }

    private Seen read(boolean toServer, GrpcPattern pattern, CallRow row, List<Frame> frames, List<FrameEvent> events) {
        GrpcFraming.Reader reader = readers.computeIfAbsent(row.stream + (toServer ? ">" : "<"), k -> new GrpcFraming.Reader());
        List<byte[]> messages = new ArrayList<>();
        boolean opens = false;
        boolean response = false;
        boolean endStream = false;
        boolean reset = false;
        Optional<GrpcStatus> status = Optional.empty();
        int before = toServer ? row.up : row.down;
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            if (f.is(FrameType.DATA)) {
                messages.addAll(reader.add(f.payload()));
                endStream |= f.has(Frame.END_STREAM);
            } else if (f.is(FrameType.HEADERS)) {
                var fields = events.get(i).headers();
                opens |= toServer;
                endStream |= toServer && f.has(Frame.END_STREAM);
                status = status.or(() -> GrpcHeaders.value(fields, "grpc-status").map(GrpcStatus::of));
                response |= !toServer && GrpcHeaders.value(fields, ":status").isPresent();
            } else if (f.is(FrameType.RST_STREAM)) {
                reset = true;
            }
        }
        if (toServer) {
            row.up += messages.size();
        } else {
            row.down += messages.size();
        }
        if (reset) {
            row.status = n.resetStatus();
        }
        status.ifPresent(x -> row.status = x.code() + " " + x.name());
        return new Seen(toServer, pattern, frames, events, messages, before, opens, response, endStream, status, reset);
    }

    private Optional<GrpcSimulator.Sent> explained(byte[] message) {
        return sent.stream().filter(x -> Arrays.equals(x.proto().bytes(), message)).findFirst();
    }

    /** The first message of a type: the unary call's request and response, which go first. */
    private GrpcSimulator.Sent first(String type) {
        return sent.stream().filter(x -> x.type().equals(type)).findFirst().orElseThrow();
    }

    private List<Table.Row> frameRows(List<Frame> frames, List<FrameEvent> events, boolean request) {
        List<Table.Row> out = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            out.addAll(n.frameRows(frames.get(i), events.get(i), request, this::explained));
        }
        return out;
    }

    private Table messageTable(byte[] message) {
        return new Table(GrpcSimulator.MESSAGE, n.messageTitle(), n.messageColumns(),
                n.messageRows(message, explained(message).orElse(null)));
    }

    private Snapshot snapshot(List<Table.Row> frameRows, Table message) {
        List<Table> tables = new ArrayList<>();
        if (!frameRows.isEmpty()) {
            tables.add(new Table(GrpcSimulator.FRAMES, n.framesTitle(), n.frameColumns(), frameRows));
        }
        if (message != null) {
            tables.add(message);
        }
        tables.add(new Table(GrpcSimulator.CALLS, n.callsTitle(), n.callColumns(), n.callRows(rows.values())));
        return new Snapshot(List.of(), List.of(), tables, List.of());
    }
}
