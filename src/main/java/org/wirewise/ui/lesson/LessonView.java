package org.wirewise.ui.lesson;

import javafx.scene.Node;
import org.wirewise.model.trace.Trace;

/**
 * A lesson's picture. It holds no protocol logic: it draws a trace at a moment given by the
 * player (a step and the simulated time between that step and the next).
 */
public interface LessonView {

    Node node();

    /** A new trace: the lesson was opened or its parameters changed. */
    void setTrace(Trace trace);

    /** Draws the moment: step index and simulated time. */
    void show(int stepIndex, long time);

    /**
     * A key pressed in the window that nothing else took (not while typing); returns whether the
     * view used it. Views list their keys in the window's shortcuts dialog.
     */
    default boolean handleKey(javafx.scene.input.KeyCode code) {
        return false;
    }

    /**
     * Reveal, for teaching: hide what has not happened yet at the shown moment (a diagram drops
     * the faint paths of packets still in flight, a chart stops at the player's time, a run's
     * summary waits for the last step). Views with nothing ahead of the moment ignore it.
     */
    default void setReveal(boolean hideFuture) {
    }

    /**
     * Screen readers: the shown step in words ({@code StepDescription}, in the window's language).
     * A view that draws gives it to its drawing (a sequence diagram's accessible text); by default
     * its whole picture carries it.
     */
    default void describe(String description, java.util.Locale language) {
        org.wirewise.ui.widget.AccessibleText.set(node(), description);
    }

    /** Releases anything attached to longer-lived objects. */
    void dispose();
}
