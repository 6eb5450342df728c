package org.wirewise.ui.app;

import java.util.Optional;
import javafx.util.Subscription;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.lesson.UnknownLessonException;
import org.wirewise.model.trace.StepLink;
import org.wirewise.scenario.ScenarioException;

/**
 * Opens a lesson at a step with the parameters a link names: a practice question's "see it" or a
 * step's link to another lesson. A scenario big enough to run
 * in the background lands later, so the step is chosen when its trace arrives, not before.
 */
final class LessonLinks {

    private final MainViewModel model;
    private Subscription pending = Subscription.EMPTY;

    LessonLinks(MainViewModel model) {
        this.model = model;
    }

    /** Opens the link; returns the problem to show when it cannot be opened. */
    Optional<String> open(StepLink link) {
        pending.unsubscribe();
        LessonSetup setup;
        try {
            setup = LessonSetup.of(model.catalog(), link.lessonId(), link.parameters());
        } catch (UnknownLessonException | ScenarioException e) {
            return Optional.of(e.getMessage());
        }
        Optional<String> problem = model.openSetup(setup);
        if (problem.isPresent()) {
            return problem;
        }
        if (setup.equals(model.getSetup())) {
            model.player().goToStep(link.step());
        } else {
            pending = model.setupProperty().subscribe((was, now) -> {
                if (setup.equals(now)) {
                    pending.unsubscribe();
                    model.player().goToStep(link.step());
                }
            });
        }
        return Optional.empty();
    }

    void dispose() {
        pending.unsubscribe();
    }
}
