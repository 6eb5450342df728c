package org.wirewise.model.http;

/**
 * A rate limit as API gateways apply one per client: a bucket of {@code capacity} tokens refilled
 * at one per {@code refillNanos}; a request takes a token or is refused with 429 and the time
 * until the next token as Retry-After (RFC 6585 §4, RFC 9110 §10.2.3).
 */
final class TokenBucket {

    private final int capacity;
    private final long refillNanos;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, long refillNanos) {
        this.capacity = capacity;
        this.refillNanos = refillNanos;
        this.tokens = capacity;
    }

    /** Takes a token at {@code now}; 0 if it had one, else the nanoseconds until it will. */
    long take(long now) {
        tokens = Math.min(capacity, tokens + (double) (now - updatedAt) / refillNanos);
        updatedAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) * refillNanos);
    }

    int capacity() {
        return capacity;
    }

    long refillNanos() {
        return refillNanos;
    }
}
