package org.wirewise.ui.lesson.latency;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.wirewise.lesson.latency.LatencyNumbersLesson;
import org.wirewise.model.latency.LatencyTier;
import org.wirewise.model.text.Texts;
import org.wirewise.model.latency.RttBarsFact;
import org.wirewise.model.latency.ScaleFact;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonContext;
import org.wirewise.ui.lesson.LessonView;

/**
 * The latency numbers: one log scale from memory to satellite, the step's figure with what it
 * means for a design, and at the end the chatty service's calls as bars. Clicking a network row
 * sends the chatty calls there (the lesson's tier parameter, undoable).
 */
public final class LatencyScaleView implements LessonView {

    private final LessonContext context;
    private final Texts texts;
    private final Label heading = LatencyViews.label("scale-heading", "latency-heading");
    private final LogScale scale = new LogScale(this::pick);
    private final Label meaning = LatencyViews.label("scale-meaning", "latency-meaning");
    private final Label source = LatencyViews.label("scale-source", "latency-hint");
    private final RttBars chatty;
    private final ScrollPane root;
    private Trace trace;

    public LatencyScaleView(LessonContext context) {
        this.context = context;
        texts = LatencyViews.texts(context);
        chatty = new RttBars(texts.language());
        Label hint = LatencyViews.label("scale-hint", "latency-hint");
        hint.setText(context.hasParameter(LatencyNumbersLesson.TIER)
                ? texts.get("scale.hint") : "");
        root = LatencyViews.page(new VBox(heading, scale, meaning, source, chatty, hint), "latency-scale-view");
    }

    private void pick(LatencyTier tier) {
        context.editParameter(LatencyNumbersLesson.TIER, tier.key());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void setTrace(Trace newTrace) {
        trace = newTrace;
    }

    @Override
    public void show(int stepIndex, long time) {
        Snapshot s = trace.step(stepIndex).snapshot();
        ScaleFact fact = s.fact(ScaleFact.class).orElseThrow();
        scale.show(fact);
        fact.marks().stream().filter(m -> m.tier() == fact.focus()).findFirst().ifPresent(m -> {
            heading.setText(texts.get("scale.heading", m.label(), m.time()));
            meaning.setText(m.consequence());
            source.setText(texts.get("scale.source", m.source()));
        });
        s.fact(RttBarsFact.class).ifPresentOrElse(b -> {
            chatty.show(b);
            chatty.setVisible(true);
            chatty.setManaged(true);
        }, () -> {
            chatty.setVisible(false);
            chatty.setManaged(false);
        });
    }

    @Override
    public void dispose() {
        // Nothing is attached to longer-lived objects.
    }
}
