package org.wirewise.ui.lesson.addr;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.testing.AppWindow;
import org.wirewise.ui.app.MainViewModel;

/** The three address lessons in the real window, as a learner uses them (headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class AddressViewsTest {

    private MainViewModel model;
    private AppWindow app;

    @Start
    void start(Stage stage) {
        app = AppWindow.show(stage, "ip-addresses");
        model = app.model();
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static long networkBits(FxRobot robot) {
        return robot.lookup("#address-bits .network-bit").queryAllAs(Text.class).size();
    }

    @Test
    void aStepThatAddsABlockBelowTheFoldScrollsItIntoView(FxRobot robot) {
        robot.interact(() -> model.openLesson("cidr"));
        robot.type(KeyCode.END); // the special-purpose registries, added at the foot of the page
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane page = robot.lookup("#cidr-view").queryAs(javafx.scene.control.ScrollPane.class);
        Node registry = robot.lookup("#cidr-registry").query();
        javafx.geometry.Bounds block = registry.localToScene(registry.getLayoutBounds());
        javafx.geometry.Bounds viewport = page.localToScene(page.getLayoutBounds());
        assertThat(page.getVvalue()).as("the page has scrolled").isGreaterThan(0);
        assertThat(block.getMinY()).isBetween(viewport.getMinY(), viewport.getMaxY() - 40);
        robot.type(KeyCode.HOME); // back to a step that adds nothing: the page stays where the user left it
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cidr-registry").query().isVisible()).isFalse();
    }

    @Test
    void typingAnAddressShowsItsCanonicalTextAndColoursTheNetworkBits(FxRobot robot) {
        // Step 1 does not give the answer away: the heading is the address as typed until the rules are applied.
        assertThat(text(robot, "#address-canonical")).isEqualTo("2001:0DB8:0000:0000:0000:FF00:0042:8329/64");
        // Each rule's step shows the text as far as the rules have gone, never the answer ahead of them.
        robot.type(KeyCode.RIGHT, 3);
        assertThat(text(robot, "#address-canonical")).isEqualTo("2001:DB8:0:0:0:FF00:42:8329");
        robot.type(KeyCode.RIGHT);
        assertThat(text(robot, "#address-canonical")).isEqualTo("2001:DB8::FF00:42:8329");
        robot.type(KeyCode.END);
        assertThat(text(robot, "#address-canonical")).isEqualTo("2001:db8::ff00:42:8329");
        assertThat(networkBits(robot)).isEqualTo(64);
        // The last step selects the address's bytes in the datagram and scrolls the page to the hex dump.
        org.wirewise.ui.widget.PacketBytesView wire =
                robot.lookup("#address-wire").queryAs(org.wirewise.ui.widget.PacketBytesView.class);
        assertThat(wire.highlightedRange()).contains(new org.wirewise.ui.widget.PacketBytesView.ByteRange(38, 16));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane page = robot.lookup("#ip-addresses-view")
                .queryAs(javafx.scene.control.ScrollPane.class);
        Node hexDump = robot.lookup("#address-wire .hex-dump").query();
        javafx.geometry.Bounds dump = hexDump.localToScene(hexDump.getBoundsInLocal());
        javafx.geometry.Bounds viewport = page.localToScene(page.getLayoutBounds());
        assertThat(dump.getMinY()).isGreaterThanOrEqualTo(viewport.getMinY());
        assertThat(dump.getMinY() + 40).isLessThanOrEqualTo(viewport.getMaxY());
        Node field = robot.lookup("#parameter-address").query();
        robot.doubleClickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("192.0.2.130/26").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.END);
        assertThat(text(robot, "#address-canonical")).isEqualTo("192.0.2.130");
        assertThat(networkBits(robot)).isEqualTo(26);
        assertThat(text(robot, "#fact-network")).isEqualTo("192.0.2.128/26");
        assertThat(text(robot, "#fact-registry")).startsWith("Documentation (TEST-NET-1)");
        // The last step shows the datagram and where in it the address's 4 bytes are.
        assertThat(robot.lookup("#address-wire").query().isVisible()).isTrue();
        assertThat(robot.lookup(".addr-heading").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("On the wire: UDP to 192.0.2.130:9 (50 bytes; the address is bytes 30-33)");
    }

    @Test
    void aMalformedAddressIsExplainedAndTheLessonStays(FxRobot robot) {
        Node field = robot.lookup("#parameter-address").query();
        robot.doubleClickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("::1::").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#parameter-problem")).contains("\"::\" twice");
        assertThat(text(robot, "#address-canonical")).isEqualTo("2001:0DB8:0000:0000:0000:FF00:0042:8329/64");
    }

    @Test
    void theCidrCalculatorStepsThroughItsNumbers(FxRobot robot) {
        robot.interact(() -> model.openLesson("cidr"));
        assertThat(text(robot, "#cidr-block")).isEqualTo("10.0.0.0/16");
        assertThat(robot.lookup("#cidr-subnets").query().isVisible()).isFalse();
        robot.type(KeyCode.RIGHT, 4);
        assertThat(text(robot, "#narration-title")).isEqualTo("Split into /24: 256 subnets");
        assertThat(robot.lookup("#cidr-subnets").query().isVisible()).isTrue();
        assertThat(robot.lookup("#cidr-summary .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("10.0.255.255", "10.0.0.1", "10.0.255.254", "65,534");
        assertThat(text(robot, "#line-other")).isEqualTo("10.0.8.0/21");
    }

    @Test
    void thePlannerEditsAndUndoesInItsOwnTab(FxRobot robot) throws Exception {
        robot.interact(() -> model.openLesson("vpc-planner"));
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#vpc-box-database-c").tryQuery().isPresent());
        robot.clickOn("Planner");
        robot.clickOn("#planner-add-zone");
        assertThat(robot.lookup("#planner-block-public-d").queryAs(TextField.class).getText()).isEqualTo("10.0.3.0/24");
        TextField block = robot.lookup("#planner-block-private-b").queryAs(TextField.class);
        robot.doubleClickOn(block).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("10.0.4.0/23").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#planner-problems")).contains("private-b: 10.0.4.0/23 overlaps private-a 10.0.4.0/24");
        // The layout picture is redrawn on the next layout pulse.
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> robot
                .lookup("#planner-layout #vpc-box-private-b").tryQuery()
                .map(n -> n.getStyleClass().contains("conflict")).orElse(false));
        robot.clickOn("#planner-undo");
        assertThat(text(robot, "#planner-problems")).startsWith("No overlaps");
        robot.clickOn("#planner-undo");
        assertThat(robot.lookup("#planner-block-public-d").tryQuery()).isEmpty();
        robot.clickOn("#planner-redo");
        assertThat(robot.lookup("#planner-block-public-d").tryQuery()).isPresent();
        ComboBox<?> size = robot.lookup("#planner-size-public-a").queryAs(ComboBox.class);
        robot.interact(() -> size.getSelectionModel().select(Integer.valueOf(26) - 16));
        assertThat(robot.lookup("#planner-block-public-a").queryAs(TextField.class).getText()).isEqualTo("10.0.0.0/26");
        // The lesson's player keys still work while the planner is shown.
        assertThat(text(robot, "#player-step")).isEqualTo("Step 8 of 8");
    }
}
