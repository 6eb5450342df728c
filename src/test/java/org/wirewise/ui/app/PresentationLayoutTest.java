package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.ui.catalog.LessonRegistry;
import org.wirewise.ui.widget.SequenceDiagram;

/**
 * Presentation mode on a 1280×720 projector gives the lesson's picture most of the room: on every
 * step of every lesson each sequence diagram on screen is at least {@value #MIN_DIAGRAM_PX} px tall
 * (its lane headings take about 110 of them), and the packet the step is about keeps its label: its
 * words, or in a ladder too dense for them its number. The load balancers' topology stays whole.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationLayoutTest {

    /**
     * The lesson area is about 460 px tall here (the caption and the player take the rest); the
     * picture's share is 0.68 of it, down to 0.56 when the step's highlighted rows need a taller strip
     * (the NAT lessons' phase line takes 40 px of theirs); before, diagrams got 100 to 200 px. Below
     * this a diagram's time axis is a few lines tall and its labels give way to one another.
     */
    static final double MIN_DIAGRAM_PX = 250;

    /**
     * Open, not accepted: steps whose packet finds no spot for even its number. None is left: in a mesh
     * with no free spot beside its arrow (flow control step 4, http-hol-lab's repairs while a window of
     * the page is in flight) the step's packet now lies on its own arrow over the others. A ratchet: a
     * step that fails here again must be fixed, or added with the reason it cannot be.
     */
    private static final java.util.Set<String> KNOWN_UNLABELLED = java.util.Set.of();

    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = new MainViewModel(LessonRegistry.standard().catalog(), Long.MAX_VALUE);
        window = new MainWindow(model, LessonRegistry.standard().views());
        window.ensureParameters();
        stage.setScene(new Scene(window, 1280, 720));
        model.presentationProperty().set(true);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::dispose);
    }

    static List<String> lessons() {
        return LessonRegistry.standard().catalog().all().stream().map(l -> l.id()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everyDiagramIsTallAndLabelsTheStepsPacket(String lessonId) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.openLesson(lessonId)).get(60, TimeUnit.SECONDS);
        int steps = model.player().getTrace().stepCount();
        List<String> found = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            int s = step;
            found.addAll(WaitForAsyncUtils.asyncFx(() -> {
                model.player().goToStep(s + 1); // one-based
                CutText.settle(window);
                List<String> problems = new ArrayList<>();
                for (SequenceDiagram d : diagramsShown(window, new ArrayList<>())) {
                    String where = lessonId + " step " + (s + 1);
                    if (d.getHeight() < MIN_DIAGRAM_PX) {
                        problems.add(where + ": the sequence diagram is " + Math.round(d.getHeight()) + " px tall");
                    }
                    TracePacket own = d.selectedPacketProperty().get();
                    if (own != null && d.lookup("#packet-arrow-" + own.id()) != null) {
                        Node label = d.lookup("#packet-label-" + own.id());
                        // Its words, or in a ladder too dense for them its number ("#52"): never nothing.
                        boolean labelled = label instanceof Label l && l.isVisible()
                                && (l.getText().replace('\n', ' ').equals(own.label()) || own.label().startsWith(l.getText() + " "));
                        if (labelled && KNOWN_UNLABELLED.contains(where)) {
                            problems.add(where + ": now labels its packet; take it off KNOWN_UNLABELLED");
                        } else if (!labelled && !KNOWN_UNLABELLED.contains(where)) {
                            problems.add(where + ": the step's packet \"" + own.label() + "\" is drawn without its label"
                                    + (label instanceof Label l ? " (shown as \"" + l.getText() + "\")" : ""));
                        }
                    }
                }
                return problems;
            }).get(60, TimeUnit.SECONDS));
        }
        assertThat(found).as("presentation mode at 1280x720").isEmpty();
    }

    /**
     * A load balancer's decision step shows the whole topology (every backend box, tops included),
     * what the balancer read and the step's decision at once: the view scrolled to the decision used
     * to cut the backends' tops off.
     */
    @ParameterizedTest(name = "load-balancers step {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {3, 7})
    void theBackendsTheReadsAndTheDecisionAreAllWhole(int step) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.openLesson("load-balancers")).get(60, TimeUnit.SECONDS);
        List<String> cut = WaitForAsyncUtils.asyncFx(() -> {
            model.player().goToStep(step);
            CutText.settle(window);
            Node topology = window.lookup("#balancer-topology");
            javafx.scene.control.ScrollPane pane = enclosing(topology);
            Node viewport = pane.lookup(".viewport") != null ? pane.lookup(".viewport") : pane;
            javafx.geometry.Bounds view = viewport.localToScene(viewport.getLayoutBounds());
            List<String> problems = new ArrayList<>();
            List<Node> parts = new ArrayList<>();
            for (int b = 1; b <= 4; b++) {
                parts.add(window.lookup("#backend-" + b));
            }
            parts.addAll(window.lookupAll(".tech-chip.selected"));
            parts.addAll(window.lookupAll(".card-cell.highlighted"));
            assertThat(parts).hasSizeGreaterThan(6);
            for (Node n : parts) {
                javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
                if (b.getMinY() < view.getMinY() - 0.5 || b.getMaxY() > view.getMaxY() + 0.5) {
                    problems.add((n.getId() != null ? n.getId() : n.getStyleClass().toString()) + " spans " + Math.round(b.getMinY())
                            + ".." + Math.round(b.getMaxY()) + ", the view " + Math.round(view.getMinY()) + ".." + Math.round(view.getMaxY()));
                }
            }
            return problems;
        }).get(60, TimeUnit.SECONDS);
        assertThat(cut).as("load-balancers step %d presenting at 1280x720", step).isEmpty();
    }

    private static javafx.scene.control.ScrollPane enclosing(Node n) {
        Node p = n.getParent();
        while (!(p instanceof javafx.scene.control.ScrollPane)) {
            p = p.getParent();
        }
        return (javafx.scene.control.ScrollPane) p;
    }

    /** The sequence diagrams the class can see (not on a hidden pane or tab). */
    private static List<SequenceDiagram> diagramsShown(Parent parent, List<SequenceDiagram> out) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (!n.isVisible() || !n.isManaged() && !(n.getParent() instanceof javafx.scene.control.SplitPane)) {
                continue;
            }
            if (n instanceof SequenceDiagram d && d.getScene() != null && d.getWidth() > 0) {
                out.add(d);
            } else if (n instanceof Parent p) {
                diagramsShown(p, out);
            }
        }
        return out;
    }
}
