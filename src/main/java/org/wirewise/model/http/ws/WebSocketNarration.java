package org.wirewise.model.http.ws;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Table;

/**
 * Every sentence of the WebSocket lesson in one language ({@code websocket.properties} and its
 * translations); keys, lengths, opcodes and codes come from the frames read off the wire. Packet
 * labels are wire notation and stay English.
 */
final class WebSocketNarration {

    static final String TEXTS = "org.wirewise.model.http.ws.websocket";
    static final String HOST = "prices.example";
    static final String PATH = "/feed";
    static final String SUBSCRIBE = "{\"subscribe\":\"BTC-USD\"}";
    static final List<String> PRICES = List.of("{\"BTC-USD\":64210.50}", "{\"BTC-USD\":64198.25}");
    static final String NEWS = "{\"news\":\"Exchange opens a new market for BTC-EUR; trading starts at 09:00 UTC\"}";
    static final byte[] PING_DATA = "hb-1".getBytes(StandardCharsets.US_ASCII);
    static final String BYE = "bye";
    private static final int UPLOAD_BYTES = 300;

    private final Texts texts;

    WebSocketNarration(Locale language) {
        this.texts = Texts.of(TEXTS, language);
    }

    String clientLane() {
        return texts.get("lane.client");
    }

    String serverLane() {
        return texts.get("lane.server");
    }

