package org.wirewise.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.model.packet.Field;

@ExtendWith(ApplicationExtension.class)
class PacketBytesViewTest {

    private PacketBytesView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new PacketBytesView();
        view.show(SynFrame.BYTES, SynFrame.FRAME);
        stage.setScene(new Scene(view, 900, 700));
        stage.show();
    }

    @Test
    void treeShowsLayersExpandedWithSummariesAndByteTooltips(FxRobot robot) {
        TreeCell<?> cell = cell(robot, "Source Address: 10.180.156.141");
        assertThat(cell.getTooltip().getText()).isEqualTo("bytes 26\u201329 (4 bytes)");
        assertThat(cell(robot, "Source Port: 61450")).isNotNull();
        TreeView<Field> tree = fieldTree(robot);
        assertThat(tree.getRoot().isExpanded()).isTrue();
        assertThat(tree.getRoot().getChildren()).allMatch(layer -> layer.isExpanded());
        assertThat(tree.getTreeItem(tree.getRow(tree.getRoot().getChildren().get(2)) + 6).getValue().name())
                .as("TCP flags keep their bits collapsed").isEqualTo("Flags");
        assertThat(tree.getTreeItem(tree.getRow(tree.getRoot().getChildren().get(2)) + 6).isExpanded()).isFalse();
    }

    @Test
    void selectingAFieldInTheTreeHighlightsExactlyItsBytes(FxRobot robot) {
        robot.clickOn(cell(robot, "Source Address: 10.180.156.141"));

        assertThat(view.getSelectedField()).isSameAs(SynFrame.SOURCE_ADDRESS);
        assertThat(view.highlightedRange()).contains(new PacketBytesView.ByteRange(26, 4));
        assertThat(selectedText(robot, ".hex")).isEqualTo("0a b4 9c 8d");
        assertThat(selectedText(robot, ".ascii")).isEqualTo("....");
        assertThat(highlightShape(robot, ".hex").getElements()).isNotEmpty();
    }

    @Test
    void highlightFollowsKeyboardNavigationWithoutRebuildingTheDump(FxRobot robot) {
        Text hex = robot.lookup(".hex-dump .hex").queryAs(Text.class);
        String dumpText = hex.getText();
        robot.clickOn(cell(robot, "Source Address: 10.180.156.141"));

        robot.type(KeyCode.DOWN);

        assertThat(view.getSelectedField()).isSameAs(SynFrame.DESTINATION_ADDRESS);
        assertThat(view.highlightedRange()).contains(new PacketBytesView.ByteRange(30, 4));
        assertThat(selectedText(robot, ".hex")).isEqualTo("0a b4\n9c f9");
        assertThat(robot.lookup(".hex-dump .hex").queryAs(Text.class)).isSameAs(hex);
        assertThat(hex.getText()).isSameAs(dumpText);
    }

    @Test
    void inTheHexDumpUpAndDownGoToTheFieldBeforeAndAfterTheLitBytes(FxRobot robot) {
        robot.interact(() -> {
            view.select(SynFrame.SOURCE_ADDRESS);
            robot.lookup(".hex-dump").query().requestFocus();
        });
        robot.type(KeyCode.DOWN);
        assertThat(view.getSelectedField()).isSameAs(SynFrame.DESTINATION_ADDRESS);
        assertThat(selectedText(robot, ".hex")).isEqualTo("0a b4\n9c f9");
        robot.type(KeyCode.DOWN);
        assertThat(view.getSelectedField()).isSameAs(SynFrame.SOURCE_PORT);
        robot.type(KeyCode.UP, 2);
        assertThat(view.getSelectedField()).isSameAs(SynFrame.SOURCE_ADDRESS);
        assertThat(robot.lookup(".hex-dump").query().isFocused()).as("the keys stay in the dump").isTrue();
    }

    @Test
    void enterOpensAndClosesTheSelectedFieldInTheTree(FxRobot robot) {
        robot.interact(() -> view.select(SynFrame.IPV4));
        TreeView<Field> tree = fieldTree(robot);
        robot.interact(tree::requestFocus);
        boolean open = tree.getSelectionModel().getSelectedItem().isExpanded();
        robot.type(KeyCode.ENTER);
        assertThat(tree.getSelectionModel().getSelectedItem().isExpanded()).isEqualTo(!open);
        robot.type(KeyCode.ENTER);
        assertThat(tree.getSelectionModel().getSelectedItem().isExpanded()).isEqualTo(open);
    }

    @Test
    void highlightAcrossTheEightByteGapAndRowsCoversTheWholeField(FxRobot robot) {
        robot.interact(() -> view.select(SynFrame.IPV4));

        assertThat(view.highlightedRange()).contains(new PacketBytesView.ByteRange(14, 20));
        assertThat(selectedText(robot, ".hex"))
                .isEqualTo("45 00\n00 40 55 2f 40 00 40 06  96 9a 0a b4 9c 8d 0a b4\n9c f9");
        assertThat(selectedText(robot, ".ascii")).isEqualTo("E.\n.@U/@.@.........\n..");
        // One rectangle per row (4 path elements plus a close each), never spanning the line break.
        assertThat(highlightShape(robot, ".hex").getElements()).hasSize(3 * 5);
    }

    @Test
    void clickingAByteSelectsTheInnermostFieldAndRevealsIt(FxRobot robot) {
        robot.clickOn(hexByte(robot, 35));

        assertThat(view.getSelectedField()).isSameAs(SynFrame.SOURCE_PORT);
        assertThat(view.highlightedRange()).contains(new PacketBytesView.ByteRange(34, 2));
        TreeView<Field> tree = fieldTree(robot);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue()).isSameAs(SynFrame.SOURCE_PORT);
        assertThat(tree.getScene().getFocusOwner()).isSameAs(tree);

        robot.clickOn(hexByte(robot, 46)); // Header Length, Flags and Syn share byte 46; Header Length is narrowest
        assertThat(view.getSelectedField().name()).isEqualTo("Header Length");
        robot.clickOn(hexByte(robot, 47)); // Flags and its Syn bit both cover 46..47: the deeper one wins
        assertThat(view.getSelectedField().name()).isEqualTo("Syn");
        assertThat(cell(robot, "Syn: Set")).isNotNull();
    }

    @Test
    void clickingTheAsciiColumnSelectsToo(FxRobot robot) {
        Text ascii = robot.lookup(".hex-dump .ascii").queryAs(Text.class);
        int index = HexDump.asciiCharIndex(12);
        robot.clickOn(center(ascii, ascii.rangeShape(index, index + 1)));

        assertThat(view.getSelectedField()).isSameAs(SynFrame.TYPE);
    }

    @Test
    void clearShowsThePlaceholder(FxRobot robot) {
        robot.clickOn(cell(robot, "Source Address: 10.180.156.141"));

        robot.interact(view::clear);

        Label placeholder = robot.lookup(".packet-bytes-view > .placeholder").queryAs(Label.class);
        assertThat(shown(placeholder)).isTrue();
        assertThat(placeholder.getText()).isEqualTo("Select a packet in the diagram to see its bytes");
        assertThat(shown(fieldTree(robot))).isFalse();
        assertThat(shown(robot.lookup(".hex-dump").query())).isFalse();
        assertThat(view.getSelectedField()).isNull();
        assertThat(view.highlightedRange()).isEmpty();
    }

    @Test
    void selectingAFieldFromAnotherFrameClearsTheSelection(FxRobot robot) {
        robot.interact(() -> view.select(SynFrame.SOURCE_PORT));
        robot.interact(() -> view.select(Field.leaf("Elsewhere", "", 0, 1)));

        assertThat(view.getSelectedField()).isNull();
        assertThat(view.highlightedRange()).isEmpty();
    }

    @Test
    void aJumboFrameOf9000BytesRendersAndScrollsToTheSelectedBytes(FxRobot robot) {
        byte[] jumbo = new byte[9000];
        new Random(42).nextBytes(jumbo);
        Field payload = Field.leaf("Data", "8982 bytes", 14, 8982);
        Field trailer = Field.leaf("Trailer", "", 8996, 4);
        Field root = new Field("Frame 2", "9000 bytes on wire", 0, 9000,
                List.of(Field.leaf("Ethernet II", "", 0, 14), payload, trailer));

        robot.interact(() -> view.show(jumbo, root));
        robot.interact(() -> view.select(payload));
        WaitForAsyncUtils.waitForFxEvents();

        Text offsets = robot.lookup(".hex-dump .offsets").queryAs(Text.class);
        String[] rows = offsets.getText().split("\n");
        assertThat(rows).hasSize(563);
        assertThat(rows[562]).isEqualTo("2320");
        assertThat(view.highlightedRange()).contains(new PacketBytesView.ByteRange(14, 8982));
        assertThat(highlightShape(robot, ".hex").getElements()).hasSize(563 * 5);
        ScrollPane dumpScroller = robot.lookup(".hex-dump > .scroll-pane").queryAs(ScrollPane.class);
        assertThat(dumpScroller.getVvalue()).as("part of the payload is in view: no jump").isZero();

        robot.interact(() -> view.select(trailer));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dumpScroller.getVvalue()).as("the trailer at the end is scrolled into view").isGreaterThan(0.9);

        robot.interact(() -> dumpScroller.setVvalue(0));
        robot.clickOn(hexByte(robot, 2));
        assertThat(view.getSelectedField().name()).isEqualTo("Ethernet II");
    }

    @Test
    void describesByteRanges() {
        assertThat(PacketBytesView.describeBytes(SynFrame.IPV4)).isEqualTo("bytes 14\u201333 (20 bytes)");
        assertThat(PacketBytesView.describeBytes(Field.leaf("TTL", "64", 22, 1))).isEqualTo("byte 22 (1 byte)");
    }

    /** The visible tree cell showing {@code text}, scrolling the tree to it first as a user would. */
    private static TreeCell<?> cell(FxRobot robot, String text) {
        TreeView<Field> tree = fieldTree(robot);
        robot.interact(() -> {
            for (int row = 0; tree.getTreeItem(row) != null; row++) {
                if (text.equals(tree.getTreeItem(row).getValue().summary())) {
                    tree.scrollTo(row);
                }
            }
        });
        return robot.lookup(".field-tree .tree-cell").match((TreeCell<?> c) -> text.equals(c.getText())).query();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static TreeView<Field> fieldTree(FxRobot robot) {
        return robot.lookup(".field-tree").queryAs(TreeView.class);
    }

    private static String selectedText(FxRobot robot, String column) {
        Text text = robot.lookup(".hex-dump " + column).queryAs(Text.class);
        return text.getText().substring(text.getSelectionStart(), text.getSelectionEnd());
    }

    private static Path highlightShape(FxRobot robot, String column) {
        Text text = robot.lookup(".hex-dump " + column).queryAs(Text.class);
        return (Path) text.getParent().getChildrenUnmodifiable().get(0);
    }

    private static Point2D hexByte(FxRobot robot, int offset) {
        Text hex = robot.lookup(".hex-dump .hex").queryAs(Text.class);
        int index = HexDump.hexCharIndex(offset);
        return center(hex, hex.rangeShape(index, index + 2));
    }

    private static Point2D center(Text text, javafx.scene.shape.PathElement[] shape) {
        Bounds b = new Path(shape).getBoundsInLocal();
        return text.localToScreen(b.getCenterX(), b.getCenterY());
    }
}
