package org.wirewise.model.http.grpc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.wirewise.model.http.h2.ErrorCode;
import org.wirewise.model.http.h2.Frame;
import org.wirewise.model.http.h2.FrameEvent;
import org.wirewise.model.http.h2.FrameType;
import org.wirewise.model.http.hpack.HeaderField;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.trace.Table;

/** Every sentence of the gRPC lesson; sizes, headers and codes come from the frames read off the wire. */
final class GrpcNarration {

    private static final String SPEC = "gRPC PROTOCOL-HTTP2.md";
    private static final String ENCODING = "Protocol Buffers: Encoding";
    /** The header fields a step about a call points at. */
    private static final Set<String> GRPC_FIELDS = Set.of(":path", "te", "content-type", "grpc-timeout", "grpc-status",
            "grpc-message");
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    String clientLane() {
        return "Trading app";
    }

    String serverLane() {
        return "Quotes service";
    }

    String introTitle() {
        return "gRPC: calls as HTTP/2 streams";
    }

    String intro() {
        return "A trading app calls the quotes.Quotes service with gRPC. Each call is one HTTP/2 stream: a POST whose "
                + ":path names the method, messages in protobuf with a 5-byte prefix in DATA frames, and the outcome as "
                + "grpc-status in trailers. Four calls show the four patterns (unary, server streaming, client streaming, "
                + "bidirectional) on one connection, then a call runs out of time. The connection is h2c with prior "
                + "knowledge on port " + GrpcSimulator.PORT + ", as services inside a data centre often run, so every byte "
                + "is readable here and in Wireshark. The messages: GetQuote {symbol} asks, Quote {symbol, price_cents, time, "
                + "moves} answers.";
    }

    List<String> introReferences() {
        return List.of(SPEC, "RFC 9113 §3.3", "RFC 9113 §8.1");
    }