    /** The client's binary upload: a small file's bytes, long enough to need the 16-bit length form. */
    byte[] upload() {
        byte[] b = new byte[UPLOAD_BYTES];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 7);
        }
        return b;
    }

    String introTitle() {
        return texts.get("intro.title");
    }

    String intro(String clientIp, String serverIp, int port) {
        return texts.get("intro", clientIp, HOST, serverIp, Integer.toString(port));
    }

    List<String> introReferences() {
        return List.of("RFC 6455 §1.2", "RFC 6455 §1.5");
    }

    /** The packet's label: wire notation, the same in every language. */
    String label(TcpSegment seg, WsWireReader.Seen seen) {
        if (seen.handshake().isPresent()) {
            String first = seen.handshake().get().lines().findFirst().orElse("");
            return first.startsWith("GET") ? "GET " + PATH + " (Upgrade: websocket)" : first.substring(first.indexOf(' ') + 1);
        }
        if (seen.frames().isEmpty()) {
            return TcpFlags.names(seg.flags());
        }
        return seen.frames().stream().map(WebSocketNarration::wireLabel).collect(Collectors.joining(" + "));
    }

    private static String wireLabel(WsFrame f) {
        String what = f.opcode() == WsOpcode.CLOSE ? "Close " + f.closeCode().code() : capital(f.opcode().label());
        return what + (f.fin() ? "" : " (FIN=0)") + (f.masked() ? ", masked" : "");
    }

    /** A frame as the frames table names it, in this language. */
    private String frameLabel(WsFrame f) {
        String what = f.opcode() == WsOpcode.CLOSE ? texts.get("kind.close", Integer.toString(f.closeCode().code()))
                : texts.get("kind." + key(f.opcode()));
        return what + (f.fin() ? "" : texts.get("kind.fin0")) + (f.masked() ? texts.get("kind.masked") : "");
    }

    String tcpTitle(boolean syn) {
        return texts.get(syn ? "tcp.syn.title" : "tcp.fin.title");
    }

    String tcpNarration(boolean syn, boolean toServer) {
        if (syn) {
            return texts.get("tcp.syn", Integer.toString(WebSocketSimulator.PORT));
        }
        return texts.get("tcp.fin", texts.get(toServer ? "who.browser" : "who.server"));
    }

    List<String> tcpReferences(boolean syn) {
        return syn ? List.of("RFC 6455 §4.1", "RFC 9293 §3.5") : List.of("RFC 6455 §7.1.1", "RFC 9293 §3.6");
    }

    String title(boolean toServer, WsWireReader.Seen seen) {
        if (seen.handshake().isPresent()) {
            return texts.get(toServer ? "title.request" : "title.accept");
        }
        WsFrame f = seen.frames().get(0);
        return texts.get(switch (f.opcode()) {
            case TEXT -> !f.fin() ? "title.fragmented" : toServer ? "title.clientText" : "title.push";
            case CONTINUATION -> f.fin() ? "title.continuationLast" : "title.continuation";
            case BINARY -> "title.binary";
            case PING -> "title.ping";
            case PONG -> "title.pong";
            case CLOSE -> toServer ? "title.clientClose" : "title.serverClose";
        });
    }

    String narration(boolean toServer, WsWireReader.Seen seen, int fragments) {
        if (seen.handshake().isPresent()) {
            String key = field(seen.handshake().get(), "Sec-WebSocket-Key");
            String accept = field(seen.handshake().get(), "Sec-WebSocket-Accept");
            return toServer ? texts.get("request", key) : texts.get("accept", WsHandshake.GUID, accept);
        }
        List<String> parts = new ArrayList<>();
        for (WsFrame f : seen.frames()) {
            parts.add(sentence(toServer, f, fragments));
        }
        return String.join(" ", parts);
    }

    private String sentence(boolean toServer, WsFrame f, int fragments) {
        String length = Integer.toString(f.payloadLength());
        String mask = f.masked() ? texts.get("mask", hex(f.maskKey())) : texts.get("mask.server");
        return switch (f.opcode()) {
            case TEXT, CONTINUATION -> {
                if (!f.fin() || f.opcode() == WsOpcode.CONTINUATION) {
                    yield texts.get("fragment." + key(f.opcode()), f.fin() ? "1" : "0", length, Integer.toString(fragments));
                }
                yield texts.get("text", Integer.toString(f.headerLength()), length, f.text())
                        + (toServer ? "" : texts.get("text.push")) + mask;
            }
            case BINARY -> texts.get("binary", length, Integer.toString(f.headerLength())) + mask;
            case PING -> texts.get("ping", length) + (toServer ? mask : "");
            case PONG -> texts.get("pong", length) + mask;
            case CLOSE -> toServer ? texts.get("close.client", code(f.closeCode()), f.closeReason()) + mask
                    : texts.get("close.server", code(f.closeCode()), f.closeReason());
        };
    }

    /** "1000 (normal closure)": the code and its meaning in this language. */
    private String code(WsCloseCode c) {
        String meaning = texts.has("code." + c.code()) ? texts.get("code." + c.code()) : c.meaning();
        return c.code() + texts.get("code", meaning);
    }

    List<String> references(WsWireReader.Seen seen) {
        if (seen.handshake().isPresent()) {
            return List.of("RFC 6455 §4.1", "RFC 6455 §4.2.2", "RFC 6455 §1.3");
        }
        WsFrame f = seen.frames().get(0);
        List<String> refs = new ArrayList<>(List.of("RFC 6455 §5.2"));
        refs.add(switch (f.opcode()) {
            case TEXT, BINARY -> f.fin() ? "RFC 6455 §5.6" : "RFC 6455 §5.4";
            case CONTINUATION -> "RFC 6455 §5.4";
            case PING, PONG -> "RFC 6455 §5.5.2";
            case CLOSE -> "RFC 6455 §7.4.1";
        });
        if (f.masked()) {
            refs.add("RFC 6455 §5.3");
        }
        return refs;
    }

    String frameTitle() {
        return texts.get("table.frame");
    }

    List<String> frameColumns() {
        return List.of(texts.get("table.frame.field"), texts.get("table.frame.value"));
    }

    List<Table.Row> frameRows(WsWireReader.Seen seen) {
        List<Table.Row> rows = new ArrayList<>();
        seen.handshake().ifPresent(h -> {
            String key = field(h, "Sec-WebSocket-Key");
            if (!key.isEmpty()) {
                rows.add(Table.Row.of(texts.get("row.key"), key));
                rows.add(Table.Row.of(texts.get("row.keyGuid"), key + WsHandshake.GUID));
                rows.add(Table.Row.of("SHA-1", HexFormat.of().formatHex(WsHandshake.sha1(key + WsHandshake.GUID))));
                rows.add(new Table.Row(List.of(texts.get("row.accept"), WsHandshake.accept(key)), true));
            } else {
                rows.add(new Table.Row(List.of(texts.get("row.acceptHeader"), field(h, "Sec-WebSocket-Accept")), true));
            }
        });
        for (WsFrame f : seen.frames()) {
            rows.add(new Table.Row(List.of(texts.get("row.finOpcode"), (f.fin() ? 1 : 0) + ", " + f.opcode().code()
                    + " (" + texts.get("opcode." + key(f.opcode())) + ")"), true));
            rows.add(Table.Row.of(texts.get("row.maskLength"), (f.masked() ? 1 : 0) + ", "
                    + texts.get("row.bytes", Integer.toString(f.payloadLength()))
                    + (f.payloadLength() > 125 ? texts.get("row.length16") : "")));
            if (f.masked()) {
                rows.add(Table.Row.of(texts.get("row.maskingKey"), "0x" + hex(f.maskKey())));
            }
            rows.add(Table.Row.of(texts.get("row.payload"), payloadText(f)));
        }
        return rows;
    }

    /** The frames table's heading; before the first frame it says so rather than head an empty table. */
    String messagesTitle(boolean none) {
        return texts.get(none ? "table.messages.none" : "table.messages");
    }

    List<String> messageColumns() {
        return List.of(texts.get("table.messages.direction"), texts.get("table.messages.frame"),
                texts.get("table.messages.payload"));
    }

    List<Table.Row> messageRows(boolean toServer, WsWireReader.Seen seen) {
        return seen.frames().stream().map(f -> Table.Row.of(texts.get(toServer ? "direction.up" : "direction.down"),
                frameLabel(f), payloadText(f))).toList();
    }

    String summaryTitle() {
        return texts.get("summary.title");
    }

    String summary(int packets, int frames, int headerBytes, int payloadBytes, int handshakeBytes) {
        return texts.get("summary", Integer.toString(packets), Integer.toString(handshakeBytes),
                Integer.toString(frames), Integer.toString(payloadBytes), Integer.toString(headerBytes));
    }

    List<String> summaryReferences() {
        return List.of("RFC 6455 §1.5", "RFC 6455 §5.2");
    }

    /** A payload as the tables show it; a text payload is the sender's bytes, quoted as a literal where a language does so. */
    private String payloadText(WsFrame f) {
        return switch (f.opcode()) {
            case TEXT, CONTINUATION -> texts.get("row.text", f.text());
            case CLOSE -> code(f.closeCode()) + ", \"" + f.closeReason() + "\"";
            case PING, PONG -> "\"" + new String(f.payload(), StandardCharsets.UTF_8) + "\"";
            case BINARY -> texts.get("row.bytes", Integer.toString(f.payloadLength()));
        };
    }

    /** The bundle's name for an opcode: "text", "continuation"... */
    private static String key(WsOpcode op) {
        return op.name().toLowerCase(Locale.ROOT);
    }

    private static String field(String head, String name) {
        return head.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
                .map(l -> l.substring(name.length() + 1).trim()).findFirst().orElse("");
    }

    private static String hex(int v) {
        return String.format("%08x", v);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
