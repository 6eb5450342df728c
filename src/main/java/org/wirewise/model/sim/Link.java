package org.wirewise.model.sim;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.function.ToIntFunction;

/**
 * A one-way link: a drop-tail queue in front of a transmitter of fixed bandwidth, then a wire
 * with fixed propagation delay and a loss model. A packet is transmitted once the ones ahead of
 * it have left; it arrives {@code serialization + propagation} after its transmission starts.
 *
 * @param <P> the packet type carried
 */
public final class Link<P> {

    /** What happened to a packet offered to the link. */
    public enum Fate {
        DELIVERED("delivered"),
        LOST_IN_TRANSIT("lost in transit"),
        DROPPED_QUEUE_FULL("dropped: queue full");

        private final String displayName;

        Fate(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    /** Sees every packet the link handles, with its timing; the trace is built from this. */
    public interface Observer<P> {
        /**
         * @param transmitStart when the first bit goes on the wire (the offer time for a queue drop)
         * @param arrival       when the last bit reaches the far end (or would have, if lost)
         */
        void onPacket(P packet, long number, long transmitStart, long arrival, Fate fate);
    }

    /** Receives packets that make it across. */
    public interface Receiver<P> {
        void receive(P packet);
    }

    /**
     * A rate so high that serialisation takes no time: for lessons whose subject is not bandwidth
     * (a NAT's table, a handshake's states), which then say so.
     */
    public static final long UNLIMITED_RATE = Long.MAX_VALUE;

    private final Simulation simulation;
    private final long bitsPerSecond;
    private final long propagationDelay;
    private final int queueCapacity;
    private final LossModel lossModel;
    private final RandomGenerator lossRandom;
    private final ToIntFunction<P> sizeInBytes;
    private final ArrayDeque<Long> waitingStarts = new ArrayDeque<>();
    private Receiver<P> receiver = packet -> { };
    private Observer<P> observer = (packet, number, start, arrival, fate) -> { };
    private long busyUntil;
    private long offered;

    /**
     * @param name             used to derive this link's own random stream
     * @param bitsPerSecond    transmission rate
     * @param propagationDelay one-way delay in nanoseconds
     * @param queueCapacity    packets that may wait behind the one being transmitted
     */
    public Link(Simulation simulation, String name, long bitsPerSecond, long propagationDelay,
                int queueCapacity, LossModel lossModel, ToIntFunction<P> sizeInBytes) {
        if (bitsPerSecond <= 0) {
            throw new IllegalArgumentException("bandwidth must be positive: " + bitsPerSecond);
        }
        if (propagationDelay < 0) {
            throw new IllegalArgumentException("propagation delay must not be negative: " + propagationDelay);
        }
        if (queueCapacity < 0) {
            throw new IllegalArgumentException("queue capacity must not be negative: " + queueCapacity);
        }
        this.simulation = Objects.requireNonNull(simulation);
        this.bitsPerSecond = bitsPerSecond;
        this.propagationDelay = propagationDelay;
        this.queueCapacity = queueCapacity;
        this.lossModel = Objects.requireNonNull(lossModel);
        this.lossRandom = simulation.randomStream("loss:" + name);
        this.sizeInBytes = Objects.requireNonNull(sizeInBytes);
    }

    public void connect(Receiver<P> receiver) {
        this.receiver = Objects.requireNonNull(receiver);
    }

    public void observe(Observer<P> observer) {
        this.observer = Objects.requireNonNull(observer);
    }

    /** Packets waiting behind the one on the wire, at the current simulated time. */
    public int queueLength() {
        long now = simulation.now();
        while (!waitingStarts.isEmpty() && waitingStarts.peekFirst() <= now) {
            waitingStarts.pollFirst();
        }
        return waitingStarts.size();
    }

    /** Offers a packet to the link now. */
    public void send(P packet) {
        long now = simulation.now();
        long number = ++offered;
        if (busyUntil > now && queueLength() >= queueCapacity) {
            observer.onPacket(packet, number, now, now, Fate.DROPPED_QUEUE_FULL);
            return;
        }
        long start = Math.max(now, busyUntil);
        if (start > now) {
            waitingStarts.addLast(start);
        }
        busyUntil = start + (bitsPerSecond == UNLIMITED_RATE ? 0
                : SimTime.serialization(sizeInBytes.applyAsInt(packet), bitsPerSecond));
        long arrival = busyUntil + propagationDelay;
        if (lossModel.drops(number, lossRandom)) {
            observer.onPacket(packet, number, start, arrival, Fate.LOST_IN_TRANSIT);
            return;
        }
        observer.onPacket(packet, number, start, arrival, Fate.DELIVERED);
        simulation.at(arrival, () -> receiver.receive(packet));
    }
}
