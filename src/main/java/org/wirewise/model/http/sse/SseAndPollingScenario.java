package org.wirewise.model.http.sse;

/**
 * Parameters of the sse-and-polling lesson.
 *
 * @param pollIntervalMs    how often the short-polling client asks
 * @param eventsPerMinute   the ticker's mean rate (a Poisson stream drawn from the seed)
 * @param longPollTimeoutMs how long the long-polling server holds a request with nothing new
 * @param retryMs           the reconnection time the SSE server sends in its {@code retry:} field
 * @param seed              seeds the ticker's times and prices and every TCP number
 */
public record SseAndPollingScenario(int pollIntervalMs, int eventsPerMinute, int longPollTimeoutMs, int retryMs,
                                    long seed) {

    public static final SseAndPollingScenario DEFAULTS = new SseAndPollingScenario(2000, 30, 4000, 3000, 1);

    public SseAndPollingScenario {
        check("pollIntervalMs", pollIntervalMs, 250, 30_000);
        check("eventsPerMinute", eventsPerMinute, 6, 300);
        check("longPollTimeoutMs", longPollTimeoutMs, 1000, 60_000);
        check("retryMs", retryMs, 100, 30_000);
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + " to " + max + ", got " + value);
        }
    }
}
