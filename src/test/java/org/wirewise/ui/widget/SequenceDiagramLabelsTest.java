package org.wirewise.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.catalog.LessonRegistry;

/**
 * Crowded diagrams stay legible: labels never cover one another, the step's own packet always
 * keeps its label, and state changes close together do not stack their chips.
 */
@ExtendWith(ApplicationExtension.class)
class SequenceDiagramLabelsTest {

    private SequenceDiagram diagram;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        diagram = new SequenceDiagram();
        stage.setScene(new Scene(diagram, 700, 480)); // a projector-sized diagram pane at large type
        diagram.setStyle("-fx-font-size: 21px;");
        stage.sizeToScene(); // the stage outlives a test: one that resized it leaves no size behind
        stage.show();
    }

    /** The diagram's labels of a style class, read on the FX thread (the diagram redraws on each layout). */
    private List<Label> labels(String styleClass) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            diagram.layout();
            return diagram.getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof Label && n.getStyleClass().contains(styleClass) && n.isVisible())
                    .map(Label.class::cast).toList();
        }).get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    /**
     * A timer armed at the top of the plot (the SYN's retransmission timer as the SYN leaves) keeps
     * its countdown inside the plot: clear of the lanes' state badges in the header and of the state
     * chips on the now-line (it covered "SYN-SENT" twice).
     */
    @ParameterizedTest
    @CsvSource({"tcp-lifecycle, 2", "tcp-vs-udp, 1"})
    void aTimerArmedAtTheTopKeepsClearOfTheHeaderAndTheChips(String lessonId, int step, FxRobot robot) throws Exception {
        Trace trace = LessonSetup.defaults(LessonRegistry.standard().catalog().require(lessonId)).simulate();
        robot.interact(() -> {
            diagram.setTrace(trace);
            diagram.show(step - 1, trace.step(step - 1).time());
            diagram.layout();
        });
        List<Label> timers = labels("timer-label");
        assertThat(timers).as("the SYN's retransmission timer is drawn").isNotEmpty();
        List<Label> others = new java.util.ArrayList<>(labels("lane-state"));
        others.addAll(labels("state-chip"));
        for (Label timer : timers) {
            for (Label other : others) {
                assertThat(timer.getBoundsInParent().intersects(other.getBoundsInParent()))
                        .as("timer \"%s\" covers \"%s\"", timer.getText(), other.getText()).isFalse();
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"tcp-flow-control, 6", "tcp-vs-udp, 6", "nat-traversal, 8", "tcp-lifecycle, 12", "head-of-line, 5"})
    void labelsOfACrowdedStepDoNotOverlapAndTheStepsPacketKeepsItsLabel(String lessonId, int step, FxRobot robot) throws Exception {
        Trace trace = LessonSetup.defaults(LessonRegistry.standard().catalog().require(lessonId)).simulate();
        int index = Math.min(step, trace.stepCount()) - 1;
        robot.interact(() -> {
            diagram.setTrace(trace);
            diagram.show(index, trace.step(index).time());
            diagram.layout();
        });
        List<Label> packets = labels("packet-label");
        assertThat(packets).isNotEmpty();
        int own = trace.step(index).packetId();
        if (own >= 0) {
            assertThat(packets).extracting(Label::getId).contains("packet-label-" + own);
        }
        for (int i = 0; i < packets.size(); i++) {
            for (int j = i + 1; j < packets.size(); j++) {
                Label a = packets.get(i);
                Label b = packets.get(j);
                boolean prominent = a.getId().equals("packet-label-" + own) || b.getId().equals("packet-label-" + own);
                if (!prominent) {
                    assertThat(a.getBoundsInParent().intersects(b.getBoundsInParent()))
                            .as("%s \"%s\" and %s \"%s\" overlap", a.getId(), a.getText(), b.getId(), b.getText())
                            .isFalse();
                }
            }
        }
        List<Label> chips = labels("state-chip");
        for (int i = 0; i < chips.size(); i++) {
            for (int j = i + 1; j < chips.size(); j++) {
                Bounds a = chips.get(i).getBoundsInParent();
                Bounds b = chips.get(j).getBoundsInParent();
                assertThat(a.intersects(b)).as("chips \"%s\" and \"%s\"", chips.get(i).getText(), chips.get(j).getText())
                        .isFalse();
            }
        }
    }

    @org.junit.jupiter.api.Test
    void inANarrowHalfATickLabelUnderAStateChipGivesWayAndTheOthersStay(FxRobot robot) throws Exception {
        // Side A of an A/B comparison at 1280x720: the client's chips reach into the axis gutter.
        Trace trace = LessonSetup.defaults(LessonRegistry.standard().catalog().require("tcp-handshake")).simulate();
        int last = trace.stepCount() - 1;
        robot.interact(() -> {
            diagram.setStyle("-fx-font-size: 13px;");
            diagram.getScene().getWindow().setWidth(330);
            diagram.getScene().getWindow().setHeight(330);
            diagram.setTrace(trace);
            diagram.show(last, trace.step(last).time());
            diagram.layout();
        });
        List<Label> ticks = labels("time-tick-label");
        List<Label> chips = labels("state-chip");
        assertThat(chips).extracting(Label::getText).contains("SYN-SENT", "ESTABLISHED");
        assertThat(ticks).as("the axis keeps its other labels").hasSizeGreaterThanOrEqualTo(2);
        for (Label t : ticks) {
            for (Label c : chips) {
                assertThat(t.getBoundsInParent().intersects(c.getBoundsInParent()))
                        .as("tick \"%s\" under chip \"%s\"", t.getText(), c.getText()).isFalse();
            }
        }
    }

    @org.junit.jupiter.api.Test
    void inANarrowHalfAnAxisBreakSaysHowMuchTimeItHidesWithinTheDiagram(FxRobot robot) throws Exception {
        // url-journey's side of an A/B comparison at 1280x720: "axis broken: 13.3 ms in flight" ran off the edge.
        Trace trace = LessonSetup.defaults(LessonRegistry.standard().catalog().require("url-journey")).simulate();
        robot.interact(() -> {
            diagram.setStyle("-fx-font-size: 13px;");
            diagram.getScene().getWindow().setWidth(300);
            diagram.getScene().getWindow().setHeight(330);
            diagram.setTrace(trace);
            diagram.show(5, trace.step(5).time());
            diagram.layout();
        });
        List<Label> breaks = labels("time-break-label");
        assertThat(breaks).isNotEmpty();
        for (Label b : breaks) {
            assertThat(b.getText()).matches(".*\\d ms (in flight|idle)");
            assertThat(b.getBoundsInParent().getMaxX()).as(b.getText()).isLessThanOrEqualTo(diagram.getWidth());
        }
    }

    @ParameterizedTest
    @CsvSource({"dns-resolution, 8", "bdp, 4", "tls-handshake, 8"})
    void onAShortProjectorDiagramTheAxisWordsNeverPrintOverOneAnother(String lessonId, int step, FxRobot robot)
            throws Exception {
        // Presenting at 1280x720 a lesson's diagram gets about 200 px: its breaks crowd the axis.
        Trace trace = LessonSetup.defaults(LessonRegistry.standard().catalog().require(lessonId)).simulate();
        int index = step - 1;
        robot.interact(() -> {
            diagram.getScene().getWindow().setWidth(1280);
            diagram.getScene().getWindow().setHeight(220);
            diagram.setTrace(trace);
            diagram.show(index, trace.step(index).time());
            diagram.layout();
        });
        List<Label> words = new java.util.ArrayList<>(labels("time-tick-label"));
        words.addAll(labels("time-break-label"));
        assertThat(labels("time-tick-label")).as("the axis keeps some labels").isNotEmpty();
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                assertThat(words.get(i).getBoundsInParent().intersects(words.get(j).getBoundsInParent()))
                        .as("\"%s\" over \"%s\"", words.get(i).getText(), words.get(j).getText()).isFalse();
            }
        }
    }

    @org.junit.jupiter.api.Test
    void anIdleDiagramAsksForNoMoreLayoutPasses(FxRobot robot) throws Exception {
        // It used to rebuild its nodes in every layout, which asked for the next one: a redraw per
        // frame while nothing changed, and lookups racing the rebuild.
        Trace trace = LessonSetup.defaults(LessonRegistry.standard().catalog().require("tcp-flow-control")).simulate();
        int[] passes = {0};
        robot.interact(() -> {
            diagram.setTrace(trace);
            diagram.show(5, trace.step(5).time());
            diagram.getScene().addPostLayoutPulseListener(() -> passes[0]++);
        });
        // Settling (CSS, tooltips, the first drawing) takes a few passes; then there must be none.
        int quiet = 0;
        for (int i = 0; i < 200 && quiet < 5; i++) {
            int before = passes[0];
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            quiet = passes[0] == before ? quiet + 1 : 0;
        }
        assertThat(quiet).as("layout passes stopped once the diagram was drawn").isEqualTo(5);
        assertThat(labels("packet-label")).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void clickingTheOverviewStripMovesTheWindowShiftArrowsPanItAndTheNextStepFollowsAgain(FxRobot robot) throws Exception {
        Trace trace = LessonSetup.defaults(LessonRegistry.standard().catalog().require("tcp-flow-control")).simulate();
        robot.interact(() -> {
            diagram.setTrace(trace);
            diagram.show(4, trace.step(4).time());
            diagram.layout();
        });
        DiagramWindow.Choice following = diagram.drawnWindow();
        assertThat(following.whole()).as("flow control is too dense to draw whole").isFalse();
        javafx.scene.Node strip = robot.lookup("#overview-strip").query();
        // Near the strip's bottom: the end of the run, seconds after step 5's window.
        robot.interact(() -> {
            Bounds b = strip.getBoundsInParent();
            javafx.event.Event.fireEvent(diagram, mouse(javafx.scene.input.MouseEvent.MOUSE_PRESSED, b.getCenterX(), b.getMaxY() - 2));
            diagram.layout();
        });
        DiagramWindow.Choice moved = diagram.drawnWindow();
        assertThat(moved.from()).as("moved to the end of the run").isGreaterThan(following.to());
        assertThat(moved.to() - moved.from()).isEqualTo(following.to() - following.from());
        robot.interact(() -> {
            javafx.event.Event.fireEvent(diagram, new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                    "", "", javafx.scene.input.KeyCode.UP, true, false, false, false));
            diagram.layout();
        });
        assertThat(diagram.drawnWindow().from()).as("Shift+Up moves the window earlier").isLessThan(moved.from());
        robot.interact(() -> {
            diagram.show(5, trace.step(5).time());
            diagram.layout();
        });
        long now = trace.step(5).time();
        assertThat(now).as("the next step's moment is in view again")
                .isBetween(diagram.drawnWindow().from(), diagram.drawnWindow().to());
    }

    private static javafx.scene.input.MouseEvent mouse(javafx.event.EventType<javafx.scene.input.MouseEvent> type, double x, double y) {
        return new javafx.scene.input.MouseEvent(type, x, y, x, y, javafx.scene.input.MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, false, false, false, null);
    }
}
