package org.wirewise.model.sim;

import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A discrete-event simulation: a clock in simulated nanoseconds and a queue of actions ordered
 * by (time, insertion order), so that two events at the same instant always run in the order
 * they were scheduled. Nothing here reads the wall clock, and every random source is derived
 * from the one seed, so a run is reproducible byte for byte.
 */
public final class Simulation {

    /** Guards against a model that keeps rescheduling itself forever. */
    public static final long DEFAULT_EVENT_LIMIT = 50_000_000L;

    private final PriorityQueue<Scheduled> queue = new PriorityQueue<>();
    private final long seed;
    private long now;
    private long nextSequence;
    private long executed;

    public Simulation(long seed) {
        this.seed = seed;
    }

    public long now() {
        return now;
    }

    public long seed() {
        return seed;
    }

    /** Events run so far. */
    public long executedEvents() {
        return executed;
    }

    public boolean hasPendingEvents() {
        return !queue.isEmpty();
    }

    /**
     * An independent random stream for one purpose ("isn", "loss:client->server"). Separate
     * streams keep purposes from disturbing each other: turning on random loss does not change
     * the initial sequence numbers a seed gives.
     */
    public RandomGenerator randomStream(String purpose) {
        return new SplittableRandom(mix(seed, purpose.hashCode()));
    }

    /** Runs {@code action} after {@code delay} nanoseconds of simulated time. */
    public void schedule(long delay, Runnable action) {
        if (delay < 0) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        at(now + delay, action);
    }

    /** Runs {@code action} at simulated time {@code time}, which must not be in the past. */
    public void at(long time, Runnable action) {
        if (time < now) {
            throw new IllegalArgumentException("cannot schedule in the past: " + time + " < " + now);
        }
        queue.add(new Scheduled(time, nextSequence++, action));
    }

    /** Runs the next event; false when none is left. */
    public boolean step() {
        Scheduled next = queue.poll();
        if (next == null) {
            return false;
        }
        now = next.time;
        executed++;
        next.action.run();
        return true;
    }

    /** Runs every event up to and including {@code limit}; later events stay queued. */
    public void runUntil(long limit) {
        while (!queue.isEmpty() && queue.peek().time <= limit) {
            if (executed >= DEFAULT_EVENT_LIMIT) {
                throw new IllegalStateException("simulation exceeded " + DEFAULT_EVENT_LIMIT + " events");
            }
            step();
        }
    }

    /** Runs until no event is left. */
    public void run() {
        runUntil(Long.MAX_VALUE);
    }

    private static long mix(long seed, int salt) {
        // SplitMix64 finaliser over the pair, so nearby seeds give unrelated streams.
        long z = seed * 0x9E3779B97F4A7C15L + salt;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private record Scheduled(long time, long sequence, Runnable action) implements Comparable<Scheduled> {
        @Override
        public int compareTo(Scheduled other) {
            int byTime = Long.compare(time, other.time);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
