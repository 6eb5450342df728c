package org.wirewise.ui.widget;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A pane whose children are built in code from its data, like a drawing. It rebuilds them in the
 * layout pass after {@link #invalidateDrawing()}, or when its size or type size has changed, and
 * at no other time: replacing the children asks for another layout, so a pane that rebuilt on
 * every layout would redraw on every frame while nothing changed.
 */
public abstract class DrawnPane extends Region {

    private final Label probe = new Label("M");
    private boolean stale = true;
    private double drawnWidth = -1;
    private double drawnHeight = -1;
    private double drawnLine = -1;

    /** @param probeStyles style classes of the text whose size scales the drawing (none: the pane's own) */
    protected DrawnPane(String... probeStyles) {
        probe.getStyleClass().addAll(probeStyles);
        probe.setManaged(false);
        probe.setVisible(false);
        getChildren().add(probe);
    }

    /** The data changed: rebuild in the next layout pass. */
    protected final void invalidateDrawing() {
        stale = true;
        requestLayout();
    }

    /** The probe text's font size in pixels: 1 em, which presentation mode and the type scale change. */
    protected final double em() {
        probe.applyCss();
        return probe.getFont().getSize();
    }

    /** The probe text's line height in pixels, padding included. */
    protected final double lineHeight() {
        probe.applyCss();
        return probe.prefHeight(-1);
    }

    @Override
    protected final void layoutChildren() {
        double line = lineHeight();
        if (!stale && getWidth() == drawnWidth && getHeight() == drawnHeight && line == drawnLine) {
            return;
        }
        stale = false;
        drawnWidth = getWidth();
        drawnHeight = getHeight();
        drawnLine = line;
        getChildren().setAll(probe);
        draw();
    }

    /** Builds the children for the current size; the (invisible) probe is already the first child. */
    protected abstract void draw();

    /** Gives the pane the small charts' shared look (chart.css: title, axes, ticks), before its own stylesheets. */
    protected final void styledAsChart() {
        getStyleClass().add("drawn-chart");
        getStylesheets().add(0, DrawnPane.class.getResource("chart.css").toExternalForm());
    }

    /** A chart's x and y axes, meeting at ({@code left}, {@code bottom}), styled {@code chart-axis}. */
    protected final void axes(double left, double top, double right, double bottom) {
        javafx.scene.shape.Line x = new javafx.scene.shape.Line(left, bottom, right, bottom);
        javafx.scene.shape.Line y = new javafx.scene.shape.Line(left, top, left, bottom);
        x.getStyleClass().add("chart-axis");
        y.getStyleClass().add("chart-axis");
        getChildren().addAll(x, y);
    }

    /**
     * A chart's key: a label of {@code styleClass} after a short sample of the line it names, drawn
     * with the line's own style class (its colour and dash), so a line is found by its dash as well
     * as its colour.
     */
    protected final Label key(String text, String styleClass, String lineClass, double x, double y) {
        javafx.scene.shape.Line sample = new javafx.scene.shape.Line(0, 0, 24, 0);
        sample.getStyleClass().add(lineClass);
        Label l = new Label(text, sample);
        l.setGraphicTextGap(4);
        l.getStyleClass().add(styleClass);
        getChildren().add(l);
        l.applyCss();
        l.resize(l.prefWidth(-1), l.prefHeight(-1));
        l.relocate(x, y);
        return l;
    }

    /** A label of {@code styleClass} at its preferred size with its top left at ({@code x}, {@code y}). */
    protected final Label label(String text, String styleClass, double x, double y) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        getChildren().add(l);
        l.applyCss();
        l.resize(l.prefWidth(-1), l.prefHeight(-1));
        l.relocate(x, y);
        return l;
    }
}
