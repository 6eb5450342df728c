package org.wirewise.ui.lesson.congestion;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.wirewise.model.congestion.Phase;

/** Which colour is which flow, and which colour is which phase on the ribbons under the charts. */
final class ChartLegend extends FlowPane {

    ChartLegend() {
        getStyleClass().add("cc-legend");
    }

    void show(List<SeriesLines.RunLines> runs) {
        getChildren().clear();
        Set<Phase> present = EnumSet.noneOf(Phase.class);
        for (SeriesLines.RunLines r : runs) {
            if (r.flows().size() < r.flowCount()) {
                Label more = new Label(r.label() + ": " + r.flows().size() + " of " + r.flowCount() + " flows shown");
                more.getStyleClass().add("phase-title");
                more.setTooltip(new Tooltip("At most " + SeriesLines.MAX_LINES + " lines are drawn; the summary below "
                        + "and Export CSV cover every flow."));
                getChildren().add(more);
            }
            for (ChartLine l : r.flows()) {
                Label key = new Label(l.label);
                key.getStyleClass().addAll("legend-key", "key-" + (l.colour % 6));
                javafx.scene.shape.Line sample = new javafx.scene.shape.Line(0, 0, 28, 0);
                sample.getStyleClass().addAll("legend-line", "key-line-" + (l.colour % 6));
                double[] dashes = LineDashes.of(l.colour, 2.5);
                if (dashes != null) {
                    for (double d : dashes) {
                        sample.getStrokeDashArray().add(d);
                    }
                }
                key.setGraphic(sample);
                getChildren().add(key);
                if (l.phases != null) {
                    present.addAll(List.of(l.phases.phase()).subList(0, l.phases.n()));
                }
            }
        }
        if (present.isEmpty()) {
            return;
        }
        Label title = new Label("phases:");
        title.getStyleClass().add("phase-title");
        title.setTooltip(new Tooltip("The band under each chart, one per flow, is coloured by the sender's phase."));
        getChildren().add(title);
        for (Phase p : present) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("phase-swatch", PhaseRibbon.styleClass(p));
            Label key = new Label(p.label(), swatch);
            key.getStyleClass().add("phase-key");
            getChildren().add(key);
        }
    }
}
