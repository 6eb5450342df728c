package org.wirewise.ui.lesson.congestion;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.util.Subscription;

/**
 * The view's controls: real time or per RTT round, the metric, side by side (shown when several
 * runs are overlaid: it opens them as an A/B comparison), the tcptrace graph, Fit, and the exports.
 */
final class ChartToolbar extends FlowPane {

    final ToggleButton realTime;
    final ToggleButton rounds;
    final ComboBox<Metric> metric = new ComboBox<>(FXCollections.observableArrayList(Metric.values()));
    final Button sideBySide;
    final ToggleButton tcptrace;
    final Button fit;
    final Button exportCsv;
    final Button exportPng;
    private final Subscription subscriptions;

    ChartToolbar(CongestionWords words) {
        realTime = new ToggleButton(words.get("toolbar.realTime"));
        rounds = new ToggleButton(words.get("toolbar.rounds"));
        sideBySide = new Button(words.get("toolbar.sideBySide"));
        tcptrace = new ToggleButton(words.get("toolbar.tcptrace"));
        fit = new Button(words.get("toolbar.fit"));
        exportCsv = new Button(words.get("toolbar.exportCsv"));
        exportPng = new Button(words.get("toolbar.exportPng"));
        getStyleClass().add("cc-bar");
        subscriptions = pair(realTime, rounds, words.get("toolbar.realTime.tip"), words.get("toolbar.rounds.tip"));
        sideBySide.setTooltip(new Tooltip(words.get("toolbar.sideBySide.tip")));
        tcptrace.setTooltip(new Tooltip(words.get("toolbar.tcptrace.tip")));
        tcptrace.setFocusTraversable(true); // Tab reaches it; a click leaves the player's keys with the window (PlayerKeys)
        metric.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Metric m) {
                return m == null ? "" : words.metric(m);
            }

            @Override
            public Metric fromString(String text) {
                return metric.getValue(); // not editable: never asked
            }
        });
        metric.setValue(Metric.CWND);
        metric.setTooltip(new Tooltip(words.get("toolbar.metric.tip")));
        fit.setTooltip(new Tooltip(words.get("toolbar.fit.tip") + "\n" + words.get("help").replace("; ", ";\n")));
        // Presenting, files are not what the class is there for: the room goes to the chart.
        exportCsv.getStyleClass().add("export-button");
        exportPng.getStyleClass().add("export-button");
        exportCsv.setTooltip(new Tooltip(words.get("toolbar.exportCsv.tip")));
        exportPng.setTooltip(new Tooltip(words.get("toolbar.exportPng.tip")));
        getChildren().addAll(realTime, rounds, metric, sideBySide, tcptrace, fit, exportCsv, exportPng);
        for (Control c : new Control[] {realTime, rounds, metric, sideBySide, tcptrace, fit, exportCsv, exportPng}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        setComparing(false);
    }

    /** Side by side only means something with several runs. */
    void setComparing(boolean comparing) {
        sideBySide.setVisible(comparing);
        sideBySide.setManaged(comparing);
    }

    /**
     * The tcptrace graph is drawn against real time, one flow at a time: while it is shown the
     * per-round axis and the metric do not apply.
     */
    void setSequenceShown(boolean shown) {
        if (shown) {
            realTime.setSelected(true);
        }
        rounds.setDisable(shown);
        metric.setVisible(!shown);
        metric.setManaged(!shown);
    }

    /** The tcptrace graph's choice of flow, in the metric's place while the graph is shown and there is a choice. */
    void addFlowChoice(ComboBox<String> flow, javafx.beans.value.ObservableBooleanValue severalFlows) {
        flow.visibleProperty().bind(tcptrace.selectedProperty().and(severalFlows));
        flow.managedProperty().bind(flow.visibleProperty());
        getChildren().add(getChildren().indexOf(metric) + 1, flow);
    }

    boolean perRound() {
        return rounds.isSelected();
    }

    /** Two exclusive toggles, the first selected; clicking the selected one keeps it selected. */
    private static Subscription pair(ToggleButton first, ToggleButton second, String firstTip, String secondTip) {
        ToggleGroup group = new ToggleGroup();
        first.setToggleGroup(group);
        second.setToggleGroup(group);
        first.setSelected(true);
        first.setTooltip(new Tooltip(firstTip));
        second.setTooltip(new Tooltip(secondTip));
        first.getStyleClass().add("left-pill");
        second.getStyleClass().add("right-pill");
        return group.selectedToggleProperty().subscribe((was, now) -> {
            if (now == null) {
                was.setSelected(true);
            }
        });
    }

    void dispose() {
        subscriptions.unsubscribe();
    }
}
