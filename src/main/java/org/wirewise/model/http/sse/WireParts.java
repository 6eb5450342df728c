package org.wirewise.model.http.sse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Table;

/**
 * A packet's application bytes cut into the parts a reader can count: the HTTP head line by line, chunk-size
 * lines, SSE field names, a WebSocket frame header, and the events' JSON, each marked as event or overhead.
 */
final class WireParts {

    private static final Pattern EVENT = Pattern.compile("\\{\"id\":\\d+,\"price\":\"[0-9.]+\"\\}");

    private WireParts() {
    }

    /**
     * One part: what it is, its bytes, whether it is an event's JSON, whether it is HTTP/1.1's chunked coding
     * (a chunk's size line and end) rather than the event stream it carries.
     */
    record Part(String text, int bytes, boolean event, boolean chunking) {
        Part(String text, int bytes, boolean event) {
            this(text, bytes, event, false);
        }
    }

    /** @param framing whether the step is about how an event is framed: its parts, not its journey, are the subject */
    static Table table(SseAndPollingNarration n, String payload, boolean toServer, Technique t, boolean framing) {
        return n.wireTable(parts(payload, toServer, t, n.texts()), framing);
    }

    /**
     * The parts of one packet, described in {@code words}' language; the lines and JSON as sent are wire text,
     * set off as a literal where the language quotes foreign text ({@code part.literal}).
     */
    static List<Part> parts(String payload, boolean toServer, Technique t, Texts words) {
        List<Part> parts = new ArrayList<>();
        if (payload.isEmpty()) {
            return parts;
        }
        String body = payload;
        if (payload.startsWith("GET ") || payload.startsWith("HTTP/1.1 ")) {
            int end = payload.indexOf("\r\n\r\n");
            String head = end < 0 ? payload : payload.substring(0, end + 4);
            for (String line : head.split("(?<=\r\n)")) {
                parts.add(new Part(line.strip().isEmpty() ? words.get("part.blankHead") : words.get("part.literal", line.strip()),
                        line.length(), false));
            }
            body = end < 0 ? "" : payload.substring(end + 4);
        } else if (t == Technique.WEBSOCKET && !toServer) {
            webSocket(payload, parts, words);
            return parts;
        }
        if (t == Technique.SSE || t == Technique.SSE_WITHOUT_ID) {
            chunks(body, parts, words);
        } else {
            json(body, parts, words);
        }
        return parts;
    }

    /** A JSON body: each event, and the brackets and commas around them. */
    private static void json(String body, List<Part> parts, Texts words) {
        Matcher m = EVENT.matcher(body);
        int punctuation = body.length();
        while (m.find()) {
            parts.add(new Part(words.get("part.literal", m.group()), m.group().length(), true));
            punctuation -= m.group().length();
        }
        if (punctuation > 0) {
            parts.add(new Part(words.get(body.equals("[]") ? "part.nothingNew" : "part.brackets"), punctuation, false));
        }
    }

    /** Chunks whose content is the event stream: size line, field lines, blank line, CRLF. */
    private static void chunks(String body, List<Part> parts, Texts words) {
        int at = 0;
        while (at < body.length()) {
            int eol = body.indexOf("\r\n", at);
            if (eol < 0) {
                parts.add(new Part(words.get("part.restOfChunk"), body.length() - at, false));
                return;
            }
            String size = body.substring(at, eol);
            int length;
            try {
                length = Integer.parseInt(size, 16);
            } catch (NumberFormatException e) {
                parts.add(new Part(words.get("part.notAChunk"), body.length() - at, false));
                return;
            }
            if (length == 0) {
                parts.add(new Part(words.get("part.lastChunk"), body.length() - at, false, true));
                return;
            }
            parts.add(new Part(words.get("part.chunkSize", size), eol + 2 - at, false, true));
            int dataEnd = Math.min(body.length(), eol + 2 + length);
            for (String line : body.substring(eol + 2, dataEnd).split("(?<=\n)")) {
                if (line.startsWith("data: ")) {
                    String json = line.substring(6).strip();
                    parts.add(new Part(words.get("part.literal", "data: … LF"), line.length() - json.length(), false));
                    parts.add(new Part(words.get("part.literal", json), json.length(), true));
                } else {
                    parts.add(new Part(line.equals("\n") ? words.get("part.blankDispatch")
                            : words.get("part.literal", line.strip() + " LF"), line.length(), false));
                }
            }
            parts.add(new Part(words.get("part.chunkEnd"), Math.min(2, body.length() - dataEnd), false, true));
            at = dataEnd + 2;
        }
    }

    /** Server frames: unmasked, a 2-byte header while the payload is under 126 bytes (RFC 6455 §5.2). */
    private static void webSocket(String payload, List<Part> parts, Texts words) {
        byte[] b = payload.getBytes(StandardCharsets.ISO_8859_1);
        int at = 0;
        while (at + 2 <= b.length) {
            int length = b[at + 1] & 0x7F;
            int header = length == 126 ? 4 : length == 127 ? 10 : 2;
            if (header != 2 || at + header + length > b.length) {
                parts.add(new Part(words.get("part.frame"), b.length - at, false));
                return;
            }
            int opcode = b[at] & 0x0F;
            parts.add(new Part(opcode == 1 ? words.get("part.frameHeaderText", Integer.toString(length))
                    : words.get("part.frameHeaderOpcode", Integer.toString(opcode), Integer.toString(length)), header, false));
            String content = new String(b, at + header, length, StandardCharsets.ISO_8859_1);
            parts.add(new Part(content.isEmpty() ? words.get("part.empty") : words.get("part.literal", content), length,
                    EVENT.matcher(content).matches()));
            at += header + length;
        }
    }
}
