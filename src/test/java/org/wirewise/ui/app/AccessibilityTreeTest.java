package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.model.trace.StepDescription;
import org.wirewise.testing.AppWindow;

/**
 * What a screen reader would hear of the window. JavaFX has no accessibility bridge on Linux (the
 * platform's {@code createAccessible} is null there, so Orca cannot read it), so this test reads the
 * accessibility tree the way the Windows and macOS bridges do, through
 * {@link Node#queryAccessibleAttribute}, prints it, and checks what matters.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibilityTreeTest {

    private AppWindow app;

    @Start
    void start(Stage stage) {
        app = AppWindow.show(stage, "tcp-handshake");
        app.window().ensureParameters();
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    /** One line per visible node a reader would meet: its role, text and help, indented by depth. */
    static String dump(Node root) {
        StringBuilder out = new StringBuilder();
        walk(root, 0, out, new ArrayList<>());
        return out.toString();
    }

    /** Visible, focusable controls with nothing to say. */
    static List<String> silentControls(Node root) {
        List<String> silent = new ArrayList<>();
        walk(root, 0, new StringBuilder(), silent);
        return silent;
    }

    private static void walk(Node node, int depth, StringBuilder out, List<String> silent) {
        if (!node.isVisible()) {
            return;
        }
        Object role = node.queryAccessibleAttribute(AccessibleAttribute.ROLE);
        Object text = node.queryAccessibleAttribute(AccessibleAttribute.TEXT);
        Object help = node.queryAccessibleAttribute(AccessibleAttribute.HELP);
        boolean said = text != null && !text.toString().isBlank();
        // A label's own text node says it again: a reader does not.
        boolean repeated = said && node.getParent() != null
                && text.equals(node.getParent().queryAccessibleAttribute(AccessibleAttribute.TEXT));
        if (!repeated && (role != AccessibleRole.NODE && role != AccessibleRole.PARENT || said)) {
            out.append("  ".repeat(depth)).append(role);
            if (said) {
                out.append(" \u201c").append(text.toString().replace('\n', ' ')).append('\u201d');
            }
            if (!said && labelled(node)) {
                Node label = (Node) node.queryAccessibleAttribute(AccessibleAttribute.LABELED_BY);
                out.append(" named by \u201c").append(label.queryAccessibleAttribute(AccessibleAttribute.TEXT))
                        .append('\u201d');
            }
            if (help != null && !help.toString().isBlank()) {
                out.append("  [help: ").append(help.toString().replace('\n', ' ')).append(']');
            }
            out.append('\n');
        }
        if (node instanceof Control && node.isFocusTraversable() && !node.isDisabled() && !said && !labelled(node)) {
            silent.add(role + " " + node.getClass().getSimpleName() + " " + node.getId() + " " + node.getStyleClass());
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, depth + 1, out, silent);
            }
        }
    }

    /** Named by a label ({@code Label.setLabelFor}), as a reader names a field by its label. */
    private static boolean labelled(Node node) {
        Object by = node.queryAccessibleAttribute(AccessibleAttribute.LABELED_BY);
        Object text = by instanceof Node label ? label.queryAccessibleAttribute(AccessibleAttribute.TEXT) : null;
        return text != null && !text.toString().isBlank();
    }

    private Node diagram(FxRobot robot) {
        return robot.lookup("#sequence-diagram").query();
    }

    private String diagramText(FxRobot robot) {
        return robot.interact(() -> (String) diagram(robot).queryAccessibleAttribute(AccessibleAttribute.TEXT)) == null
                ? null : String.valueOf(diagram(robot).queryAccessibleAttribute(AccessibleAttribute.TEXT));
    }

    private void awaitStep(FxRobot robot, int index) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.model().player().getTrace() != null
                && app.model().player().getStepIndex() == index && diagram(robot).getAccessibleText() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aReaderHearsTheStepsDescriptionAndEveryControlsName(FxRobot robot) throws Exception {
        awaitStep(robot, 0);
        robot.type(KeyCode.RIGHT, 2);
        awaitStep(robot, 2);
        StepDescription words = new StepDescription(app.model().player().getTrace(), Locale.ENGLISH);
        String tree = robot.interact(() -> dump(app.window().getScene().getRoot())) == null ? ""
                : dump(app.window().getScene().getRoot());
        System.out.println("Accessibility tree of tcp-handshake, step 3:\n" + tree);
        assertThat(diagramText(robot)).isEqualTo(words.describe(2)).contains("SYN, ACK");
        assertThat(tree).contains("IMAGE_VIEW \u201c" + words.describe(2) + "\u201d")
                .contains("IMAGE_VIEW \u201cThe frame's 74 bytes in hexadecimal");
        assertThat(robot.interact(() -> silentControls(app.window().getScene().getRoot())) == null ? List.of()
                : silentControls(app.window().getScene().getRoot())).as("focusable controls a reader cannot name")
                .isEmpty();
        robot.type(KeyCode.RIGHT);
        awaitStep(robot, 3);
        assertThat(diagramText(robot)).isEqualTo(words.describe(3)).contains("Client is now ESTABLISHED");
    }

    @Test
    void aChartSaysItsValuesAtThePlayersMoment(FxRobot robot) throws Exception {
        robot.interact(() -> app.model().openLesson("congestion"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.model().player().getTrace() != null
                && app.model().player().getTrace().lessonId().equals("congestion"));
        robot.interact(() -> app.model().player().goToStep(3));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".series-chart").queryAll().stream()
                .anyMatch(n -> n.getAccessibleText() != null));
        String tree = robot.interact(() -> dump(app.window().getScene().getRoot())) == null ? ""
                : dump(app.window().getScene().getRoot());
        System.out.println("Accessibility tree of congestion, step 3 (charts):\n" + tree.lines()
                .filter(l -> l.contains("IMAGE_VIEW")).collect(java.util.stream.Collectors.joining("\n")));
        assertThat(tree).containsPattern("IMAGE_VIEW \u201ccwnd \\(segments\\)[^:]*: [^\u201d]* at [0-9.]+ s, "
                + "(no loss|1 loss|[0-9]+ losses) so far");
        assertThat(tree).contains("IMAGE_VIEW \u201cbottleneck queue (packets): ");
        assertThat(robot.interact(() -> silentControls(app.window().getScene().getRoot())) == null ? List.of()
                : silentControls(app.window().getScene().getRoot())).as("focusable controls a reader cannot name")
                .isEmpty();
    }

    @Test
    void aNewStepIsAnnouncedOnceWithItsTitleAndDescription(FxRobot robot) throws Exception {
        awaitStep(robot, 0);
        List<String> heard = new ArrayList<>();
        robot.interact(() -> app.window().announcedProperty().addListener((o, was, now) -> heard.add(now)));
        robot.type(KeyCode.RIGHT);
        awaitStep(robot, 1);
        StepDescription words = new StepDescription(app.model().player().getTrace(), Locale.ENGLISH);
        assertThat(heard).containsExactly(words.announcement(1));
        assertThat(heard.get(0)).startsWith("Step 2 of 8, at 0 ms. The client sends SYN. Packet 1");
        Node narration = robot.lookup("#narration-panel").query();
        assertThat(narration.queryAccessibleAttribute(AccessibleAttribute.TEXT)).isEqualTo(words.announcement(1));
    }
}
