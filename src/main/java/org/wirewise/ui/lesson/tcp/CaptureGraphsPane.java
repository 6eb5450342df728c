package org.wirewise.ui.lesson.tcp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.util.Duration;
import org.wirewise.model.replay.CaptureGraphs;
import org.wirewise.model.replay.CaptureNarration;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.LongSeries;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.congestion.ChartInput;
import org.wirewise.ui.lesson.congestion.ChartLine;
import org.wirewise.ui.lesson.congestion.SeriesChart;
import org.wirewise.ui.lesson.congestion.XRange;

/**
 * A replayed TCP conversation's graphs over time, drawn with the congestion lab's chart (zoom,
 * pan, LTTB, Fit) on one shared time axis: bytes in flight, bytes acknowledged per interval and
 * the round trip of each ACKed segment, one line per direction that carries data. The player's
 * time is the dashed cursor. Each graph's key explains, in a tooltip, what it counts and where it
 * parts from Wireshark's own figure.
 */
final class CaptureGraphsPane extends VBox {

    private static final double NANOS_PER_SECOND = 1e9;

    private final XRange range = new XRange();
    private final SeriesChart flight;
    private final SeriesChart throughput;
    private final SeriesChart rtt;
    private final FlowPane keys = new FlowPane();
    private final Label readout = new Label(ChartInput.HELP);
    private final Button fit;
    /** The pane's own words (the TCP views' bundle) and the replay's explanations, in the view's language. */
    private final Texts texts;
    private final CaptureNarration words;

    CaptureGraphsPane() {
        this(Texts.english(TcpConnectionView.TEXTS));
    }

