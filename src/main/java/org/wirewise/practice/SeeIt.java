package org.wirewise.practice;

import java.util.LinkedHashMap;
import java.util.Map;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.lesson.UnknownLessonException;
import org.wirewise.model.trace.StepLink;
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
        parameters = new StepLink(lessonId, step, parameters, caption).parameters(); // its checks, its copy
    }

    /** The lesson with this link's parameters, checked by each parameter's own spec. */
    public LessonSetup setup(LessonCatalog catalog) throws UnknownLessonException, ScenarioException {
        return LessonSetup.of(catalog, lessonId, parameters);
    }

    /** Where this link goes, as a lesson step's link to another lesson is written. */
    public StepLink target() {
        return new StepLink(lessonId, step, parameters, caption);
    }

    /** How the link reads on a terminal: "tcp-handshake step 3 (rttMs=200)". */
    public String address() {
        return target().address();
    }

    /** This link with the placeholders of a numeric question filled in. */
    SeeIt fill(Map<String, String> values) {
        Map<String, String> filled = new LinkedHashMap<>();
        parameters.forEach((k, v) -> filled.put(k, Placeholders.fill(v, values)));
        return new SeeIt(lessonId, step, filled, Placeholders.fill(caption, values));
    }
}
