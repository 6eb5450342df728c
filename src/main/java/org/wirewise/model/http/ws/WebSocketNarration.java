package org.wirewise.model.http.ws;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.trace.Table;

/** Every sentence of the WebSocket lesson; keys, lengths, opcodes and codes come from the frames read off the wire. */
final class WebSocketNarration {

    static final String HOST = "prices.example";
    static final String PATH = "/feed";
    static final String SUBSCRIBE = "{\"subscribe\":\"BTC-USD\"}";
    static final List<String> PRICES = List.of("{\"BTC-USD\":64210.50}", "{\"BTC-USD\":64198.25}");
    static final String NEWS = "{\"news\":\"Exchange opens a new market for BTC-EUR; trading starts at 09:00 UTC\"}";
    static final byte[] PING_DATA = "hb-1".getBytes(StandardCharsets.US_ASCII);
    static final String BYE = "bye";
    private static final int UPLOAD_BYTES = 300;

    String clientLane() {
        return "Browser";
    }

    String serverLane() {
        return "Price feed";
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
        return "One TCP connection, messages both ways";
    }

    String intro(String clientIp, String serverIp, int port) {
        return "A browser (" + clientIp + ") wants live prices from " + HOST + " (" + serverIp + ", port " + port + "). "
                + "HTTP lets a client ask and a server answer; it gives the server no way to speak first. WebSocket "
                + "starts as an ordinary HTTP/1.1 request that asks to switch protocols, and from then on the same TCP "
                + "connection carries frames in both directions, whenever either side has something to say.";
    }

    List<String> introReferences() {
        return List.of("RFC 6455 §1.2", "RFC 6455 §1.5");
    }

    String label(TcpSegment seg, WsWireReader.Seen seen) {
        if (seen.handshake().isPresent()) {
            String first = seen.handshake().get().lines().findFirst().orElse("");
            return first.startsWith("GET") ? "GET " + PATH + " (Upgrade: websocket)" : first.substring(first.indexOf(' ') + 1);
        }
        if (seen.frames().isEmpty()) {
            return TcpFlags.names(seg.flags());
        }
        return seen.frames().stream().map(WebSocketNarration::frameLabel).collect(Collectors.joining(" + "));
    }

    private static String frameLabel(WsFrame f) {
        String what = f.opcode() == WsOpcode.CLOSE ? "Close " + f.closeCode().code() : capital(f.opcode().label());
        return what + (f.fin() ? "" : " (FIN=0)") + (f.masked() ? ", masked" : "");
    }

    String tcpTitle(boolean syn) {
        return syn ? "SYN: first an ordinary TCP connection" : "FIN: the server closes TCP first";
    }

    String tcpNarration(boolean syn, boolean toServer) {
        if (syn) {
            return "WebSocket runs over TCP. The browser opens a connection to port " + WebSocketSimulator.PORT
                    + " as it would for any HTTP request; nothing in these segments says WebSocket yet.";
        }
        return (toServer ? "The browser" : "The server") + " sends FIN once it has received the other side's close and "
                + "sent its own. RFC 6455 "
                + "asks the server to close the TCP connection first, so the TIME-WAIT state lands on the server, "
                + "not on the client that may want to reconnect from the same port.";
    }

    List<String> tcpReferences(boolean syn) {
        return syn ? List.of("RFC 6455 §4.1", "RFC 9293 §3.5") : List.of("RFC 6455 §7.1.1", "RFC 9293 §3.6");
    }

    String title(boolean toServer, WsWireReader.Seen seen) {
        if (seen.handshake().isPresent()) {
            return toServer ? "The upgrade request: GET with Upgrade: websocket" : "101 Switching Protocols: the key, proven";
        }
        WsFrame f = seen.frames().get(0);
        return switch (f.opcode()) {
            case TEXT -> !f.fin() ? "A message in " + "fragments: the first frame has FIN=0"
                    : toServer ? "The client's text frame, masked" : "The server pushes without being asked";
            case CONTINUATION -> "Continuation frame" + (f.fin() ? ": FIN=1 ends the message" : "");
            case BINARY -> "A binary frame with a 16-bit length";
            case PING -> "Ping: is the other side still there?";
            case PONG -> "Pong: the same data back";
            case CLOSE -> toServer ? "Close 1000: the client says goodbye" : "The server echoes the close";
        };
    }

    String narration(boolean toServer, WsWireReader.Seen seen, int fragments) {
        if (seen.handshake().isPresent()) {
            String key = field(seen.handshake().get(), "Sec-WebSocket-Key");
            String accept = field(seen.handshake().get(), "Sec-WebSocket-Accept");
            return toServer
                    ? "An HTTP/1.1 GET with Upgrade: websocket and Connection: Upgrade, Sec-WebSocket-Version: 13, and "
                            + "Sec-WebSocket-Key: " + key + ", 16 random bytes in base64, fresh for this connection. "
                            + "A server that does not speak WebSocket answers it like any GET."
                    : "The server appends the fixed GUID " + WsHandshake.GUID + " to the client's key, hashes it with "
                            + "SHA-1 and sends the base64 of the hash: Sec-WebSocket-Accept: " + accept + ". The client "
                            + "computes the same value; a match proves the server read this request and understood "
                            + "WebSocket, not that it is trustworthy. After the blank line the connection carries frames.";
        }
        List<String> parts = new ArrayList<>();
        for (WsFrame f : seen.frames()) {
            parts.add(sentence(toServer, f, fragments));
        }
        return String.join(" ", parts);
    }

