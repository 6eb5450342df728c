package org.wirewise.model.congestion;

import java.util.function.LongSupplier;

/**
 * The dumbbell's bottleneck: a FIFO link of one rate with a drop-tail buffer and optional random
 * loss. A packet's departure is known the moment it is queued (FIFO, constant rate), so the queue
 * is just the departure times still ahead.
 */
final class DropTailBottleneck {

    private final LongFifo departures = new LongFifo();
    private final long txTime;
    private final int wireBytes;
    private final int bufferPackets;
    private final double lossRate;
    private final long countUntil;
    private final LongSupplier random;
    private long lastDeparture;
    private long bytesSent;
    private long offered;

    /**
     * @param random     the run's seeded random bits, shared so one seed fixes every draw
     * @param countUntil bytes departing after this time are not counted as sent (the run's end)
     */
    DropTailBottleneck(DumbbellConfig config, int wireBytes, LongSupplier random, long countUntil) {
        this(config.bandwidthBps(), config.bufferPackets(), config.lossRate(), wireBytes, random, countUntil);
    }

    /** A sender's access link: the same FIFO and drop-tail buffer, without random loss. */
    static DropTailBottleneck access(DumbbellConfig.Access access, int wireBytes, long countUntil) {
        return new DropTailBottleneck(access.bps(), access.bufferPackets(), 0, wireBytes, () -> 0, countUntil);
    }

    private DropTailBottleneck(double bps, int bufferPackets, double lossRate, int wireBytes, LongSupplier random,
                               long countUntil) {
        this.wireBytes = wireBytes;
        this.txTime = Math.max(1, Math.round(wireBytes * 8e9 / bps));
        this.bufferPackets = bufferPackets;
        this.lossRate = lossRate;
        this.random = random;
        this.countUntil = countUntil;
    }

    /** Time to serialise one packet. */
    long txTime() {
        return txTime;
    }

    /** Packets at the bottleneck (waiting or being sent) at {@code now}. */
    int queueLength(long now) {
        while (!departures.isEmpty() && departures.peek() <= now) {
            departures.poll();
        }
        return departures.size();
    }

    /** Offers a packet; returns its departure time, or -1 when random loss or a full buffer drops it. */
    long offer(long now) {
        offered++;
        if (lossRate > 0 && (random.getAsLong() >>> 11) * 0x1.0p-53 < lossRate) {
            return -1;
        }
        if (queueLength(now) >= bufferPackets + 1) {
            return -1;
        }
        long depart = Math.max(now, lastDeparture) + txTime;
        lastDeparture = depart;
        departures.add(depart);
        if (depart <= countUntil) {
            bytesSent += wireBytes;
        }
        return depart;
    }

    /** Counts a packet that the scenario drops before it reaches the link (a chosen drop). */
    void offeredAndDropped() {
        offered++;
    }

    /** Bytes that left the bottleneck within the run. */
    long bytesSent() {
        return bytesSent;
    }

    /** Packets offered to the bottleneck, dropped ones included: the simulated work. */
    long offered() {
        return offered;
    }
}
