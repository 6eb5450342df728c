package org.wirewise.model.transport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.Simulation;

/**
 * Two endpoints joined by a fixed one-way delay on a simulation clock, for tests. Every segment
 * either side sends is numbered from 1 in sending order; numbers in {@code drop} are lost.
 */
final class TcpPair {

    /** An MSS of 1012: with the 12 bytes of timestamps every full segment carries 1000 bytes of data. */
    static final TcpConfig CONFIG = new TcpConfig(1012, true, 7, true, true, 64000);

    final Simulation sim = new Simulation(1);
    final long oneWay;
    final Set<Integer> drop = new HashSet<>();
    final List<Sent> wire = new ArrayList<>();
    final List<TcpEvent> aEvents = new ArrayList<>();
    final List<TcpEvent> bEvents = new ArrayList<>();
    final TcpEndpoint a;
    final TcpEndpoint b;

    record Sent(String from, TcpSegment segment, long at, boolean lost) {
    }

    TcpPair(long oneWayNanos, TcpConfig aConfig, TcpConfig bConfig, TcpTuning aTuning, TcpTuning bTuning) {
        this.oneWay = oneWayNanos;
        TcpEndpoint[] holder = new TcpEndpoint[2];
        a = new TcpEndpoint(aConfig, aTuning, 40000, 1000, 0, sim::now, TcpTimers.on(sim),
                seg -> carry("a", seg, holder, 1));
        b = new TcpEndpoint(bConfig, bTuning, 80, 5000, 0, sim::now, TcpTimers.on(sim),
                seg -> carry("b", seg, holder, 0));
        holder[0] = a;
        holder[1] = b;
        a.setListener(aEvents::add);
        b.setListener(bEvents::add);
    }

    TcpPair(long oneWayNanos) {
        this(oneWayNanos, CONFIG, CONFIG, TcpTuning.DEFAULTS, TcpTuning.DEFAULTS);
    }

    private void carry(String from, TcpSegment seg, TcpEndpoint[] holder, int to) {
        boolean lost = drop.contains(wire.size() + 1);
        wire.add(new Sent(from, seg, sim.now(), lost));
        if (!lost) {
            sim.schedule(oneWay, () -> holder[to].receive(seg));
        }
    }

    /** a connects to b (listening) and the handshake completes. */
    TcpPair open() {
        b.listen();
        a.connect(80);
        sim.runUntil(sim.now() + 3 * oneWay);
        return this;
    }

    void runFor(long nanos) {
        sim.runUntil(sim.now() + nanos);
    }

    List<Sent> from(String side) {
        return wire.stream().filter(s -> s.from.equals(side)).toList();
    }

    static long ms(double m) {
        return Math.round(m * 1_000_000);
    }
}
