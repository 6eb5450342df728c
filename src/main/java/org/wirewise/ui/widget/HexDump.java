package org.wirewise.ui.widget;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;

import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;

/**
 * The hex dump half of {@link PacketBytesView}: an offset column, 16 hex pairs per row (an extra
 * gap after the eighth) and an ASCII column, each column one multi-line {@link Text}. A
 * highlighted byte range is drawn as a shape behind the text plus the text's own selection
 * colour, so changing the highlight never rebuilds the text.
 */
final class HexDump extends Region {

    static final int BYTES_PER_ROW = 16;
    /** Characters per full hex row: 16 pairs, 15 separators, one extra gap, then '\n'. */
    private static final int HEX_LINE = 3 * BYTES_PER_ROW + 1;
    private static final int ASCII_LINE = BYTES_PER_ROW + 1;
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private static final CssMetaData<HexDump, Paint> HIGHLIGHT_TEXT_FILL = new CssMetaData<>(
            "-wirewise-highlight-text-fill", StyleConverter.getPaintConverter(), Color.WHITE) {
        @Override
        public boolean isSettable(HexDump dump) {
            return !dump.highlightTextFill.isBound();
        }

        @Override
        public StyleableProperty<Paint> getStyleableProperty(HexDump dump) {
            return dump.highlightTextFill;
        }
    };
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>(Region.getClassCssMetaData());
        list.add(HIGHLIGHT_TEXT_FILL);
        CSS_META_DATA = List.copyOf(list);
    }

    private final StyleableObjectProperty<Paint> highlightTextFill =
            new SimpleStyleableObjectProperty<>(HIGHLIGHT_TEXT_FILL, this, "highlightTextFill", Color.WHITE);
    private final Text offsets = column("offsets");
    private final Text hex = column("hex");
    private final Text ascii = column("ascii");
    private final Path hexHighlight = highlightShape();
    private final Path asciiHighlight = highlightShape();
    private final HBox rows;
    private final ScrollPane scroller;

    private byte[] frame = new byte[0];
    private int highlightStart;
    private int highlightEnd;
    private boolean revealPending;
    private IntConsumer onByteClicked = b -> { };

    HexDump() {
        getStyleClass().add("hex-dump");
        Pane hexPane = clickable(hex, hexHighlight, this::hexByteAt);
        Pane asciiPane = clickable(ascii, asciiHighlight, this::asciiByteAt);
        rows = new HBox(offsets, hexPane, asciiPane);
        rows.getStyleClass().add("dump-rows");
        rows.setFillHeight(false);
        scroller = new ScrollPane(rows);
        scroller.setFocusTraversable(false);
        getChildren().add(scroller);
        // The dump itself is a Tab stop: Up/Down step through the fields in the frame (PacketBytesView).
        setFocusTraversable(true);
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        hex.selectionFillProperty().bind(highlightTextFill);
        ascii.selectionFillProperty().bind(highlightTextFill);
        // The highlight shapes depend on the font, which CSS applies later than show() may run.
        hex.layoutBoundsProperty().subscribe(this::updateHighlightShapes);
        hex.fontProperty().subscribe(f -> requestLayout());
    }

    /** Replaces the dumped bytes (a copy is kept) and removes the highlight. */
    void setFrame(byte[] bytes) {
        frame = bytes.clone();
        int n = frame.length;
        int rowCount = (n + BYTES_PER_ROW - 1) / BYTES_PER_ROW;
        int digits = Math.max(4, (32 - Integer.numberOfLeadingZeros(Math.max(n - 1, 1)) + 3) / 4);
        StringBuilder o = new StringBuilder(rowCount * (digits + 1));
        StringBuilder h = new StringBuilder(rowCount * HEX_LINE);
        StringBuilder a = new StringBuilder(rowCount * ASCII_LINE);
        for (int row = 0; row < rowCount; row++) {
            if (row > 0) {
                o.append('\n');
                h.append('\n');
                a.append('\n');
            }
            int rowOffset = row * BYTES_PER_ROW;
            for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
                o.append(DIGITS[(rowOffset >>> shift) & 0xf]);
            }
            for (int i = rowOffset; i < Math.min(n, rowOffset + BYTES_PER_ROW); i++) {
                int col = i - rowOffset;
                if (col > 0) {
                    h.append(col == BYTES_PER_ROW / 2 ? "  " : " ");
                }
                int b = frame[i] & 0xff;
                h.append(DIGITS[b >>> 4]).append(DIGITS[b & 0xf]);
                a.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
            }
        }
        offsets.setText(o.toString());
        hex.setText(h.toString());
        ascii.setText(a.toString());
        scroller.setVvalue(0);
        highlight(0, 0);
    }

    /** Highlights bytes [offset, offset + length), clipped to the frame; length 0 removes it. */
    void highlight(int offset, int length) {
        highlightStart = Math.max(0, Math.min(offset, frame.length));
        highlightEnd = Math.max(highlightStart, Math.min(offset + length, frame.length));
        boolean any = highlightEnd > highlightStart;
        hex.setSelectionStart(any ? hexCharIndex(highlightStart) : -1);
        hex.setSelectionEnd(any ? hexCharIndex(highlightEnd - 1) + 2 : -1);
        ascii.setSelectionStart(any ? asciiCharIndex(highlightStart) : -1);
        ascii.setSelectionEnd(any ? asciiCharIndex(highlightEnd - 1) + 1 : -1);
        revealPending = any;
        updateHighlightShapes();
    }

    int highlightStart() {
        return highlightStart;
    }

    int highlightEnd() {
        return highlightEnd;
    }

    /** The byte Down goes to (just after the highlight) or Up (just before it); -1 when there is none. */
    int byteBeside(boolean after) {
        int b = highlightEnd == highlightStart ? (after ? 0 : frame.length - 1)
                : after ? highlightEnd : highlightStart - 1;
        return b >= 0 && b < frame.length ? b : -1;
    }

    void setOnByteClicked(IntConsumer action) {
        onByteClicked = action;
    }

    /** Index in the hex column's text of the first digit of byte {@code b}. */
    static int hexCharIndex(int b) {
        int col = b % BYTES_PER_ROW;
        return (b / BYTES_PER_ROW) * HEX_LINE + 3 * col + (col >= BYTES_PER_ROW / 2 ? 1 : 0);
    }

    /** Index in the ASCII column's text of byte {@code b}. */
    static int asciiCharIndex(int b) {
        return (b / BYTES_PER_ROW) * ASCII_LINE + b % BYTES_PER_ROW;
    }

    private int hexByteAt(int charIndex) {
        int col = Math.min(charIndex % HEX_LINE, HEX_LINE - 2);
        int c = col >= 3 * BYTES_PER_ROW / 2 ? col - 1 : col; // the extra gap counts as byte 7's
        return (charIndex / HEX_LINE) * BYTES_PER_ROW + Math.min(c / 3, BYTES_PER_ROW - 1);
    }

    private int asciiByteAt(int charIndex) {
        return (charIndex / ASCII_LINE) * BYTES_PER_ROW + Math.min(charIndex % ASCII_LINE, BYTES_PER_ROW - 1);
    }

    private void updateHighlightShapes() {
        List<PathElement> hexShape = new ArrayList<>();
        List<PathElement> asciiShape = new ArrayList<>();
        // One rectangle per row so the shape never spills past a row's last byte.
        for (int start = highlightStart; start < highlightEnd; ) {
            int end = Math.min(highlightEnd, (start / BYTES_PER_ROW + 1) * BYTES_PER_ROW);
            hexShape.addAll(List.of(hex.rangeShape(hexCharIndex(start), hexCharIndex(end - 1) + 2)));
            asciiShape.addAll(List.of(ascii.rangeShape(asciiCharIndex(start), asciiCharIndex(end - 1) + 1)));
            start = end;
        }
        hexHighlight.getElements().setAll(hexShape);
        asciiHighlight.getElements().setAll(asciiShape);
        if (revealPending && getScene() != null) {
            // Until the scroller has a viewport (first layout), try again on the next layout.
            revealPending = !reveal(hexHighlight.localToScene(hexHighlight.getBoundsInLocal()));
        }
    }

    /**
     * Scrolls the highlight into view when none of it is visible: a byte the user just clicked
     * is in view, and the dump must not move under the pointer. Returns false when there is no
     * viewport to scroll yet (before the first layout), so the caller tries again.
     */
    private boolean reveal(Bounds sceneBounds) {
        Bounds target = rows.sceneToLocal(sceneBounds);
        double contentHeight = rows.getLayoutBounds().getHeight();
        double viewHeight = scroller.getViewportBounds().getHeight();
        if (viewHeight <= 0 || contentHeight <= 0) {
            return false;
        }
        if (target == null || contentHeight <= viewHeight) {
            return true;
        }
        double top = scroller.getVvalue() * (contentHeight - viewHeight);
        if (target.getMaxY() <= top || target.getMinY() >= top + viewHeight) {
            double newTop = Math.max(0, target.getMinY() - viewHeight / 4);
            scroller.setVvalue(Math.min(1, newTop / (contentHeight - viewHeight)));
        }
        return true;
    }

    /** A column that reports the byte under a primary press, mapping hit characters to bytes. */
    private Pane clickable(Text text, Path highlight, IntUnaryOperator byteAtChar) {
        Pane pane = new Pane(highlight, text);
        pane.getStyleClass().add("dump-column");
        pane.setCursor(Cursor.HAND);
        pane.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            Point2D p = text.sceneToLocal(e.getSceneX(), e.getSceneY());
            if (e.getButton() != MouseButton.PRIMARY || frame.length == 0
                    || p.getY() < 0 || p.getY() > text.getLayoutBounds().getMaxY()) {
                return;
            }
            int b = byteAtChar.applyAsInt(text.hitTest(p).getCharIndex());
            if (b < frame.length) {
                e.consume(); // the scroll pane would take the focus the tree is given
                onByteClicked.accept(b);
            }
        });
        return pane;
    }

    private static Text column(String styleClass) {
        Text text = new Text();
        text.getStyleClass().addAll("dump-text", styleClass);
        text.setTextOrigin(VPos.TOP);
        return text;
    }

    private static Path highlightShape() {
        Path path = new Path();
        path.getStyleClass().add("byte-highlight");
        path.setStroke(null);
        path.setManaged(false);
        return path;
    }

    @Override
    protected void layoutChildren() {
        scroller.resizeRelocate(0, 0, getWidth(), getHeight());
        // CSS may have changed the font since the last highlight (presentation mode, type scale);
        // layout runs after CSS in a pulse, so the shapes are measured with the font in use.
        updateHighlightShapes();
    }

    @Override
    protected double computePrefWidth(double height) {
        return scroller.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return scroller.prefHeight(width);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS_META_DATA;
    }
}
