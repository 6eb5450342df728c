package org.wirewise.ui.app;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.catalog.LessonViews;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.player.PlayerFrame;

/**
 * The lesson area during an A/B comparison: side A's view (the window's own) on the left, side
 * B's on the right, each under a header naming what differs ("B · Round-trip time 200 ms"), and
 * side B's parameter panel for the parameter column. B's view is drawn from B's player, which
 * follows A's.
 */
final class ComparePane extends HBox {

    private final CompareModel compare;
    private final LessonViews views;
    private final org.wirewise.model.text.Texts texts;
    private final Consumer<String> problems;
    private final StackPane slotA = new StackPane();
    private final StackPane slotB = new StackPane();
    private final Label headerA = header("compare-header-a");
    private final Label headerB = header("compare-header-b");
    private final ParameterPanel parametersB;
    private final Subscription subscriptions;
    private LessonView viewB;
    private String viewBLesson;
    private Trace shownB;
    private boolean reveal;

    ComparePane(CompareModel compare, LessonViews views, org.wirewise.model.text.Texts texts, Consumer<String> problems) {
        this.compare = compare;
        this.texts = texts;
        this.views = views;
        this.problems = problems;
        setId("compare-pane");
        getStyleClass().add("compare-pane");
        setSpacing(6);
        getChildren().addAll(column(headerA, slotA), column(headerB, slotB));
        parametersB = new ParameterPanel(compare.sideB(), texts, texts.get("compare.parametersB"), "compare-b");
        subscriptions = Subscription.combine(
                compare.setupBProperty().subscribe(this::ensureViewB),
                compare.playerB().frameProperty().subscribe(this::showB),
                compare.differencesProperty().subscribe(this::label));
    }

    /** Puts side A's view (owned by the window) in the left column. */
    void showA(Node viewA) {
        slotA.getChildren().setAll(viewA);
    }

    /** Reveal on side B as on side A. */
    void setReveal(boolean on) {
        reveal = on;
        if (viewB != null) {
            viewB.setReveal(on);
        }
    }

    /** Side B's parameters, for the window's parameter column. */
    Node parametersB() {
        return parametersB;
    }

    /** Hands side A's view back to the window and lets go of side B's. */
    void release() {
        slotA.getChildren().clear();
        disposeB();
    }

    void dispose() {
        subscriptions.unsubscribe();
        parametersB.dispose();
        release();
    }

    private void ensureViewB(LessonSetup b) {
        if (b == null) {
            disposeB();
            return;
        }
        if (b.lesson().id().equals(viewBLesson)) {
            return;
        }
        disposeB();
        viewBLesson = b.lesson().id();
        viewB = views.create(viewBLesson, new WindowLessonContext(compare.sideB(), b.lesson(), problems, compare::language));
        viewB.setReveal(reveal);
        slotB.getChildren().setAll(viewB.node());
        showB(compare.playerB().getFrame());
    }

    private void disposeB() {
        if (viewB != null) {
            viewB.dispose();
            slotB.getChildren().clear();
            viewB = null;
            viewBLesson = null;
            shownB = null;
        }
    }

    private void showB(PlayerFrame frame) {
        if (frame == null || viewB == null) {
            return;
        }
        if (frame.trace() != shownB) {
            shownB = frame.trace();
            viewB.setTrace(shownB);
        }
        viewB.show(frame.stepIndex(), frame.time());
    }

    private void label(List<CompareModel.Difference> differences) {
        if (differences.isEmpty()) {
            headerA.setText("A");
            headerB.setText(texts.get("compare.same"));
            return;
        }
        headerA.setText(texts.get("compare.header", "A", differences.stream().map(d -> label(d) + " " + d.a())
                .collect(Collectors.joining(", "))));
        headerB.setText(texts.get("compare.header", "B", differences.stream().map(d -> label(d) + " " + d.b())
                .collect(Collectors.joining(", "))));
    }

    /** The parameter's label in the window's language (the difference carries the English one). */
    private String label(CompareModel.Difference d) {
        LessonSetup b = compare.getSetupB();
        return b == null ? d.label() : b.lesson().schema(texts.language()).parameters().stream()
                .filter(p -> p.key().equals(d.key())).map(org.wirewise.scenario.ParameterSpec::label)
                .findFirst().orElse(d.label());
    }

    private static Label header(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("compare-header");
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static VBox column(Label header, StackPane slot) {
        VBox.setVgrow(slot, Priority.ALWAYS);
        slot.setMinSize(0, 0);
        VBox box = new VBox(4, header, slot);
        box.setMinWidth(0);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.prefWidthProperty().set(0); // both columns share the width equally
        return box;
    }

    /** The parameter column during a comparison: side A's panel above side B's. */
    static SplitPane parameterColumn(Node a, Node b) {
        SplitPane split = new SplitPane(a, b);
        split.setOrientation(Orientation.VERTICAL);
        split.setId("compare-parameters");
        return split;
    }
}
