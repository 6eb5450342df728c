package org.wirewise.ui.widget;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A time axis that stays linear except across idle stretches so long that they would squeeze
 * everything else into a sliver (TIME-WAIT's two minutes after a few round trips of activity).
 * Such a stretch is cut out and drawn as a narrow band, visibly broken, with its length written
 * on it: never skipped silently.
 */
final class BrokenTimeAxis {

    /** A gap counts as idle when it is this many times longer than all the rest of the axis. */
    static final double IDLE_RATIO = 10;
    /** Height of each break band, as a fraction of the axis. */
    static final double BREAK_FRACTION = 0.07;

    /** A stretch of time drawn to scale. */
    record Segment(long from, long to) {
        long duration() {
            return Math.max(1, to - from);
        }
    }

    private final List<Segment> segments;
    private final List<Boolean> idle;
    private final long max;
    private final long kept;

    private BrokenTimeAxis(List<Segment> segments, long max) {
        this(segments, java.util.Collections.nCopies(Math.max(0, segments.size() - 1), true), max);
    }

    /** @param idle for each break, whether nothing was in flight across it (else packets cross it) */
    private BrokenTimeAxis(List<Segment> segments, List<Boolean> idle, long max) {
        this.segments = List.copyOf(segments);
        this.idle = List.copyOf(idle);
        this.max = max;
        this.kept = segments.stream().mapToLong(Segment::duration).sum();
    }

    /**
     * An axis over part of a run, {@code from} to {@code to}, with {@code cuts} (sorted, inside it,
     * not overlapping: [start, end] of each) cut out; {@code idle} says for each cut whether no
     * packet is in flight across it.
     */
    static BrokenTimeAxis window(long from, long to, List<long[]> cuts, List<Boolean> idle) {
        List<Segment> segments = new ArrayList<>();
        long start = from;
        for (long[] cut : cuts) {
            segments.add(new Segment(start, cut[0]));
            start = cut[1];
        }
        segments.add(new Segment(start, Math.max(start + 1, to)));
        return new BrokenTimeAxis(segments, idle, Math.max(start + 1, to));
    }

    /** An unbroken axis from 0 to {@code max}. */
    static BrokenTimeAxis linear(long max) {
        return new BrokenTimeAxis(List.of(new Segment(0, Math.max(1, max))), Math.max(1, max));
    }

    /**
     * An axis from 0 to {@code max} (nice-rounded when unbroken) over moments where something
     * happens; idle gaps between them are cut out.
     */
    static BrokenTimeAxis over(List<Long> moments, long end) {
        return over(moments, List.of(), end);
    }

    /**
     * As {@link #over(List, long)}, but a gap while a packet is in flight ({@code flights}: sent,
     * arrives) is never cut: a lone packet's journey is the picture, not idle time.
     */
    static BrokenTimeAxis over(List<Long> moments, List<long[]> flights, long end) {
        TreeSet<Long> times = new TreeSet<>(moments);
        times.add(0L);
        times.add(end);
        List<long[]> gaps = new ArrayList<>();
        Long previous = null;
        for (long t : times) {
            long from = previous == null ? 0 : previous;
            if (previous != null && flights.stream().noneMatch(f -> f[0] < t && f[1] > from)) {
                gaps.add(new long[] {previous, t});
            }
            previous = t;
        }
        List<long[]> cut = new ArrayList<>();
        while (true) {
            long spanLeft = end - cut.stream().mapToLong(g -> g[1] - g[0]).sum();
            long[] longest = gaps.stream().filter(g -> !cut.contains(g))
                    .max((a, b) -> Long.compare(a[1] - a[0], b[1] - b[0])).orElse(null);
            if (longest == null || cut.size() >= 3) {
                break;
            }
            long length = longest[1] - longest[0];
            if (length < IDLE_RATIO * (spanLeft - length)) {
                break;
            }
            cut.add(longest);
        }
        if (cut.isEmpty()) {
            return linear(TimeAxis.niceMax(Math.round(end * 1.04)));
        }
        cut.sort((a, b) -> Long.compare(a[0], b[0]));
        long keptSpan = end - cut.stream().mapToLong(g -> g[1] - g[0]).sum();
        long pad = Math.max(1, Math.round(keptSpan * 0.06));
        List<Segment> segments = new ArrayList<>();
        long from = 0;
        for (long[] gap : cut) {
            segments.add(new Segment(from, gap[0] + pad));
            from = gap[1] - pad;
        }
        segments.add(new Segment(from, end + pad));
        return new BrokenTimeAxis(segments, end + pad);
    }

    long max() {
        return max;
    }

    /** Where the axis starts: 0 for a whole run, later for a window of it. */
    long min() {
        return segments.get(0).from;
    }

    /**
     * As {@link #fraction}, but beyond the axis's ends it carries on at the end segments' scale
     * (below 0 before it, above 1 after it): where an arrow that leaves the drawing is headed.
     */
    double fractionUnclamped(long t) {
        double scale = (1 - BREAK_FRACTION * (segments.size() - 1)) / kept;
        if (t < min()) {
            return (t - min()) * scale;
        }
        Segment last = segments.get(segments.size() - 1);
        if (t > last.to) {
            return 1 + (t - last.to) * scale;
        }
        return fraction(t);
    }

    /** The time at {@code f} along the axis (the inverse of {@link #fraction}), for a pointer on it. */
    long timeAt(double f) {
        long lo = min();
        long hi = max;
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (fraction(mid) < f) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    List<Segment> segments() {
        return segments;
    }

    boolean broken() {
        return segments.size() > 1;
    }

    /** Where {@code t} lies along the axis, 0 at the top, 1 at the bottom. */
    double fraction(long t) {
        double scale = (1 - BREAK_FRACTION * (segments.size() - 1)) / kept;
        double at = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (i == 0 && t < s.from) {
                return 0;
            }
            if (t <= s.to || i == segments.size() - 1) {
                if (t < s.from) {
                    // Inside the break before this segment: spread across the band.
                    Segment before = segments.get(i - 1);
                    double across = (t - before.to) / (double) (s.from - before.to);
                    return at - BREAK_FRACTION + BREAK_FRACTION * Math.max(0, Math.min(1, across));
                }
                return Math.min(1, at + (Math.min(t, s.to) - s.from) * scale);
            }
            at += s.duration() * scale + BREAK_FRACTION;
        }
        return 1;
    }

    /**
     * The band each break occupies, as [top, bottom] fractions, with the time it hides and 1 when
     * that time was idle (0 when packets were in flight across it).
     */
    List<double[]> breakBands() {
        List<double[]> bands = new ArrayList<>();
        for (int i = 1; i < segments.size(); i++) {
            double bottom = fraction(segments.get(i).from);
            bands.add(new double[] {bottom - BREAK_FRACTION, bottom,
                    segments.get(i).from - segments.get(i - 1).to, idle.get(i - 1) ? 1 : 0});
        }
        return bands;
    }

    /**
     * Tick times: about {@code wanted} over the whole axis, each segment ticked on its own, never
     * finer than a thousandth of the time the axis covers: a segment a few nanoseconds long (a lone
     * packet's send and arrival, the flight between cut out) gets a round tick or one where it
     * starts, labelled to the axis's precision ("20.01 ms"), not "0.001 µs" and "20.005919 ms".
     */
    List<Long> ticks(int wanted) {
        if (!broken() && min() == 0) {
            return TimeAxis.ticks(max, wanted);
        }
        List<Long> ticks = new ArrayList<>();
        double scale = (1 - BREAK_FRACTION * (segments.size() - 1)) / kept;
        long finest = Math.max(1, Math.round(TimeAxis.step(max - min(), 1000)));
        for (Segment s : segments) {
            int here = (int) Math.round(wanted * s.duration() * scale);
            // Too short to tick twice: one round time near where it starts, after its break.
            long step = Math.max(finest, Math.round(TimeAxis.step(s.duration(), Math.max(2, here))));
            long first = ((s.from + step - 1) / step) * step;
            if (first > s.to) {
                ticks.add(s.from); // no round time inside: where it starts, labelled as precisely as the axis reads
                continue;
            }
            for (long t = first; t <= s.to && (here >= 2 || t == first); t += step) {
                ticks.add(t);
            }
        }
        return ticks;
    }
}
