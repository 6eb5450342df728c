package org.wirewise.ui.lesson.latency;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import org.wirewise.model.latency.City;
import org.wirewise.model.latency.RouteFact;
import org.wirewise.ui.widget.DrawnPane;

/**
 * The world in an equirectangular projection (longitude and latitude as x and y), the cities as
 * dots, the two picked ones labelled and the great circle between them. Clicking a dot reports the
 * city and whether Shift was down.
 */
final class WorldMap extends DrawnPane {

    /** Latitudes drawn: the Arctic above 84° N and the interior of Antarctica hold no city. */
    private static final double NORTH = 84;
    private static final double SOUTH = -82;
    private static final double ASPECT = (NORTH - SOUTH) / 360;

    private final BiConsumer<City, Boolean> onPick;
    private RouteFact route;

    WorldMap(BiConsumer<City, Boolean> onPick) {
        super("map-city-label");
        this.onPick = onPick;
        getStyleClass().add("world-map");
        setId("world-map");
        setMinWidth(200);
    }

    void show(RouteFact fact) {
        route = fact;
        invalidateDrawing();
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
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
        return (width > 0 ? width : computePrefWidth(-1)) * ASPECT;
    }

    /** The map's rectangle inside the pane: as wide as the pane unless the pane is too short for it. */
    private double mapWidth() {
        return Math.min(getWidth(), getHeight() / ASPECT);
    }

    private double x(double lon) {
        return (getWidth() - mapWidth()) / 2 + (lon + 180) / 360 * mapWidth();
    }

    private double y(double lat) {
        return (NORTH - lat) / (NORTH - SOUTH) * mapWidth() * ASPECT;
    }

    @Override
    protected void draw() {
        double w = mapWidth();
        double h = w * ASPECT;
        Rectangle sea = new Rectangle(x(-180), 0, w, h);
        sea.getStyleClass().add("map-sea");
        getChildren().add(sea);
        for (double[] ring : org.wirewise.model.latency.Coastlines.rings()) {
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
        setClip(new Rectangle(x(-180), 0, w, h));
        if (route == null) {
            return;
        }
        for (Polyline part : arcParts()) {
            part.getStyleClass().add("map-arc");
            getChildren().add(part);
        }
        double r = Math.max(3, em() * 0.3);
        for (City c : route.cities()) {
            boolean picked = c.equals(route.from()) || c.equals(route.to());
            Circle dot = new Circle(x(c.longitude()), y(c.latitude()), picked ? r * 1.6 : r);
            dot.getStyleClass().addAll("map-city", picked ? "map-city-picked" : "map-city-other");
            dot.setId("city-" + c.name().replace(' ', '-'));
            dot.setCursor(Cursor.HAND);
            Tooltip.install(dot, new Tooltip(c.name() + " (" + c.country() + "): click to go there, Shift-click to start here"));
            dot.setOnMouseClicked(e -> onPick.accept(c, e.isShiftDown()));
            getChildren().add(dot);
        }
        List<RouteFact.GeoPoint> arc = route.arc();
        label(route.from(), r, arc.get(Math.min(arc.size() - 1, 8)));
        label(route.to(), r, arc.get(Math.max(0, arc.size() - 9)));
    }

    /** The arc in pieces, cut where it crosses the date line so no stroke runs across the whole map. */
    private List<Polyline> arcParts() {
        List<Polyline> parts = new ArrayList<>();
        Polyline part = new Polyline();
        RouteFact.GeoPoint last = null;
        for (RouteFact.GeoPoint p : route.arc()) {
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

    /** Labels a picked city on the side away from where its arc leaves, so the name never hides the arc. */
    private void label(City c, double r, RouteFact.GeoPoint toward) {
        Label l = new Label(c.name());
        l.getStyleClass().add("map-city-label");
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
        boolean above = arcGoesUp ? cy + r + l.getHeight() > y(SOUTH) : cy - l.getHeight() - r >= 0;
        double lx = right ? cx + r * 2 : cx - r * 2 - l.getWidth();
        double ly = above ? cy - l.getHeight() - r : cy + r;
        l.relocate(lx, ly);
    }
}
