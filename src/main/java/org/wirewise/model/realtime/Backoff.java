package org.wirewise.model.realtime;

import java.util.random.RandomGenerator;

/**
 * How long a client waits before reconnect attempt n (counting from 0): exponential backoff,
 * {@code min(cap, base * 2^n)}, either taken as it is (every client that failed together retries
 * together) or as "full jitter": a uniform draw between zero and that value, the variant the AWS
 * Architecture Blog's article on exponential backoff and jitter calls by that name.
 */
record Backoff(long base, long cap) {

    Backoff {
        if (base <= 0 || cap < base) {
            throw new IllegalArgumentException("backoff needs 0 < base <= cap, got " + base + " and " + cap);
        }
    }

    /** The ceiling for attempt {@code attempt}: base doubled per attempt, never above the cap. */
    long ceiling(int attempt) {
        long c = base;
        for (int i = 0; i < attempt && c < cap; i++) {
            c *= 2;
        }
        return Math.min(c, cap);
    }

    /** The wait before attempt {@code attempt} with full jitter: uniform in [0, ceiling). */
    long fullJitter(int attempt, RandomGenerator random) {
        return (long) (random.nextDouble() * ceiling(attempt));
    }
}
