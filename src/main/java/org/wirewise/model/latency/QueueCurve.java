package org.wirewise.model.latency;

import java.util.List;
import org.wirewise.model.trace.Fact;

/**
 * Mean queuing delay against utilisation on one link: what the simulated queue measured at each
 * load beside what M/D/1 and M/M/1 predict, and the lesson's own load and measured mean.
 */
public record QueueCurve(long serviceNanos, List<Point> points, double lessonLoad, double lessonWaitNanos)
        implements Fact {

    /** One load: the measured mean wait and the two formulas' (nanoseconds). */
    public record Point(double load, double measuredNanos, double md1Nanos, double mm1Nanos) {
    }

    public QueueCurve {
        points = List.copyOf(points);
    }
}
