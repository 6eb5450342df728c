package org.wirewise.ui.lesson.congestion;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.wirewise.model.congestion.CongestionSimulator;
import org.wirewise.model.congestion.DumbbellResult;
import org.wirewise.model.trace.Trace;
import org.wirewise.lesson.congestion.CongestionLesson;
import org.wirewise.ui.lesson.LessonContext;
import org.wirewise.ui.lesson.LessonView;

/**
 * The congestion lesson: every flow's metric over time (or per RTT round, the textbook sawtooth)
 * with its phases on a ribbon, the bottleneck queue, loss events as dots, a cursor at the
 * player's time, exact values on hover; runs overlaid, or side by side as an A/B comparison; pan
 * and zoom; G swaps the charts for one flow's tcptrace graph on the same time range.
 */
public final class CongestionView implements LessonView {

    private final CongestionWords words;
    private final ChartToolbar bar;
    private final ChartLegend legend;
    private final Label readout;
    private final ChartArea area;
    private final SequencePane sequence;
    private final VBox charts;
    private final Label summary = new Label();
    private boolean reveal;
    private boolean atEnd = true;
    private int lastStep;
    private final VBox root = new VBox();
    private final Subscription subscriptions;
    private CongestionSimulator.CongestionRun run;
    private Trace trace;
    private long time;
    private boolean holdWindow;
    private final ChartSummary chartWords;

