package org.wirewise.model.congestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the dumbbell models of a real Linux path: delayed ACKs and the senders' access links. */
class LinuxPathTest {

    private static final long RTT = 44_000_000L;

    private static DumbbellConfig path(double bottleneckBps, DumbbellConfig.Access access, boolean delayedAck) {
        return new DumbbellConfig(bottleneckBps, 20_000_000L, 100, 0, DumbbellConfig.LINUX_MSS, 5_000_000_000L, 1,
                1_000_000L, true, List.of(new DumbbellConfig.Flow("newreno", RTT, 0)), access, delayedAck);
    }

    @Test
    void delayedAcksAcknowledgeEverySecondSegmentAfterSixteenQuickAcks() {
        DumbbellResult.FlowTotals delayed = DumbbellSimulator.run(path(10e6, DumbbellConfig.Access.NONE, true))
                .flows().get(0);
        DumbbellResult.FlowTotals every = DumbbellSimulator.run(path(10e6, DumbbellConfig.Access.NONE, false))
                .flows().get(0);
        long segments = every.goodputBytes() / DumbbellConfig.LINUX_MSS;
        assertThat(every.acks()).isGreaterThanOrEqualTo(segments); // one ACK per segment, and per duplicate
        // RFC 9293 §3.8.6.3 / Linux: one ACK for two full segments (quick ACKs, holes and the timer add a few).
        long delayedSegments = delayed.goodputBytes() / DumbbellConfig.LINUX_MSS;
        assertThat((double) delayed.acks() / delayedSegments).isBetween(0.5, 0.6);
        // Linux counts bytes in slow start and congestion avoidance, so the link is as full either way.
        assertThat(delayed.goodputBps()).isCloseTo(every.goodputBps(), org.assertj.core.data.Percentage.withPercentage(3));
    }

    @Test
    void anAccessLinkAsFastAsTheBottleneckSpreadsTheSendersBurstsSoNoQueueBuildsThere() {
        DumbbellResult bare = DumbbellSimulator.run(path(100e6, DumbbellConfig.Access.NONE, true));
        DumbbellResult spread = DumbbellSimulator.run(path(100e6,
                new DumbbellConfig.Access(100e6, 1_000_000L, 100), true));
        // Slow start sends two segments per ACK: at the bottleneck itself they queue; behind an access
        // link of the same rate they arrive exactly as fast as the bottleneck sends them.
        assertThat(maxQueue(bare)).isGreaterThan(10);
        assertThat(maxQueue(spread)).isLessThanOrEqualTo(1);
    }

    private static int maxQueue(DumbbellResult r) {
        int max = 0;
        for (int i = 0; i < r.samples().size(); i++) {
            max = Math.max(max, r.samples().queue(i));
        }
        return max;
    }

    @Test
    void identicalFlowsDoNotLoseInLockstepAtAFullDropTailQueue() {
        List<DumbbellConfig.Flow> flows = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            flows.add(new DumbbellConfig.Flow("newreno", RTT, i * 10_000_000L));
        }
        DumbbellResult r = DumbbellSimulator.run(new DumbbellConfig(100e6, 20_000_000L, 100, 0, DumbbellConfig.LINUX_MSS,
                15_000_000_000L, 1, 100_000_000L, true, flows, new DumbbellConfig.Access(100e6, 1_000_000L, 100), true));
        // Overflow episodes: losses found within 200 ms of each other. Only the flows whose packets
        // arrive while the queue is full lose, so an episode hits some flows and spares others.
        List<java.util.Set<Integer>> episodes = new java.util.ArrayList<>();
        long last = Long.MIN_VALUE / 2;
        for (DumbbellResult.Event e : r.events()) {
            if (e.kind() == DumbbellResult.EventKind.FAST_RETRANSMIT) {
                if (e.time() - last > 200_000_000L) {
                    episodes.add(new java.util.HashSet<>());
                }
                episodes.get(episodes.size() - 1).add(e.flow());
                last = e.time();
            }
        }
        assertThat(episodes).hasSizeGreaterThan(5);
        assertThat(episodes.stream().filter(lost -> lost.size() < flows.size()).count())
                .as("episodes that spare some flows").isGreaterThan(episodes.size() / 2);
        double[] goodput = r.flows().stream().mapToDouble(DumbbellResult.FlowTotals::goodputBps).toArray();
        double max = java.util.Arrays.stream(goodput).max().orElseThrow();
        double min = java.util.Arrays.stream(goodput).min().orElseThrow();
        assertThat(max / min).as("flows out of step end with different rates").isGreaterThan(1.05);
    }
}
