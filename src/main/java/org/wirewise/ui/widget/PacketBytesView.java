package org.wirewise.ui.widget;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import org.wirewise.model.packet.Field;

/**
 * A Wireshark-like view of one packet: the dissected field tree above a hex dump of the frame.
 * Selecting a field (with the mouse or the keyboard) highlights its bytes in the hex and ASCII
 * columns; pressing on a byte selects the narrowest field that contains it and reveals it in
 * the tree.
 *
 * <p>By keyboard: the field tree and the hex dump are Tab stops. In the tree, Up/Down move between
 * fields (their bytes light up) and Enter opens or closes a field (Left/Right are the player's); in
 * the dump, Up/Down go to the field before or after the lit bytes in the frame.
 *
 * <p>Styled by {@code packet-bytes.css} with AtlantaFX looked-up colours and em sizes, so it
 * follows the light and dark themes and the root font size. Style classes:
 * {@code packet-bytes-view}, {@code field-tree}, {@code hex-dump}, {@code placeholder}.
 */
public class PacketBytesView extends Region {

    /** Shown by {@link #clear()}. */
    public static final String PLACEHOLDER_TEXT = "Select a packet in the diagram to see its bytes";

    private static final String STYLESHEET =
            Objects.requireNonNull(PacketBytesView.class.getResource("packet-bytes.css")).toExternalForm();

    /** A range of bytes within the frame: [offset, offset + length). */
    public record ByteRange(int offset, int length) {
        public int end() {
            return offset + length;
        }
    }

    private final TreeView<Field> tree = new TreeView<>();
    private final HexDump dump = new HexDump();
    private final SplitPane content = new SplitPane(tree, dump);
    private final Label placeholder;
    private final WidgetWords words;
    private final ReadOnlyObjectWrapper<Field> selectedField = new ReadOnlyObjectWrapper<>(this, "selectedField");
    private final Map<Field, TreeItem<Field>> items = new IdentityHashMap<>();

    public PacketBytesView() {
        this(WidgetWords.ENGLISH);
    }

    /** @param language the lesson view's {@code LessonContext.language()}: the placeholder and byte ranges in it */
    public PacketBytesView(java.util.Locale language) {
        this(WidgetWords.of(language));
    }

