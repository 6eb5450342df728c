package org.wirewise.ui.lesson.congestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.wirewise.model.congestion.CongestionSimulator;
import org.wirewise.model.congestion.DumbbellResult;
import org.wirewise.model.congestion.Series;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonView;

/**
 * The congestion lesson: every flow's cwnd over time (or per RTT round, the textbook sawtooth),
 * the bottleneck queue, loss events as dots, a cursor at the player's time, exact values on hover.
 */
public final class CongestionView implements LessonView {

    private static final int MAX_LINES = 12;

    /** What the upper chart plots. */
    enum Metric {
        CWND("cwnd (segments)"), INFLIGHT("bytes in flight (segments)"), RATE("delivery rate (Mb/s)"),
        RTT("smoothed RTT (ms)");

        final String label;

        Metric(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }

        double value(Series s, int i) {
            return switch (this) {
                case CWND -> s.cwnd(i) / 1460.0;
                case INFLIGHT -> s.inflight(i) / 1460.0;
                case RATE -> s.deliveryRate(i) * 8 / 1e6;
                case RTT -> s.srtt(i) / 1e6;
            };
        }
    }

    private final SeriesChart cwnd = new SeriesChart("per flow — dots mark losses");
    private final javafx.scene.control.ComboBox<Metric> metric = new javafx.scene.control.ComboBox<>(
            javafx.collections.FXCollections.observableArrayList(Metric.values()));
    private final javafx.scene.control.Button exportCsv = new javafx.scene.control.Button("Export CSV…");
    private final SeriesChart queue = new SeriesChart("bottleneck queue (packets)");
    private final ToggleButton realTime = new ToggleButton("Real time");
    private final ToggleButton rounds = new ToggleButton("Per RTT round");
    private final FlowPane legend = new FlowPane();
    private final Label readout = new Label(" ");
    private final Label summary = new Label();
    private final VBox root = new VBox();
    private final Subscription subscriptions;
    private CongestionSimulator.CongestionRun run;
    private long time;

