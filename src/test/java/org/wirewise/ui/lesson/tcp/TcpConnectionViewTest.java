package org.wirewise.ui.lesson.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wirewise.testing.AppWindow;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.ui.app.MainViewModel;
import org.wirewise.ui.app.MainWindow;

/** The lifecycle lesson in the real window: losing a packet from the diagram and seeing TCP recover. */
@ExtendWith(ApplicationExtension.class)
class TcpConnectionViewTest {

    private MainViewModel model;
    private MainWindow window;
    private AppWindow app;

    @Start
    void start(Stage stage) {
        app = AppWindow.show(stage, "tcp-lifecycle", 1600, 1000);
        model = app.model();
        window = app.window();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void losingASegmentFromItsContextMenuRerunsTheLessonWithARetransmission(FxRobot robot) {
        robot.clickOn("#sequence-diagram");
        robot.type(KeyCode.END);
        // Headless Monocle synthesises no context-menu events, so the menu is opened as the label holds it.
        Label label = robot.lookup("#packet-label-15").queryAs(Label.class); // #16, the client's FIN
        MenuItem lose = label.getContextMenu().getItems().get(0);
        assertThat(lose.getText()).isEqualTo("Lose this packet");
        robot.interact(lose::fire);
        assertThat(robot.lookup("#parameter-drop").queryAs(TextField.class).getText()).isEqualTo("16");
        TracePacket lost = model.player().frameProperty().get().trace().packets().get(15);
        assertThat(lost.delivered()).isFalse();
        assertThat(model.player().frameProperty().get().trace().packets())
                .anyMatch(p -> p.label().contains("FIN") && p.label().endsWith("retransmission"));
        robot.type(KeyCode.END);
        robot.clickOn("#packet-label-15");
        assertThat(robot.lookup(".bytes-pane .section-title").queryAs(Label.class).getText()).endsWith("lost)");
    }

    @Test
    void inPresentationModeAShiftClickStillLosesThePacketAndCanBeUndone(FxRobot robot) {
        // The parameter panel is hidden there: the view edits its lesson through its context.
        robot.interact(() -> model.presentationProperty().set(true));
        robot.clickOn("#sequence-diagram");
        robot.type(KeyCode.END);
        robot.press(KeyCode.SHIFT).clickOn("#packet-label-0", MouseButton.PRIMARY).release(KeyCode.SHIFT);
        assertThat(model.getSetup().values().get("drop")).isEqualTo("1");
        assertThat(model.player().frameProperty().get().trace().packets().get(0).delivered()).isFalse();
        robot.interact(model::undo);
        assertThat(model.getSetup().values().get("drop")).isEqualTo("");
    }

    @Test
    void aShiftClickLosesTheSynAndTheClientRetriesAfterOneSecond(FxRobot robot) {
        robot.clickOn("#sequence-diagram");
        robot.type(KeyCode.END);
        robot.press(KeyCode.SHIFT).clickOn("#packet-label-0", MouseButton.PRIMARY).release(KeyCode.SHIFT);
        assertThat(robot.lookup("#parameter-drop").queryAs(TextField.class).getText()).isEqualTo("1");
        var packets = model.player().frameProperty().get().trace().packets();
        assertThat(packets.get(0).delivered()).isFalse();
        assertThat(packets.get(1).label()).isEqualTo("#2 SYN seq=0 win=64240  retransmission");
        assertThat(packets.get(1).sentAt()).isEqualTo(1_000_000_000L);
    }

    @Test
    void theTimeWaitStretchIsDrawnOnABrokenAxisWithTheIdleTimeWritten(FxRobot robot) {
        robot.clickOn("#sequence-diagram");
        robot.type(KeyCode.END);
        assertThat(robot.lookup("#time-break").queryAs(Label.class).getText()).startsWith("axis broken: 119.")
                .endsWith(" s idle");
    }

    @Test
    void flowControlShowsTheZeroWindowInTheBufferPanel(FxRobot robot) {
        robot.interact(() -> model.openLesson("tcp-flow-control"));
        robot.interact(() -> model.player().goToStep(5)); // "Zero window: the sender must stop"
        assertThat(robot.lookup("#advertised-window").queryAs(Label.class).getText())
                .isEqualTo("Advertised window: 0 bytes (zero window)");
        robot.interact(() -> model.player().last());
        assertThat(robot.lookup("#delivered-bytes").queryAs(Label.class).getText())
                .isEqualTo("Read by the application: 160,000 bytes");
    }

    @Test
    void headOfLineDrawsArrivalAndDeliveryForEveryMessage(FxRobot robot) {
        robot.interact(() -> model.openLesson("head-of-line"));
        robot.interact(() -> model.player().last());
        assertThat(robot.lookup("#delivery-timeline .timeline-delivered").queryAll()).hasSize(10);
        assertThat(robot.lookup("#delivery-timeline .timeline-wait").queryAll()).hasSize(7); // messages 4–10 waited
    }

    @Test
    void portsShowsWhenConnectFailsAndTcpTwReuseAvoidsIt(FxRobot robot) {
        robot.interact(() -> model.openLesson("ports-sockets"));
        robot.interact(() -> model.player().last());
        assertThat(robot.lookup("#port-failure").queryAs(Label.class).getText())
                .isEqualTo("32.8 s: Cannot assign requested address");
        // the last parameter, below the fold of the parameter list at this window size
        robot.interact(() -> robot.lookup("#parameter-panel .parameter-sheet")
                .queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        robot.clickOn("#parameter-twReuse");
        assertThat(robot.lookup("#port-failure").queryAs(Label.class).getText()).isEqualTo("never runs out");
    }

    @Test
    void gShowsTheTcptraceGraphInTheLaddersPlaceWithTheSegmentsSentSoFarAndGBringsTheLadderBack(FxRobot robot) {
        robot.clickOn("#sequence-diagram");
        robot.type(KeyCode.RIGHT, 7); // step 8: the response is under way
        robot.type(KeyCode.G);
        assertThat(robot.lookup("#tcptrace-chart").tryQuery()).as("the graph is shown").isPresent();
        assertThat(robot.lookup("#sequence-diagram").tryQuery()).as("in the ladder's place").isEmpty();
        assertThat(robot.lookup("#tcptrace-chart .chart-title").queryAs(javafx.scene.control.Label.class).getText())
                .as("the lanes' titles, not their ids").isEqualTo("tcptrace: Server → Client");
        var frame = model.player().frameProperty().get();
        long sent = org.wirewise.model.transport.SequenceGraph.of(frame.trace()).orElseThrow().segments().stream()
                .filter(s -> s.time() <= frame.time()).count();
        // Each segment is an I-beam: a bar and two caps.
        int drawn = robot.lookup(".tcptrace-segment").queryAll().size()
                + robot.lookup(".tcptrace-retransmission").queryAll().size();
        assertThat(sent).isPositive();
        assertThat(drawn).as("segments sent by now").isEqualTo((int) sent * 3 + 2); // + the legend's two swatches
        robot.type(KeyCode.G);
        assertThat(robot.lookup("#sequence-diagram").tryQuery()).as("the ladder again").isPresent();
    }
}
