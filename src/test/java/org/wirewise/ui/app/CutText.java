package org.wirewise.ui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks every step of a lesson in a window of a given size and lists the text the user would see
 * cut short: a {@link Labeled} whose drawn text differs from its text has been clipped with an
 * ellipsis ("ESTABLIS…").
 */
final class CutText {

    private CutText() {
    }

    /** Every cut text on every step of {@code lessonId}, each with where it was seen. */
    static List<String> onEveryStep(MainViewModel model, MainWindow window, String lessonId, double width,
                                    double height) throws Exception {
        return onEveryStep(model, window, lessonId, width, height, false);
    }

    /**
     * As above; with {@code subjects}, also what each step highlights (its table rows) scrolled
     * out of view or cut off under the caption.
     */
    static List<String> onEveryStep(MainViewModel model, MainWindow window, String lessonId, double width,
                                    double height, boolean subjects) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.openLesson(lessonId)).get(60, TimeUnit.SECONDS);
        return onEveryStepOfOpenLesson(model, window, lessonId, width, height, subjects);
    }

    /** As above, for the lesson as it is open now (a variant set through the model's parameters). */
    static List<String> onEveryStepOfOpenLesson(MainViewModel model, MainWindow window, String lessonId,
                                                double width, double height, boolean subjects) throws Exception {
        int steps = model.player().getTrace().stepCount();
        List<String> cut = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            int s = step;
            cut.addAll(WaitForAsyncUtils.asyncFx(() -> {
                model.player().goToStep(s + 1); // one-based
                settle(window);
                List<String> found = new ArrayList<>();
                if (window.minWidth(-1) > width + 1) {
                    found.add(lessonId + " step " + (s + 1) + ": the window needs " + Math.round(window.minWidth(-1))
                            + " px of width; the right of it is off screen");
                }
                collect(window, found, lessonId + " step " + (s + 1), width, height, subjects);
                return found;
            }).get(60, TimeUnit.SECONDS));
        }
        return cut;
    }

    /**
     * Lays the window out as the pulses after a step would, until nothing asks for another pass (a
     * scroll pane that follows a new row moves in the pass after the row is placed; a split that
     * gives a strip more room, in the one after that), at most eight passes.
     */
    static void settle(javafx.scene.Parent window) {
        for (int pass = 0; pass < 8 && (pass < 2 || window.isNeedsLayout()); pass++) {
            window.applyCss();
            window.layout();
        }
    }

    /** Labeled controls on screen whose drawn text is not their text. */
    private static void collect(Parent parent, List<String> found, String where, double width, double height,
                                boolean subjects) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (!n.isVisible()) {
                continue;
            }
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && onScreen(l, width, height)) {
                Node drawn = l.lookup(".text");
                String text = l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
                if (drawn instanceof Text t && !t.getText().replace("\n", " ").equals(text.replace("\n", " "))) {
                    found.add(where + ": \"" + l.getText() + "\" drawn as \"" + t.getText() + "\" (" + l.getStyleClass() + ")");
                } else if (drawn instanceof Text t && clippedSideways(t)) {
                    found.add(where + ": \"" + l.getText() + "\" runs past the edge of its pane (" + l.getStyleClass() + ")");
                }
            }
            if (subjects && n instanceof Labeled l && highlighted(l) && hidden(l, width, height)) {
                found.add(where + ": \"" + l.getText() + "\", what the step is about (highlighted), is off screen ("
                        + l.getStyleClass() + ")");
            }
            if (n instanceof Parent p) {
                collect(p, found, where, width, height, subjects);
            }
        }
    }

    /** The style classes views give what a step is about (the address and latency tables name theirs). */
    private static boolean highlighted(Labeled l) {
        var classes = l.getStyleClass();
        return classes.contains("highlighted") || classes.contains("row-highlighted")
                || classes.contains("numbers-highlighted");
    }

    /**
     * Whether an ancestor's clip (a scroll pane's viewport, a list's) hides part of the text's
     * width: a column off the right edge. Text scrolled out vertically is not cut, just further down.
     */
    private static boolean clippedSideways(Text t) {
        var b = t.localToScene(t.getLayoutBounds());
        for (Node a = t.getParent(); a != null; a = a.getParent()) {
            if (a.getStyleClass().contains("field-tree")) {
                return false; // the dissection scrolls sideways, as Wireshark's does; its hex dump is beside it
            }
        }
        for (Node a = t.getParent(); a != null; a = a.getParent()) {
            if (a.getClip() != null) {
                var c = a.localToScene(a.getClip().getBoundsInParent());
                boolean sameRows = b.getMaxY() > c.getMinY() && b.getMinY() < c.getMaxY();
                if (sameRows && (b.getMaxX() > c.getMaxX() + 1 || b.getMinX() < c.getMinX() - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether no row of a node shows: scrolled out of a viewport, cut off by the edge of its area
     * (under the caption) or outside the window.
     */
    private static boolean hidden(Node n, double width, double height) {
        var b = n.localToScene(n.getLayoutBounds());
        double top = Math.max(0, b.getMinY());
        double bottom = Math.min(height, b.getMaxY());
        for (Node a = n.getParent(); a != null; a = a.getParent()) {
            if (!a.isVisible()) {
                return false; // not shown at all (another tab, a hidden pane): not this check's business
            }
            if (a.getClip() != null) {
                var c = a.localToScene(a.getClip().getBoundsInParent());
                top = Math.max(top, c.getMinY());
                bottom = Math.min(bottom, c.getMaxY());
            }
        }
        return bottom - top < Math.min(b.getHeight(), 8);
    }

    /** Inside the window and not scrolled out of a viewport: what the class can see. */
    private static boolean onScreen(Node n, double width, double height) {
        var b = n.localToScene(n.getLayoutBounds());
        return b.getWidth() > 0 && b.getHeight() > 0 && b.getMaxX() > 0 && b.getMinX() < width && b.getMaxY() > 0
                && b.getMinY() < height;
    }
}
