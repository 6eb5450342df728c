package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.testing.AppWindow;
import org.wirewise.ui.widget.SequenceDiagram;

/**
 * A lesson worked through with the keyboard alone (the robot presses keys, never the mouse): open a
 * lesson from the list, change a parameter, step, select a packet in the diagram and see its bytes,
 * lose it and undo that, read the shortcuts and close them. Each step checks what the user sees.
 * And what only the mouse reached before: menus, hover-only tooltips, dragged dividers.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlyPathTest {

    private static final String LESSON = "tcp-lifecycle";
    private MainViewModel model;
    private AppWindow app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = AppWindow.show(stage, "tcp-handshake", 1280, 800);
        stage.sizeToScene();
        model = app.model();
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void aLessonFromListToDroppedPacketAndBackWithKeysOnly(FxRobot robot) {
        await("tcp-handshake is open", () -> lessonOpen("tcp-handshake"));

        // The lesson list: Tab to it, arrows to the lesson (passing lessons does not open them), Enter.
        tabUntil(robot, n -> n.getId() != null && n.getId().equals("lesson-sidebar"), false);
        TreeView<?> sidebar = robot.lookup("#lesson-sidebar").queryAs(TreeView.class);
        int from = sidebar.getFocusModel().getFocusedIndex();
        int to = row(sidebar, LESSON);
        for (int i = from; i != to; i += Integer.signum(to - from)) {
            robot.type(to > from ? KeyCode.DOWN : KeyCode.UP);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSetup().lesson().id()).as("the arrows only move through the list").isEqualTo("tcp-handshake");
        robot.type(KeyCode.ENTER);
        await(LESSON + " opens on Enter", () -> lessonOpen(LESSON));
        expectStep(robot, 1);

        // A parameter: Tab to its field, type over it (Tab selected the old value), Enter applies it.
        tabUntil(robot, n -> "parameter-rttMs".equals(n.getId()), false);
        robot.write("200").type(KeyCode.ENTER);
        await("the lesson re-runs with a 200 ms round trip",
                () -> lessonOpen(LESSON) && Double.valueOf(200).equals(model.getSetup().values().get("rttMs")));

        // Out of the field (Right moves its caret there), then Right steps the player.
        shiftTab(robot);
        assertThat(focusOwner(robot)).as("Shift+Tab left the field for the panel's Reset button").isInstanceOf(Button.class);
        robot.type(KeyCode.RIGHT, 3);
        expectStep(robot, 4);

        // Into the diagram: the ring goes around it and the mark starts on the step's packet.
        tabUntil(robot, n -> n instanceof SequenceDiagram, true);
        SequenceDiagram diagram = (SequenceDiagram) focusOwner(robot);
        Trace trace = model.player().getTrace();
        TracePacket stepPacket = trace.packets().get(trace.step(3).packetId());
        await("the mark is on step 4's packet", () -> stepPacket.equals(diagram.selection().markedProperty().get()));
        await("the focus ring is drawn around the diagram", () -> ringAround(robot, diagram));
        awaitNode(robot, "#packet-focus-" + stepPacket.id());

        // Up to the first packet (the SYN), Down to the second (the SYN-ACK), Enter: its bytes.
        while (diagram.selection().markedProperty().get().id() != 0) {
            robot.type(KeyCode.UP);
        }
        robot.type(KeyCode.DOWN);
        TracePacket synAck = diagram.selection().markedProperty().get();
        assertThat(synAck.id()).as("Down moved the mark to the packet sent next").isEqualTo(1);
        assertThat(synAck.label()).contains("SYN, ACK");
        robot.type(KeyCode.ENTER);
        await("Enter selects the marked packet", () -> synAck.equals(diagram.selectedPacketProperty().get()));
        await("the bytes pane shows it", () -> bytesTitle(robot).startsWith("Packet bytes: " + synAck.label().replace('\n', ' ')));

        // D loses it: the lesson re-runs with packet #2 on its loss list, drawn lost.
        robot.type(KeyCode.D);
        await("the lesson re-runs with the SYN-ACK lost", () -> "2".equals(model.getSetup().values().get("drop"))
                && !model.player().getTrace().packets().get(1).delivered());
        expectStep(robot, 4);

        // Ctrl+Z undoes it.
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        await("undo delivers it again", () -> "".equals(model.getSetup().values().get("drop"))
                && model.player().getTrace().packets().get(1).delivered());

        // F1: the shortcuts, with the keyboard-only keys; Escape closes them.
        robot.type(KeyCode.F1);
        await("the shortcuts dialog opens", () -> shortcutsDialog(robot) != null);
        String shortcuts = ((Label) shortcutsDialog(robot).getContent()).getText();
        assertThat(shortcuts).contains("Keyboard only").contains("mark the packet sent before / after")
                .contains("lose the marked packet");
        robot.type(KeyCode.ESCAPE);
        await("Escape closes it", () -> shortcutsDialog(robot) == null);
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void thePlayersButtonsAreTabStopsAndSpacePressesTheOneTabReached(FxRobot robot) {
        await("tcp-handshake is open", () -> lessonOpen("tcp-handshake"));
        expectStep(robot, 1);
        tabUntil(robot, n -> "player-next".equals(n.getId()), true);
        robot.type(KeyCode.SPACE);
        expectStep(robot, 2);
        assertThat(model.player().isPlaying()).as("Space pressed Next; it did not start playback").isFalse();
    }

    @Test
    void everyTopLevelMenuHasAMnemonicAndF10ThenDownOpensTheFirstMenu(FxRobot robot) {
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        for (Menu m : bar.getMenus()) {
            assertThat(m.getText()).as("a letter to open %s with Alt", m.getText()).contains("_");
            assertThat(m.isMnemonicParsing()).isTrue();
        }
        robot.type(KeyCode.F10);
        robot.type(KeyCode.DOWN);
        await("the File menu is open", () -> bar.getMenus().get(0).isShowing());
        robot.type(KeyCode.ESCAPE);
        await("Escape closes it", () -> !bar.getMenus().get(0).isShowing());
    }

    @Test
    void shiftF1ShowsTheFocusedParametersTooltipAndTheNextKeyHidesIt(FxRobot robot) {
        robot.interact(() -> robot.lookup("#parameter-rttMs").query().requestFocus());
        robot.press(KeyCode.SHIFT).type(KeyCode.F1).release(KeyCode.SHIFT);
        await("the tooltip shows", () -> shownTooltip(robot) != null);
        assertThat(shownTooltip(robot).getText()).contains("Allowed:");
        robot.type(KeyCode.SHIFT);
        await("the next key hides it", () -> shownTooltip(robot) == null);
    }

    @Test
    void ctrlShiftArrowsMoveTheDividerBesideTheFocusedPart(FxRobot robot) {
        Node reset = robot.lookup("#parameters-reset").query();
        Node narration = robot.lookup("#narration-panel").query();
        robot.interact(reset::requestFocus);
        double before = narration.getLayoutBounds().getHeight();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.UP, 3).release(KeyCode.SHIFT, KeyCode.CONTROL);
        await("the narration above the parameters is shorter by about 3 × 2 % of the column",
                () -> narration.getLayoutBounds().getHeight() < before - 30);
        double shorter = narration.getLayoutBounds().getHeight();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT, KeyCode.CONTROL);
        await("Down gives some back", () -> narration.getLayoutBounds().getHeight() > shorter + 5);
        assertThat(reset.isFocused()).as("the focus stays").isTrue();
    }

    private static Tooltip shownTooltip(FxRobot robot) {
        for (Window w : robot.listWindows()) {
            if (w instanceof Tooltip t && t.isShowing()) {
                return t;
            }
        }
        return null;
    }

    private boolean lessonOpen(String id) {
        return model.getSetup() != null && model.getSetup().lesson().id().equals(id) && !model.simulatingProperty().get()
                && model.player().getTrace() != null;
    }

    private static int row(TreeView<?> tree, String lessonId) {
        for (int i = 0; i < tree.getExpandedItemCount(); i++) {
            TreeItem<?> item = tree.getTreeItem(i);
            if (item.getValue() instanceof Lesson<?> l && l.id().equals(lessonId)) {
                return i;
            }
        }
        throw new AssertionError(lessonId + " is not in the list");
    }

    private Node focusOwner(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return stage.getScene().getFocusOwner();
    }

    /** Presses Tab (or Shift+Tab) until {@code target} has the focus, as a user would; at most 60 times. */
    private void tabUntil(FxRobot robot, Predicate<Node> target, boolean forward) {
        for (int i = 0; i < 60; i++) {
            Node focus = focusOwner(robot);
            if (focus != null && target.test(focus)) {
                return;
            }
            if (forward) {
                robot.type(KeyCode.TAB);
            } else {
                shiftTab(robot);
            }
        }
        throw new AssertionError("Tab never reached it; the focus is on " + focusOwner(robot));
    }

    private static void shiftTab(FxRobot robot) {
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
    }

    private static boolean ringAround(FxRobot robot, Node focused) {
        Node ring = robot.lookup("#focus-ring").query();
        if (!ring.isVisible()) {
            return false;
        }
        Bounds r = ring.localToScene(ring.getLayoutBounds());
        Bounds f = focused.localToScene(focused.getLayoutBounds());
        return r.getMinX() < f.getMinX() && r.getMinY() < f.getMinY() && r.getMaxX() > f.getMaxX()
                && r.getMaxY() > f.getMaxY() && f.getMinX() - r.getMinX() >= 2;
    }

    private static String bytesTitle(FxRobot robot) {
        return robot.lookup(".bytes-pane .section-title").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static DialogPane shortcutsDialog(FxRobot robot) {
        for (Window w : robot.listWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane
                    && "Keyboard shortcuts".equals(pane.getHeaderText())) {
                return pane;
            }
        }
        return null;
    }

    private static void expectStep(FxRobot robot, int step) {
        await("step " + step + " shows", () -> robot.lookup("#player-step").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Step " + step + " of")).orElse(false));
    }

    private static void awaitNode(FxRobot robot, String query) {
        await(query + " is drawn", () -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    private static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError(what + ": not within 15 s", e);
        }
    }
}
