package org.wirewise.model.http.sse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One update of the price ticker every technique delivers: its id, when the server has it (nanoseconds after
 * the technique's start) and its JSON, the same bytes whichever way it travels.
 */
public record TickerEvent(int id, long at, String json) {

    /** The first event comes no earlier than this after a technique starts, so every client is connected. */
    static final long FIRST_AFTER = 1_000_000_000L;

    public byte[] bytes() {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A Poisson stream of {@code perMinute} events a minute from {@link #FIRST_AFTER} to {@code until}, prices a
     * random walk from 100.00 in steps of at most 50 cents.
     */
    static List<TickerEvent> draw(RandomGenerator random, int perMinute, long until) {
        double meanGap = 60e9 / perMinute;
        List<TickerEvent> events = new ArrayList<>();
        long at = FIRST_AFTER;
        int cents = 10_000;
        while (true) {
            at += (long) (-Math.log(1 - random.nextDouble()) * meanGap);
            if (at > until) {
                return List.copyOf(events);
            }
            cents = Math.max(100, cents + random.nextInt(-50, 51));
            int id = events.size() + 1;
            events.add(new TickerEvent(id, at, "{\"id\":" + id + ",\"price\":\"" + cents / 100 + "."
                    + String.format(java.util.Locale.ROOT, "%02d", cents % 100) + "\"}"));
        }
    }
}
