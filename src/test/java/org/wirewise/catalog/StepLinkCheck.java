package org.wirewise.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.StepLink;
import org.wirewise.model.trace.Trace;

/**
 * Finds a trace's step links that would open nothing: an unknown lesson, a parameter its lesson
 * refuses, or a step past the end of that scenario's trace. A lesson change that moves a linked
 * step fails the catalog's tests here, not the user who clicks.
 */
final class StepLinkCheck {

    private final LessonCatalog catalog;
    /** Step counts of the linked scenarios, simulated once however many steps link to them. */
    private final Map<LessonSetup, Integer> stepCounts = new ConcurrentHashMap<>();

    StepLinkCheck(LessonCatalog catalog) {
        this.catalog = catalog;
    }

    /** One line per broken link ("step 4 → tcp-handshake step 30: the trace has 9 steps"); empty when all land. */
    List<String> broken(Trace trace) {
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < trace.stepCount(); i++) {
            Step step = trace.step(i);
            for (StepLink link : step.links()) {
                String where = trace.lessonId() + " step " + (i + 1) + " → " + link.address();
                LessonSetup setup;
                try {
                    setup = LessonSetup.of(catalog, link.lessonId(), link.parameters());
                } catch (Exception e) {
                    broken.add(where + ": " + e.getMessage());
                    continue;
                }
                int count = stepCounts.computeIfAbsent(setup, s -> s.simulate().stepCount());
                if (link.step() > count) {
                    broken.add(where + ": the trace has " + count + " steps");
                }
            }
        }
        return broken;
    }
}
