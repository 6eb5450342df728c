package org.wirewise.ui.lesson.latency;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import org.wirewise.model.latency.City;
import org.wirewise.model.latency.Coastlines;
import org.wirewise.model.latency.RouteFact;
import org.wirewise.ui.widget.DrawnPane;

/**
 * The world in an equirectangular projection (longitude and latitude as x and y), sea and land, as
 * wide as the pane unless the pane is too short for it: the latency map and the multi-region map
 * draw their cities and great circles on it. The style classes ({@code map-sea}, {@code map-land})
 * are in the latency views' style sheet, which {@link #STYLESHEET} names for lessons elsewhere.
 */
public abstract class WorldMapPane extends DrawnPane {

    /** The style sheet with the map's classes, for a view outside this package. */
    public static final String STYLESHEET = LatencyViews.STYLESHEET;

    /** Latitudes drawn: the Arctic above 84° N and the interior of Antarctica hold no city. */
    protected static final double NORTH = 84;
    protected static final double SOUTH = -82;

    /** The northern edge: {@link #NORTH}, or the pole for a map whose great circles cross the Arctic. */
    private final double north;

    /** @param labelStyle the style class of the map's labels, whose size scales the drawing */
    protected WorldMapPane(String labelStyle) {
        this(labelStyle, NORTH);
    }

    /** @param north the latitude of the top edge (up to 90: Singapore–Ashburn's great circle passes 88° N) */
    protected WorldMapPane(String labelStyle, double north) {
        super(labelStyle);
        this.north = north;
        getStyleClass().add("world-map");
        setMinWidth(200);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** Never smaller than about ten lines of text: below that a presentation page scrolls instead. */
    @Override
    protected double computeMinHeight(double width) {
        return 10 * em();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 60 * em();
    }

    @Override
    protected double computePrefHeight(double width) {
        return (width > 0 ? width : computePrefWidth(-1)) * aspect();
    }

    /** The map's height over its width. */
    public final double aspect() {
        return (north - SOUTH) / 360;
    }

    /** The latitude of the top edge. */
    protected final double north() {
        return north;
    }

    /** The map's rectangle inside the pane: as wide as the pane unless the pane is too short for it. */
    protected final double mapWidth() {
        return Math.min(getWidth(), getHeight() / aspect());
    }

    protected final double x(double lon) {
        return (getWidth() - mapWidth()) / 2 + (lon + 180) / 360 * mapWidth();
    }

    protected final double y(double lat) {
        return top() + (north - lat) / (north - SOUTH) * mapWidth() * aspect();
    }

    /** The map's top edge: centred in a pane taller than the map, so the slack is shared above and below. */
    private double top() {
        return Math.max(0, (getHeight() - mapWidth() * aspect()) / 2);
    }

    /** Sea and land, and a clip to the map's rectangle; what is drawn after goes on top. */
    protected final void drawWorld() {
        double w = mapWidth();
        double h = w * aspect();
        Rectangle sea = new Rectangle(x(-180), top(), w, h);
        sea.getStyleClass().add("map-sea");
        getChildren().add(sea);
        for (double[] ring : Coastlines.rings()) {
            double lo = Double.MAX_VALUE;
            double hi = -Double.MAX_VALUE;
            for (int i = 0; i < ring.length; i += 2) {
                lo = Math.min(lo, ring[i]);
                hi = Math.max(hi, ring[i]);
            }
            // A ring whose longitudes run past the date line is drawn again one world over (Siberia, Fiji).
            for (int shift = -720; shift <= 720; shift += 360) {
                if (hi + shift >= -180 && lo + shift <= 180) {
                    Polygon land = new Polygon();
                    for (int i = 0; i < ring.length; i += 2) {
                        land.getPoints().addAll(x(ring[i] + shift), y(Math.max(SOUTH - 1, ring[i + 1])));
                    }
                    land.getStyleClass().add("map-land");
                    getChildren().add(land);
                }
            }
        }
        setClip(new Rectangle(x(-180), top(), w, h));
    }

    /** A great circle in pieces, cut where it crosses the date line so no stroke runs across the whole map. */
    protected final List<Polyline> arcParts(List<RouteFact.GeoPoint> arc) {
        List<Polyline> parts = new ArrayList<>();
        Polyline part = new Polyline();
        RouteFact.GeoPoint last = null;
        for (RouteFact.GeoPoint p : arc) {
            if (last != null && Math.abs(p.longitude() - last.longitude()) > 180) {
                parts.add(part);
                part = new Polyline();
            }
            part.getPoints().addAll(x(p.longitude()), y(p.latitude()));
            last = p;
        }
        parts.add(part);
        return parts;
    }

    /**
     * Labels a city on the side away from where its arc leaves ({@code toward}, a point of the arc near
     * it), so the name never hides the arc; {@code r} is the dot's radius.
     */
    protected final Label cityLabel(String text, String styleClass, City c, double r, RouteFact.GeoPoint toward) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setMouseTransparent(true);
        getChildren().add(l);
        l.applyCss();
        l.autosize();
        double cx = x(c.longitude());
        double cy = y(c.latitude());
        boolean arcGoesRight = Math.abs(toward.longitude() - c.longitude()) > 180
                ? toward.longitude() < c.longitude() : toward.longitude() >= c.longitude();
        boolean arcGoesUp = toward.latitude() >= c.latitude();
        boolean right = arcGoesRight ? cx - r * 2 - l.getWidth() < x(-180) : cx + r * 2 + l.getWidth() <= x(180);
        boolean above = arcGoesUp ? cy + r + l.getHeight() > y(SOUTH) : cy - l.getHeight() - r >= y(north);
        double lx = right ? cx + r * 2 : cx - r * 2 - l.getWidth();
        double ly = above ? cy - l.getHeight() - r : cy + r;
        l.relocate(lx, ly);
        return l;
    }
}
