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

    final ToggleButton realTime = new ToggleButton("Real time");
    final ToggleButton rounds = new ToggleButton("Per RTT round");
    final ComboBox<Metric> metric = new ComboBox<>(FXCollections.observableArrayList(Metric.values()));
    final Button sideBySide = new Button("Side by side (A/B)");
    final ToggleButton tcptrace = new ToggleButton("tcptrace (G)");
    final Button fit = new Button("Fit");
    final Button exportCsv = new Button("Export CSV…");
    final Button exportPng = new Button("Export PNG…");
    private final Subscription subscriptions;

    ChartToolbar() {
        getStyleClass().add("cc-bar");
        subscriptions = pair(realTime, rounds, "cwnd against simulated time, with the player's time as a dashed line",
                "cwnd once per round trip: the sawtooth textbooks draw");
        sideBySide.setTooltip(new Tooltip("Compare the first two algorithms A/B: each alone on this path, same seed, "
                + "one view each on one player (Ctrl+B ends it, Ctrl+Z brings every run back)"));
        tcptrace.setTooltip(new Tooltip("One flow's sequence number over time, as Wireshark's Stevens/tcptrace graph "
                + "draws it: segments, ACKs, ACK + cwnd, retransmissions and drops (G, again for the charts). The lab's "
                + "receivers read at once and offer no receive window, so cwnd is the line above the ACKs."));
        tcptrace.setFocusTraversable(true); // Tab reaches it; a click leaves the player's keys with the window (PlayerKeys)
        metric.setValue(Metric.CWND);
        metric.setTooltip(new Tooltip("What the upper chart shows for each flow"));
        fit.setTooltip(new Tooltip("Show the whole run again.\n" + ChartInput.HELP.replace("; ", ";\n")));
        // Presenting, files are not what the class is there for: the room goes to the chart.
        exportCsv.getStyleClass().add("export-button");
        exportPng.getStyleClass().add("export-button");
        exportCsv.setTooltip(new Tooltip("Save every sample of every flow as CSV"));
        exportPng.setTooltip(new Tooltip("Save the charts as they are shown (zoom included) as a PNG image"));
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
