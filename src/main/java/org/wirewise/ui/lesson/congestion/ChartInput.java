package org.wirewise.ui.lesson.congestion;

import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import javafx.scene.Cursor;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;

/**
 * Pan and zoom on a chart, acting on the shared {@link XRange}: the wheel (or a trackpad's
 * vertical scroll or pinch) zooms around the pointer, horizontal scroll and dragging pan,
 * double-click fits the whole run. Keys, when the chart has focus: W / S zoom in / out, A / D pan,
 * 0 fits. The player's keys (Space, arrows, Page Up/Down, Home, End, + and −) stay global.
 */
public final class ChartInput {

    /**
     * How to pan and zoom, in English (the TCP capture graphs show it): the read-out line shows it until the
     * pointer is over a chart, and the Fit button's tooltip (a tooltip on the chart would cover the values being
     * read). The congestion view takes its own language's from congestion-views.properties.
     */
    public static final String HELP = "Scroll to zoom, drag to pan, double-click to fit; on a clicked chart: "
            + "W/S zoom, A/D pan, 0 fit.";

    private static final double WHEEL = 1.005;
    private static final double KEY_ZOOM = 1.5;
    private static final double KEY_PAN = 0.2;

    private double dragX = Double.NaN;

    private ChartInput() {
    }

    static void install(SeriesChart chart, XRange range) {
        install(chart, range, chart::xAt, chart::plotWidth);
    }

    /** The same on any chart of the range: {@code xAt} maps a pixel column to x, {@code plotWidth} is the plot's width. */
    static void install(Region chart, XRange range, DoubleUnaryOperator xAt, DoubleSupplier plotWidth) {
        ChartInput input = new ChartInput();
        chart.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                range.zoom(Math.pow(WHEEL, e.getDeltaY()), xAt.applyAsDouble(e.getX()));
            }
            if (e.getDeltaX() != 0) {
                range.pan(-e.getDeltaX() / plotWidth.getAsDouble() * range.visible().width());
            }
            e.consume();
        });
        chart.addEventHandler(ZoomEvent.ZOOM, e -> {
            range.zoom(e.getZoomFactor(), xAt.applyAsDouble(e.getX()));
            e.consume();
        });
        chart.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            chart.requestFocus();
            if (e.getButton() == MouseButton.PRIMARY) {
                input.dragX = e.getX();
            }
        });
        chart.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!Double.isNaN(input.dragX)) {
                chart.setCursor(Cursor.CLOSED_HAND);
                range.pan(-(e.getX() - input.dragX) / plotWidth.getAsDouble() * range.visible().width());
                input.dragX = e.getX();
            }
        });
        chart.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            input.dragX = Double.NaN;
            chart.setCursor(Cursor.DEFAULT);
        });
        chart.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                range.fit();
            }
        });
        chart.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() && !e.isAltDown() && !e.isControlDown() && key(e, range)) {
                e.consume();
            }
        });
    }

    /**
     * The readout of {@code chart}'s values: where the pointer moves over it, and for the keyboard
     * (whose user has no pointer) at the middle of the plot when the chart gets the focus and after
     * each key, so W/S/A/D bring any moment under the middle and the readout gives its values.
     */
    public static void readout(Region chart, java.util.function.DoubleFunction<String> valuesAt,
                               java.util.function.Consumer<String> show) {
        chart.setOnMouseMoved(e -> show.accept(valuesAt.apply(e.getX())));
        Runnable middle = () -> show.accept(valuesAt.apply(chart.getWidth() / 2));
        chart.focusedProperty().subscribe(focused -> {
            if (focused) {
                middle.run();
            }
        });
        chart.addEventHandler(KeyEvent.KEY_PRESSED, e -> middle.run());
    }

    /** The chart's own keys; none of them is a player key. */
    private static boolean key(KeyEvent e, XRange range) {
        XRange.Span s = range.visible();
        double centre = (s.lo() + s.hi()) / 2;
        switch (e.getCode()) {
            case W -> range.zoom(KEY_ZOOM, centre);
            case S -> range.zoom(1 / KEY_ZOOM, centre);
            case A -> range.pan(-KEY_PAN * s.width());
            case D -> range.pan(KEY_PAN * s.width());
            case DIGIT0, NUMPAD0 -> range.fit();
            default -> {
                return false;
            }
        }
        return true;
    }
}
