package org.wirewise.model.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads HTTP/1.1 messages from a connection's bytes as TCP delivers them, in runs of any size:
 * each {@link #feed} returns the messages it completed. The body length follows RFC 9112 §6.3 in
 * its order: no content for HEAD, 1xx, 204 and 304 responses; chunked when Transfer-Encoding ends
 * in chunked (§7.1); else Content-Length; else none for a request and the rest of the connection
 * for a response. Bad bytes stop it with an {@link HttpParseError}, never an exception.
 */
public final class Http1Parser {

    /** Which messages the stream carries. */
    public enum Reading { REQUESTS, RESPONSES }

    private enum State { START, FIELDS, SIZED, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILERS, UNTIL_CLOSE, FAILED }

    static final int MAX_HEAD = 64 * 1024;
    static final int MAX_FIELDS = 100;
    static final long MAX_CONTENT = 64L << 20;

    private final Reading reading;
    private final HttpStatus badAnswer;
    private final ArrayDeque<HttpMethod> asked = new ArrayDeque<>();
    private byte[] buf = new byte[512];
    private int start;
    private int end;
    private long consumed;
    private State state = State.START;
    private HttpParseError error;
    private String startLine;
    private final List<HttpFields.Field> fields = new ArrayList<>();
    private final List<HttpFields.Field> trailers = new ArrayList<>();
    private final List<Integer> chunks = new ArrayList<>();
    private final ByteArrayOutputStream content = new ByteArrayOutputStream();
    private int headBytes;
    private long remaining;
    private HttpBody.Framing framing;
    private final List<HttpMessage> done = new ArrayList<>();

    public Http1Parser(Reading reading) {
        this.reading = reading;
        this.badAnswer = reading == Reading.REQUESTS ? HttpStatus.BAD_REQUEST : HttpStatus.BAD_GATEWAY;
    }

    /** For a response stream: the method of the next request sent, so a HEAD's response is read without content. */
    public void expect(HttpMethod method) {
        asked.add(method);
    }

    /** Takes the next bytes of the stream; the messages they complete, in order. */
    public List<HttpMessage> feed(byte[] bytes) {
        if (state == State.FAILED) {
            return List.of();
        }
        append(bytes);
        while (step()) {
            // each step consumes a line or a run of content
        }
        List<HttpMessage> out = List.copyOf(done);
        done.clear();
        return out;
    }

    /**
     * The peer closed its side: a response read until close is complete; any other message cut
     * short is an error (RFC 9112 §8).
     */
    public List<HttpMessage> finish() {
        if (state == State.UNTIL_CLOSE) {
            emit();
        } else if (state != State.FAILED && (state != State.START || start < end)) {
            fail("the connection closed in the middle of a message (RFC 9112 §8)", badAnswer);
        }
        List<HttpMessage> out = List.copyOf(done);
        done.clear();
        return out;
    }

    public Optional<HttpParseError> error() {
        return Optional.ofNullable(error);
    }

    /** Whether some bytes of a message not yet complete have arrived. */
    public boolean inMessage() {
        return state != State.START || start < end;
    }

    private void append(byte[] bytes) {
        if (end + bytes.length > buf.length) {
            int live = end - start;
            byte[] grown = live + bytes.length > buf.length ? new byte[Math.max(buf.length * 2, live + bytes.length)] : buf;
            System.arraycopy(buf, start, grown, 0, live);
            buf = grown;
            end = live;
            start = 0;
        }
        System.arraycopy(bytes, 0, buf, end, bytes.length);
        end += bytes.length;
    }

    private boolean step() {
        return switch (state) {
            case START, FIELDS, CHUNK_SIZE, CHUNK_END, TRAILERS -> lineStep();
            case SIZED, CHUNK_DATA -> contentStep();
            case UNTIL_CLOSE -> { // everything until the peer closes is content
                take(end - start);
                yield false;
            }
            case FAILED -> false;
        };
    }

    private boolean lineStep() {
        int lf = -1;
        for (int i = start; i < end; i++) {
            if (buf[i] == '\n') {
                lf = i;
                break;
            }
        }
        if (lf < 0) {
            if (end - start > MAX_HEAD) {
                fail("a line longer than " + MAX_HEAD + " bytes", reading == Reading.REQUESTS
                        ? HttpStatus.HEADERS_TOO_LARGE : badAnswer);
            }
            return false;
        }
        int lineEnd = lf > start && buf[lf - 1] == '\r' ? lf - 1 : lf; // a bare LF is accepted, RFC 9112 §2.2
        String line = new String(buf, start, lineEnd - start, StandardCharsets.ISO_8859_1);
        int length = lf + 1 - start;
        if (line.indexOf('\r') >= 0 || line.indexOf('\0') >= 0) {
            return fail("a bare CR or NUL inside a line (RFC 9112 §2.2)", badAnswer);
        }
        try {
            line(line);
        } catch (Http1Lines.BadLine bad) {
            return fail(bad.getMessage(), bad.answer());
        }
        if (state != State.FAILED) {
            start += length;
            consumed += length;
        }
        return state != State.FAILED;
    }

    private void line(String line) throws Http1Lines.BadLine {
        switch (state) {
            case START -> {
                if (!line.isEmpty()) { // empty lines before a request line are ignored, RFC 9112 §2.2
                    if (reading == Reading.REQUESTS) {
                        Http1Lines.requestLine(line);
                    } else {
                        Http1Lines.statusLine(line);
                    }
                    startLine = line;
                    headBytes = line.length() + 2;
                    state = State.FIELDS;
                }
            }
            case FIELDS -> {
                headBytes += line.length() + 2;
                if (headBytes > MAX_HEAD || fields.size() >= MAX_FIELDS) {
                    throw new Http1Lines.BadLine("the header section is over " + MAX_HEAD + " bytes or "
                            + MAX_FIELDS + " fields", reading == Reading.REQUESTS ? HttpStatus.HEADERS_TOO_LARGE : badAnswer);
                }
                if (line.isEmpty()) {
                    headDone();
                } else {
                    fields.add(Http1Lines.fieldLine(line, badAnswer));
                }
            }
            case CHUNK_SIZE -> chunkSize(line);
            case CHUNK_END -> {
                if (!line.isEmpty()) {
                    throw new Http1Lines.BadLine("a chunk's data is longer than its size says (RFC 9112 §7.1)", badAnswer);
                }
                state = State.CHUNK_SIZE;
            }
            case TRAILERS -> {
                if (line.isEmpty()) {
                    emit();
                } else {
                    trailers.add(Http1Lines.fieldLine(line, badAnswer));
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    private void headDone() throws Http1Lines.BadLine {
        HttpFields head = HttpFields.of(fields);
        if (reading == Reading.RESPONSES) {
            int code = Http1Lines.statusLine(startLine).status().code();
            if (code < 200) {
                framing = HttpBody.Framing.NONE; // interim: the final response to the same request follows
                emit();
                return;
            }
            HttpMethod method = asked.isEmpty() ? HttpMethod.GET : asked.peek();
            if (method == HttpMethod.HEAD || code == 204 || code == 304) {
                framing = HttpBody.Framing.NONE;
                emit();
                return;
            }
        }
        boolean hasLength = head.has("Content-Length");
        if (head.has("Transfer-Encoding")) {
            List<String> codings = head.tokens("Transfer-Encoding");
            boolean chunkedLast = !codings.isEmpty() && codings.get(codings.size() - 1).equals("chunked");
            if (reading == Reading.REQUESTS && (hasLength || !chunkedLast)) {
                throw new Http1Lines.BadLine(hasLength ? "both Transfer-Encoding and Content-Length: the length is"
                        + " ambiguous, a request smuggling risk (RFC 9112 §6.3)"
                        : "Transfer-Encoding does not end in chunked, so the length is unknown (RFC 9112 §6.3)",
                        HttpStatus.BAD_REQUEST);
            }
            framing = chunkedLast ? HttpBody.Framing.CHUNKED : HttpBody.Framing.UNTIL_CLOSE;
            state = chunkedLast ? State.CHUNK_SIZE : State.UNTIL_CLOSE;
            return;
        }
        if (hasLength) {
            remaining = contentLength(head);
            framing = HttpBody.Framing.CONTENT_LENGTH;
            state = State.SIZED;
            if (remaining == 0) {
                emit();
            }
            return;
        }
        framing = reading == Reading.REQUESTS ? HttpBody.Framing.NONE : HttpBody.Framing.UNTIL_CLOSE;
        if (framing == HttpBody.Framing.NONE) {
            emit();
        } else {
            state = State.UNTIL_CLOSE;
        }
    }

    /** RFC 9112 §6.3 rule 5: every Content-Length value must be the same decimal number. */
    private long contentLength(HttpFields head) throws Http1Lines.BadLine {
        List<String> values = head.tokens("Content-Length");
        String first = values.isEmpty() ? "" : values.get(0);
        if (!first.matches("[0-9]{1,18}") || values.stream().anyMatch(v -> !v.equals(first))) {
            throw new Http1Lines.BadLine("Content-Length " + Http1Lines.excerpt(String.join(", ", values))
                    + " is not one decimal number (RFC 9112 §6.3)", badAnswer);
        }
        long n = Long.parseLong(first);
        if (n > MAX_CONTENT) {
            throw new Http1Lines.BadLine("content of " + n + " bytes is over the " + MAX_CONTENT + " this reader takes",
                    reading == Reading.REQUESTS ? HttpStatus.of(413) : badAnswer);
        }
        return n;
    }

    /** chunk-size [ chunk-ext ] CRLF, the size in hexadecimal (RFC 9112 §7.1, §7.1.1). */
    private void chunkSize(String line) throws Http1Lines.BadLine {
        int semicolon = line.indexOf(';');
        String hex = (semicolon >= 0 ? line.substring(0, semicolon) : line).strip();
        if (!hex.matches("[0-9A-Fa-f]{1,8}")) {
            throw new Http1Lines.BadLine("chunk size \"" + Http1Lines.excerpt(line) + "\" is not hexadecimal"
                    + " (RFC 9112 §7.1)", badAnswer);
        }
        long size = Long.parseLong(hex, 16);
        if (content.size() + size > MAX_CONTENT) {
            throw new Http1Lines.BadLine("chunked content over " + MAX_CONTENT + " bytes", badAnswer);
        }
        if (size == 0) {
            state = State.TRAILERS;
        } else {
            chunks.add((int) size);
            remaining = size;
            state = State.CHUNK_DATA;
        }
    }

    private boolean contentStep() {
        int n = (int) Math.min(remaining, end - start);
        if (n == 0) {
            return false;
        }
        take(n);
        remaining -= n;
        if (remaining == 0) {
            if (state == State.SIZED) {
                emit();
            } else {
                state = State.CHUNK_END;
            }
        }
        return true;
    }

    private void take(int n) {
        content.write(buf, start, n);
        start += n;
        consumed += n;
    }

    private void emit() {
        byte[] bytes = content.toByteArray();
        HttpBody body = new HttpBody(bytes, framing, framing == HttpBody.Framing.CHUNKED ? chunks : List.of());
        HttpFields head = HttpFields.of(fields);
        try {
            if (reading == Reading.REQUESTS) {
                Http1Lines.RequestLine r = Http1Lines.requestLine(startLine);
                done.add(new HttpRequest(r.method(), r.target(), r.version(), head, body, HttpFields.of(trailers)));
            } else {
                Http1Lines.StatusLine s = Http1Lines.statusLine(startLine);
                done.add(new HttpResponse(s.version(), s.status(), head, body, HttpFields.of(trailers)));
                if (s.status().code() >= 200 && !asked.isEmpty()) {
                    asked.poll();
                }
            }
        } catch (Http1Lines.BadLine | IllegalArgumentException e) {
            fail(e.getMessage(), badAnswer); // checked when the line came; kept so nothing escapes
            return;
        }
        fields.clear();
        trailers.clear();
        chunks.clear();
        content.reset();
        startLine = null;
        state = State.START;
    }

    private boolean fail(String reason, HttpStatus answer) {
        error = new HttpParseError(reason, consumed, answer);
        state = State.FAILED;
        buf = Arrays.copyOf(buf, 0);
        start = 0;
        end = 0;
        return false;
    }
}
