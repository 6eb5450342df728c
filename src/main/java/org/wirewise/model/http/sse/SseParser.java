package org.wirewise.model.http.sse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a text/event-stream as a browser's EventSource does (WHATWG HTML §9.2.6, "Interpreting an
 * event stream"), fed bytes in any split: lines end in CRLF, LF or CR; a line starting with a
 * colon is a comment; "data" lines accumulate; a blank line dispatches. The last event id
 * persists across events (an "id" line with no value resets it) and is what a reconnecting client
 * sends as Last-Event-ID. Unknown fields are ignored, as the standard says.
 */
public final class SseParser {

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final StringBuilder data = new StringBuilder();
    private String type = "";
    private String lastEventId = "";
    private String idBuffer = "";
    private boolean sawId;
    private OptionalLong retry = OptionalLong.empty();
    private OptionalLong blockRetry = OptionalLong.empty();
    private boolean afterCr;
    private boolean started;

    /** The events these bytes complete, in order. */
    public List<SseEvent> feed(byte[] bytes) {
        List<SseEvent> events = new ArrayList<>();
        for (byte b : bytes) {
            if (afterCr && b == '\n') {
                afterCr = false; // the LF of a CRLF
                continue;
            }
            afterCr = b == '\r';
            if (b == '\r' || b == '\n') {
                process(text(), events);
                line.reset();
            } else {
                line.write(b);
            }
        }
        return events;
    }

    /** The id a reconnecting client sends as Last-Event-ID: the last one the stream set, or empty. */
    public String lastEventId() {
        return lastEventId;
    }

    /** The reconnection time the server last asked for, if any. */
    public OptionalLong retryMillis() {
        return retry;
    }

    private String text() {
        String s = line.toString(StandardCharsets.UTF_8);
        if (!started) {
            started = true;
            if (s.startsWith("\uFEFF")) {
                s = s.substring(1); // one leading byte order mark is skipped
            }
        }
        return s;
    }

    private void process(String l, List<SseEvent> events) {
        if (l.isEmpty()) {
            dispatch(events);
            return;
        }
        if (l.startsWith(":")) {
            return;
        }
        int colon = l.indexOf(':');
        String field = colon < 0 ? l : l.substring(0, colon);
        String value = colon < 0 ? "" : l.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "event" -> type = value;
            case "data" -> data.append(value).append('\n');
            case "id" -> {
                if (value.indexOf('\0') < 0) {
                    idBuffer = value;
                    sawId = true;
                }
            }
            case "retry" -> {
                if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9') && value.length() < 18) {
                    retry = OptionalLong.of(Long.parseLong(value));
                    blockRetry = retry;
                }
            }
            default -> { }
        }
    }

    private void dispatch(List<SseEvent> events) {
        if (sawId) {
            lastEventId = idBuffer;
        }
        sawId = false;
        OptionalLong r = blockRetry;
        blockRetry = OptionalLong.empty();
        if (data.length() == 0) {
            type = "";
            return;
        }
        String d = data.substring(0, data.length() - 1);
        data.setLength(0);
        String t = type.isEmpty() ? "message" : type;
        type = "";
        // The event's id is the stream's last event id at dispatch, set in this block or earlier (§9.2.6).
        events.add(new SseEvent(lastEventId.isEmpty() ? Optional.empty() : Optional.of(lastEventId), t, d, r));
    }
}
