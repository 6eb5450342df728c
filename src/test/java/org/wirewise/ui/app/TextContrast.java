package org.wirewise.ui.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The contrast of every text the class can see, measured on the drawn window: the text's own
 * colour (its fill, faded by the opacity of it and its parents) against the colour most of the
 * pixels in its box have (what it is drawn on: the pane, a chip, a label's plate, a row's band).
 * WCAG 2.x contrast ratio; AA asks 4.5:1, or 3:1 for large text (24 px, or 18.7 px bold).
 */
final class TextContrast {

    private TextContrast() {
    }

    /** One text below its threshold. */
    record Low(String text, List<String> styleClasses, Color fill, Color background, double ratio, double needed) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "\"%s\" %s: %s on %s = %.2f:1, needs %.1f:1", cut(text),
                    styleClasses, hex(fill), hex(background), ratio, needed);
        }
    }

    /** Every visible text of {@code root} (drawn into {@code image}, scene coordinates) below AA. */
    static List<Low> below(Parent root, WritableImage image) {
        List<Low> low = new ArrayList<>();
        walk(root, image, low);
        return low;
    }

    private static void walk(Parent parent, WritableImage image, List<Low> low) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (!n.isVisible() || n.getOpacity() == 0) {
                continue;
            }
            if (n instanceof Text t && !t.getText().isBlank() && t.getFill() instanceof Color fill && !disabled(t)) {
                check(t, fill, image).ifPresent(low::add);
            }
            if (n instanceof Parent p) {
                walk(p, image, low);
            }
        }
    }

    private static java.util.Optional<Low> check(Text t, Color fill, WritableImage image) {
        Bounds b = visibleBounds(t, image);
        if (b == null || b.getWidth() < 3 || b.getHeight() < 3) {
            return java.util.Optional.empty();
        }
        // Selected characters (the hex dump's highlighted bytes) are drawn in the selection colour
        // on a highlight shape behind the text: the rest is measured on the pixels outside that
        // shape, the selected part as its selection colour on the shape's fill.
        javafx.scene.shape.Shape highlight = selection(t);
        java.util.Optional<Low> low = measure(t, fill, dominant(image.getPixelReader(), b, fill, highlight));
        if (low.isEmpty() && highlight != null && t.getSelectionFill() instanceof Color selected
                && highlight.getFill() instanceof Color behind) {
            low = measure(t, selected, behind);
        }
        return low;
    }

    private static java.util.Optional<Low> measure(Text t, Color fill, Color background) {
        if (background == null) {
            return java.util.Optional.empty();
        }
        Color drawn = blend(fill, opacity(t), background);
        double ratio = ratio(drawn, background);
        double size = t.getFont().getSize();
        boolean bold = t.getFont().getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold")
                || FontWeight.findByName(t.getFont().getStyle()) == FontWeight.BOLD;
        double needed = size >= 24 || (bold && size >= 18.66) ? 3.0 : 4.5;
        if (ratio + 1e-6 >= needed) {
            return java.util.Optional.empty();
        }
        Node owner = t.getParent() == null ? t : t.getParent();
        List<String> classes = new ArrayList<>(owner.getStyleClass());
        classes.addAll(t.getStyleClass());
        return java.util.Optional.of(new Low(t.getText(), classes, drawn, background, ratio, needed));
    }

    /** The shape drawn behind a text's selected characters (a sibling shape before it), or null. */
    private static javafx.scene.shape.Shape selection(Text t) {
        if (t.getSelectionStart() < 0 || t.getSelectionEnd() <= t.getSelectionStart() || t.getParent() == null) {
            return null;
        }
        for (Node sibling : t.getParent().getChildrenUnmodifiable()) {
            if (sibling == t) {
                return null;
            }
            if (sibling instanceof javafx.scene.shape.Shape shape && sibling.isVisible()
                    && shape.localToScene(shape.getBoundsInLocal()).intersects(t.localToScene(t.getBoundsInLocal()))) {
                return shape;
            }
        }
        return null;
    }

    /** The text's box in the scene, cut to the window and to every ancestor's clip; null when none shows. */
    private static Bounds visibleBounds(Text t, WritableImage image) {
        Bounds b = t.localToScene(t.getLayoutBounds());
        double minX = Math.max(0, b.getMinX());
        double minY = Math.max(0, b.getMinY());
        double maxX = Math.min(image.getWidth(), b.getMaxX());
        double maxY = Math.min(image.getHeight(), b.getMaxY());
        for (Node a = t.getParent(); a != null; a = a.getParent()) {
            if (a.getClip() != null) {
                Bounds c = a.localToScene(a.getClip().getBoundsInParent());
                minX = Math.max(minX, c.getMinX());
                minY = Math.max(minY, c.getMinY());
                maxX = Math.min(maxX, c.getMaxX());
                maxY = Math.min(maxY, c.getMaxY());
            }
        }
        return maxX - minX < 1 || maxY - minY < 1 ? null
                : new javafx.geometry.BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    private static boolean disabled(Node n) {
        return n.isDisabled(); // WCAG exempts inactive controls' text
    }

    private static double opacity(Node n) {
        double o = 1;
        for (Node a = n; a != null; a = a.getParent()) {
            o *= a.getOpacity();
        }
        return o;
    }

    /**
     * The most frequent colour in the box other than the text's own (quantised to 4 bits a channel,
     * then averaged back): what the text is drawn on, even where glyphs (a bar of block characters)
     * cover most of the box; pixels under a selection's {@code highlight} do not count. Null when
     * no pixel counts.
     */
    private static Color dominant(PixelReader reader, Bounds b, Color text, javafx.scene.shape.Shape highlight) {
        Map<Integer, int[]> counts = new HashMap<>();
        int textKey = key(text);
        int best = -1;
        int bestCount = 0;
        for (int y = (int) b.getMinY(); y < (int) b.getMaxY(); y++) {
            for (int x = (int) b.getMinX(); x < (int) b.getMaxX(); x++) {
                if (highlight != null && highlight.contains(highlight.sceneToLocal(x + 0.5, y + 0.5))) {
                    continue;
                }
                int argb = reader.getArgb(x, y);
                int key = argb >> 4 & 0x0f0f0f;
                if (key == textKey) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(key, k -> new int[4]);
                c[0]++;
                c[1] += argb >> 16 & 0xff;
                c[2] += argb >> 8 & 0xff;
                c[3] += argb & 0xff;
                if (c[0] > bestCount) {
                    bestCount = c[0];
                    best = key;
                }
            }
        }
        if (best < 0) {
            return highlight != null ? null : text; // nothing but the text's colour: it is invisible
        }
        int[] c = counts.get(best);
        return Color.rgb(c[1] / c[0], c[2] / c[0], c[3] / c[0]);
    }

    private static int key(Color c) {
        int argb = (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
        return argb >> 4 & 0x0f0f0f;
    }

    static Color blend(Color fg, double opacity, Color bg) {
        double a = fg.getOpacity() * opacity;
        return Color.color(fg.getRed() * a + bg.getRed() * (1 - a), fg.getGreen() * a + bg.getGreen() * (1 - a),
                fg.getBlue() * a + bg.getBlue() * (1 - a));
    }

    /** WCAG 2.x contrast ratio of two opaque colours. */
    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static String cut(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }
}
