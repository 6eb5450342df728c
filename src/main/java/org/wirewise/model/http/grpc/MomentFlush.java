package org.wirewise.model.http.grpc;

import org.wirewise.model.http.h2.H2Connection;
import org.wirewise.model.http.h2.H2Transport;
import org.wirewise.model.sim.Simulation;

/**
 * Hands what a connection wrote to its transport at the end of the current simulated moment, so
 * that frames made together (a call's HEADERS and first DATA; a response's headers, message and
 * trailers) leave in one write, as an event loop's single flush per turn sends them.
 */
final class MomentFlush {

    private final Simulation sim;
    private final H2Connection connection;
    private final H2Transport transport;
    private boolean pending;

    MomentFlush(Simulation sim, H2Connection connection, H2Transport transport) {
        this.sim = sim;
        this.connection = connection;
        this.transport = transport;
    }

    void request() {
        if (!pending) {
            pending = true;
            sim.schedule(0, () -> {
                pending = false;
                now();
            });
        }
    }

    /** Writes at once (before the transport closes). */
    void now() {
        byte[] out = connection.takeOutgoing();
        if (out.length > 0) {
            transport.write(out);
        }
    }
}
