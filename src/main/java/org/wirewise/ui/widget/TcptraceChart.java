package org.wirewise.ui.widget;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.transport.SequenceGraph;

/**
 * Wireshark's Stevens/tcptrace graph of a connection up to the moment shown: relative sequence
 * number against time as the sender's capture sees it. Each data segment is a vertical bar from
 * its first to its last byte (red when it is a retransmission, crossed when the network lost it),
 * the ACK line steps up as ACKs arrive, the receive-window line runs ACK + window above it (where
 * they meet, the window is zero), and SACK blocks are short bars between them. Long quiet
 * stretches (a stalled reader's seconds) are cut out of the time axis as on the sequence diagram,
 * each drawn as a band that says how long it was.
 */
public final class TcptraceChart extends DrawnPane {

    private static final double[] NICE = {1, 2, 2.5, 5, 10};
    /** A stretch without a segment or an ACK is cut from the time axis when it is this share of it. */
    private static final double QUIET_SHARE = 0.2;

    private SequenceGraph graph;
    private String title = "";
    private long time;
    private int highlighted = -1;
    private WidgetWords words = WidgetWords.ENGLISH;
    private List<Lane> lanes = List.of();

    public TcptraceChart() {
        getStyleClass().add("tcptrace-chart");
        styledAsChart();
        getStylesheets().add(TcptraceChart.class.getResource("tcptrace.css").toExternalForm());
        setId("tcptrace-chart");
        setMinSize(320, 240);
        setPrefSize(900, 560); // fixed: the drawing fills what it is given, its children never size it
    }

    /** The language of the chart's own words (title, legend, window edge, quiet bands) and numbers; English until a view sets it. */
    public void setLanguage(Locale language) {
        words = WidgetWords.of(language);
        if (graph != null) {
            setGraph(graph, lanes);
        }
        invalidateDrawing();
    }

    /** The graph and its lanes, whose titles ("Client → Server") name the chart, not their ids. */
    public void setGraph(SequenceGraph newGraph, List<Lane> lanes) {
        graph = newGraph;
        this.lanes = lanes;
        title = words.get("tcptrace.title", titleOf(newGraph.sender(), lanes), titleOf(newGraph.receiver(), lanes));
        invalidateDrawing();
    }

    /** Draws up to {@code newTime}, marking packet {@code packetId} (the step's own; -1 for none). */
    public void show(long newTime, int packetId) {
        time = newTime;
        highlighted = packetId;
        invalidateDrawing();
    }

    private static String titleOf(String laneId, List<Lane> lanes) {
        return lanes.stream().filter(l -> l.id().equals(laneId)).map(Lane::title).findFirst().orElse(laneId);
    }

    @Override
    protected void draw() {
        if (graph == null) {
            return;
        }
        double em = em();
        double left = 6 * em;
        double right = getWidth() - 1.2 * em;
        label(title, "chart-title",
                0.6 * em, 0.2 * em);
        double top = legend(0.6 * em, right, 1.7 * em, em) + 1.2 * em;
        double bottom = getHeight() - 2.6 * em;
        // Both axes grow with the run up to the moment shown, so what has happened fills the plot.
        long tMax = Math.max(1_000_000, time);
        long dataTop = topSoFar(false);
        long windowTop = topSoFar(true);
        // A window far above the data (64 KiB offered, 8 KB sent) would flatten the data to the
        // axis: then the scale fits the data and the window line runs along the top, labelled.
        boolean windowOffScale = windowTop > 2.5 * dataTop;
        double sMax = niceAbove(Math.max(1000, (windowOffScale ? dataTop * 1.5 : Math.max(dataTop, windowTop)) * 1.05));
        Scale s = new Scale(left, right, top, bottom, timeAxis(tMax), sMax);
        axes(s, em);
        List<Node> marks = new ArrayList<>();
        Polyline acks = new Polyline();
        Polyline window = new Polyline();
        double[] last = null;
        for (SequenceGraph.Ack a : graph.acks()) {
            if (a.time() > time) {
                break;
            }
            double x = s.x(a.time());
            if (last != null) {
                acks.getPoints().addAll(x, s.y(last[0]));
                window.getPoints().addAll(x, Math.max(top, s.y(last[1])));
            }
            acks.getPoints().addAll(x, s.y(a.ack()));
            window.getPoints().addAll(x, Math.max(top, s.y(a.windowEdge())));
            last = new double[] {a.ack(), a.windowEdge()};
            for (long[] block : a.sack()) {
                marks.add(line(x, s.y(block[0]), x, s.y(block[1]), "tcptrace-sack"));
            }
            if (a.packetId() == highlighted) {
                marks.add(dot(x, s.y(a.ack()), em));
            }
        }
        if (last != null) {
            double now = s.x(time);
            acks.getPoints().addAll(now, s.y(last[0]));
            window.getPoints().addAll(now, Math.max(top, s.y(last[1])));
            if (windowOffScale) {
                Label off = label(words.get("tcptrace.windowEdge", words.units().grouped((long) last[1])),
                        "tcptrace-window-label", 0, 0);
                off.relocate(Math.max(left + 0.3 * em, right - off.prefWidth(-1)), top + 0.3 * em);
            }
        }
        acks.getStyleClass().add("tcptrace-ack");
        window.getStyleClass().add("tcptrace-window");
        getChildren().addAll(window, acks);
        for (SequenceGraph.Segment seg : graph.segments()) {
            if (seg.time() > time) {
                break;
            }
            segment(s, seg, em, marks);
        }
        getChildren().addAll(marks);
        Line cursor = line(s.x(time), top, s.x(time), bottom, "tcptrace-now");
        getChildren().add(cursor);
    }

