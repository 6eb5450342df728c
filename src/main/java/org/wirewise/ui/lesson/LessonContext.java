package org.wirewise.ui.lesson;

import java.util.Optional;
import org.wirewise.scenario.ParameterSpec;

/**
 * What a lesson view may ask of the window that shows it: its lesson's parameters, to read and to
 * edit. An edit goes the way the parameter panel's does (re-runs the lesson, can be undone), so a
 * view never reaches into the scene for the panel's fields.
 */
public interface LessonContext {

    /** For views shown outside a window (tests, images): no parameters, edits refused. */
    LessonContext NONE = new LessonContext() {
        @Override
        public Optional<Object> parameter(ParameterSpec spec) {
            return Optional.empty();
        }

        @Override
        public Optional<String> editParameter(ParameterSpec spec, Object value) {
            return Optional.of(spec.key() + ": this view cannot change its lesson");
        }

        @Override
        public boolean hasParameter(ParameterSpec spec) {
            return false;
        }
    };

    /** The lesson's current value of the parameter, or empty when the lesson has no such parameter. */
    Optional<Object> parameter(ParameterSpec spec);

    /**
     * Sets the parameter as the parameter panel would: checked by its spec, re-run, undoable.
     * Returns the message shown when the value is refused, or empty when it was applied.
     */
    Optional<String> editParameter(ParameterSpec spec, Object value);

    /**
     * The language the window shows (English or Spanish): the view's own words follow it, as the
     * trace's do. Views shown outside a window (tests, images) use English unless told otherwise.
     */
    default java.util.Locale language() {
        return java.util.Locale.ENGLISH;
    }

    /** Whether the lesson has this parameter at all (a view offers an edit only then). */
    boolean hasParameter(ParameterSpec spec);

    /**
     * Opens the window's A/B compare: side A this scenario with the parameter set to {@code a} (an
     * undoable edit), side B the same with {@code b}. Returns the message shown when refused.
     */
    default Optional<String> compareSideBySide(ParameterSpec spec, Object a, Object b) {
        return Optional.of(spec.key() + ": this view cannot open an A/B comparison here");
    }
}
