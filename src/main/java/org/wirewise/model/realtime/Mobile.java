package org.wirewise.model.realtime;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.wirewise.model.sim.SimTime;

/**
 * A phone that loses its network (a tunnel, a lift) and keeps trying to reconnect with full-jitter
 * backoff: every attempt before the network returns fails at once (no route), the first one after
 * it connects.
 */
final class Mobile {

    /** How long the phone is without a network: an assumption of the lesson. */
    static final long OFFLINE = SimTime.seconds(7);

    /** One attempt: its number (from 0), the ceiling it drew under, the wait drawn, when it ran, whether it got in. */
    record Attempt(int number, long ceiling, long delay, long at, boolean connected) {
    }

    private Mobile() {
    }

    static List<Attempt> attempts(Backoff backoff, RandomGenerator random) {
        List<Attempt> attempts = new ArrayList<>();
        long t = 0;
        for (int n = 0; ; n++) {
            long wait = backoff.fullJitter(n, random);
            t += wait;
            boolean in = t >= OFFLINE;
            attempts.add(new Attempt(n, backoff.ceiling(n), wait, t, in));
            if (in) {
                return attempts;
            }
        }
    }
}
