package org.wirewise.model.http.grpc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
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
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Table;

/**
 * Every sentence of the gRPC lesson in one language ({@code grpc.properties} and its translations); sizes, headers
 * and codes come from the frames read off the wire. Packet labels are wire notation and stay English.
 */
final class GrpcNarration {

    private static final String SPEC = "gRPC PROTOCOL-HTTP2.md";
    private static final String ENCODING = "Protocol Buffers: Encoding";
    /** The header fields a step about a call points at. */
    private static final Set<String> GRPC_FIELDS = Set.of(":path", "te", "content-type", "grpc-timeout", "grpc-status",
            "grpc-message");
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");
    private final Texts texts;

    GrpcNarration(Locale language) {
        this.texts = Texts.of("org.wirewise.model.http.grpc.grpc", language);
    }

    String clientLane() {
        return texts.get("lane.client");
    }

    String serverLane() {
        return texts.get("lane.server");
    }

    String introTitle() {
        return texts.get("intro.title");
    }

    String intro() {
        return texts.get("intro", Integer.toString(GrpcSimulator.PORT), "GetQuote {symbol}",
                "Quote {symbol, price_cents, time, moves}");
    }

    List<String> introReferences() {
        return List.of(SPEC, "RFC 9113 §3.3", "RFC 9113 §8.1");
    }

