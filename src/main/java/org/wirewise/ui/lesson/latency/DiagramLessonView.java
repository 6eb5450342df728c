package org.wirewise.ui.lesson.latency;

import javafx.scene.Node;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonView;

/**
 * What the latency lessons' views share: a {@link DiagramPage} whose diagram follows the player,
 * and the lesson's own parts below it, redrawn from the snapshot once per step.
 */
abstract class DiagramLessonView implements LessonView {

    private DiagramPage page;
    private Trace trace;
    private int shownStep = -1;

    /** Builds the page; a subclass calls it at the end of its constructor, once its parts exist. */
    protected final void build(Node... lowerParts) {
        page = new DiagramPage(lowerParts);
    }

    /** As {@link #build(Node...)}, the diagram's own words in {@code language} (the view's context's). */
    protected final void build(java.util.Locale language, Node... lowerParts) {
        build(lowerParts);
        page.diagram.setLanguage(language);
    }

    /** Draws the lesson's own parts for a step. */
    protected abstract void showStep(Snapshot snapshot);

    @Override
    public final Node node() {
        return page.node();
    }

    @Override
    public final void setTrace(Trace newTrace) {
        trace = newTrace;
        shownStep = -1;
        page.setTrace(newTrace);
    }

    @Override
    public final void show(int stepIndex, long time) {
        boolean newStep = stepIndex != shownStep;
        page.show(stepIndex, time, newStep);
        if (newStep) {
            shownStep = stepIndex;
            showStep(trace.step(stepIndex).snapshot());
        }
    }

    @Override
    public final void setReveal(boolean hideFuture) {
        page.diagram.setHidesFuture(hideFuture);
    }

    /** Screen readers: the step's description is the diagram's accessible text. */
    @Override
    public void describe(String description, java.util.Locale language) {
        page.diagram.describe(description, language);
    }

    @Override
    public void dispose() {
        // Nothing here listens to anything that outlives the view.
    }
}
