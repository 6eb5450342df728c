package org.wirewise.ui.widget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;

/**
 * Which stretch of a run a sequence diagram shows at a step, as a pure function of the trace, the
 * step and the height the time axis gets. A run that reads well whole is drawn whole, on one
 * axis for every step. Otherwise the axis follows the step: it always holds the step's moment, the
 * step's own packet and every packet in flight then; it reaches back over what just happened (to
 * the previous step's moment) as far as the drawing stays legible (at most {@value #MAX_ENDS_PER_100PX} arrow ends per 100 px on
 * any lane) and the step's own arrow still slants (drops {@value #MIN_OWN_DROP_PX} px or more); and within it, stretches where no packet is sent or arrives are cut out and drawn as
 * breaks that say how long they were.
 */
final class DiagramWindow {

    /** The most arrows that may start or end on one lane within 100 px of axis and still be told apart. */
    static final int MAX_ENDS_PER_100PX = 8;
    /** A quiet stretch is cut when it is at least this share of the window. */
    private static final double CUT_SHARE = 0.12;
    private static final int MAX_CUTS = 3;
    /** A window reaches back past the previous step until it holds this many arrows, legibility allowing. */
    static final int MIN_ARROWS = 6;
    /**
     * A window reaches back only while the step's own arrow still drops this many pixels: older
     * exchanges pulled in beside a short hop (a 20 ms answer among seconds of polling) flatten it.
     */
    static final double MIN_OWN_DROP_PX = 24;

    /** The axis a step is drawn on, and whether it is the whole run's. */
    record Choice(BrokenTimeAxis axis, boolean whole) {
        long from() {
            return axis.min();
        }

        long to() {
            return axis.max();
        }
    }

    private final Trace trace;
    private final BrokenTimeAxis wholeAxis;
    private final IntFunction<List<TracePacket>> shownAtStep;
    private final Map<String, Integer> lanes = new HashMap<>();
    private final Map<Long, Choice> cache = new HashMap<>();

    /**
     * @param wholeAxis   the whole run's axis, used when it is legible
     * @param shownAtStep the packets step {@code i} shows at its own moment
     */
    DiagramWindow(Trace trace, BrokenTimeAxis wholeAxis, IntFunction<List<TracePacket>> shownAtStep) {
        this.trace = trace;
        this.wholeAxis = wholeAxis;
        this.shownAtStep = shownAtStep;
        for (int i = 0; i < trace.lanes().size(); i++) {
            lanes.put(trace.lanes().get(i).id(), i);
        }
    }

    /** Where packet {@code p}'s arrow ends: its arrival, or where it vanishes when it is lost. */
    static long end(TracePacket p) {
        return p.delivered() ? p.arrivesAt()
                : p.sentAt() + Math.round((p.arrivesAt() - p.sentAt()) * PacketArrows.LOST_AT);
    }

    /** The axis for step {@code stepIndex} when the time axis is {@code plotPx} pixels tall. */
    Choice at(int stepIndex, double plotPx) {
        long key = ((long) stepIndex << 20) ^ Math.round(plotPx);
        return cache.computeIfAbsent(key, k -> choose(stepIndex, plotPx));
    }

    private Choice choose(int stepIndex, double plotPx) {
        if (legible(wholeAxis, trace.packets(), plotPx)) {
            return new Choice(wholeAxis, true);
        }
        List<TracePacket> shown = shownAtStep.apply(stepIndex);
        long now = trace.step(stepIndex).time();
        int own = trace.step(stepIndex).packetId();
        long lo = now;
        long hi = now;
        for (TracePacket p : shown) {
            boolean inFlight = p.sentAt() <= now && end(p) > now;
            if (p.id() == own || inFlight) {
                lo = Math.min(lo, p.sentAt());
                hi = Math.max(hi, end(p));
            }
        }
        // What just happened: back to the previous step's moment, one send or arrival at a time,
        // while it stays legible; further only while the window holds fewer than MIN_ARROWS
        // arrows (a step after a long wait still shows the exchange before it). Reaching further
        // would squeeze older exchanges into slivers.
        long since = stepIndex > 0 ? trace.step(stepIndex - 1).time() : 0;
        TreeSet<Long> earlier = new TreeSet<>();
        for (TracePacket p : shown) {
            earlier.add(p.sentAt());
            earlier.add(end(p));
        }
        earlier.add(since);
        BrokenTimeAxis best = over(lo, hi, now, shown, true);
        for (long from : earlier.headSet(lo, false).descendingSet()) {
            if (from < since && arrowsWithin(shown, best.min(), hi) >= MIN_ARROWS) {
                break;
            }
            BrokenTimeAxis wider = over(from, hi, now, shown, true);
            if (!legible(wider, shown, plotPx) || flattens(own, best, wider, plotPx)) {
                break;
            }
            best = wider;
        }
        if (arrowsWithin(shown, best.min(), hi) == 0) {
            return new Choice(wholeAxis, true); // nothing sent yet: the run's own time scale, not a nanosecond
        }
        return new Choice(best, false);
    }

