package org.wirewise.ui.widget;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.wirewise.model.packet.Field;

/**
 * The packet-bytes pane every lesson view shows: a heading saying which packet, above its
 * {@link PacketBytesView}. The bytes view is built when the first packet is shown, so a lesson
 * whose first step has no packet does not pay for it before its first frame.
 */
public final class TitledPacketBytes extends BorderPane {

    private final Label title = new Label("Packet bytes");
    private PacketBytesView bytes;

    public TitledPacketBytes() {
        getStyleClass().add("bytes-pane");
        title.getStyleClass().add("section-title");
        setTop(title);
        Label placeholder = new Label(PacketBytesView.PLACEHOLDER_TEXT);
        placeholder.getStyleClass().add("text-muted"); // AtlantaFX's muted text
        setCenter(placeholder);
    }

    /** Shows a frame and its dissection under a heading. */
    public void show(String heading, byte[] frame, Field root) {
        if (bytes == null) {
            bytes = new PacketBytesView();
            setCenter(bytes);
        }
        bytes.show(frame, root);
        title.setText(heading);
    }

    /** No packet: the placeholder text, under a heading. */
    public void clear(String heading) {
        if (bytes != null) {
            bytes.clear();
        }
        title.setText(heading);
    }

    /** Selects a field of the shown packet (its bytes are highlighted); null clears the selection. */
    public void select(Field field) {
        if (bytes != null) {
            bytes.select(field);
        }
    }
}