    /** A segment as tcptrace draws it: an I-beam from its first to its last byte. */
    private void segment(Scale s, SequenceGraph.Segment seg, double em, List<Node> marks) {
        String style = seg.retransmission() ? "tcptrace-retransmission" : "tcptrace-segment";
        double x = s.x(seg.time());
        double y1 = s.y(seg.seq());
        double y2 = Math.min(y1 - 2, s.y(seg.end())); // a one-byte SYN or FIN still shows
        double cap = 0.3 * em;
        marks.add(line(x, y1, x, y2, style));
        marks.add(line(x - cap, y1, x + cap, y1, style));
        marks.add(line(x - cap, y2, x + cap, y2, style));
        if (seg.lost()) {
            Label cross = label("✕", "tcptrace-lost", 0, 0);
            cross.relocate(x - cross.prefWidth(-1) / 2, y2 - cross.prefHeight(-1));
        }
        if (seg.packetId() == highlighted) {
            marks.add(dot(x, (y1 + y2) / 2, em));
        }
    }

    private void axes(Scale s, double em) {
        getChildren().addAll(line(s.left, s.bottom, s.right, s.bottom, "chart-axis"),
                line(s.left, s.top, s.left, s.bottom, "chart-axis"));
        for (double[] band : s.time.breakBands()) {
            double x1 = s.left + (s.right - s.left) * band[0];
            double x2 = s.left + (s.right - s.left) * band[1];
            javafx.scene.layout.Region shade = new javafx.scene.layout.Region();
            shade.getStyleClass().add("time-break");
            shade.resizeRelocate(x1, s.top, x2 - x1, s.bottom - s.top);
            getChildren().add(shade);
            Label l = label(words.get("tcptrace.quiet", words.decimals(TimeAxis.label((long) band[2]))), "tcptrace-break-label", 0, 0);
            l.setRotate(-90);
            l.relocate((x1 + x2) / 2 - l.prefWidth(-1) / 2, (s.top + s.bottom) / 2 - l.prefHeight(-1) / 2);
        }
        List<Long> ticks = s.time.ticks(Math.max(2, (int) ((s.right - s.left) / (7 * em))));
        List<String> texts = DiagramTimeAxis.tickLabels(ticks, 0).stream().map(words::decimals).toList();
        double free = s.left - em; // where the next tick label may start: none overlaps another
        for (int i = 0; i < ticks.size(); i++) {
            double x = s.x(ticks.get(i));
            getChildren().add(line(x, s.top, x, s.bottom, "chart-grid"));
            Label l = label(texts.get(i), "chart-tick", 0, 0);
            double lx = Math.min(x - l.prefWidth(-1) / 2, s.right - l.prefWidth(-1));
            if (lx < free) {
                getChildren().remove(l);
                continue;
            }
            l.relocate(lx, s.bottom + 0.3 * em);
            free = lx + l.prefWidth(-1) + 0.8 * em;
        }
        double sStep = niceAbove(s.sMax / Math.max(2, (s.bottom - s.top) / (2.5 * em)));
        for (double q = 0; q <= s.sMax + 1e-9; q += sStep) {
            double y = s.y((long) q);
            getChildren().add(line(s.left, y, s.right, y, "chart-grid"));
            Label l = label(words.units().grouped((long) q), "chart-tick", 0, 0);
            l.relocate(s.left - l.prefWidth(-1) - 0.4 * em, y - l.prefHeight(-1) / 2);
        }
    }

