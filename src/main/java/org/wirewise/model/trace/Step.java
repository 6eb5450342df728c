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
 * @param links      steps of other lessons that show this one's subject in depth (usually none)
 */
public record Step(long time, String title, String narration, List<String> references, int packetId,
                   Snapshot snapshot, List<StepLink> links) {

    public Step {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(narration, "narration");
        Objects.requireNonNull(snapshot, "snapshot");
        references = List.copyOf(references);
        links = List.copyOf(links);
        if (time < 0) {
            throw new IllegalArgumentException("step time must not be negative: " + time);
        }
    }

    /** A step with no links to other lessons. */
    public Step(long time, String title, String narration, List<String> references, int packetId,
                Snapshot snapshot) {
        this(time, title, narration, references, packetId, snapshot, List.of());
    }
}