    PacketBytesView(WidgetWords words) {
        this.words = words;
        placeholder = new Label(words.get("bytes.placeholder"));
        getStyleClass().add("packet-bytes-view");
        tree.getStyleClass().addAll("field-tree", Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        tree.setCellFactory(view -> new FieldCell());
        tree.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        content.setOrientation(Orientation.VERTICAL);
        content.setDividerPositions(0.55);
        SplitPane.setResizableWithParent(tree, false);
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        placeholder.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        getChildren().addAll(content, placeholder);

        // All of these are this view's own parts: nothing outlives it, nothing to unsubscribe.
        tree.getSelectionModel().selectedItemProperty()
                .subscribe(item -> selectedField.set(item == null ? null : item.getValue()));
        selectedField.subscribe(f -> dump.highlight(f == null ? 0 : f.offset(), f == null ? 0 : f.length()));
        dump.setOnByteClicked(offset -> {
            selectByte(offset);
            tree.requestFocus();
        });
        tree.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            TreeItem<Field> item = tree.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null && !item.isLeaf()) {
                item.setExpanded(!item.isExpanded());
                e.consume();
            }
        });
        dump.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) && !e.isShortcutDown() && !e.isAltDown()) {
                int b = dump.byteBeside(e.getCode() == KeyCode.DOWN);
                if (b >= 0) {
                    selectByte(b);
                }
                e.consume();
            }
        });
        clear();
    }

    /**
     * Shows one frame and its dissection; nothing is selected afterwards.
     *
     * @param frame the frame's bytes (copied)
     * @param root  the field covering the whole frame, its children the layers; {@code null}
     *              shows the bytes with an empty tree
     */
    public void show(byte[] frame, Field root) {
        Objects.requireNonNull(frame, "frame");
        dump.setFrame(frame);
        // a11y: the dump's text is hex a reader would spell out; it is named by what it holds instead
        org.wirewise.model.text.Texts a11y = org.wirewise.model.text.Texts.of("org.wirewise.ui.widget.a11y",
                words.units().language());
        AccessibleText.picture(dump, a11y.get("hexdump.help"));
        AccessibleText.set(dump, a11y.get("hexdump", words.units().grouped(frame.length)));
        items.clear();
        tree.setRoot(root == null ? null : item(root, 0));
        tree.getSelectionModel().clearSelection();
        content.setVisible(true);
        placeholder.setVisible(false);
    }

    /** Screen readers: the field tree is named by {@code heading} (which packet it shows). */
    public void labelWith(Label heading) {
        heading.setLabelFor(tree);
    }

    /** Empties the view and shows {@link #PLACEHOLDER_TEXT} instead. */
    public void clear() {
        items.clear();
        tree.setRoot(null);
        dump.setFrame(new byte[0]);
        content.setVisible(false);
        placeholder.setVisible(true);
    }

    /** The field selected in the tree, {@code null} for none. */
    public ReadOnlyObjectProperty<Field> selectedFieldProperty() {
        return selectedField.getReadOnlyProperty();
    }

    public Field getSelectedField() {
        return selectedField.get();
    }

    /**
     * Selects {@code field} in the tree (expanding and scrolling to it) and highlights its bytes.
     * {@code null}, or a field that is not part of the shown tree, clears the selection.
     */
    public void select(Field field) {
        TreeItem<Field> item = field == null ? null : items.get(field);
        if (item == null && field != null) {
            item = items.values().stream().filter(i -> field.equals(i.getValue())).findFirst().orElse(null);
        }
        if (item == null) {
            tree.getSelectionModel().clearSelection();
            return;
        }
        for (TreeItem<Field> parent = item.getParent(); parent != null; parent = parent.getParent()) {
            parent.setExpanded(true);
        }
        tree.getSelectionModel().select(item);
        scrollIntoView(tree.getRow(item));
    }

    /** The bytes highlighted in the hex dump (the selected field's, clipped to the frame). */
    public Optional<ByteRange> highlightedRange() {
        int start = dump.highlightStart();
        int end = dump.highlightEnd();
        return end > start ? Optional.of(new ByteRange(start, end - start)) : Optional.empty();
    }

    /** Selects the narrowest field containing byte {@code offset} (the deepest on a tie). */
    private void selectByte(int offset) {
        TreeItem<Field> root = tree.getRoot();
        Field field = root == null ? null : narrowest(root.getValue(), offset);
        if (field != null) {
            select(field);
        }
    }

    static Field narrowest(Field field, int offset) {
        if (offset < field.offset() || offset >= field.end()) {
            return null;
        }
        Field best = field;
        for (Field child : field.children()) {
            Field inner = narrowest(child, offset);
            if (inner != null && (inner.length() < best.length() || best == field && inner.length() == best.length())) {
                best = inner;
            }
        }
        return best;
    }

    private void scrollIntoView(int row) {
        if (row < 0) {
            return;
        }
        // The skin's flow scrolls only as far as needed; TreeView.scrollTo would put the row on top.
        if (tree.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(row);
        } else {
            tree.scrollTo(row);
        }
    }

    /** Layers (depth 1) and the root start expanded; deeper fields start collapsed. */
    private TreeItem<Field> item(Field field, int depth) {
        TreeItem<Field> item = new TreeItem<>(field);
        items.put(field, item);
        item.setExpanded(depth <= 1);
        for (Field child : field.children()) {
            item.getChildren().add(item(child, depth + 1));
        }
        return item;
    }

    /** "bytes 14–33 (20 bytes)", as the tooltip of a field. */
    static String describeBytes(Field field) {
        return describeBytes(field, WidgetWords.ENGLISH);
    }

    static String describeBytes(Field field, WidgetWords words) {
        return switch (field.length()) {
            case 0 -> words.get("bytes.none", Integer.toString(field.offset()));
            case 1 -> words.get("bytes.one", Integer.toString(field.offset()));
            default -> words.get("bytes.many", Integer.toString(field.offset()), Integer.toString(field.end() - 1),
                    Integer.toString(field.length()));
        };
    }

    private final class FieldCell extends TreeCell<Field> {
        private final Tooltip tooltip = new Tooltip();

        @Override
        protected void updateItem(Field field, boolean empty) {
            super.updateItem(field, empty);
            if (empty || field == null) {
                setText(null);
                setTooltip(null);
            } else {
                setText(field.summary());
                tooltip.setText(describeBytes(field, words));
                setTooltip(tooltip);
            }
        }
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        double h = getHeight() - y - snappedBottomInset();
        content.resizeRelocate(x, y, w, h);
        placeholder.resizeRelocate(x, y, w, h);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + content.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + content.prefHeight(-1) + snappedBottomInset();
    }
}
