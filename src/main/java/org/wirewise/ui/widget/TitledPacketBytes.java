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

    private final Label title = new Label();
    private final WidgetWords words;
    private PacketBytesView bytes;

    public TitledPacketBytes() {
        this(java.util.Locale.ENGLISH);
    }

    /** @param language the lesson view's {@code LessonContext.language()}: the pane's own words in it */
    public TitledPacketBytes(java.util.Locale language) {
        words = WidgetWords.of(language);
        title.setText(words.get("bytes.title"));
        getStyleClass().add("bytes-pane");
        title.getStyleClass().add("section-title");
        setTop(title);
        Label placeholder = new Label(words.get("bytes.placeholder"));
        placeholder.getStyleClass().add("text-muted"); // AtlantaFX's muted text
        setCenter(placeholder);
        // Presentation mode collapses this pane by style (max size 0), and its split pane's divider
        // follows it to the edge; when it comes back, so does the divider, to where it was.
        maxHeightProperty().addListener((o, was, now) -> keepDivider(was.doubleValue(), now.doubleValue()));
    }

    private double dividerBeforeHiding = -1;

    private void keepDivider(double was, double now) {
        javafx.scene.Parent p = getParent();
        while (p != null && !(p instanceof javafx.scene.control.SplitPane)) {
            p = p.getParent();
        }
        if (!(p instanceof javafx.scene.control.SplitPane split)) {
            return;
        }
        int index = split.getItems().indexOf(this);
        if (index <= 0 || index - 1 >= split.getDividers().size()) {
            return;
        }
        javafx.scene.control.SplitPane.Divider divider = split.getDividers().get(index - 1);
        if (now == 0 && was != 0) {
            dividerBeforeHiding = divider.getPosition();
        } else if (was == 0 && now != 0 && dividerBeforeHiding > 0) {
            divider.setPosition(dividerBeforeHiding);
        }
    }

    /** Shows a frame and its dissection under a heading. */
    public void show(String heading, byte[] frame, Field root) {
        if (bytes == null) {
            bytes = new PacketBytesView(words);
            bytes.labelWith(title);
            setCenter(bytes);
        }
        bytes.show(frame, root);
        title.setText(heading);
    }

    /** A trace packet under "Packet bytes: its label (n bytes)", dissected; null clears the pane. */
    public void show(org.wirewise.model.trace.TracePacket packet) {
        if (packet == null) {
            clear(emptyHeading());
            return;
        }
        byte[] frame = packet.frame();
        show(heading(packet), frame, org.wirewise.model.packet.Dissector.dissect(frame));
    }

    /** "Packet bytes: SYN (74 bytes)" in the pane's language, for a view that dissects the frame itself. */
    public String heading(org.wirewise.model.trace.TracePacket packet) {
        return words.get("bytes.titled", packet.label().replace('\n', ' '), Integer.toString(packet.frame().length));
    }

    /** "Packet bytes" in the pane's language: the heading with no packet shown. */
    public String emptyHeading() {
        return words.get("bytes.title");
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