    CaptureGraphsPane(Texts texts) {
        this.texts = texts;
        this.words = new CaptureNarration(texts.language());
        flight = new SeriesChart(texts.get("captureGraphs.inFlight"), range);
        throughput = new SeriesChart(texts.get("captureGraphs.throughput"), range);
        rtt = new SeriesChart(texts.get("captureGraphs.rtt"), range);
        fit = new Button(texts.get("captureGraphs.fit"));
        getStyleClass().addAll("congestion-view", "capture-graphs");
        getStylesheets().add(ChartInput.class.getResource("congestion.css").toExternalForm());
        setId("capture-graphs");
        keys.getStyleClass().add("cc-legend");
        readout.getStyleClass().add("readout");
        fit.setTooltip(new Tooltip(texts.get("captureGraphs.fitHelp") + "\n" + ChartInput.HELP.replace("; ", ";\n")));
        fit.setOnAction(e -> range.fit());
        fit.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !range.isZoomed(),
                range.visibleProperty()));
        VBox stack = new VBox();
        for (SeriesChart c : List.of(flight, throughput, rtt)) {
            c.setMinSize(0, 0);
            c.setPrefHeight(1); // equal shares of the height
            VBox.setVgrow(c, Priority.ALWAYS);
            ChartInput.readout(c, c::valuesAt, readout::setText);
            c.managedProperty().bind(c.visibleProperty());
            stack.getChildren().add(c);
        }
        // A chart needs about seven and a half lines of text to be read (title, ticks, a curve); on a short screen
        // (presenting at 1280×720) the later ones make way, bytes in flight stays.
        stack.heightProperty().addListener((o, was, now) -> fitCharts(now.doubleValue()));
        stack.setMinHeight(0);
        VBox.setVgrow(stack, Priority.ALWAYS);
        setMinSize(0, 0);
        getChildren().addAll(keys, stack, readout);
    }

    private void fitCharts(double height) {
        double em = readout.getFont().getSize();
        int room = (int) Math.max(1, Math.min(3, height / (7.5 * em)));
        throughput.setVisible(room >= 2);
        rtt.setVisible(room >= 3);
    }

    /** Whether the trace is a replayed TCP conversation that carries the graphs' series. */
    static boolean applies(Trace trace) {
        return trace.series(CaptureGraphs.inFlight(true)).isPresent();
    }

    void setTrace(Trace trace) {
        String aToB = trace.lanes().get(0).title() + " → " + trace.lanes().get(1).title();
        String bToA = trace.lanes().get(1).title() + " → " + trace.lanes().get(0).title();
        List<ChartLine> flights = new ArrayList<>();
        List<ChartLine> rates = new ArrayList<>();
        List<ChartLine> rtts = new ArrayList<>();
        long interval = 0;
        for (boolean fromA : new boolean[] {true, false}) {
            Optional<LongSeries> f = trace.series(CaptureGraphs.inFlight(fromA));
            Optional<LongSeries> t = trace.series(CaptureGraphs.throughput(fromA));
            if (f.isEmpty() || t.isEmpty() || (max(f.get()) == 0 && !fromA && !flights.isEmpty())) {
                continue; // a direction that sends no data has nothing to show (A's is kept when neither does)
            }
            int colour = fromA ? 0 : 1;
            String label = fromA ? aToB : bToA;
            flights.add(steps(label, f.get(), colour, 0));
            interval = t.get().size() > 0 ? t.get().get(0, 1) : interval;
            rates.add(steps(label, t.get(), colour, interval));
            rtts.add(points(label, trace.series(CaptureGraphs.rtt(fromA)), colour));
        }
        flight.setLines(flights, "s");
        throughput.setTitle(texts.get("captureGraphs.throughputPer", CaptureNarration.interval(Math.max(1, interval))));
        throughput.setLines(rates, "s");
        rtt.setLines(rtts, "s");
        range.setBounds(0, Math.max(1e-6, trace.duration() / NANOS_PER_SECOND), trace);
        showKeys(flights, interval);
    }

    /** The player's time as the dashed cursor on every chart. */
    void show(long time) {
        double x = time / NANOS_PER_SECOND;
        flight.setCursor(x);
        throughput.setCursor(x);
        rtt.setCursor(x);
    }

    void setReveal(boolean on) {
        flight.setReveal(on);
        throughput.setReveal(on);
        rtt.setReveal(on);
    }

    void dispose() {
        flight.dispose();
        throughput.dispose();
        rtt.dispose();
    }

    private void showKeys(List<ChartLine> lines, long interval) {
        keys.getChildren().clear();
        for (int i = 0; i < lines.size(); i++) {
            Line sample = new Line(0, 0, 28, 0);
            int colour = lines.get(i).colour();
            sample.getStyleClass().addAll("legend-line", "key-line-" + colour);
            Label key = new Label(lines.get(i).label(), sample);
            key.getStyleClass().addAll("legend-key", "key-" + colour);
            keys.getChildren().add(key);
        }
        keys.getChildren().addAll(explained(texts.get("captureGraphs.inFlightKey"), words.inFlightExplained()),
                explained(texts.get("captureGraphs.throughputKey"), words.throughputExplained(Math.max(1, interval))),
                explained(texts.get("captureGraphs.rttKey"), words.rttExplained()), fit);
    }

    private static Label explained(String text, String explanation) {
        Label l = new Label(text);
        l.getStyleClass().add("phase-title");
        Tooltip tip = new Tooltip(explanation);
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        tip.setShowDuration(Duration.minutes(1));
        l.setTooltip(tip);
        return l;
    }

    private static long max(LongSeries s) {
        long max = 0;
        for (int i = 0; i < s.size(); i++) {
            max = Math.max(max, s.get(i, 0));
        }
        return max;
    }

    /**
     * A series that holds its value until the next row as a staircase (each row's value runs to
     * the next row's time, the last one for {@code lastWidth} nanoseconds).
     */
    private static ChartLine steps(String label, LongSeries s, int colour, long lastWidth) {
        int n = s.size();
        double[] x = new double[Math.max(0, 2 * n)];
        double[] y = new double[x.length];
        for (int i = 0; i < n; i++) {
            double v = s.get(i, 0);
            x[2 * i] = s.time(i) / NANOS_PER_SECOND;
            y[2 * i] = v;
            x[2 * i + 1] = (i + 1 < n ? s.time(i + 1) : s.time(i) + lastWidth) / NANOS_PER_SECOND;
            y[2 * i + 1] = v;
        }
        return new ChartLine(label, x, y, x.length, colour, new double[0], null);
    }

    /** One dot per sample (each is its own measurement), in milliseconds. */
    private static ChartLine points(String label, Optional<LongSeries> series, int colour) {
        int n = series.map(LongSeries::size).orElse(0);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = series.get().time(i) / NANOS_PER_SECOND;
            y[i] = series.get().get(i, 0) / 1e6;
        }
        return new ChartLine(label, x, y, n, colour, new double[0], null, true);
    }

    /** For tests: the charts, in order. */
    List<SeriesChart> charts() {
        return List.of(flight, throughput, rtt);
    }

    XRange range() {
        return range;
    }
}
