package org.wirewise.ui.lesson.latency;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.Cursor;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import org.wirewise.model.latency.City;
import org.wirewise.model.latency.RouteFact;
import org.wirewise.model.text.Texts;

/**
 * The world in an equirectangular projection (longitude and latitude as x and y), the cities as
 * dots, the two picked ones labelled and the great circle between them. Clicking a dot reports the
 * city and whether Shift was down.
 */
final class WorldMap extends WorldMapPane {

    private final BiConsumer<City, Boolean> onPick;
    private RouteFact route;

    private final Texts texts;

    WorldMap(BiConsumer<City, Boolean> onPick, Texts texts) {
        super("map-city-label");
        this.texts = texts;
        this.onPick = onPick;
        setId("world-map");
    }

    void show(RouteFact fact) {
        route = fact;
        invalidateDrawing();
    }

    @Override
    protected void draw() {
        drawWorld();
        if (route == null) {
            return;
        }
        for (Polyline part : arcParts(route.arc())) {
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
            Tooltip.install(dot, new Tooltip(texts.get("map.cityTip", route.name(c), c.country())));
            dot.setOnMouseClicked(e -> onPick.accept(c, e.isShiftDown()));
            getChildren().add(dot);
        }
        List<RouteFact.GeoPoint> arc = route.arc();
        cityLabel(route.name(route.from()), "map-city-label", route.from(), r, arc.get(Math.min(arc.size() - 1, 8)));
        cityLabel(route.name(route.to()), "map-city-label", route.to(), r, arc.get(Math.max(0, arc.size() - 9)));
    }
}
