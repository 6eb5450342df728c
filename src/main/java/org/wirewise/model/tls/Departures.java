package org.wirewise.model.tls;

import java.util.HashMap;
import java.util.Map;
import org.wirewise.model.net.Packet;
import org.wirewise.model.net.Transmission;

/**
 * Where a frame that reached a host first left one: switches and routers forward copies, each
 * caused by the one before, so an arrival is matched to its sending host's transmission through
 * its first cause. The lessons draw an arrow from that departure to the arrival.
 */
final class Departures {

    private final Map<Packet, Transmission> leaving = new HashMap<>();

    /** A transmission that left a host. */
    void left(Transmission t) {
        leaving.put(t.packet(), t);
    }

    /** The departure {@code arrival} is a copy of, once; null if it left no host this side watched. */
    Transmission of(Transmission arrival) {
        Packet origin = arrival.packet();
        while (origin.cause() != null) {
            origin = origin.cause();
        }
        return leaving.remove(origin);
    }
}
