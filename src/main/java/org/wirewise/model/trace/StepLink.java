package org.wirewise.model.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A link from a step to the step of another lesson that owns what it shows (a journey's TCP phase
 * links to the handshake lesson's SYN). Ids and parameters are plain text so the model needs no
 * lesson catalog; the window opens the link, and a catalog test checks every link still lands.
 *
 * @param lessonId   the lesson's id ("tcp-handshake")
 * @param step       the step, from 1, in the trace of that scenario
 * @param parameters parameters to set, as typed on the command line ("rttMs" → "200"), in order
 * @param caption    what the learner will see there ("the SYN and SYN-ACK")
 */
public record StepLink(String lessonId, int step, Map<String, String> parameters, String caption) {

    public StepLink {
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(caption, "caption");
        if (step < 1) {
            throw new IllegalArgumentException("steps count from 1, got " + step);
        }
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A link to a lesson at its defaults. */
    public StepLink(String lessonId, int step, String caption) {
        this(lessonId, step, Map.of(), caption);
    }

    /** How the link reads as text: "tcp-handshake step 3 (rttMs=200)". */
    public String address() {
        return lessonId + " step " + step + (parameters.isEmpty() ? "" : " (" + settings() + ")");
    }

    /** The parameters as typed on the command line: "rttMs=200 sack=false" (empty at the defaults). */
    public String settings() {
        StringBuilder set = new StringBuilder();
        parameters.forEach((k, v) -> set.append(set.isEmpty() ? "" : " ").append(k).append('=').append(v));
        return set.toString();
    }
}
