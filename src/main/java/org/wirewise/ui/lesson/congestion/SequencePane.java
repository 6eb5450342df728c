package org.wirewise.ui.lesson.congestion;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.wirewise.model.congestion.CongestionSimulator;
import org.wirewise.model.congestion.DumbbellResult;
import org.wirewise.model.congestion.FlowSequence;

/**
 * The tcptrace view of the congestion lab (G): one flow's sequence graph, on the view's shared
 * time range, and when the runs have several flows a choice of which one (the toolbar shows it;
 * kept across steps, and across re-simulations while that flow still exists).
 */
final class SequencePane extends VBox {

    private final SequenceChart chart;
    private final ComboBox<String> flow = new ComboBox<>();
    private final javafx.beans.property.BooleanProperty severalFlows = new javafx.beans.property.SimpleBooleanProperty();
    private final List<FlowSequence> sequences = new ArrayList<>();
    private final Subscription subscription;

    private final CongestionWords words;

    SequencePane(XRange range, CongestionWords words) {
        this.words = words;
        chart = new SequenceChart(range, words);
        getStyleClass().add("cc-sequence");
        flow.setTooltip(new Tooltip(words.get("sequence.flow.tip")));
        flow.setFocusTraversable(true); // Tab reaches it; a click leaves the player's keys with the window (PlayerKeys)
        flow.setMinWidth(Region.USE_PREF_SIZE);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().add(chart);
        subscription = flow.getSelectionModel().selectedIndexProperty().subscribe(i -> showFlow(i.intValue()));
    }

    SequenceChart chart() {
        return chart;
    }

    /** The choice of flow, for the toolbar; it means something only when the runs have several flows. */
    ComboBox<String> flowChoice() {
        return flow;
    }

    javafx.beans.value.ObservableBooleanValue severalFlows() {
        return severalFlows;
    }

    /** The flow names the choice offers, in run and flow order. */
    List<String> flowNames() {
        return List.copyOf(flow.getItems());
    }

    /** Selects a flow by its index in {@link #flowNames()}. */
    void select(int index) {
        flow.getSelectionModel().select(index);
    }

    /** Every flow of every run; the choice shows only when there is more than one. */
    void setRun(CongestionSimulator.CongestionRun run) {
        int was = Math.max(0, flow.getSelectionModel().getSelectedIndex());
        sequences.clear();
        List<String> names = new ArrayList<>();
        for (int r = 0; r < run.results().size(); r++) {
            DumbbellResult res = run.results().get(r);
            String label = run.labels().get(r);
            for (int f = 0; f < res.flows().size(); f++) {
                String algo = res.flows().get(f).algorithm();
                names.add(label.equals(algo) ? words.get("sequence.flow", label, Integer.toString(f + 1))
                        : words.get("sequence.flow.algorithm", label, Integer.toString(f + 1), algo));
                sequences.add(res.sequences().get(f));
            }
        }
        flow.setItems(FXCollections.observableArrayList(names));
        severalFlows.set(names.size() > 1);
        flow.getSelectionModel().select(Math.min(was, names.size() - 1));
        showFlow(flow.getSelectionModel().getSelectedIndex());
    }

    private void showFlow(int index) {
        if (index >= 0 && index < sequences.size()) {
            FlowSequence s = sequences.get(index);
            String name = flow.getItems().get(index);
            chart.setFlow(s, words.get("sequence.title", s.recordedUntil() < 0 ? name : words.get("sequence.recorded",
                    name, words.units().grouped(FlowSequence.MAX_SENDS), words.units().fixed(s.recordedUntil() / 1e9, 3))));
        }
    }

    void dispose() {
        subscription.unsubscribe();
        chart.dispose();
    }
}
