package org.wirewise.model.http;

import java.util.List;
import java.util.function.Consumer;

/**
 * A {@link PageFetcher}'s bookkeeping: one timing per request, in any order, handed on in request order once the
 * last one is in (at once for a page of no requests).
 */
public final class TimingCollector {

    private final RequestTiming[] timings;
    private final Consumer<List<RequestTiming>> done;
    private int left;

    public TimingCollector(int requests, Consumer<List<RequestTiming>> done) {
        this.timings = new RequestTiming[requests];
        this.done = done;
        this.left = requests;
        if (requests == 0) {
            done.accept(List.of());
        }
    }

    /** Records the timing of request {@code timing.index()}. */
    public void add(RequestTiming timing) {
        timings[timing.index()] = timing;
        if (--left == 0) {
            done.accept(List.of(timings));
        }
    }
}
