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
 * @param mss               segment payload, bytes (IP packets are mss + {@link #HEADER_BYTES})
 * @param durationNs        simulated time
 * @param seed              seeds random loss and BBR's first ProbeBW phase
 * @param sampleIntervalNs  how often every flow's state is sampled into the series
 * @param sack              whether receivers send SACK blocks (RFC 2018) and senders use them to repair
 *                          several holes per round trip
 * @param flows             the flows
 * @param access            each sender's own link to the bottleneck, or {@link Access#NONE}
 * @param delayedAck        whether receivers delay ACKs as Linux does (RFC 9293 §3.8.6.3): every second
 *                          full segment at once, a lone one after 40 ms, out-of-order data and the first
 *                          16 segments (quick-ACK mode) at once; otherwise every segment is ACKed at once
 */
public record DumbbellConfig(double bandwidthBps, long bottleneckDelayNs, int bufferPackets, double lossRate,
                             int mss, long durationNs, long seed, long sampleIntervalNs, boolean sack, List<Flow> flows,
                             Access access, boolean delayedAck) {

    /**
     * A sender's access link: its rate serialises the sender's bursts before they reach the
     * bottleneck, and its own drop-tail buffer holds what the bottleneck cannot take yet.
     *
     * @param bps           rate, bits per second; 0 for none (senders sit at the bottleneck)
     * @param delayNs       one-way propagation delay, part of each flow's RTT
     * @param bufferPackets its drop-tail buffer
     */
    public record Access(double bps, long delayNs, int bufferPackets) {
        /** Senders attached straight to the bottleneck router. */
        public static final Access NONE = new Access(0, 0, 1);

        public Access {
            if (!(bps == 0 || bps >= 1e6 && bps <= 100e9) || delayNs < 0 || bufferPackets < 1) {
                throw new IllegalArgumentException("access link: expected 1 Mb/s to 100 Gb/s (or 0 for none), "
                        + "a delay of at least 0 and a buffer of at least 1 packet");
            }
        }

        boolean present() {
            return bps > 0;
        }
    }

    /** Senders at the bottleneck, receivers ACKing every segment at once: the RFCs' mechanics alone. */
    public DumbbellConfig(double bandwidthBps, long bottleneckDelayNs, int bufferPackets, double lossRate, int mss,
                          long durationNs, long seed, long sampleIntervalNs, boolean sack, List<Flow> flows) {
        this(bandwidthBps, bottleneckDelayNs, bufferPackets, lossRate, mss, durationNs, seed, sampleIntervalNs, sack,
                flows, Access.NONE, false);
    }

    /**
     * Headers of every data packet: IPv4 20, TCP 20 and the 12 bytes of timestamps Linux adds
     * (RFC 7323 §3.2), so a full segment of {@link #LINUX_MSS} is a 1500-byte IP packet.
     */
    public static final int HEADER_BYTES = 52;
    /** Data per full segment over Ethernet with timestamps, Linux's mss_cache: 1460 − 12. */
    public static final int LINUX_MSS = 1448;

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
        java.util.Objects.requireNonNull(access, "access");
        for (Flow f : flows) {
            Algorithms.create(f.algorithm(), 0);
            if (f.rttNs() < 2 * bottleneckDelayNs + 2 * access.delayNs() || f.rttNs() <= 0) {
                throw new IllegalArgumentException("rtt: each flow's RTT must be positive and at least twice the "
                        + "bottleneck and access delays");
            }
            if (f.startNs() < 0 || f.startNs() >= durationNs) {
                throw new IllegalArgumentException("start: each flow must start within the run");
            }
        }
    }

    /** Bandwidth-delay product of the bottleneck at the given RTT, in packets of mss + headers. */
    public static int bdpPackets(double bandwidthBps, long rttNs, int mss) {
        return (int) Math.max(1, Math.round(bandwidthBps / 8 * rttNs / 1e9 / (mss + HEADER_BYTES)));
    }
}
