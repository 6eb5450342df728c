package org.wirewise.model.trace;

import java.util.List;
import java.util.Objects;

/**
 * One step of a trace.
 *
 * @param time       simulated nanoseconds since the start
 * @param title      a short headline ("SYN arrives; the server answers")
 * @param narration  why this happens, in a few sentences
 * @param references where the behaviour is specified ("RFC 9293 §3.5")
 * @param packetId   the packet this step is about (sent or received), or -1
 * @param snapshot   the state views draw
 */
public record Step(long time, String title, String narration, List<String> references, int packetId,
                   Snapshot snapshot) {

    public Step {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(narration, "narration");
        Objects.requireNonNull(snapshot, "snapshot");
        references = List.copyOf(references);
        if (time < 0) {
            throw new IllegalArgumentException("step time must not be negative: " + time);
        }
    }
}
