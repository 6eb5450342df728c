package org.wirewise.model.transport;

import org.wirewise.model.sim.Simulation;

/** Where an endpoint's timers run: the simulation's clock, or nowhere (a hand-driven test). */
public interface TcpTimers {

    /** Runs {@code action} after {@code delay} nanoseconds unless cancelled first. */
    Timer start(long delay, Runnable action);

    /** A running timer. */
    interface Timer {
        void cancel();
    }

    /** Timers that never fire. */
    TcpTimers NONE = (delay, action) -> () -> { };

    /** Timers on a simulation's event queue; a cancelled timer's event does nothing. */
    static TcpTimers on(Simulation sim) {
        return (delay, action) -> {
            boolean[] cancelled = new boolean[1];
            sim.schedule(delay, () -> {
                if (!cancelled[0]) {
                    action.run();
                }
            });
            return () -> cancelled[0] = true;
        };
    }
}