    /** Whether {@code wider} draws the step's own packet flat where {@code best} did not. */
    private boolean flattens(int own, BrokenTimeAxis best, BrokenTimeAxis wider, double plotPx) {
        if (own < 0) {
            return false;
        }
        TracePacket p = trace.packets().get(own);
        return drop(wider, p, plotPx) < MIN_OWN_DROP_PX && drop(best, p, plotPx) >= MIN_OWN_DROP_PX;
    }

    private static double drop(BrokenTimeAxis axis, TracePacket p, double plotPx) {
        return (axis.fraction(end(p)) - axis.fraction(p.sentAt())) * plotPx;
    }

    private static int arrowsWithin(List<TracePacket> packets, long from, long to) {
        int n = 0;
        for (TracePacket p : packets) {
            n += p.sentAt() <= to && end(p) >= from ? 1 : 0;
        }
        return n;
    }

    /** A window of {@code span} around {@code centre} at step {@code stepIndex}: where the user moved it. */
    Choice around(int stepIndex, long centre, long span) {
        long end = wholeAxis.max();
        long from = Math.max(0, Math.min(centre - span / 2, end - span));
        long to = Math.min(end, from + span);
        return new Choice(over(from, to, trace.step(stepIndex).time(), shownAtStep.apply(stepIndex), false), false);
    }

    /**
     * An axis from {@code lo} to {@code hi} (with a little room either side when {@code roomy}) with
     * the long quiet stretches between the sends and arrivals of {@code packets} (and the moment
     * {@code now}) cut out.
     */
    static BrokenTimeAxis over(long lo, long hi, long now, List<TracePacket> packets, boolean roomy) {
        TreeSet<Long> events = new TreeSet<>();
        events.add(lo);
        events.add(hi);
        if (now >= lo && now <= hi) {
            events.add(now);
        }
        for (TracePacket p : packets) {
            for (long t : new long[] {p.sentAt(), end(p)}) {
                if (t >= lo && t <= hi) {
                    events.add(t);
                }
            }
        }
        long span = Math.max(1, hi - lo);
        List<long[]> gaps = new ArrayList<>();
        Long previous = null;
        for (long t : events) {
            if (previous != null && t - previous >= CUT_SHARE * span) {
                gaps.add(new long[] {previous, t});
            }
            previous = t;
        }
        gaps.sort((a, b) -> Long.compare(b[1] - b[0], a[1] - a[0]));
        List<long[]> cuts = new ArrayList<>(gaps.subList(0, Math.min(MAX_CUTS, gaps.size())));
        long kept = span - cuts.stream().mapToLong(g -> g[1] - g[0]).sum();
        long pad = Math.max(1, Math.round(kept * 0.05));
        cuts.sort((a, b) -> Long.compare(a[0], b[0]));
        List<long[]> padded = new ArrayList<>();
        List<Boolean> idle = new ArrayList<>();
        for (long[] g : cuts) {
            long p = Math.min(pad, (g[1] - g[0]) / 4);
            padded.add(new long[] {g[0] + p, g[1] - p});
            idle.add(packets.stream().noneMatch(q -> q.sentAt() < g[1] && end(q) > g[0]));
        }
        long room = roomy ? pad : 0;
        return BrokenTimeAxis.window(Math.max(0, lo - room), hi + room, padded, idle);
    }

    /**
     * Whether {@code packets} drawn on {@code axis}, {@code plotPx} tall, keep to
     * {@value #MAX_ENDS_PER_100PX} arrow ends per 100 px on every lane.
     */
    boolean legible(BrokenTimeAxis axis, List<TracePacket> packets, double plotPx) {
        return densest(axis, packets, plotPx, lanes) <= MAX_ENDS_PER_100PX;
    }

    /**
     * The most arrow ends on one lane within any 100 px of the axis. Ends at the same instant count
     * once: a data segment arriving as its ACK leaves is one point on the lane.
     */
    static int densest(BrokenTimeAxis axis, List<TracePacket> packets, double plotPx, Map<String, Integer> lanes) {
        List<TreeSet<Long>> times = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) {
            times.add(new TreeSet<>());
        }
        for (TracePacket p : packets) {
            addEnd(times.get(lanes.get(p.from())), axis, p.sentAt());
            addEnd(times.get(lanes.get(p.to())), axis, end(p));
        }
        int worst = 0;
        for (TreeSet<Long> lane : times) {
            List<Double> points = new ArrayList<>();
            for (long t : lane) {
                points.add(axis.fraction(t) * plotPx);
            }
            int first = 0;
            for (int last = 0; last < points.size(); last++) {
                while (points.get(last) - points.get(first) >= 100) {
                    first++;
                }
                worst = Math.max(worst, last - first + 1);
            }
        }
        return worst;
    }

    private static void addEnd(TreeSet<Long> lane, BrokenTimeAxis axis, long t) {
        if (t >= axis.min() && t <= axis.max()) {
            lane.add(t);
        }
    }
}
