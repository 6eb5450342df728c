package org.wirewise.model.trace;

import java.util.List;
import java.util.Objects;

/**
 * The result of one simulation run: an immutable, ordered list of steps plus the packets they
 * talk about, the time series sampled along the way and the secrets its TLS endpoints derived
 * (so an exported capture carries its own key log). Views, exporters and the command line
 * only read it; stepping back is reading an earlier step.
 */
public record Trace(String lessonId, List<Lane> lanes, List<Step> steps, List<TracePacket> packets,
                    List<TimeSeries> series, List<SessionSecret> secrets) {

    public Trace {
        Objects.requireNonNull(lessonId, "lessonId");
        lanes = List.copyOf(lanes);
        steps = List.copyOf(steps);
        packets = List.copyOf(packets);
        series = List.copyOf(series);
        secrets = List.copyOf(secrets);
        if (series.stream().map(TimeSeries::id).distinct().count() != series.size()) {
            throw new IllegalArgumentException("two series share an id");
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a trace needs at least one step");
        }
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).time() < steps.get(i - 1).time()) {
                throw new IllegalArgumentException("step " + i + " goes back in time");
            }
        }
        for (int i = 0; i < packets.size(); i++) {
            if (packets.get(i).id() != i) {
                throw new IllegalArgumentException("packet ids must be their index; packet " + i + " has id "
                        + packets.get(i).id());
            }
        }
    }

    public Trace(String lessonId, List<Lane> lanes, List<Step> steps, List<TracePacket> packets,
                 List<TimeSeries> series) {
        this(lessonId, lanes, steps, packets, series, List.of());
    }

    public Trace(String lessonId, List<Lane> lanes, List<Step> steps, List<TracePacket> packets) {
        this(lessonId, lanes, steps, packets, List.of(), List.of());
    }

    /** Every series of this type (a lesson's own kind, such as a congestion run), in order. */
    public <T extends TimeSeries> List<T> series(Class<T> type) {
        return series.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The series under this key, if the run produced it. */
    public <T extends TimeSeries> java.util.Optional<T> series(SeriesKey<T> key) {
        return series.stream().filter(s -> s.id().equals(key.id()) && key.type().isInstance(s))
                .map(key.type()::cast).findFirst();
    }

    public int stepCount() {
        return steps.size();
    }

    public Step step(int index) {
        return steps.get(index);
    }

    /** Simulated time of the last step. */
    public long duration() {
        return steps.get(steps.size() - 1).time();
    }

    /**
     * Simulated time at a position between steps: step {@code index} plus a fraction
     * {@code progress} of the way to the next one. A view drawn from this time is a function of
     * (step, progress), which is what makes scrubbing backward exact.
     */
    public long timeAt(int index, double progress) {
        Step here = steps.get(index);
        if (index + 1 >= steps.size() || progress <= 0) {
            return here.time();
        }
        long next = steps.get(index + 1).time();
        return here.time() + Math.round((next - here.time()) * Math.min(1.0, progress));
    }

    /**
     * The player position (step index plus fraction) at simulated {@code time}, the inverse of
     * {@link #timeAt}: the last step at or before it, part way to the next; the first step before
     * the first, the last after the last.
     */
    public double positionAt(long time) {
        int index = 0;
        while (index + 1 < steps.size() && steps.get(index + 1).time() <= time) {
            index++;
        }
        if (index + 1 >= steps.size() || time <= steps.get(index).time()) {
            return index;
        }
        long here = steps.get(index).time();
        return index + (double) (time - here) / (steps.get(index + 1).time() - here);
    }

    public Lane lane(String id) {
        return lanes.stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no lane " + id));
    }
}
