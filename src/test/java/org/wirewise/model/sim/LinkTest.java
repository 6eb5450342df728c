package org.wirewise.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkTest {

    /** A packet is just its size here. */
    private record Packet(int id, int bytes) {
    }

    private record Seen(int id, long start, long arrival, Link.Fate fate) {
    }

    private final Simulation sim = new Simulation(7);
    private final List<Seen> seen = new ArrayList<>();
    private final List<Long> received = new ArrayList<>();

    private Link<Packet> link(long bps, long delay, int queue, LossModel loss) {
        Link<Packet> link = new Link<>(sim, "a->b", bps, delay, queue, loss, Packet::bytes);
        link.observe((p, n, start, arrival, fate) -> seen.add(new Seen(p.id(), start, arrival, fate)));
        link.connect(p -> received.add(sim.now()));
        return link;
    }

    @Test
    void arrivalIsSerializationPlusPropagation() {
        Link<Packet> l = link(10_000_000, SimTime.millis(5), 10, LossModel.NONE);
        sim.at(0, () -> l.send(new Packet(1, 1500)));
        sim.run();
        // 1.2 ms on the wire, then 5 ms of propagation.
        assertThat(seen).containsExactly(new Seen(1, 0, 6_200_000, Link.Fate.DELIVERED));
        assertThat(received).containsExactly(6_200_000L);
    }

    @Test
    void backToBackPacketsQueueBehindEachOther() {
        Link<Packet> l = link(10_000_000, 0, 10, LossModel.NONE);
        sim.at(0, () -> {
            l.send(new Packet(1, 1500));
            l.send(new Packet(2, 1500));
            l.send(new Packet(3, 1500));
            assertThat(l.queueLength()).isEqualTo(2);
        });
        sim.run();
        assertThat(seen).extracting(Seen::start).containsExactly(0L, 1_200_000L, 2_400_000L);
        assertThat(received).containsExactly(1_200_000L, 2_400_000L, 3_600_000L);
    }

    @Test
    void aFullQueueDropsTheNewcomer() {
        Link<Packet> l = link(10_000_000, 0, 1, LossModel.NONE);
        sim.at(0, () -> {
            for (int i = 1; i <= 4; i++) {
                l.send(new Packet(i, 1500));
            }
        });
        sim.run();
        // One on the wire, one waiting; packets 3 and 4 find the queue full (drop-tail).
        assertThat(seen).extracting(Seen::fate).containsExactly(Link.Fate.DELIVERED, Link.Fate.DELIVERED,
                Link.Fate.DROPPED_QUEUE_FULL, Link.Fate.DROPPED_QUEUE_FULL);
        assertThat(received).hasSize(2);
    }

    @Test
    void aDropListLosesExactlyTheNamedPackets() {
        Link<Packet> l = link(1_000_000_000, 1_000, 100, new LossModel.DropList(Set.of(2L, 4L)));
        sim.at(0, () -> {
            for (int i = 1; i <= 5; i++) {
                l.send(new Packet(i, 100));
            }
        });
        sim.run();
        assertThat(seen).filteredOn(s -> s.fate() == Link.Fate.LOST_IN_TRANSIT).extracting(Seen::id)
                .containsExactly(2, 4);
        assertThat(received).hasSize(3);
    }

    @Test
    void randomLossFollowsItsProbabilityAndItsSeed() {
        int lost = lossCount(new Simulation(99), 0.1);
        assertThat(lost).isBetween(150, 250); // 2000 packets at 10 %
        assertThat(lossCount(new Simulation(99), 0.1)).isEqualTo(lost);
        assertThat(lossCount(new Simulation(99), 0.0)).isZero();
    }

    private static int lossCount(Simulation sim, double p) {
        Link<Packet> l = new Link<>(sim, "lossy", 1_000_000_000, 0, 10_000, new LossModel.Random(p), Packet::bytes);
        int[] lost = {0};
        l.observe((pkt, n, start, arrival, fate) -> lost[0] += fate == Link.Fate.LOST_IN_TRANSIT ? 1 : 0);
        sim.at(0, () -> {
            for (int i = 0; i < 2000; i++) {
                l.send(new Packet(i, 64));
            }
        });
        sim.run();
        return lost[0];
    }
}
