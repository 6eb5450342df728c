package org.wirewise.practice;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.lesson.UnknownLessonException;
import org.wirewise.scenario.ScenarioException;

/**
 * A "see it" link: the lesson step that shows a point of an answer, with the scenario parameters
 * that make it show (empty for the lesson's defaults).
 *
 * @param lessonId   the lesson's id ("tcp-handshake")
 * @param step       the step, from 1, in the trace of that scenario
 * @param parameters parameters to set, as typed on the command line ("rttMs" → "200"), in order
 * @param caption    what the learner will see there
 */
public record SeeIt(String lessonId, int step, Map<String, String> parameters, String caption) {

    public SeeIt {
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(caption, "caption");
        if (step < 1) {
            throw new IllegalArgumentException("steps count from 1, got " + step);
        }
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The lesson with this link's parameters, checked by each parameter's own spec. */
    public LessonSetup setup(LessonCatalog catalog) throws UnknownLessonException, ScenarioException {
        LessonSetup setup = LessonSetup.defaults(catalog.require(lessonId));
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            setup = setup.with(p.getKey(), p.getValue());
        }
        return setup;
    }

    /** How the link reads on a terminal: "tcp-handshake step 3 (rttMs=200)". */
    public String address() {
        StringBuilder text = new StringBuilder(lessonId).append(" step ").append(step);
        if (!parameters.isEmpty()) {
            StringBuilder set = new StringBuilder();
            parameters.forEach((k, v) -> set.append(set.isEmpty() ? "" : " ").append(k).append('=').append(v));
            text.append(" (").append(set).append(')');
        }
        return text.toString();
    }

    /** This link with the placeholders of a numeric question filled in. */
    SeeIt fill(Map<String, String> values) {
        Map<String, String> filled = new LinkedHashMap<>();
        parameters.forEach((k, v) -> filled.put(k, Placeholders.fill(v, values)));
        return new SeeIt(lessonId, step, filled, Placeholders.fill(caption, values));
    }
}
