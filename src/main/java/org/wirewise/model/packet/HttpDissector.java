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
        boolean chunked = false;
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
                String value = line.substring(colon + 1).trim();
                http.leaf(line.substring(0, colon), value, lineStart, next - lineStart);
                chunked |= line.substring(0, colon).equalsIgnoreCase("Transfer-Encoding")
                        && value.toLowerCase(java.util.Locale.ROOT).endsWith("chunked");
            } else {
                http.malformed("header line without a colon: \"" + line + "\"", lineStart, next);
            }
            lineStart = next;
        }
        if (!headersEnded) {
            // Without TCP reassembly the rest of the header block is in a later segment.
            http.leaf("Incomplete", "headers continue beyond this segment", end, 0);
        } else if (chunked && lineStart < end) {
            int content = chunks(b, lineStart, end, http);
            http.leaf("File Data", Names.bytes(content), lineStart, end - lineStart);
        } else if (lineStart < end) {
            http.leaf("File Data", Names.bytes(end - lineStart), lineStart, end - lineStart);
        }
        return http.build(end);
    }

    /**
     * RFC 9112 §7.1: each chunk is its size in hexadecimal (with optional extensions), CRLF, the
     * data and CRLF; a chunk of size 0 ends the body, then trailer lines and CRLF. Named as
     * Wireshark names them; returns the content's length.
     */
    private static int chunks(byte[] b, int at, int end, Layer http) {
        List<Field> parts = new java.util.ArrayList<>();
        int content = 0;
        while (at < end) {
            int sizeEnd = lineEnd(b, at, end);
            int dataStart = nextLine(b, sizeEnd, end);
            String sizeText = ascii(b, at, sizeEnd);
            int semicolon = sizeText.indexOf(';');
            String hex = (semicolon >= 0 ? sizeText.substring(0, semicolon) : sizeText).trim();
            if (sizeEnd == end || !hex.matches("[0-9A-Fa-f]{1,7}")) {
                parts.add(Field.leaf(sizeEnd == end ? "Incomplete" : Dissector.MALFORMED, sizeEnd == end
                        ? "chunks continue beyond this segment" : "chunk size \"" + sizeText + "\" is not hexadecimal",
                        at, end - at));
                break;
            }
            int size = Integer.parseInt(hex, 16);
            Field sizeField = Field.leaf("Chunk size", size + " octets", at, dataStart - at);
            if (size == 0) {
                parts.add(new Field("End of chunked encoding", "", at, dataStart - at, List.of(sizeField)));
                if (dataStart < end) {
                    parts.add(Field.leaf("Trailer and end of body", "", dataStart, end - dataStart));
                }
                break;
            }
            int dataEnd = Math.min(end, dataStart + size);
            int boundaryEnd = nextLine(b, dataEnd, end);
            List<Field> chunk = new java.util.ArrayList<>(List.of(sizeField,
                    Field.leaf("Chunk data", Names.bytes(dataEnd - dataStart), dataStart, dataEnd - dataStart)));
            if (boundaryEnd > dataEnd) {
                chunk.add(Field.leaf("Chunk boundary", "0d0a", dataEnd, boundaryEnd - dataEnd));
            }
            parts.add(new Field("Data chunk (" + size + " octets)", "", at, boundaryEnd - at, chunk));
            content += dataEnd - dataStart;
            at = boundaryEnd;
            if (dataEnd - dataStart < size) {
                break; // the rest of the chunk is in a later segment
            }
        }
        int first = parts.isEmpty() ? at : parts.get(0).offset();
        Field last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
        http.add(new Field("HTTP chunked response", "", first, last == null ? 0 : last.end() - first, parts));
        return content;
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