    /** The highest sequence number a segment or an ACK (or, with {@code windows}, a window edge) reached by the moment shown. */
    private long topSoFar(boolean windows) {
        long top = 1;
        for (SequenceGraph.Segment seg : graph.segments()) {
            if (seg.time() <= time && !windows) {
                top = Math.max(top, seg.end());
            }
        }
        for (SequenceGraph.Ack a : graph.acks()) {
            if (a.time() <= time) {
                top = Math.max(top, windows ? a.windowEdge() : a.ack());
            }
        }
        return top;
    }

    /** The key, wrapped to the width; returns where its last row ends. */
    private double legend(double x, double right, double y, double em) {
        String[][] entries = {{words.get("tcptrace.data"), "tcptrace-segment"},
            {words.get("tcptrace.retransmitted"), "tcptrace-retransmission"}, {words.get("tcptrace.ack"), "tcptrace-ack"},
            {words.get("tcptrace.window"), "tcptrace-window"}, {words.get("tcptrace.sack"), "tcptrace-sack"}};
        double at = x;
        double row = y;
        for (String[] e : entries) {
            Label l = label(e[0], "chart-legend", 0, 0);
            double w = 1.8 * em + l.prefWidth(-1);
            if (at > x && at + w > right) {
                at = x;
                row += 1.5 * em;
            }
            getChildren().add(line(at, row + 0.65 * em, at + 1.4 * em, row + 0.65 * em, e[1]));
            l.relocate(at + 1.8 * em, row);
            at += w + 1.2 * em;
        }
        return row + 1.5 * em;
    }

    /** The time axis up to {@code end}: linear, or with the long quiet stretches between events cut out. */
    private BrokenTimeAxis timeAxis(long end) {
        List<Long> moments = new ArrayList<>();
        for (SequenceGraph.Segment seg : graph.segments()) {
            if (seg.time() <= end) {
                moments.add(seg.time());
            }
        }
        for (SequenceGraph.Ack a : graph.acks()) {
            if (a.time() <= end) {
                moments.add(a.time());
            }
        }
        moments.add(0L);
        moments.add(end);
        moments.sort(null);
        List<long[]> gaps = new ArrayList<>();
        for (int i = 1; i < moments.size(); i++) {
            if (moments.get(i) - moments.get(i - 1) >= QUIET_SHARE * end) {
                gaps.add(new long[] {moments.get(i - 1), moments.get(i)});
            }
        }
        gaps.sort((a, b) -> Long.compare(b[1] - b[0], a[1] - a[0]));
        List<long[]> cut = new ArrayList<>(gaps.subList(0, Math.min(3, gaps.size())));
        long kept = end - cut.stream().mapToLong(g -> g[1] - g[0]).sum();
        long pad = Math.max(1, Math.round(kept * 0.04));
        cut.sort((a, b) -> Long.compare(a[0], b[0]));
        List<long[]> padded = new ArrayList<>();
        for (long[] g : cut) {
            padded.add(new long[] {g[0] + pad, g[1] - pad});
        }
        return BrokenTimeAxis.window(0, end + pad, padded, java.util.Collections.nCopies(padded.size(), true));
    }

    /** The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above {@code v}. */
    static double niceAbove(double v) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(1, v))));
        for (double n : NICE) {
            if (n * magnitude >= v) {
                return n * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private Circle dot(double x, double y, double em) {
        Circle c = new Circle(x, y, 0.5 * em);
        c.getStyleClass().add("tcptrace-step-packet");
        return c;
    }

    private static Line line(double x1, double y1, double x2, double y2, String style) {
        Line l = new Line(x1, y1, x2, y2);
        l.getStyleClass().add(style);
        return l;
    }

    /** Time to x and sequence number to y in the plot. */
    private record Scale(double left, double right, double top, double bottom, BrokenTimeAxis time, double sMax) {
        double x(long t) {
            return left + (right - left) * time.fraction(t);
        }

        double y(double seq) {
            return bottom - (bottom - top) * seq / sMax;
        }
    }
}
