package org.wirewise.model.http.h2;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.wirewise.model.http.HttpUnits;
import org.wirewise.model.http.hpack.EncodedField;
import org.wirewise.model.http.hpack.HeaderBlock;
import org.wirewise.model.http.hpack.HeaderField;
import org.wirewise.model.http.hpack.Representation;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.text.Texts;
import org.wirewise.model.tls.WireRecords;

/**
 * Every sentence of the http2 lesson in one language ({@code http2.properties} and its translations).
 * Numbers come from the run's frames and the encoder's account; frame, flag, setting and error names
 * are wire notation and stay as sent, and so do packet labels.
 */
final class Http2Narration {

    private final Http2Scenario s;
    private final String scheme;
    private final boolean tls;
    private final Texts texts;
    private final HttpUnits units;

    Http2Narration(Http2Scenario s, String scheme, Locale language) {
        this.s = s;
        this.scheme = scheme;
        this.tls = s.security() == H2Rig.Security.TLS;
        this.texts = Texts.of("org.wirewise.model.http.h2.http2", language);
        this.units = new HttpUnits(texts.language());
    }

    String clientLane() {
        return texts.get("lane.client");
    }

    String serverLane() {
        return texts.get("lane.server");
    }

    String introTitle() {
        return texts.get("step.intro");
    }

    String intro() {
        return texts.get(tls ? "intro.tls" : "intro.clear", scheme, Http2Site.HOST, fmt(s.rttMs()),
                Integer.toString(s.windowKiB()));
    }

    List<String> introReferences() {
        return List.of("RFC 9113 §1", "RFC 9113 §5", "RFC 7541 §1");
    }

    String label(TcpSegment seg, List<Frame> frames, List<WireRecords.Seen> records) {
        if (!frames.isEmpty()) {
            String shown = frames.stream().limit(3).map(Http2Narration::shortName).collect(Collectors.joining(", "));
            return frames.size() > 3 ? shown + " +" + (frames.size() - 3) : shown;
        }
        if (!records.isEmpty()) {
            return records.stream().map(r -> r.messages().isEmpty() ? "TLS " + r.inner().name().toLowerCase(Locale.ROOT)
                    : r.messages().stream().map(Enum::name).collect(Collectors.joining("+"))).distinct()
                    .collect(Collectors.joining(", "));
        }
        return seg.payloadLength() > 0 ? TcpFlags.names(seg.flags()) + " (" + seg.payloadLength() + " bytes of a frame)"
                : TcpFlags.names(seg.flags());
    }

    private static String shortName(Frame f) {
        String name = f.frameType() == null ? "0x" + Integer.toHexString(f.type()) : f.frameType().name();
        return f.stream() == 0 ? name + (f.has(Frame.ACK) && !f.is(FrameType.WINDOW_UPDATE) ? " ACK" : "")
                : name + " " + f.stream();
    }

    String synTitle() {
        return texts.get("step.syn");
    }

    String syn() {
        return texts.get(tls ? "syn.tls" : "syn.clear");
    }

    List<String> synReferences() {
        return tls ? List.of("RFC 9113 §3.2", "RFC 9293 §3.5") : List.of("RFC 9113 §3.3", "RFC 9293 §3.5");
    }

    String tlsTitle(boolean hello) {
        return texts.get(hello ? "step.tls.hello" : "step.tls.chosen");
    }

    String tls(boolean hello) {
        return texts.get(hello ? "tls.hello" : "tls.chosen");
    }

    List<String> tlsReferences() {
        return List.of("RFC 7301 §3.1", "RFC 9113 §3.2", "RFC 8446 §4.3.1");
    }

    String prefaceTitle() {
        return texts.get("step.preface");
    }

    String preface() {
        return texts.get("preface", Integer.toString(Frame.PREFACE.length), "PRI * HTTP/2.0\\r\\n\\r\\nSM\\r\\n\\r\\n");
    }

    List<String> prefaceReferences() {
        return List.of("RFC 9113 §3.4");
    }

