package org.wirewise.ui.widget;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Step;

/** Each lane of a {@link SequenceDiagram}: its lifeline and, above it, title, subtitle and current state. */
final class LaneHeaders {

    private LaneHeaders() {
    }

    /** Smallest type, as a share of its own size, that a heading shrinks to before it is cut short. */
    static final double MIN_SCALE = 0.6;

    /**
     * The largest scale, at most 1, at which a row of headings centred on {@code centers} with
     * {@code widths} keeps {@code gap} between neighbours and stays inside [{@code leftEdge},
     * {@code rightEdge}]. A wide heading ("UDP receiver") may use room its narrow neighbour
     * ("Server") leaves, so the row shrinks only as much as its tightest pair needs.
     */
    static double rowScale(double[] centers, double[] widths, double leftEdge, double rightEdge, double gap) {
        double scale = 1;
        int n = centers.length;
        for (int i = 0; i < n; i++) {
            if (widths[i] <= 0) {
                continue;
            }
            if (i == 0) {
                scale = Math.min(scale, 2 * (centers[i] - leftEdge) / widths[i]);
            }
            if (i == n - 1) {
                scale = Math.min(scale, 2 * (rightEdge - centers[i]) / widths[i]);
            }
            if (i + 1 < n) {
                double pair = (widths[i] + widths[i + 1]) / 2;
                if (pair > 0) {
                    scale = Math.min(scale, (centers[i + 1] - centers[i] - gap) / pair);
                }
            }
        }
        return Math.max(0, scale);
    }

    /** Sets a heading's type to {@code scale} of its own size ("ESTABLISHED", not "ESTABLISH…"). */
    private static void scale(Label l, double scale) {
        if (scale >= 1) {
            return;
        }
        double size = l.getFont().getSize();
        l.setStyle("-fx-font-size: " + Math.floor(size * scale * 10) / 10 + "px;");
        l.applyCss();
    }

    static void draw(SequenceDiagram diagram, DiagramGeometry g, double em, List<Lane> lanes, Step step) {
        int n = lanes.size();
        double[] centers = new double[n];
        List<List<Label>> rows = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < n; i++) {
            Lane lane = lanes.get(i);
            centers[i] = g.laneX(i);
            diagram.add(SequenceDiagram.line(centers[i], g.top() - 0.4 * em, centers[i], g.bottom(), "lifeline"));
            String state = step.snapshot().node(lane.id()).map(NodeState::state).orElse("");
            Label badge = diagram.label(state, "lane-state");
            badge.setId("state-" + lane.id());
            badge.getStyleClass().add("state-" + state.toLowerCase(Locale.ROOT));
            rows.get(0).add(diagram.label(lane.title(), "lane-title"));
            rows.get(1).add(diagram.label(lane.subtitle(), "lane-subtitle"));
            rows.get(2).add(badge);
        }
        // Names more than a space apart: two closer than that read as one ("com. example.com.").
        double[] gaps = {0.9 * em, 0.4 * em, 0.4 * em};
        double room = (g.lanesRight() - g.left()) / n - 0.4 * em;
        double right = diagram.getWidth();
        int rowCount = rows.size();
        double[] scales = new double[rowCount];
        boolean[] staggered = new boolean[rowCount];
        double[][] widths = new double[rowCount][];
        for (int r = 0; r < rowCount; r++) {
            widths[r] = rows.get(r).stream().mapToDouble(l -> l.getText().isEmpty() ? 0 : l.prefWidth(-1)).toArray();
            double gap = gaps[r];
            scales[r] = Math.min(1, rowScale(centers, widths[r], 0, right, gap));
            if (scales[r] < MIN_SCALE && n > 2) {
                // Too dense for one line (four addresses on a 1280-pixel screen): every other lane's
                // heading drops half a line, so each has its neighbours' room as well.
                staggered[r] = true;
                scales[r] = Math.min(1, Math.min(rowScale(every(centers, 0), every(widths[r], 0), 0, right, gap),
                        rowScale(every(centers, 1), every(widths[r], 1), 0, right, gap)));
            }
        }
        // The headings share the band above the lifelines; a staggered row takes two lines of it.
        double needed = 0;
        for (int r = 0; r < rowCount; r++) {
            double h = rows.get(r).stream().mapToDouble(l -> l.prefHeight(-1)).max().orElse(0) * scales[r];
            needed += (staggered[r] ? 2 : 1) * h + 0.25 * em;
        }
        double band = g.top() - 0.9 * em;
        double shrink = needed > band ? band / needed : 1;
        double[] y = new double[n];
        java.util.Arrays.fill(y, 0.5 * em);
        for (int r = 0; r < rowCount; r++) {
            List<Label> row = rows.get(r);
            double s = Math.max(MIN_SCALE, scales[r] * shrink);
            // At any type no larger than the row's own scale the headings keep clear of each other.
            boolean fits = scales[r] >= MIN_SCALE;
            double lineHeight = 0;
            for (int i = 0; i < n; i++) {
                Label l = row.get(i);
                scale(l, s);
                lineHeight = Math.max(lineHeight, l.prefHeight(-1));
            }
            for (int i = 0; i < n; i++) {
                Label l = row.get(i);
                // Only a row still too wide at the smallest type is cut short (with an ellipsis) rather than overlap.
                double width = fits ? l.prefWidth(-1) : Math.min(l.prefWidth(-1), staggered[r] ? 2 * room : room);
                l.resize(width, l.prefHeight(-1));
                double drop = staggered[r] && i % 2 == 1 ? lineHeight : 0;
                l.relocate(Math.round(centers[i] - width / 2), Math.round(y[i] + drop));
                l.setTooltip(new Tooltip(l.getText()));
                y[i] += (staggered[r] ? 2 : 1) * lineHeight + 0.25 * em;
            }
        }
    }

    /** Every other value of {@code values}, from {@code first}. */
    private static double[] every(double[] values, int first) {
        double[] out = new double[(values.length - first + 1) / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[first + 2 * i];
        }
        return out;
    }
}