    public CongestionView() {
        root.getStyleClass().add("congestion-view");
        root.getStylesheets().add(CongestionView.class.getResource("congestion.css").toExternalForm());
        ToggleGroup group = new ToggleGroup();
        realTime.setToggleGroup(group);
        rounds.setToggleGroup(group);
        realTime.setSelected(true);
        realTime.setTooltip(new Tooltip("cwnd against simulated time, with the player's time as a dashed line"));
        rounds.setTooltip(new Tooltip("cwnd once per round trip: the sawtooth textbooks draw"));
        legend.getStyleClass().add("cc-legend");
        readout.getStyleClass().add("readout");
        summary.getStyleClass().add("summary");
        summary.setWrapText(true);
        metric.setValue(Metric.CWND);
        metric.setTooltip(new Tooltip("What the upper chart shows for each flow"));
        exportCsv.setTooltip(new Tooltip("Save every sample of every flow as CSV (the PNG of the window: File ▸ Export, Ctrl+E)"));
        exportCsv.setOnAction(e -> SeriesExport.chooseAndWrite(root, run));
        for (javafx.scene.control.Control c : List.of(realTime, rounds, metric, exportCsv)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(realTime, rounds, metric, exportCsv, legend);
        bar.getStyleClass().add("cc-bar");
        HBox.setHgrow(legend, Priority.ALWAYS);
        VBox.setVgrow(cwnd, Priority.ALWAYS);
        VBox.setVgrow(queue, Priority.SOMETIMES);
        cwnd.setPrefHeight(400);
        queue.setPrefHeight(180);
        root.getChildren().addAll(bar, cwnd, queue, readout, summary);
        root.setPadding(new Insets(8));
        cwnd.setOnMouseMoved(e -> readout.setText(cwnd.valuesAt(e.getX())));
        queue.setOnMouseMoved(e -> readout.setText(queue.valuesAt(e.getX())));
        subscriptions = group.selectedToggleProperty().subscribe(t -> {
            if (t == null) {
                realTime.setSelected(true);
            } else {
                rebuild();
            }
        }).and(metric.valueProperty().subscribe(m -> rebuild()));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void setTrace(Trace trace) {
        run = CongestionSimulator.runOf(trace);
        rebuild();
    }

    @Override
    public void show(int stepIndex, long simulatedTime) {
        time = simulatedTime;
        double cursor = rounds.isSelected() ? -1 : time / 1e9;
        cwnd.setCursor(cursor);
        queue.setCursor(cursor);
    }

    private void rebuild() {
        legend.getChildren().clear();
        if (run == null) {
            cwnd.setLines(List.of(), 1, "s");
            queue.setLines(List.of(), 1, "s");
            summary.setText("No series for this trace.");
            return;
        }
        boolean perRound = rounds.isSelected();
        List<SeriesChart.Line> cwndLines = new ArrayList<>();
        List<SeriesChart.Line> queueLines = new ArrayList<>();
        double xMax = 1;
        StringBuilder text = new StringBuilder();
        int colour = 0;
        for (int r = 0; r < run.results().size(); r++) {
            DumbbellResult res = run.results().get(r);
            Series s = perRound ? res.rounds() : res.samples();
            xMax = Math.max(xMax, perRound ? maxRounds(s) : res.config().durationNs() / 1e9);
            for (int f = 0; f < res.flows().size() && cwndLines.size() < MAX_LINES; f++) {
                String label = run.labels().get(r) + (res.flows().size() > 1 || !run.labels().get(r).equals(
                        res.flows().get(f).algorithm()) ? " " + res.flows().get(f).algorithm() + " #" + (f + 1) : "");
                cwndLines.add(line(label, s, f, colour, perRound, res, metric.getValue()));
                if (f == 0) {
                    queueLines.add(line(run.labels().get(r), s, f, colour, perRound, res, null));
                }
                Label key = new Label("● " + label);
                key.getStyleClass().addAll("legend-key", "key-" + (colour % 6));
                legend.getChildren().add(key);
                colour++;
            }
            text.append(String.format(Locale.ROOT, "%s: utilization %.1f %%, Jain's fairness %.3f, goodput %s Mb/s.  ",
                    run.labels().get(r), res.utilization() * 100, res.jainFairness(), goodputs(res)));
        }
        String unit = perRound ? "rounds" : "s";
        cwnd.setTitle(metric.getValue().label + " per flow — dots mark losses");
        cwnd.setLines(cwndLines, xMax, unit);
        queue.setLines(queueLines, xMax, unit);
        summary.setText(text.toString().strip());
        show(0, time);
    }

    private static String goodputs(DumbbellResult res) {
        List<String> parts = new ArrayList<>();
        for (DumbbellResult.FlowTotals t : res.flows()) {
            parts.add(String.format(Locale.ROOT, "%.1f", t.goodputBps() / 1e6));
        }
        return String.join(" / ", parts);
    }

    private static double maxRounds(Series s) {
        int[] count = new int[64];
        int max = 1;
        for (int i = 0; i < s.size(); i++) {
            int f = s.flow(i);
            if (f < count.length) {
                max = Math.max(max, ++count[f]);
            }
        }
        return max;
    }

    private static SeriesChart.Line line(String label, Series s, int flow, int colour, boolean perRound,
                                         DumbbellResult res, Metric m) {
        boolean queue = m == null;
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.flow(i) == flow) {
                n++;
            }
        }
        double[] x = new double[n];
        double[] y = new double[n];
        int k = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.flow(i) == flow) {
                x[k] = perRound ? k : s.time(i) / 1e9;
                y[k++] = queue ? s.queue(i) : m.value(s, i);
            }
        }
        double[] marks = perRound || queue ? new double[0] : res.events().stream()
                .filter(e -> e.flow() == flow && e.kind() != DumbbellResult.EventKind.PHASE_CHANGE)
                .mapToDouble(e -> e.time() / 1e9).toArray();
        return new SeriesChart.Line(label, x, y, n, colour, marks);
    }

    @Override
    public void dispose() {
        subscriptions.unsubscribe();
    }
}