    String frameTitle(boolean client, Frame f, FrameEvent e, Http2Steps.StreamRow row, boolean first) {
        String side = client ? "client" : "server";
        String stream = Integer.toString(f.stream());
        return switch (f.frameType()) {
            case SETTINGS -> texts.get((f.has(Frame.ACK) ? "step.settingsAck." : "step.settings.") + side);
            case WINDOW_UPDATE -> f.stream() == 0 ? texts.get("step.windowUpdate.connection", increment(f, 0))
                    : texts.get("step.windowUpdate.stream", stream, increment(f, 0));
            case HEADERS -> client ? texts.get("step.headers.client", stream, value(e.headers(), ":path"))
                    : texts.get("step.headers.server", stream, value(e.headers(), ":status"));
            case DATA -> row != null && row.reset ? texts.get("step.data.dropped", stream)
                    : f.has(Frame.END_STREAM) ? texts.get("step.data.end", stream)
                    : first ? texts.get("step.data.first", stream, row == null ? "" : " (" + row.path + ")")
                    : texts.get("step.data.stalled", stream);
            case RST_STREAM -> texts.get("step.rst", stream, ErrorCode.name(f.u32(0)));
            case GOAWAY -> client ? texts.get("step.goaway.client") : texts.get("step.goaway.server", increment(f, 0));
            case PING -> texts.get(f.has(Frame.ACK) ? "step.ping.ack" : "step.ping");
            default -> texts.get("step.frame", f.frameType().name(), stream);
        };
    }

    /** A 31-bit field of the payload at {@code at} (a window increment, a last stream id), not grouped. */
    private static String increment(Frame f, int at) {
        return Long.toString(f.u32(at) & 0x7fffffffL);
    }

    String frame(boolean client, Frame f, FrameEvent e, Http2Steps.StreamRow row, int windowKiB, boolean first) {
        return switch (f.frameType()) {
            case SETTINGS -> f.has(Frame.ACK) ? texts.get("settingsAck." + (client ? "client" : "server"))
                    : settings(client, f);
            case WINDOW_UPDATE -> f.stream() == 0 ? texts.get("windowUpdate.connection", increment(f, 0))
                    : texts.get("windowUpdate.stream", increment(f, 0), Integer.toString(f.stream()));
            case HEADERS -> headers(client, f, e);
            case DATA -> data(f, e, row, windowKiB, first);
            case RST_STREAM -> texts.get("rst", ErrorCode.name(f.u32(0)));
            case GOAWAY -> client ? texts.get("goaway.client", ErrorCode.name(f.u32(4)), increment(f, 0))
                    : texts.get("goaway.server", ErrorCode.name(f.u32(4)), increment(f, 0));
            default -> texts.get("frame", f.frameType().name(), f.frameType().section());
        };
    }

    private String settings(boolean client, Frame f) {
        byte[] p = f.payload();
        List<String> parts = new ArrayList<>();
        for (int at = 0; at + 6 <= p.length; at += 6) {
            int id = ((p[at] & 0xff) << 8) | (p[at + 1] & 0xff);
            String v = Long.toString(f.u32(at + 2));
            parts.add(switch (id) {
                case Settings.HEADER_TABLE_SIZE -> texts.get("setting.tableSize", v);
                case Settings.ENABLE_PUSH -> texts.get(f.u32(at + 2) == 0 ? "setting.noPush" : "setting.push");
                case Settings.MAX_CONCURRENT_STREAMS -> texts.get("setting.streams", v);
                case Settings.INITIAL_WINDOW_SIZE -> texts.get("setting.window", v);
                case Settings.MAX_FRAME_SIZE -> texts.get("setting.frameSize", v);
                case Settings.MAX_HEADER_LIST_SIZE -> texts.get("setting.headerList", v);
                default -> texts.get("setting.other", Integer.toString(id), v);
            });
        }
        return texts.get(client ? "settings.client" : "settings.server", String.join(", ", parts));
    }