    String label(TcpSegment seg, List<Frame> frames, List<FrameEvent> events) {
        if (frames.isEmpty()) {
            return seg.payload().length > 0 ? "Preface" : TcpFlags.names(seg.flags());
        }
        List<String> parts = new ArrayList<>();
        if (seg.payload().length >= Frame.PREFACE.length && java.util.Arrays.equals(seg.payload(), 0, Frame.PREFACE.length,
                Frame.PREFACE, 0, Frame.PREFACE.length)) {
            parts.add("Preface");
        }
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            String name = f.frameType() == null ? "type " + f.type() : f.frameType().name();
            String what = name + "[" + f.stream() + "]";
            List<HeaderField> h = events.get(i).headers();
            if (f.is(FrameType.HEADERS)) {
                what += GrpcHeaders.value(h, ":path").map(p -> " " + p.substring(p.lastIndexOf('/') + 1))
                        .or(() -> GrpcHeaders.value(h, "grpc-status").map(v -> " grpc-status " + v)).orElse("");
            } else if (f.is(FrameType.RST_STREAM)) {
                what += " " + errorCode(f);
            }
            parts.add(what);
        }
        return String.join(", ", parts);
    }

    String synTitle() {
        return "SYN: an ordinary TCP connection first";
    }

    String syn() {
        return "gRPC needs a reliable byte stream under HTTP/2. The app opens TCP to port " + GrpcSimulator.PORT
                + " (gRPC's examples use 50051; any port works, and on this one Wireshark reads HTTP/2 with no settings). "
                + "One connection will carry every call that follows.";
    }

    List<String> synReferences() {
        return List.of("RFC 9293 §3.5", SPEC);
    }

    String prefaceTitle() {
        return "Prior knowledge: the HTTP/2 preface";
    }

    String preface() {
        return "Without TLS there is no ALPN to agree on HTTP/2, so the client simply knows the server speaks it (h2c "
                + "with prior knowledge) and starts with the 24-byte preface PRI * HTTP/2.0 and its SETTINGS. gRPC "
                + "never falls back to HTTP/1.1: it needs HTTP/2's streams and trailers.";
    }

    List<String> prefaceReferences() {
        return List.of("RFC 9113 §3.3", "RFC 9113 §3.4", SPEC);
    }

    String title(GrpcSteps.Seen s) {
        int k = s.messagesBefore() + s.messages().size();
        String status = s.status().map(x -> "grpc-status " + x.code() + " " + x.name()).orElse("");
        return switch (s.pattern()) {
            case UNARY -> s.opens() ? "Unary: a POST to " + s.pattern().path()
                    : s.toServer() ? "Unary: the request message"
                    : "Unary: one Quote, then " + status;
            case SERVER_STREAMING -> s.toServer() ? "Server streaming: Watch asks once"
                    : s.status().isPresent() ? "Server streaming: quote " + k + ", then " + status
                    : "Server streaming: quote " + k + ", stream still open";
            case CLIENT_STREAMING -> s.toServer() ? "Client streaming: symbol " + k + " of " + GrpcSimulator.BASKET.size()
                    + (s.endStream() ? " and END_STREAM" : "")
                    : "Client streaming: one answer, then " + status;
            case BIDIRECTIONAL -> s.toServer() ? "Bidirectional: the app sends symbol " + k
                    : s.messages().isEmpty() ? "Bidirectional: both sides done, " + status
                    : "Bidirectional: answer " + k + " on the same stream" + (status.isEmpty() ? "" : ", then " + status);
            case DEADLINE -> s.reset() ? "Deadline exceeded: RST_STREAM(CANCEL)"
                    : s.toServer() ? "A deadline: grpc-timeout " + timeout(s).orElse("")
                    : "The answer beat the deadline: " + status;
        };
    }

    String narration(GrpcSteps.Seen s, GrpcScenario sc) {
        int bytes = s.messages().stream().mapToInt(m -> m.length + GrpcFraming.PREFIX).sum();
        return switch (s.pattern()) {
            case UNARY -> s.opens()
                    ? "A call opens a stream with a HEADERS frame: :method POST, :path /package.Service/Method, "
                    + "content-type application/grpc and te: trailers, which tells any proxy in between that the client "
                    + "understands trailers, because that is where the outcome will come. HPACK packed the " + headerList(s)
                    + " header bytes into " + headerBlock(s) + "." + requestData(s, bytes)
                    : s.toServer() ? "The request message rides in a DATA frame: " + bytes + " bytes, the 5-byte prefix "
                    + "(compressed flag, 4-byte length) then the protobuf GetQuote; END_STREAM says the client is done."
                    : "The server answers on the same stream: HEADERS with :status 200 (HTTP's status; it says only that "
                    + "HTTP worked), the Quote in DATA (" + bytes + " bytes with its prefix), then a second HEADERS "
                    + "frame with END_STREAM carrying grpc-status " + s.status().map(GrpcStatus::code).orElse(-1)
                    + ". Trailers come after the body, so a server can report an error met halfway through a stream.";
            case SERVER_STREAMING -> s.toServer()
                    ? "One request, many answers: Watch sends a single GetQuote with END_STREAM. The stream stays open on "
                    + "the server's side, which pushes a Quote whenever the price moves."
                    : "Each Quote is a DATA frame on stream " + s.frames().get(0).stream() + " (" + bytes + " bytes). "
                    + (s.status().isPresent() ? "After the last of " + sc.updates() + " the server ends the stream with "
                    + "trailers; grpc-status " + s.status().get().code() + " means every message arrived."
                    : "No END_STREAM yet: more may come, and other calls could share the connection meanwhile.");
            case CLIENT_STREAMING -> s.toServer()
                    ? "The app streams the basket's symbols one message at a time on one stream (" + bytes
                    + " bytes here). " + (s.endStream() ? "END_STREAM on the last DATA frame half-closes the stream: the "
                    + "server now knows the basket is complete." : "The server reads each as it arrives and waits for more.")
                    : "Only after the client's END_STREAM does the server answer, once, with the basket's total, and "
                    + "closes with grpc-status " + s.status().map(GrpcStatus::code).orElse(-1) + ".";
            case BIDIRECTIONAL -> s.toServer()
                    ? "Both sides send whenever they like on one stream. The app sends a symbol (" + bytes + " bytes)"
                    + (s.endStream() ? " and, with END_STREAM, says it has nothing more to ask." : " without waiting.")
                    : s.messages().isEmpty() ? "The client had half-closed; the server is done too and sends its trailers."
                    : "The server answers each symbol as it comes, without waiting for the client to finish: the two "
                    + "directions of a stream are independent.";
            case DEADLINE -> s.reset()
                    ? "The deadline of " + sc.deadlineMs() + " ms passed with no answer (the server needs " + sc.serverMs()
                    + " ms). The client cancels the stream with RST_STREAM(CANCEL) and reports status "
                    + GrpcStatus.DEADLINE_EXCEEDED.code() + " DEADLINE_EXCEEDED to the app itself: no trailers will come. "
                    + "The server sees the reset and drops its answer; its later work goes nowhere."
                    : s.toServer() ? "This Get carries grpc-timeout: " + timeout(s).orElse("") + ", the call's deadline "
                    + "as a duration (" + sc.deadlineMs() + " ms, written in the finest unit that fits in 8 digits). "
                    + "The server can stop work that nobody will wait for, and pass what is left on to the services it calls."
                    : "The server needed " + sc.serverMs() + " ms, within the " + sc.deadlineMs() + " ms deadline, so "
                    + "the answer and its trailers arrived before the client gave up.";
        };
    }

    List<String> references(GrpcSteps.Seen s) {
        if (s.reset()) {
            return List.of(SPEC, "RFC 9113 §6.4", "RFC 9113 §8.7");
        }
        return s.status().isPresent() ? List.of(SPEC, "RFC 9113 §8.1") : List.of(SPEC, "RFC 9113 §5.1");
    }

    String resetStatus() {
        return GrpcStatus.DEADLINE_EXCEEDED.code() + " " + GrpcStatus.DEADLINE_EXCEEDED.name() + " (client)";
    }

    String bytesTitle() {
        return "The bytes of a Quote";
    }

    /** @param explained the Quote as sent, whose first field the narration reads out (null: none known) */
    String bytes(byte[] m, GrpcSimulator.Sent explained) {
        int length = m.length;
        String json = explained == null ? "" : explained.json();
        List<String> first = firstField(explained).stream().map(x -> HEX.formatHex(m, x.offset(), x.offset() + x.length())
                + ", the " + x.part().name().toLowerCase(java.util.Locale.ROOT) + " (" + partValue(x) + ")").toList();
        return "Every protobuf field starts with a tag, a varint of field number << 3 | wire type"
                + (first.isEmpty() ? "" : "; the first field reads " + String.join("; ", first))
                + ". Varints carry 7 bits "
                + "per byte, the low group first, the top bit saying more follows; LEN fields add a byte count; the "
                + "time is an embedded Timestamp message; moves are sint32, ZigZag-mapped so that -3 costs one byte, and "
                + "packed under one tag. Names never travel: the schema holds them. The Quote is " + length
                + " bytes; the same data as JSON, " + json + ", is " + json.length() + ".";
    }

    List<String> bytesReferences() {
        return List.of(ENCODING, SPEC);
    }

    String goawayTitle() {
        return "GOAWAY: the channel closes";
    }

    String goaway(int calls) {
        return "The app shuts its channel: GOAWAY(NO_ERROR) after " + calls + " calls on one connection, one stream each, "
                + "then TCP closes. A gRPC channel normally stays open and reuses the connection for every call.";
    }

    List<String> goawayReferences() {
        return List.of("RFC 9113 §6.8", SPEC);
    }

    String versusTitle() {
        return "gRPC vs REST";
    }

    String versus(GrpcComparison c) {
        return "The unary call took " + c.grpcCall() + " bytes of HTTP/2 frames both ways; the same question as GET "
                + GrpcComparison.restPath(QuotesService.CACHED) + " with a JSON answer over HTTP/1.1 takes " + c.restCall()
                + ". The Quote itself is " + c.protoResponse() + " bytes as protobuf and " + c.jsonResponse()
                + " as JSON. Size is rarely the deciding point: streaming, generated clients and deadlines favour gRPC "
                + "between services; browsers, caches and curl favour REST at the edge.";
    }

    List<String> versusReferences() {
        return List.of(SPEC, ENCODING, "RFC 9110 §15.3.1");
    }

    String versusTableTitle() {
        return "gRPC vs REST, the unary call measured";
    }

    List<String> versusColumns() {
        return List.of("", "gRPC", "REST, JSON");
    }

    List<Table.Row> versusRows(GrpcComparison c) {
        return List.of(
                new Table.Row(List.of("Request", c.protoRequest() + " bytes (GetQuote)",
                        "none: GET " + GrpcComparison.restPath(QuotesService.CACHED)), false),
                new Table.Row(List.of("Response", c.protoResponse() + " bytes of protobuf", c.jsonResponse() + " bytes of JSON"),
                        true),
                new Table.Row(List.of("On the wire", c.grpcCall() + " bytes, HTTP/2", c.restCall() + " bytes, HTTP/1.1"), true),
                Table.Row.of("Streaming", "4 patterns, 1 connection", "SSE or WebSocket"),
                Table.Row.of("Browsers", "gRPC-Web via a proxy", "fetch() anywhere"),
                Table.Row.of("Tooling", ".proto, generated code", "curl, a browser"),
                Table.Row.of("Deadlines", "grpc-timeout travels", "each client's own"));
    }

    String framesTitle() {
        return "HTTP/2 frames in this segment";
    }

    List<String> frameColumns() {
        return List.of("Frame", "Stream", "Flags", "Length", "Carries");
    }

    /**
     * A frame's rows: a HEADERS frame a row per field, any other frame one row. Highlighted: what gRPC adds to a
     * request (:path, te, content-type, grpc-timeout), the trailers' grpc-* fields, a DATA frame with the
     * message it carries, a reset. A response's content-type only echoes the request's, so it is not the subject.
     *
     * @param explain the message a DATA frame's bytes are, if the run sent one like it (its type and JSON)
     */
    List<Table.Row> frameRows(Frame f, FrameEvent e, boolean request,
                              Function<byte[], Optional<GrpcSimulator.Sent>> explain) {
        String type = f.frameType() == null ? "type " + f.type() : f.frameType().name();
        List<String> head = List.of(type, Integer.toString(f.stream()), flags(f), Integer.toString(f.length()));
        List<Table.Row> rows = new ArrayList<>();
        if (f.is(FrameType.HEADERS) && !e.headers().isEmpty()) {
            for (HeaderField h : e.headers()) {
                List<String> cells = new ArrayList<>(rows.isEmpty() ? head : List.of("", "", "", ""));
                cells.add(h.name() + ": " + h.value());
                rows.add(new Table.Row(cells, GRPC_FIELDS.contains(h.name()) && (request || h.name().startsWith("grpc-"))));
            }
            return rows;
        }
        List<String> cells = new ArrayList<>(head);
        cells.add(carries(f, explain));
        rows.add(new Table.Row(cells, f.is(FrameType.DATA) || f.is(FrameType.RST_STREAM)));
        return rows;
    }

    String messageTitle() {
        return "The Quote, byte by byte";
    }

    /** Every byte: which field, wire type and value. */
    List<String> messageColumns() {
        return List.of("Bytes", "Part", "Field", "Wire type", "Value");
    }

    List<Table.Row> messageRows(byte[] m, GrpcSimulator.Sent explained) {
        byte[] prefix = java.util.Arrays.copyOf(GrpcFraming.frame(m), GrpcFraming.PREFIX);
        List<Table.Row> rows = new ArrayList<>();
        rows.add(Table.Row.of(HEX.formatHex(prefix, 0, 1), "Compressed-Flag", "", "", "0: not compressed"));
        rows.add(Table.Row.of(HEX.formatHex(prefix, 1, 5), "Message-Length", "", "", m.length + " bytes follow"));
        // the first field is the step's worked example (the narration reads it out); the rest follow its pattern
        List<ProtoSpan> first = firstField(explained);
        for (ProtoSpan s : explained == null ? List.<ProtoSpan>of() : explained.proto().spans()) {
            String wire = s.wireType().code() + " " + s.wireType().name();
            rows.add(new Table.Row(List.of(HEX.formatHex(m, s.offset(), s.offset() + s.length()),
                    s.part().name().toLowerCase(java.util.Locale.ROOT), s.path() + " = " + s.field(), wire, partValue(s)),
                    first.contains(s)));
        }
        return rows;
    }

    private static String partValue(ProtoSpan s) {
        return switch (s.part()) {
            case TAG -> s.field() + " << 3 | " + s.wireType().code() + " = " + s.value();
            case LENGTH -> s.value() + " bytes";
            case VALUE -> s.encoded().isEmpty() ? s.value() : s.value() + " (ZigZag " + s.encoded() + ")";
        };
    }

    /** The spans of a message's first field: its tag and what follows up to the next tag. */
    private static List<ProtoSpan> firstField(GrpcSimulator.Sent explained) {
        List<ProtoSpan> spans = explained == null ? List.of() : explained.proto().spans();
        int end = 1;
        while (end < spans.size() && spans.get(end).part() != ProtoSpan.Part.TAG) {
            end++;
        }
        return spans.subList(0, Math.min(end, spans.size()));
    }

    String callsTitle() {
        return "Calls on this connection";
    }

    List<String> callColumns() {
        return List.of("Stream", "Pattern", "Method", "Sent", "Received", "Status");
    }

    List<Table.Row> callRows(Collection<GrpcSteps.CallRow> calls) {
        return calls.stream().map(c -> Table.Row.of(Integer.toString(c.stream), pattern(c.pattern), c.pattern.path(),
                Integer.toString(c.up), Integer.toString(c.down), c.status)).toList();
    }

    private static String pattern(GrpcPattern p) {
        return switch (p) {
            case UNARY -> "unary";
            case SERVER_STREAMING -> "server streaming";
            case CLIENT_STREAMING -> "client streaming";
            case BIDIRECTIONAL -> "bidirectional";
            case DEADLINE -> "unary, deadline";
        };
    }

    private static String requestData(GrpcSteps.Seen s, int bytes) {
        return s.messages().isEmpty() ? "" : " The GetQuote follows in DATA: " + bytes + " bytes with its prefix.";
    }

    private static String headerList(GrpcSteps.Seen s) {
        return Integer.toString(block(s).map(b -> b.http1Octets()).orElse(0));
    }

    private static String headerBlock(GrpcSteps.Seen s) {
        return block(s).map(b -> b.length() + " bytes").orElse("a header block");
    }

    private static Optional<org.wirewise.model.http.hpack.HeaderBlock> block(GrpcSteps.Seen s) {
        return s.events().stream().flatMap(e -> e.encoded().stream()).findFirst();
    }

    private static Optional<String> timeout(GrpcSteps.Seen s) {
        return s.events().stream().flatMap(e -> GrpcHeaders.value(e.headers(), "grpc-timeout").stream()).findFirst();
    }

    private static String flags(Frame f) {
        List<String> out = new ArrayList<>();
        boolean ackable = f.is(FrameType.SETTINGS) || f.is(FrameType.PING);
        if (f.has(Frame.END_STREAM)) {
            out.add(ackable ? "ACK" : "END_STREAM");
        }
        if (f.has(Frame.END_HEADERS) && (f.is(FrameType.HEADERS) || f.is(FrameType.CONTINUATION))) {
            out.add("END_HEADERS");
        }
        return String.join(", ", out);
    }

    private static String carries(Frame f, Function<byte[], Optional<GrpcSimulator.Sent>> explain) {
        if (f.is(FrameType.DATA)) {
            List<byte[]> messages = new GrpcFraming.Reader().add(f.payload());
            return messages.isEmpty() ? "part of a message" : messages.stream()
                    .map(m -> explain.apply(m).map(x -> x.type() + ", ").orElse("gRPC message, ") + "5 + " + m.length
                            + " bytes" + explain.apply(m).map(x -> ", as JSON " + x.json()).orElse(""))
                    .collect(java.util.stream.Collectors.joining("; "));
        }
        if (f.is(FrameType.RST_STREAM)) {
            return errorCode(f);
        }
        if (f.is(FrameType.WINDOW_UPDATE)) {
            return "+" + (f.u32(0) & 0x7fffffffL) + " bytes of window";
        }
        if (f.is(FrameType.GOAWAY)) {
            long code = f.u32(4);
            return "last stream " + (f.u32(0) & 0x7fffffffL) + ", "
                    + (code < ErrorCode.values().length ? ErrorCode.values()[(int) code].name() : "code " + code);
        }
        if (f.is(FrameType.SETTINGS)) {
            return f.has(Frame.ACK) ? "the peer's settings acknowledged" : f.length() / 6 + " settings";
        }
        return "";
    }

    private static String errorCode(Frame f) {
        long code = f.length() >= 4 ? f.u32(0) : -1;
        return code >= 0 && code < ErrorCode.values().length ? ErrorCode.values()[(int) code].name() + " (" + code + ")"
                : "code " + code;
    }
}
