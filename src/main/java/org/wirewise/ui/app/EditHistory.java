package org.wirewise.ui.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.wirewise.lesson.LessonSetup;

/**
 * Undo and redo of scenario edits: side A's in the window and side B's in an A/B comparison keep
 * one each. The history changes only when a change has landed (a cancelled background run
 * leaves it alone), so callers ask what to show first and {@link #landed} afterwards.
 */
final class EditHistory {

    /** How showing a scenario changes the history. */
    enum Change {
        /** A parameter edit: undoable. */
        EDIT,
        /** Back to the scenario on top of the undo stack. */
        UNDO,
        /** Forward to the scenario on top of the redo stack. */
        REDO,
        /** Another lesson or a scenario file: a fresh start. */
        OPEN,
        /** The same scenario in another language: the history stays as it was. */
        LANGUAGE
    }

    private final Deque<LessonSetup> undo = new ArrayDeque<>();
    private final Deque<LessonSetup> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The scenario an undo would show. */
    Optional<LessonSetup> undoTarget() {
        return Optional.ofNullable(undo.peek());
    }

    /** The scenario a redo would show. */
    Optional<LessonSetup> redoTarget() {
        return Optional.ofNullable(redo.peek());
    }

    /** A change has landed: {@code previous} was on screen before it (null when nothing was). */
    void landed(Change change, LessonSetup previous) {
        switch (change) {
            case EDIT -> {
                if (previous != null) {
                    undo.push(previous);
                }
                redo.clear();
            }
            case UNDO -> {
                undo.pop();
                redo.push(previous);
            }
            case REDO -> {
                redo.pop();
                undo.push(previous);
            }
            case OPEN -> {
                undo.clear();
                redo.clear();
            }
            case LANGUAGE -> {
                // nothing to undo: the scenario is the same
            }
        }
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
