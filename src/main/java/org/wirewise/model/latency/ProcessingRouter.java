package org.wirewise.model.latency;

import org.wirewise.model.net.Datagram;
import org.wirewise.model.net.NetInterface;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.Packet;
import org.wirewise.model.net.RouterNode;

/**
 * A router that takes a fixed time to process each transit datagram (check the header, look up the
 * route, take one off the TTL, recompute the checksum) before it joins the outgoing queue. The
 * plain {@link RouterNode} forwards in zero time, which is right for lessons about something else.
 */
public final class ProcessingRouter extends RouterNode {

    private final long processingNanos;

    private ProcessingRouter(Network network, String name, long processingNanos) {
        super(network, name);
        if (processingNanos < 0) {
            throw new IllegalArgumentException("processing time must not be negative: " + processingNanos);
        }
        this.processingNanos = processingNanos;
    }

    /** Adds a processing router to {@code network}. */
    public static ProcessingRouter on(Network network, String name, long processingNanos) {
        return network.add(new ProcessingRouter(network, name, processingNanos));
    }

    public long processingNanos() {
        return processingNanos;
    }

    @Override
    protected void forward(NetInterface in, Packet packet, Datagram d) {
        network().simulation().schedule(processingNanos, () -> super.forward(in, packet, d));
    }
}
