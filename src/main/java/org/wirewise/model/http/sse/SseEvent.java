package org.wirewise.model.http.sse;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One Server-Sent Event as a text/event-stream carries it (WHATWG HTML, "Server-sent events",
 * §9.2.5 and §9.2.6): an optional id, an event type ("message" when absent), the data (lines
 * joined with LF), and an optional reconnection time in milliseconds.
 */
public record SseEvent(Optional<String> id, String type, String data, OptionalLong retryMillis) {

    public SseEvent {
        Objects.requireNonNull(id);
        Objects.requireNonNull(type);
        Objects.requireNonNull(data);
        Objects.requireNonNull(retryMillis);
        if (id.filter(i -> i.indexOf('\0') >= 0 || i.indexOf('\n') >= 0 || i.indexOf('\r') >= 0).isPresent()) {
            throw new IllegalArgumentException("an event id holds no NULL, CR or LF");
        }
        if (type.indexOf('\n') >= 0 || type.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("an event type holds no CR or LF");
        }
        if (retryMillis.isPresent() && retryMillis.getAsLong() < 0) {
            throw new IllegalArgumentException("retry is a number of milliseconds, not " + retryMillis.getAsLong());
        }
    }

    /** A "message" event with this id and data. */
    public static SseEvent message(String id, String data) {
        return new SseEvent(Optional.of(id), "message", data, OptionalLong.empty());
    }

    /** This event also telling the client how long to wait before reconnecting. */
    public SseEvent withRetry(long millis) {
        return new SseEvent(id, type, data, OptionalLong.of(millis));
    }

    /** The bytes on the wire: "id:", "event:" (when not "message"), "retry:", one "data:" per line, then a blank line. */
    public byte[] encode() {
        StringBuilder out = new StringBuilder();
        id.ifPresent(i -> out.append("id: ").append(i).append('\n'));
        if (!type.equals("message")) {
            out.append("event: ").append(type).append('\n');
        }
        retryMillis.ifPresent(r -> out.append("retry: ").append(r).append('\n'));
        for (String line : data.split("\r\n|\r|\n", -1)) {
            out.append("data: ").append(line).append('\n');
        }
        out.append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
