package org.wirewise.model.packet;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** HTTP/1.x (RFC 9112): a payload is HTTP when its first line is a request or status line. */
final class HttpDissector {

    private static final Pattern REQUEST_LINE =
            Pattern.compile("(GET|HEAD|POST|PUT|DELETE|CONNECT|OPTIONS|TRACE|PATCH) \\S+ HTTP/\\d\\.\\d");
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/\\d\\.\\d \\d{3}( .*)?");

    private HttpDissector() {
    }

    /** Adds the HTTP layer when the first line is an HTTP/1.x request or status line. */
    static boolean dissect(byte[] b, int off, int end, List<Field> layers) {
        int firstLineEnd = lineEnd(b, off, end);
        String firstLine = ascii(b, off, firstLineEnd);
        boolean request = REQUEST_LINE.matcher(firstLine).matches();
        if (!request && !STATUS_LINE.matcher(firstLine).matches()) {
            return false;
        }
        layers.add(http(b, off, end, firstLine, request));
        return true;
    }

    /** One field per header line (RFC 9112 §2.1: start line, field lines, empty line, body). */
    private static Field http(byte[] b, int off, int end, String firstLine, boolean request) {
        Layer http = new Layer("Hypertext Transfer Protocol", off);
        int next = nextLine(b, lineEnd(b, off, end), end);
        http.add(startLine(firstLine, request, off, next - off));
        int lineStart = next;
        boolean headersEnded = false;
        while (lineStart < end) {
            int lineEnd = lineEnd(b, lineStart, end);
            next = nextLine(b, lineEnd, end);
            String line = ascii(b, lineStart, lineEnd);
            if (line.isEmpty() && lineEnd < end) {
                http.leaf("End of headers", "", lineStart, next - lineStart);
                lineStart = next;
                headersEnded = true;
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                http.leaf(line.substring(0, colon), line.substring(colon + 1).trim(), lineStart, next - lineStart);
            } else {
                http.malformed("header line without a colon: \"" + line + "\"", lineStart, next);
            }
            lineStart = next;
        }
        if (!headersEnded) {
            // Without TCP reassembly the rest of the header block is in a later segment.
            http.leaf("Incomplete", "headers continue beyond this segment", end, 0);
        } else if (lineStart < end) {
            http.leaf("File Data", Names.bytes(end - lineStart), lineStart, end - lineStart);
        }
        return http.build(end);
    }

    private static Field startLine(String line, boolean request, int at, int length) {
        String[] parts = line.split(" ", 3);
        int methodEnd = at + parts[0].length();
        int middleEnd = methodEnd + 1 + parts[1].length();
        List<Field> children;
        if (request) {
            children = List.of(
                    Field.leaf("Request Method", parts[0], at, parts[0].length()),
                    Field.leaf("Request URI", parts[1], methodEnd + 1, parts[1].length()),
                    Field.leaf("Request Version", parts[2], middleEnd + 1, parts[2].length()));
            return new Field("Request Line", line, at, length, children);
        }
        String phrase = parts.length > 2 ? parts[2] : "";
        children = List.of(
                Field.leaf("Response Version", parts[0], at, parts[0].length()),
                Field.leaf("Status Code", parts[1], methodEnd + 1, parts[1].length()),
                Field.leaf("Response Phrase", phrase, Math.min(middleEnd + 1, at + line.length()), phrase.length()));
        return new Field("Status Line", line, at, length, children);
    }

    /** Index of the CR or LF ending the line that starts at {@code from}, or {@code end}. */
    private static int lineEnd(byte[] b, int from, int end) {
        for (int i = from; i < end; i++) {
            if (b[i] == '\r' || b[i] == '\n') {
                return i;
            }
        }
        return end;
    }

    /** Start of the next line: past CRLF, or a bare LF that lenient servers send. */
    private static int nextLine(byte[] b, int lineEnd, int end) {
        if (lineEnd < end && b[lineEnd] == '\r') {
            lineEnd++;
        }
        if (lineEnd < end && b[lineEnd] == '\n') {
            lineEnd++;
        }
        return lineEnd;
    }

    private static String ascii(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