    private String sentence(boolean toServer, WsFrame f, int fragments) {
        String header = f.headerLength() + "-byte header";
        String mask = f.masked() ? " The client masks it with the key 0x" + hex(f.maskKey())
                + ", XORing each payload byte with a key byte, so a proxy that misreads the stream cannot be fed "
                + "bytes an attacker chose." : " Server frames are never masked.";
        return switch (f.opcode()) {
            case TEXT, CONTINUATION -> {
                if (!f.fin() || f.opcode() == WsOpcode.CONTINUATION) {
                    yield capital(f.opcode().label()) + " frame, FIN=" + (f.fin() ? 1 : 0) + ", " + f.payloadLength()
                            + " bytes of a message sent in " + fragments + " frames: the receiver joins them and hands "
                            + "the application one message when FIN=1 arrives. Control frames may come between fragments.";
                }
                yield "A text frame: FIN=1, opcode 1, a " + header + " and " + f.payloadLength() + " bytes of UTF-8: "
                        + f.text() + "." + (toServer ? mask : " Nobody asked for it: the server writes whenever it has "
                        + "news, on the connection the client opened." + mask);
            }
            case BINARY -> "A binary frame (opcode 2) of " + f.payloadLength() + " bytes: more than 125, so the 7-bit "
                    + "length says 126 and the next 2 bytes hold the real length; the header is " + f.headerLength()
                    + " bytes." + mask;
            case PING -> "A ping (opcode 9) with " + f.payloadLength() + " bytes of data. The receiver must answer with a "
                    + "pong carrying the same data; a side that hears nothing knows the connection is dead, and the "
                    + "traffic keeps NAT and proxy idle timers from expiring." + (toServer ? mask : "");
            case PONG -> "The pong (opcode 10) carries the ping's " + f.payloadLength() + " bytes back." + mask;
            case CLOSE -> "A close frame (opcode 8) with status " + f.closeCode() + " and reason \"" + f.closeReason()
                    + "\". " + (toServer ? "The other side answers with a close of its own; then no more data frames "
                    + "may be sent." + mask : "The server answers the client's close with the same code; the closing "
                    + "handshake is complete and TCP can close.");
        };
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
        return "This packet, field by field";
    }

    List<String> frameColumns() {
        return List.of("field", "value");
    }

    List<Table.Row> frameRows(WsWireReader.Seen seen) {
        List<Table.Row> rows = new ArrayList<>();
        seen.handshake().ifPresent(h -> {
            String key = field(h, "Sec-WebSocket-Key");
            if (!key.isEmpty()) {
                rows.add(Table.Row.of("Sec-WebSocket-Key", key));
                rows.add(Table.Row.of("key + GUID", key + WsHandshake.GUID));
                rows.add(Table.Row.of("SHA-1", HexFormat.of().formatHex(WsHandshake.sha1(key + WsHandshake.GUID))));
                rows.add(new Table.Row(List.of("base64 = Accept", WsHandshake.accept(key)), true));
            } else {
                rows.add(new Table.Row(List.of("Sec-WebSocket-Accept", field(h, "Sec-WebSocket-Accept")), true));
            }
        });
        for (WsFrame f : seen.frames()) {
            rows.add(new Table.Row(List.of("FIN, opcode", (f.fin() ? 1 : 0) + ", " + f.opcode().code() + " (" + f.opcode().label() + ")"), true));
            rows.add(Table.Row.of("MASK, length", (f.masked() ? 1 : 0) + ", " + f.payloadLength() + " bytes"
                    + (f.payloadLength() > 125 ? " (16-bit length)" : "")));
            if (f.masked()) {
                rows.add(Table.Row.of("masking key", "0x" + hex(f.maskKey())));
            }
            rows.add(Table.Row.of("payload", payloadText(f)));
        }
        return rows;
    }

    /** The frames table's heading; before the first frame it says so rather than head an empty table. */
    String messagesTitle(boolean none) {
        return none ? "Frames so far: none yet (frames follow the 101 upgrade)" : "Frames so far";
    }

    List<String> messageColumns() {
        return List.of("direction", "frame", "payload");
    }

    List<Table.Row> messageRows(boolean toServer, WsWireReader.Seen seen) {
        return seen.frames().stream().map(f -> Table.Row.of(toServer ? "browser → feed" : "feed → browser",
                frameLabel(f), payloadText(f))).toList();
    }

    String summaryTitle() {
        return "What the connection cost";
    }

    String summary(int packets, int frames, int headerBytes, int payloadBytes, int handshakeBytes) {
        return "One TCP connection carried " + packets + " packets. The upgrade cost " + handshakeBytes + " bytes of HTTP "
                + "once; after it, " + frames + " frames carried " + payloadBytes + " bytes of payload behind only "
                + headerBytes + " bytes of frame headers. Polling would have sent a full HTTP "
                + "request and response for every update, and learned of each one only at its next request.";
    }

    List<String> summaryReferences() {
        return List.of("RFC 6455 §1.5", "RFC 6455 §5.2");
    }

    private static String payloadText(WsFrame f) {
        return switch (f.opcode()) {
            case TEXT, CONTINUATION -> f.text();
            case CLOSE -> f.closeCode() + ", \"" + f.closeReason() + "\"";
            case PING, PONG -> "\"" + new String(f.payload(), StandardCharsets.UTF_8) + "\"";
            case BINARY -> f.payloadLength() + " bytes";
        };
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