    public CongestionView(LessonContext context) {
        words = new CongestionWords(context.language());
        bar = new ChartToolbar(words);
        legend = new ChartLegend(words);
        readout = new Label(words.get("help"));
        area = new ChartArea(readout::setText, words);
        sequence = new SequencePane(area.range(), words);
        charts = new VBox(legend, area);
        chartWords = new ChartSummary(context.language());
        root.getStyleClass().add("congestion-view");
        root.getStylesheets().add(CongestionView.class.getResource("congestion.css").toExternalForm());
        readout.getStyleClass().add("readout");
        readout.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped whole (congestion.css), not cut
        summary.getStyleClass().add("summary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // the whole summary, wrapped, not cut to "..."

        charts.getStyleClass().add("cc-chart-box");
        VBox.setVgrow(area, Priority.ALWAYS);
        // The chart is the lesson: on a short screen (a projector's 720 rows under a caption) the
        // toolbar and summary wrap, and the chart must keep its share rather than shrink to nothing.
        area.minHeightProperty().bind(root.heightProperty().multiply(0.3));
        VBox.setVgrow(charts, Priority.ALWAYS);
        VBox.setVgrow(sequence, Priority.ALWAYS);
        bar.addFlowChoice(sequence.flowChoice(), sequence.severalFlows());
        ChartInput.readout(sequence.chart(), sequence.chart()::valuesAt, readout::setText);
        sequence.minHeightProperty().bind(area.minHeightProperty());
        bar.exportCsv.setOnAction(e -> SeriesExport.chooseAndWrite(root, run, words));
        bar.exportPng.setOnAction(e -> ChartImage.chooseAndWrite(charts, words));
        bar.fit.setOnAction(e -> area.range().fit());
        // Side by side is A/B compare: the first two runs' algorithms as sides A and B of the window.
        bar.sideBySide.setOnAction(e -> context.compareSideBySide(CongestionLesson.algorithms(),
                run.labels().get(0), run.labels().get(1)));
        root.getChildren().addAll(bar, charts, readout, summary);
        root.setPadding(new Insets(8));
        subscriptions = bar.rounds.selectedProperty().subscribe(v -> rebuild())
                .and(bar.metric.valueProperty().subscribe(v -> rebuild()))
                .and(area.range().visibleProperty().subscribe(s -> bar.fit.setDisable(!area.range().isZoomed())))
                .and(bar.tcptrace.selectedProperty().subscribe(this::showSequence));
    }

    @Override
    public Node node() {
        return root;
    }

    /** The charts' pan and zoom state (tests and the chart benchmark drive it). */
    XRange range() {
        return area.range();
    }

    ChartArea area() {
        return area;
    }

    SequencePane sequence() {
        return sequence;
    }

    /** G: one flow's tcptrace graph in the charts' place, and back. */
    @Override
    public boolean handleKey(javafx.scene.input.KeyCode code) {
        if (code != javafx.scene.input.KeyCode.G || run == null) {
            return false;
        }
        bar.tcptrace.setSelected(!bar.tcptrace.isSelected());
        return true;
    }

    private void showSequence(boolean shown) {
        readout.setText(words.get("help")); // a hover's values belong to the chart that was shown
        bar.setSequenceShown(shown);
        charts.getChildren().setAll(shown ? List.of(sequence) : List.of(legend, area));
    }

    @Override
    public void setTrace(Trace trace) {
        this.trace = trace;
        run = CongestionSimulator.runOf(trace);
        lastStep = trace.stepCount() - 1;
        rebuild();
        // The player restarts with a new trace; a kept zoom stays where the user put it.
        holdWindow = true;
    }

    @Override
    public void show(int stepIndex, long simulatedTime) {
        time = simulatedTime;
        atEnd = stepIndex >= lastStep;
        showSummary();
        placeCursor();
        XRange range = area.range();
        if (!bar.perRound() && range.isHeld()) {
            // The user's zoom is kept and panned with the player, so a stepped-to loss is in view.
            if (!holdWindow) {
                range.reveal(time / 1e9);
            }
        } else if (!bar.perRound() && trace != null) {
            long next = trace.step(Math.min(stepIndex + 1, lastStep)).time();
            range.follow(XRange.following(trace.step(stepIndex).time() / 1e9, next / 1e9, range.min(), range.max()));
        }
        holdWindow = false;
    }

    @Override
    public void setReveal(boolean hideFuture) {
        reveal = hideFuture;
        area.setReveal(hideFuture);
        sequence.chart().setReveal(hideFuture);
        showSummary();
    }

    /** The whole run's figures give the ending away: under reveal they wait for the last step. */
    private void showSummary() {
        boolean shown = !reveal || atEnd;
        summary.setVisible(shown);
        summary.setManaged(shown);
    }

    private void placeCursor() {
        area.setCursor(bar.perRound() ? -1 : time / 1e9);
        sequence.chart().setCursor(time / 1e9);
        // a11y: each chart's values at this moment (per round: at the end of the run, which it shows whole)
        double x = bar.perRound() ? -1 : time / 1e9;
        area.metricCharts().forEach(c -> chartWords.describe(c, x));
        chartWords.describe(area.queueChart(), x);
    }

    private void rebuild() {
        readout.setText(words.get("help")); // a hover's values belong to the run that was drawn
        if (run == null) {
            bar.tcptrace.setSelected(false); // no flows to graph
            bar.setComparing(false);
            area.show(List.of(), bar.metric.getValue(), "s", 1, null);
            legend.show(List.of());
            summary.setText(words.get("summary.none"));
            return;
        }
        boolean perRound = bar.perRound();
        List<SeriesLines.RunLines> lines = SeriesLines.of(run, bar.metric.getValue(), perRound);
        bar.setComparing(run.results().size() > 1);
        sequence.setRun(run);
        // The zoom survives a re-simulation with the same runs and axis (a longer duration, say).
        Object shape = List.of(perRound, run.labels());
        area.show(lines, bar.metric.getValue(), perRound ? "rounds" : "s", SeriesLines.xMax(run, perRound), shape);
        legend.show(lines);
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < run.results().size(); r++) {
            DumbbellResult res = run.results().get(r);
            text.append(words.get("summary.run", run.labels().get(r), words.units().percent(res.utilization(), 1),
                    words.units().fixed(res.jainFairness(), 3), goodputs(res))).append("  ");
        }
        summary.setText(text.toString().strip());
        placeCursor();
    }

    private String goodputs(DumbbellResult res) {
        List<String> parts = new ArrayList<>();
        for (DumbbellResult.FlowTotals t : res.flows()) {
            parts.add(words.units().fixed(t.goodputBps() / 1e6, 1));
        }
        return String.join(" / ", parts);
    }

    @Override
    public void dispose() {
        subscriptions.unsubscribe();
        bar.dispose();
        area.dispose();
        sequence.dispose();
    }
}
