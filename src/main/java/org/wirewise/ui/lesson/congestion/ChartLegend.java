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

    private final CongestionWords words;

    ChartLegend(CongestionWords words) {
        this.words = words;
        getStyleClass().add("cc-legend");
    }

    void show(List<SeriesLines.RunLines> runs) {
        getChildren().clear();
        Set<Phase> present = EnumSet.noneOf(Phase.class);
        for (SeriesLines.RunLines r : runs) {
            if (r.flows().size() < r.flowCount()) {
                Label more = new Label(words.get("legend.shown", r.label(), Integer.toString(r.flows().size()),
                        Integer.toString(r.flowCount())));
                more.getStyleClass().add("phase-title");
                more.setTooltip(new Tooltip(words.get("legend.shown.tip", Integer.toString(SeriesLines.MAX_LINES))));
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
        Label title = new Label(words.get("legend.phases"));
        title.getStyleClass().add("phase-title");
        title.setTooltip(new Tooltip(words.get("legend.phases.tip")));
        getChildren().add(title);
        for (Phase p : present) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("phase-swatch", PhaseRibbon.styleClass(p));
            Label key = new Label(words.phase(p), swatch);
            key.getStyleClass().add("phase-key");
            getChildren().add(key);
        }
    }
}