    private String headers(boolean client, Frame f, FrameEvent e) {
        HeaderBlock b = e.encoded().orElseThrow();
        long statics = b.fields().stream().filter(x -> x.reason() == EncodedField.Reason.STATIC_MATCH).count();
        long dynamics = b.fields().stream().filter(x -> x.reason() == EncodedField.Reason.DYNAMIC_MATCH).count();
        long inserted = b.fields().stream().filter(x -> x.representation() == Representation.INCREMENTAL_INDEXING).count();
        long never = b.fields().stream().filter(x -> x.representation() == Representation.NEVER_INDEXED).count();
        long huffman = b.fields().stream().filter(x -> x.value().map(v -> v.huffman()).orElse(false)).count();
        int h1 = Http2Steps.http1Octets(e.headers());
        return texts.get("headers", texts.get(client ? "headers.request" : "headers.response"),
                Integer.toString(b.fields().size()), Integer.toString(b.length()), Integer.toString(h1),
                Long.toString(statics), Long.toString(dynamics), Long.toString(inserted),
                never > 0 ? texts.get("headers.never", Long.toString(never)) : "", Long.toString(huffman),
                texts.get(f.has(Frame.END_STREAM) ? "headers.endStream" : "headers.body"));
    }

    private String data(Frame f, FrameEvent e, Http2Steps.StreamRow row, int windowKiB, boolean first) {
        String path = row == null ? "" : " (" + row.path + ")";
        String stream = Integer.toString(f.stream());
        if (row != null && row.reset) {
            return texts.get("data.dropped", stream, path, Integer.toString(f.length()));
        }
        if (f.has(Frame.END_STREAM)) {
            return row == null ? texts.get("data.end", stream, path)
                    : texts.get("data.endReceived", stream, path, Long.toString(row.received));
        }
        if (e.streamSendWindow() == 0 && !first) {
            return texts.get("data.stalled", Integer.toString(windowKiB), stream, path);
        }
        return texts.get(e.streamSendWindow() == 0 ? "data.firstEmptied" : "data.first", stream, path,
                Integer.toString(f.length()), Integer.toString(windowKiB));
    }

    List<String> frameReferences(Frame f) {
        String own = "RFC 9113 §" + f.frameType().section();
        return switch (f.frameType()) {
            case SETTINGS -> List.of(own, "RFC 9113 §6.5.2");
            case HEADERS -> List.of(own, "RFC 7541 §6", "RFC 9113 §8.3");
            case DATA, WINDOW_UPDATE -> List.of(own, "RFC 9113 §5.2");
            case RST_STREAM -> List.of(own, "RFC 9113 §5.1");
            default -> List.of(own);
        };
    }

    List<String> framesColumns() {
        return List.of(texts.get("table.frames.frame"), texts.get("table.frames.stream"), texts.get("table.frames.length"),
                texts.get("table.frames.flags"));
    }

    String framesTitle(int count) {
        return texts.get("table.frames", Integer.toString(count));
    }

    List<String> frameCells(Frame f) {
        List<String> flags = new ArrayList<>();
        if (f.has(Frame.END_STREAM)) {
            flags.add(f.is(FrameType.SETTINGS) || f.is(FrameType.PING) ? "ACK" : "END_STREAM");
        }
        if (f.has(Frame.END_HEADERS)) {
            flags.add("END_HEADERS");
        }
        return List.of(f.frameType() == null ? "0x" + Integer.toHexString(f.type()) : f.frameType().name(),
                Integer.toString(f.stream()), Integer.toString(f.length()), flags.isEmpty() ? "—" : String.join(" ", flags));
    }

    String blockTitle(boolean client, int stream, HeaderBlock block, int http1) {
        return texts.get(client ? "table.block.request" : "table.block.response", Integer.toString(stream),
                Integer.toString(block.length()), Integer.toString(http1));
    }

    List<String> blockColumns() {
        return List.of(texts.get("table.block.sentAs"), texts.get("table.block.huffman"), texts.get("table.block.octets"),
                texts.get("table.block.field"));
    }

    List<String> blockCells(EncodedField f) {
        String how = switch (f.representation()) {
            case INDEXED -> texts.get(f.staticIndex() ? "block.static" : "block.dynamic", Integer.toString(f.index()));
            case INCREMENTAL_INDEXING -> texts.get("block.added", nameSource(f));
            case WITHOUT_INDEXING -> texts.get("block.notAdded", nameSource(f));
            case NEVER_INDEXED -> texts.get("block.neverIndexed", nameSource(f));
        };
        String huffman = f.value().map(v -> v.huffman() ? v.rawOctets() + "→" + v.huffmanOctets()
                : texts.get("block.noHuffman")).orElse("—");
        return List.of(how, huffman, f.field().http1Octets() + "→" + f.length(), shorten(f.field().toString()));
    }

