package org.wirewise.ui.lesson.stack;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.wirewise.model.stack.FrameLayers;
import org.wirewise.model.text.Texts;

/**
 * A frame drawn as coloured header blocks, outermost first, each with its protocol and byte
 * count; the layer a step is about is outlined. Widths grow with the byte count (on a square-root
 * scale, so a 20-byte header stays readable next to a 1,400-byte payload).
 */
final class PacketBlocks extends VBox {

    private final Label caption = new Label();
    private final HBox blocks = new HBox();
    private final Texts texts;

    PacketBlocks(Texts texts) {
        this.texts = texts;
        setId("packet-blocks");
        getStyleClass().add("packet-blocks");
        caption.getStyleClass().add("blocks-caption");
        blocks.getStyleClass().add("blocks-row");
        blocks.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(caption, blocks);
    }

    void show(FrameLayers layers) {
        blocks.getChildren().clear();
        int total = layers.totalBytes();
        for (FrameLayers.Layer row : layers.layers()) {
            String layer = row.osiLayer();
            String protocol = row.protocol();
            int bytes = row.bytes();
            Label name = new Label(protocol);
            name.getStyleClass().add("block-name");
            Label size = new Label(bytes + " B");
            size.getStyleClass().add("block-size");
            VBox block = new VBox(name, size);
            block.setAlignment(Pos.CENTER);
            block.getStyleClass().addAll("block", LayerStyles.of(protocol));
            if (row.highlighted()) {
                block.getStyleClass().add("highlighted");
            }
            block.setPrefWidth(40 + Math.sqrt(bytes) * 9);
            block.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Preamble", never "Pream..."
            block.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(name.prefWidth(-1), size.prefWidth(-1)) + block.snappedLeftInset() + block.snappedRightInset(),
                    name.fontProperty(), name.textProperty()));
            HBox.setHgrow(block, protocol.startsWith("HTTP") ? Priority.ALWAYS : Priority.SOMETIMES);
            Tooltip.install(block, new Tooltip(texts.get("blocks.tooltip", layer, protocol, Integer.toString(bytes))));
            blocks.getChildren().add(block);
        }
        caption.setText(texts.get("blocks.caption", layers.title(), Integer.toString(total)));
    }
}
