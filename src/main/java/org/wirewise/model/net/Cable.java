package org.wirewise.model.net;

import org.wirewise.model.sim.Link;
import org.wirewise.model.sim.LossModel;
import org.wirewise.model.sim.SimTime;

/**
 * A full-duplex cable between two interfaces: one {@link Link} each way (rate, propagation
 * delay, drop-tail queue, loss model). Every transmission is reported to the network's
 * observers before it is delivered, so a trace records it at the sender's time.
 */
public final class Cable {

    /**
     * @param bitsPerSecond each direction's rate
     * @param delayNanos    one-way propagation delay
     * @param queuePackets  packets that may wait behind the one being sent, each way
     */
    public record Spec(long bitsPerSecond, long delayNanos, int queuePackets, LossModel loss, int framingBytes) {

        public Spec(long bitsPerSecond, long delayNanos, int queuePackets, LossModel loss) {
            this(bitsPerSecond, delayNanos, queuePackets, loss, 0);
        }

        public static Spec of(double megabitsPerSecond, double delayMillis) {
            return new Spec(Math.round(megabitsPerSecond * 1_000_000), SimTime.millis(delayMillis), 1000,
                    LossModel.NONE);
        }

        /**
         * Bytes each frame costs on the wire beyond what a capture shows: Ethernet's FCS (4),
         * preamble and start delimiter (8) and inter-frame gap (12), IEEE 802.3. Zero by default.
         */
        public Spec framing(int bytes) {
            return new Spec(bitsPerSecond, delayNanos, queuePackets, loss, bytes);
        }

        /** No serialisation delay, only propagation: for lessons about something other than rates. */
        public static Spec delayOnly(long delayNanos) {
            return new Spec(Link.UNLIMITED_RATE, delayNanos, 1000, LossModel.NONE);
        }

        public Spec queue(int packets) {
            return new Spec(bitsPerSecond, delayNanos, packets, loss, framingBytes);
        }

        public Spec loss(LossModel model) {
            return new Spec(bitsPerSecond, delayNanos, queuePackets, model, framingBytes);
        }
    }

    private final End a;
    private final End b;
    private final Spec spec;

    Cable(Network network, NetInterface x, NetInterface y, Spec spec) {
        this.spec = spec;
        this.a = new End(network, x, y, spec);
        this.b = new End(network, y, x, spec);
        x.plug(a);
        y.plug(b);
    }

    public Spec spec() {
        return spec;
    }

    /** Packets waiting to leave {@code from} on this wire now. */
    public int queueLength(NetInterface from) {
        return (from == a.self ? a : b).link.queueLength();
    }

    /** One direction of the wire, as seen from the interface that sends on it. */
    static final class End {
        private final NetInterface self;
        private final NetInterface peer;
        private final Link<Packet> link;

        End(Network network, NetInterface self, NetInterface peer, Spec spec) {
            this.self = self;
            this.peer = peer;
            // The stream name keeps a lesson's random loss the same as before the network existed.
            this.link = new Link<>(network.simulation(), self.node().name() + "->" + peer.node().name(),
                    spec.bitsPerSecond(), spec.delayNanos(), spec.queuePackets(), spec.loss(),
                    p -> p.length() + spec.framingBytes());
            link.observe((packet, number, start, arrival, fate) -> network.transmitted(new Transmission(self, peer,
                    packet, start, arrival, packet.lost() ? Link.Fate.LOST_IN_TRANSIT : fate)));
            link.connect(packet -> {
                if (!packet.lost()) {
                    network.deliver(peer, packet);
                }
            });
        }

        NetInterface peer() {
            return peer;
        }

        void send(Packet packet) {
            link.send(packet);
        }
    }
}