    private String nameSource(EncodedField f) {
        return f.index() == 0 ? texts.get("block.newName") : texts.get("block.name", Integer.toString(f.index()));
    }

    String hpackTableTitle(boolean client, HeaderBlock block) {
        return texts.get(client ? "table.hpack.client" : "table.hpack.server", Integer.toString(block.table().size()),
                Long.toString(block.tableSize()));
    }

    List<String> hpackTableColumns() {
        return List.of(texts.get("table.hpack.index"), texts.get("table.hpack.size"), texts.get("table.hpack.entry"));
    }

    String streamsTitle() {
        return texts.get("table.streams");
    }

    List<String> streamsColumns() {
        return List.of(texts.get("table.streams.stream"), texts.get("table.streams.path"),
                texts.get("table.streams.window"), texts.get("table.streams.received"), texts.get("table.streams.state"));
    }

    /** A stream's state as RFC 9113 §5.1 names it, in this language; a reset stream says so. */
    String state(Http2Steps.StreamRow row) {
        return texts.get(row.reset ? "state.reset" : switch (row.state) {
            case HALF_CLOSED_LOCAL -> "state.halfClosedLocal";
            case CLOSED -> "state.closed";
            default -> "state.open";
        });
    }

    String shorten(String text) {
        return text.length() <= 44 ? text : text.substring(0, 43) + "…";
    }

    String pushTitle() {
        return texts.get("step.push");
    }

    String push() {
        return texts.get("push", Settings.BROWSER.enablePush() ? "1" : "0");
    }

    List<String> pushReferences() {
        return List.of("RFC 9113 §8.4", "RFC 8297");
    }

    String priorityTitle() {
        return texts.get("step.priority");
    }

    String priority() {
        return texts.get("priority", Http2Site.ASSETS.stream().map(a -> a.path() + " \"" + a.priority() + "\"")
                .collect(Collectors.joining(", ")));
    }

    List<String> priorityReferences() {
        return List.of("RFC 9218 §4", "RFC 9218 §5", "RFC 9113 §5.3.2");
    }

    String savingsTitle() {
        return texts.get("step.savings");
    }

    String savings(List<List<HeaderField>> lists, List<HeaderBlock> blocks, List<H2Client.Completion> done, long assetsAt) {
        if (blocks.size() < 2) {
            return texts.get("savings.none");
        }
        int firstH1 = Http2Steps.http1Octets(lists.get(0));
        int secondH1 = Http2Steps.http1Octets(lists.get(1));
        int totalH1 = lists.stream().mapToInt(Http2Steps::http1Octets).sum();
        int totalHpack = blocks.stream().mapToInt(HeaderBlock::length).sum();
        String times = done.stream().filter(c -> c.sentAt() >= assetsAt).map(c -> c.reset() != null
                ? texts.get("savings.cancelled", Integer.toString(c.stream()))
                : texts.get("savings.completed", Integer.toString(c.stream()),
                        fmt(SimTime.toMillis(c.completedAt() - c.sentAt()))))
                .collect(Collectors.joining(", "));
        return texts.get("savings", percent(1 - (double) blocks.get(0).length() / firstH1),
                percent(1 - (double) blocks.get(1).length() / secondH1), Integer.toString(secondH1),
                Integer.toString(blocks.get(1).length()), Integer.toString(blocks.size()),
                percent(1 - (double) totalHpack / totalH1), times);
    }

    List<String> savingsReferences() {
        return List.of("RFC 7541 §2.3", "RFC 7541 §7.1.3", "RFC 9113 §4.3");
    }

    String savingsTableTitle() {
        return texts.get("table.savings");
    }

    List<String> savingsColumns() {
        return List.of(texts.get("table.savings.request"), texts.get("table.savings.http1"),
                texts.get("table.savings.hpack"), texts.get("table.savings.saved"));
    }

    String requestName(List<HeaderField> fields) {
        return "GET " + value(fields, ":path");
    }

    String percent(double share) {
        return units.units().percent(share, 1);
    }

    private static String value(List<HeaderField> fields, String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().map(HeaderField::value).orElse("");
    }

    private String fmt(double v) {
        return units.wholeOrOneDecimal(v);
    }
}
