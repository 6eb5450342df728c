package org.wirewise.model.congestion;

import java.util.List;

/**
 * A dumbbell: N senders behind one drop-tail bottleneck. Senders sit next to the bottleneck
 * router; each flow's remaining propagation delay (its RTT minus the bottleneck's two ways) is on
 * its receiver's access link and its ACK path, which are never congested.
 *
 * @param bandwidthBps      bottleneck rate, bits per second
 * @param bottleneckDelayNs bottleneck one-way propagation delay
 * @param bufferPackets     drop-tail buffer, packets waiting (the one being sent not counted)
 * @param lossRate          random loss probability per data packet at the bottleneck, 0 to 1
 * @param mss               segment payload, bytes (packets on the wire are mss + 40)
 * @param durationNs        simulated time
 * @param seed              seeds random loss and BBR's first ProbeBW phase
 * @param sampleIntervalNs  how often every flow's state is sampled into the series
 * @param sack              whether receivers send SACK blocks (RFC 2018) and senders use them to repair
 *                          several holes per round trip
 * @param flows             the flows
 */
public record DumbbellConfig(double bandwidthBps, long bottleneckDelayNs, int bufferPackets, double lossRate,
                             int mss, long durationNs, long seed, long sampleIntervalNs, boolean sack, List<Flow> flows) {

    /**
     * One bulk-transfer flow.
     *
     * @param drops segment numbers (the first data segment is 1) lost at the bottleneck on their first
     *              transmission, in addition to any random or drop-tail loss: a deterministic way to show
     *              exactly which holes recovery has to repair
     */
    public record Flow(String algorithm, long rttNs, long startNs, List<Long> drops) {
        public Flow {
            drops = drops.stream().sorted().distinct().toList();
            for (long d : drops) {
                if (d < 1) {
                    throw new IllegalArgumentException("drop: segment numbers start at 1, got " + d);
                }
            }
        }

        /** A flow that loses only what the bottleneck and random loss take. */
        public Flow(String algorithm, long rttNs, long startNs) {
            this(algorithm, rttNs, startNs, List.of());
        }
    }

    public DumbbellConfig {
        flows = List.copyOf(flows);
        if (!(bandwidthBps >= 1e6 && bandwidthBps <= 10e9)) {
            throw new IllegalArgumentException("bandwidth: expected 1 Mb/s to 10 Gb/s, got " + bandwidthBps + " b/s");
        }
        if (bottleneckDelayNs < 0) {
            throw new IllegalArgumentException("bottleneck delay must not be negative");
        }
        if (bufferPackets < 1) {
            throw new IllegalArgumentException("buffer: expected at least 1 packet, got " + bufferPackets);
        }
        if (!(lossRate >= 0 && lossRate < 1)) {
            throw new IllegalArgumentException("loss: expected a probability from 0 to below 1, got " + lossRate);
        }
        if (mss < 100 || mss > 65_495) {
            throw new IllegalArgumentException("mss: expected 100 to 65495 bytes, got " + mss);
        }
        if (durationNs <= 0) {
            throw new IllegalArgumentException("duration must be positive");
        }
        if (sampleIntervalNs <= 0) {
            throw new IllegalArgumentException("sample interval must be positive");
        }
        if (flows.isEmpty() || flows.size() > 50) {
            throw new IllegalArgumentException("flows: expected 1 to 50, got " + flows.size());
        }
        for (Flow f : flows) {
            Algorithms.create(f.algorithm(), 0);
            if (f.rttNs() < 2 * bottleneckDelayNs || f.rttNs() <= 0) {
                throw new IllegalArgumentException("rtt: each flow's RTT must be positive and at least twice the "
                        + "bottleneck delay");
            }
            if (f.startNs() < 0 || f.startNs() >= durationNs) {
                throw new IllegalArgumentException("start: each flow must start within the run");
            }
        }
    }

    /** Bandwidth-delay product of the bottleneck at the given RTT, in packets of mss + 40 bytes. */
    public static int bdpPackets(double bandwidthBps, long rttNs, int mss) {
        return (int) Math.max(1, Math.round(bandwidthBps / 8 * rttNs / 1e9 / (mss + 40)));
    }
}
