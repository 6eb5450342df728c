package org.wirewise.ui.app;

import java.util.Optional;
import javafx.beans.value.ObservableValue;
import org.wirewise.lesson.LessonSetup;

/**
 * What a parameter panel or a lesson view edits: the window's scenario (side A), or side B of an
 * A/B comparison. Each edit is checked as scenario files and --set are, and is undoable where it lands.
 */
interface ParameterTarget {

    /** The scenario whose values are shown (for side A, the one being simulated while a long run goes). */
    ObservableValue<LessonSetup> shown();

    Optional<String> setText(String key, String text);

    Optional<String> setValue(String key, Object value);

    /** Back to the lesson's defaults. */
    Optional<String> reset();

    /** This side with {@code key} = {@code a}, compared A/B with the same and {@code key} = {@code b}. */
    default Optional<String> compare(String key, Object a, Object b) {
        return Optional.of("Side B is already one side of an A/B comparison");
    }

    /** Side A: the window's own scenario. */
    static ParameterTarget of(MainViewModel model) {
        return new ParameterTarget() {
            @Override
            public ObservableValue<LessonSetup> shown() {
                return model.requestedSetupProperty();
            }

            @Override
            public Optional<String> setText(String key, String text) {
                return model.setParameterText(key, text);
            }

            @Override
            public Optional<String> setValue(String key, Object value) {
                return model.setParameter(key, value);
            }

            @Override
            public Optional<String> reset() {
                return model.resetParameters();
            }

            @Override
            public Optional<String> compare(String key, Object a, Object b) {
                return model.compareValues(key, a, b);
            }
        };
    }
}
