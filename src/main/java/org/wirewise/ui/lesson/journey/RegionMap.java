package org.wirewise.ui.lesson.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import org.wirewise.model.journey.region.RegionMapFact;
import org.wirewise.model.latency.CityNames;
import org.wirewise.model.text.Texts;
import org.wirewise.ui.lesson.latency.WorldMapPane;

/**
 * The multi-region map: the regions as squares (grey once dark, outlined red once withdrawn), the
 * users as dots coloured by how their requests go, each user's great circle to the region its DNS
 * answer names (dashed while that region does not answer), a write's call to the primary, and a
 * key in the empty south. Labels take the first place beside their mark that no other label or
 * mark holds: Europe's cities sit close together.
 */
final class RegionMap extends WorldMapPane {

    private RegionMapFact fact;
    private final List<Bounds> taken = new ArrayList<>();

    private final Texts words;
    private final CityNames cities;

    /** @param language the language of the key and the cities' names */
    RegionMap(Locale language) {
        super("region-map-label", 90); // a write's call from Singapore to Ashburn crosses the Arctic at 88° N
        setId("region-map");
        words = Texts.of("org.wirewise.ui.lesson.journey.multi-region-views", language);
        cities = new CityNames(language);
    }

    void show(RegionMapFact f) {
        fact = f;
        invalidateDrawing();
    }

    @Override
    protected void draw() {
        drawWorld();
        taken.clear();
        if (fact == null) {
            return;
        }
        for (RegionMapFact.Arc arc : fact.arcs()) {
            for (Polyline part : arcParts(arc.points())) {
                part.getStyleClass().addAll("region-arc", switch (arc.kind()) {
                    case ROUTE -> "region-arc-route";
                    case FAILING_ROUTE -> "region-arc-failing";
                    case CROSS_REGION -> "region-arc-cross";
                });
                getChildren().add(part);
            }
        }
        // marks scale with the type but not past what a small map (presenting at 720 px) has room for
        double r = Math.max(3, Math.min(em() * 0.32, mapWidth() / 220));
        double side = r * 3.2;
        for (RegionMapFact.RegionPin p : fact.regions()) {
            double cx = x(p.city().longitude());
            double cy = y(p.city().latitude());
            Rectangle box = new Rectangle(cx - side / 2, cy - side / 2, side, side);
            box.getStyleClass().addAll("region-site", !p.up() ? "region-dark" : "region-up");
            if (!p.serving()) {
                box.getStyleClass().add("region-withdrawn");
            }
            box.setId("region-" + p.name());
            getChildren().add(box);
            taken.add(box.getBoundsInParent());
        }
        List<Circle> dots = new ArrayList<>();
        for (RegionMapFact.UserPin u : fact.users()) {
            Circle dot = new Circle(x(u.city().longitude()), y(u.city().latitude()), u.highlighted() ? r * 1.7 : r * 1.2);
            dot.getStyleClass().addAll("region-user", switch (u.status()) {
                case NOT_YET -> "region-user-waiting";
                case OK -> "region-user-ok";
                case FAILING -> "region-user-failing";
            });
            getChildren().add(dot);
            dots.add(dot);
            taken.add(dot.getBoundsInParent());
        }
        for (RegionMapFact.RegionPin p : fact.regions()) {
            place(label(p.name() + (p.up() ? "" : " ✕"), "region-map-region", 0, 0), x(p.city().longitude()),
                    y(p.city().latitude()), side / 2 + r * 0.5);
        }
        // the step's users first, so theirs get the best places
        for (boolean subjects : new boolean[] {true, false}) {
            for (int i = 0; i < fact.users().size(); i++) {
                RegionMapFact.UserPin u = fact.users().get(i);
                if (u.highlighted() == subjects) {
                    place(label(cities.of(u.city()), subjects ? "region-map-subject" : "region-map-label", 0, 0),
                            dots.get(i).getCenterX(), dots.get(i).getCenterY(), dots.get(i).getRadius() + r * 0.4);
                }
            }
        }
        drawKey(r);
    }

    /** Puts {@code l} beside the point, gap {@code gap} away, in the first free place: left, right, above, below. */
    private void place(Label l, double cx, double cy, double gap) {
        l.setMouseTransparent(true);
        double w = l.getWidth();
        double h = l.getHeight();
        double[][] spots = {{cx - gap - w, cy - h / 2}, {cx + gap, cy - h / 2}, {cx - w / 2, cy - gap - h},
                {cx - w / 2, cy + gap}, {cx + gap, cy - gap - h}, {cx - gap - w, cy + gap}, {cx + gap, cy + gap},
                {cx - gap - w, cy - gap - h}};
        // The first free place; when none is free, the one that covers least of what is already there
        // (falling back to the left always put "París" over eu-west's label, cutting it).
        double[] chosen = spots[0];
        double least = Double.MAX_VALUE;
        for (double[] spot : spots) {
            Bounds b = new BoundingBox(spot[0], spot[1], w, h);
            boolean inside = spot[0] >= x(-180) && spot[0] + w <= x(180) && spot[1] >= y(north())
                    && spot[1] + h <= y(SOUTH);
            double covered = inside ? taken.stream().mapToDouble(t -> overlap(b, t)).sum() : Double.MAX_VALUE;
            if (covered == 0) {
                chosen = spot;
                break;
            }
            if (covered < least) {
                least = covered;
                chosen = spot;
            }
        }
        l.relocate(chosen[0], chosen[1]);
        taken.add(new BoundingBox(chosen[0], chosen[1], w, h));
    }

    /** The area two boxes share; touching edges count as a sliver, so a touch is never "free". */
    private static double overlap(Bounds a, Bounds b) {
        if (!a.intersects(b)) {
            return 0;
        }
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return Math.max(w, 1e-6) * Math.max(h, 1e-6);
    }

    /** What the marks mean, at the bottom left where no city is. */
    private void drawKey(double r) {
        double x0 = x(-175);
        double line = lineHeight();
        double y0 = y(SOUTH) - 3.2 * line;
        List<String[]> rows = List.of(new String[] {"region-user-ok", words.get("key.ok")},
                new String[] {"region-user-failing", words.get("key.failing")},
                new String[] {"region-arc-cross", words.get("key.cross")});
        for (int i = 0; i < rows.size(); i++) {
            double cy = y0 + i * line + line / 2;
            if (i < 2) {
                Circle c = new Circle(x0 + r, cy, r);
                c.getStyleClass().addAll("region-user", rows.get(i)[0]);
                getChildren().add(c);
            } else {
                Polyline l = new Polyline(x0, cy, x0 + 2 * r, cy);
                l.getStyleClass().addAll("region-arc", rows.get(i)[0]);
                getChildren().add(l);
            }
            label(rows.get(i)[1], "region-map-key", x0 + 3 * r, cy - line / 2);
        }
    }
}
