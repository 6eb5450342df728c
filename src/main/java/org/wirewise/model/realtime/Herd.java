package org.wirewise.model.realtime;

import java.util.PriorityQueue;
import java.util.random.RandomGenerator;
import org.wirewise.model.sim.SimTime;

/**
 * A thundering herd: every client of a restarted server reconnects, the server accepts at most a
 * fixed number per 100 ms and refuses the rest, and each refused client waits its backoff and tries
 * again. Run twice over the same clients, once with the bare exponential backoff and once with full
 * jitter, counting reconnect attempts per 100 ms bin.
 */
final class Herd {

    static final long BIN = SimTime.millis(100);
    /** How long the herd is followed; a herd without jitter may still be reconnecting then. */
    static final long HORIZON = SimTime.seconds(60);

    /** One run: attempts per bin, when the last client got in (or -1), attempts in all. */
    record Run(long[] attemptsPerBin, long allConnectedAt, long attempts, long connected, long peak) {
    }

    private record Attempt(long time, int client, int number) {
    }

    private Herd() {
    }

    /** The herd with bare backoff ({@code jitter} false: every wait is the ceiling) or with full jitter. */
    static Run run(int clients, int acceptsPerBin, Backoff backoff, boolean jitter, RandomGenerator random) {
        PriorityQueue<Attempt> queue = new PriorityQueue<>((a, b) -> a.time != b.time ? Long.compare(a.time, b.time)
                : Integer.compare(a.client, b.client));
        for (int c = 0; c < clients; c++) {
            queue.add(new Attempt(wait(backoff, 0, jitter, random), c, 0));
        }
        long[] bins = new long[(int) (HORIZON / BIN)];
        long attempts = 0;
        long connected = 0;
        long last = -1;
        int acceptedInBin = 0;
        int currentBin = -1;
        while (!queue.isEmpty() && queue.peek().time < HORIZON) {
            Attempt a = queue.poll();
            int bin = (int) (a.time / BIN);
            if (bin != currentBin) {
                currentBin = bin;
                acceptedInBin = 0;
            }
            bins[bin]++;
            attempts++;
            if (acceptedInBin < acceptsPerBin) {
                acceptedInBin++;
                connected++;
                last = a.time;
            } else {
                int next = a.number + 1;
                queue.add(new Attempt(a.time + wait(backoff, next, jitter, random), a.client, next));
            }
        }
        long peak = 0;
        for (long b : bins) {
            peak = Math.max(peak, b);
        }
        return new Run(bins, connected == clients ? last : -1, attempts, connected, peak);
    }

    private static long wait(Backoff backoff, int attempt, boolean jitter, RandomGenerator random) {
        return jitter ? backoff.fullJitter(attempt, random) : backoff.ceiling(attempt);
    }
}
