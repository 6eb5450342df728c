package org.wirewise.model.lb;

import java.util.List;
import org.wirewise.model.trace.Fact;

/**
 * How many requests each backend has served so far, in lane order.
 *
 * @param terminates whether the balancer terminates connections (layer 7) rather than forwarding packets
 */
public record BackendLoad(List<Backend> backends, boolean terminates) implements Fact {

    public BackendLoad {
        backends = List.copyOf(backends);
    }

    /** @param pool the pool it serves ("/api", or "all" behind a layer-4 balancer) */
    public record Backend(String name, String pool, int requests) {
    }
}