    /** The packet's label: wire notation, the same in every language. */
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
                what += " " + errorCode(f, "code " + (f.length() >= 4 ? f.u32(0) : -1));
            }
            parts.add(what);
        }
        return String.join(", ", parts);
    }

    String synTitle() {
        return texts.get("syn.title");
    }

    String syn() {
        return texts.get("syn", Integer.toString(GrpcSimulator.PORT));
    }

    List<String> synReferences() {
        return List.of("RFC 9293 §3.5", SPEC);
    }

    String prefaceTitle() {
        return texts.get("preface.title");
    }

    String preface() {
        return texts.get("preface");
    }

    List<String> prefaceReferences() {
        return List.of("RFC 9113 §3.3", "RFC 9113 §3.4", SPEC);
    }

    String title(GrpcSteps.Seen s) {
        String k = Integer.toString(s.messagesBefore() + s.messages().size());
        String status = s.status().map(x -> "grpc-status " + x.code() + " " + x.name()).orElse("");
        return switch (s.pattern()) {
            case UNARY -> s.opens() ? texts.get("unary.open.title", s.pattern().path())
                    : s.toServer() ? texts.get("unary.request.title")
                    : texts.get("unary.answer.title", status);
            case SERVER_STREAMING -> s.toServer() ? texts.get("server.ask.title")
                    : s.status().isPresent() ? texts.get("server.last.title", k, status)
                    : texts.get("server.quote.title", k);
            case CLIENT_STREAMING -> s.toServer() ? texts.get(s.endStream() ? "client.sendEnd.title" : "client.send.title",
                    k, Integer.toString(GrpcSimulator.BASKET.size()))
                    : texts.get("client.answer.title", status);
            case BIDIRECTIONAL -> s.toServer() ? texts.get("bidi.send.title", k)
                    : s.messages().isEmpty() ? texts.get("bidi.done.title", status)
                    : status.isEmpty() ? texts.get("bidi.answer.title", k) : texts.get("bidi.answerStatus.title", k, status);
            case DEADLINE -> s.reset() ? texts.get("deadline.reset.title")
                    : s.toServer() ? texts.get("deadline.ask.title", timeout(s).orElse(""))
                    : texts.get("deadline.answer.title", status);
        };
    }

    String narration(GrpcSteps.Seen s, GrpcScenario sc) {
        String bytes = Integer.toString(s.messages().stream().mapToInt(m -> m.length + GrpcFraming.PREFIX).sum());
        String code = Integer.toString(s.status().map(GrpcStatus::code).orElse(-1));
        return switch (s.pattern()) {
            case UNARY -> s.opens() ? texts.get("unary.open", headerList(s), headerBlock(s), requestData(s, bytes))
                    : s.toServer() ? texts.get("unary.request", bytes)
                    : texts.get("unary.answer", bytes, code);
            case SERVER_STREAMING -> s.toServer() ? texts.get("server.ask")
                    : s.status().isPresent() ? texts.get("server.last", Integer.toString(s.frames().get(0).stream()), bytes,
                            Integer.toString(sc.updates()), code)
                    : texts.get("server.more", Integer.toString(s.frames().get(0).stream()), bytes);
            case CLIENT_STREAMING -> s.toServer() ? texts.get(s.endStream() ? "client.sendEnd" : "client.send", bytes)
                    : texts.get("client.answer", code);
            case BIDIRECTIONAL -> s.toServer() ? texts.get(s.endStream() ? "bidi.sendEnd" : "bidi.send", bytes)
                    : texts.get(s.messages().isEmpty() ? "bidi.done" : "bidi.answer");
            case DEADLINE -> s.reset() ? texts.get("deadline.reset", Integer.toString(sc.deadlineMs()),
                    Integer.toString(sc.serverMs()), Integer.toString(GrpcStatus.DEADLINE_EXCEEDED.code()))
                    : s.toServer() ? texts.get("deadline.ask", timeout(s).orElse(""), Integer.toString(sc.deadlineMs()))
                    : texts.get("deadline.answer", Integer.toString(sc.serverMs()), Integer.toString(sc.deadlineMs()));
        };
    }

    List<String> references(GrpcSteps.Seen s) {
        if (s.reset()) {
            return List.of(SPEC, "RFC 9113 §6.4", "RFC 9113 §8.7");
        }
        return s.status().isPresent() ? List.of(SPEC, "RFC 9113 §8.1") : List.of(SPEC, "RFC 9113 §5.1");
    }

    String resetStatus() {
        return texts.get("reset.status", Integer.toString(GrpcStatus.DEADLINE_EXCEEDED.code()),
                GrpcStatus.DEADLINE_EXCEEDED.name());
    }

    String bytesTitle() {
        return texts.get("bytes.title");
    }

    /** @param explained the Quote as sent, whose first field the narration reads out (null: none known) */
    String bytes(byte[] m, GrpcSimulator.Sent explained) {
        String json = explained == null ? "" : explained.json();
        List<String> first = firstField(explained).stream().map(x -> texts.get("bytes.item",
                HEX.formatHex(m, x.offset(), x.offset() + x.length()), part(x), partValue(x))).toList();
        return texts.get("bytes", first.isEmpty() ? "" : texts.get("bytes.first", String.join("; ", first)),
                Integer.toString(m.length), json, Integer.toString(json.length()));
    }

    List<String> bytesReferences() {
        return List.of(ENCODING, SPEC);
    }

    String goawayTitle() {
        return texts.get("goaway.title");
    }

    String goaway(int calls) {
        return texts.get("goaway", Integer.toString(calls));
    }

    List<String> goawayReferences() {
        return List.of("RFC 9113 §6.8", SPEC);
    }

    String versusTitle() {
        return texts.get("versus.title");
    }

    String versus(GrpcComparison c) {
        return texts.get("versus", Integer.toString(c.grpcCall()), GrpcComparison.restPath(QuotesService.CACHED),
                Integer.toString(c.restCall()), Integer.toString(c.protoResponse()), Integer.toString(c.jsonResponse()));
    }

    List<String> versusReferences() {
        return List.of(SPEC, ENCODING, "RFC 9110 §15.3.1");
    }

    String versusTableTitle() {
        return texts.get("versus.table");
    }

    List<String> versusColumns() {
        return List.of("", "gRPC", texts.get("versus.col.rest"));
    }

    List<Table.Row> versusRows(GrpcComparison c) {
        return List.of(
                new Table.Row(List.of(texts.get("versus.request"),
                        texts.get("versus.request.grpc", Integer.toString(c.protoRequest())),
                        texts.get("versus.request.rest", GrpcComparison.restPath(QuotesService.CACHED))), false),
                new Table.Row(versus("response", c.protoResponse(), c.jsonResponse()), true),
                new Table.Row(versus("wire", c.grpcCall(), c.restCall()), true),
                new Table.Row(versus("streaming"), false), new Table.Row(versus("browsers"), false), new Table.Row(versus("tooling"), false),
                new Table.Row(versus("deadlines"), false));
    }

    /** A row of the comparison: its name and each side, from {@code versus.ROW}, {@code .grpc} and {@code .rest}. */
    private List<String> versus(String row, Object... numbers) {
        String[] args = java.util.Arrays.stream(numbers).map(String::valueOf).toArray(String[]::new);
        return List.of(texts.get("versus." + row), texts.get("versus." + row + ".grpc", args.length > 0 ? args[0] : ""),
                texts.get("versus." + row + ".rest", args.length > 1 ? args[1] : ""));
    }

    String framesTitle() {
        return texts.get("frames.title");
    }

    List<String> frameColumns() {
        return List.of(texts.get("col.frame"), texts.get("col.stream"), texts.get("col.flags"), texts.get("col.length"),
                texts.get("col.carries"));
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
        String type = f.frameType() == null ? texts.get("frame.type", Integer.toString(f.type())) : f.frameType().name();
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
        return texts.get("message.title");
    }

    /** Every byte: which field, wire type and value. */
    List<String> messageColumns() {
        return List.of(texts.get("col.bytes"), texts.get("col.part"), texts.get("col.field"), texts.get("col.wireType"),
                texts.get("col.value"));
    }

    List<Table.Row> messageRows(byte[] m, GrpcSimulator.Sent explained) {
        byte[] prefix = java.util.Arrays.copyOf(GrpcFraming.frame(m), GrpcFraming.PREFIX);
        List<Table.Row> rows = new ArrayList<>();
        rows.add(Table.Row.of(HEX.formatHex(prefix, 0, 1), "Compressed-Flag", "", "", texts.get("message.notCompressed")));
        rows.add(Table.Row.of(HEX.formatHex(prefix, 1, 5), "Message-Length", "", "", texts.get("message.follow",
                Integer.toString(m.length))));
        // the first field is the step's worked example (the narration reads it out); the rest follow its pattern
        List<ProtoSpan> first = firstField(explained);
        for (ProtoSpan s : explained == null ? List.<ProtoSpan>of() : explained.proto().spans()) {
            String wire = s.wireType().code() + " " + s.wireType().name();
            rows.add(new Table.Row(List.of(HEX.formatHex(m, s.offset(), s.offset() + s.length()),
                    part(s), s.path() + " = " + s.field(), wire, partValue(s)),
                    first.contains(s)));
        }
        return rows;
    }

    /** "tag", "length" or "value" in this language. */
    private String part(ProtoSpan s) {
        return texts.get("part." + s.part().name().toLowerCase(Locale.ROOT));
    }

    private String partValue(ProtoSpan s) {
        return switch (s.part()) {
            case TAG -> s.field() + " << 3 | " + s.wireType().code() + " = " + s.value();
            case LENGTH -> texts.get("row.bytes", s.value());
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
        return texts.get("calls.title");
    }

    List<String> callColumns() {
        return List.of(texts.get("col.stream"), texts.get("col.pattern"), texts.get("col.method"), texts.get("col.sent"),
                texts.get("col.received"), texts.get("col.status"));
    }

    List<Table.Row> callRows(Collection<GrpcSteps.CallRow> calls) {
        return calls.stream().map(c -> Table.Row.of(Integer.toString(c.stream), pattern(c.pattern), c.pattern.path(),
                Integer.toString(c.up), Integer.toString(c.down), c.status)).toList();
    }

    private String pattern(GrpcPattern p) {
        return texts.get(switch (p) {
            case UNARY -> "pattern.unary";
            case SERVER_STREAMING -> "pattern.server";
            case CLIENT_STREAMING -> "pattern.client";
            case BIDIRECTIONAL -> "pattern.bidi";
            case DEADLINE -> "pattern.deadline";
        });
    }

    private String requestData(GrpcSteps.Seen s, String bytes) {
        return s.messages().isEmpty() ? "" : texts.get("unary.requestData", bytes);
    }

    private static String headerList(GrpcSteps.Seen s) {
        return Integer.toString(block(s).map(b -> b.http1Octets()).orElse(0));
    }

    private String headerBlock(GrpcSteps.Seen s) {
        return block(s).map(b -> texts.get("unary.block", Integer.toString(b.length()))).orElse(texts.get("unary.blockNone"));
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

    private String carries(Frame f, Function<byte[], Optional<GrpcSimulator.Sent>> explain) {
        if (f.is(FrameType.DATA)) {
            List<byte[]> messages = new GrpcFraming.Reader().add(f.payload());
            return messages.isEmpty() ? texts.get("carries.part") : messages.stream()
                    .map(m -> explain.apply(m).map(x -> texts.get("carries.known", x.type(), Integer.toString(m.length), x.json()))
                            .orElse(texts.get("carries.unknown", Integer.toString(m.length))))
                    .collect(java.util.stream.Collectors.joining("; "));
        }
        if (f.is(FrameType.RST_STREAM)) {
            return errorCode(f, texts.get("carries.code", Long.toString(f.length() >= 4 ? f.u32(0) : -1)));
        }
        if (f.is(FrameType.WINDOW_UPDATE)) {
            return texts.get("carries.window", Long.toString(f.u32(0) & 0x7fffffffL));
        }
        if (f.is(FrameType.GOAWAY)) {
            long code = f.u32(4);
            return texts.get("carries.goaway", Long.toString(f.u32(0) & 0x7fffffffL),
                    code < ErrorCode.values().length ? ErrorCode.values()[(int) code].name()
                            : texts.get("carries.code", Long.toString(code)));
        }
        if (f.is(FrameType.SETTINGS)) {
            return f.has(Frame.ACK) ? texts.get("carries.settingsAck")
                    : texts.get("carries.settings", Integer.toString(f.length() / 6));
        }
        return "";
    }

    /** A reset's error code by name, or {@code unknown} when it has none. */
    private static String errorCode(Frame f, String unknown) {
        long code = f.length() >= 4 ? f.u32(0) : -1;
        return code >= 0 && code < ErrorCode.values().length ? ErrorCode.values()[(int) code].name() + " (" + code + ")"
                : unknown;
    }
}
