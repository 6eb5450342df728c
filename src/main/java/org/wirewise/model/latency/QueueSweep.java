package org.wirewise.model.latency;

import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.sim.Link;
import org.wirewise.model.sim.LossModel;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.sim.Simulation;

/**
 * The cross traffic alone on one {@link Link} (the class every cable of the network is made of)
 * at a series of loads: the measured mean wait at each, beside M/D/1 and M/M/1.
 */
public final class QueueSweep {

    /** The loads the curve is measured at: even steps, then close to 1 where the delay explodes. */
    public static final double[] LOADS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95};

    private QueueSweep() {
    }

    /**
     * The mean time a packet waits before its transmission starts, for {@code count} Poisson
     * arrivals of {@code wireBytes} each at {@code load} of a {@code bitsPerSecond} link.
     */
    public static double measuredWait(long seed, double load, long bitsPerSecond, int wireBytes, int count) {
        Simulation sim = new Simulation(seed);
        long service = SimTime.serialization(wireBytes, bitsPerSecond);
        Link<Integer> link = new Link<>(sim, "sweep", bitsPerSecond, 0, Integer.MAX_VALUE, LossModel.NONE, p -> wireBytes);
        long[] offered = CrossTraffic.arrivals(sim.randomStream("cross-traffic"), count,
                CrossTraffic.meanGap(load, service));
        double[] waited = {0};
        link.observe((packet, number, start, arrival, fate) -> waited[0] += start - offered[packet]);
        for (int i = 0; i < count; i++) {
            int packet = i;
            sim.at(offered[i], () -> link.send(packet));
        }
        sim.run();
        return waited[0] / count;
    }

    /** The curve over {@link #LOADS}, with the lesson's own load and the wait its network measured. */
    public static QueueCurve curve(long seed, long bitsPerSecond, int wireBytes, int count, double lessonLoad,
                                   double lessonWait) {
        long service = SimTime.serialization(wireBytes, bitsPerSecond);
        List<QueueCurve.Point> points = new ArrayList<>();
        for (double load : LOADS) {
            points.add(new QueueCurve.Point(load, measuredWait(seed, load, bitsPerSecond, wireBytes, count),
                    Queueing.waitMd1(load, service), Queueing.waitMm1(load, service)));
        }
        return new QueueCurve(service, points, lessonLoad, lessonWait);
    }
}
