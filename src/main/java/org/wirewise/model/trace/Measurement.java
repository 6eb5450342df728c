package org.wirewise.model.trace;

/**
 * A span of simulated time worth drawing on the diagram, e.g. "1.5 RTT until the first data
 * byte".
 *
 * @param label what the span is
 * @param lane  the lane it is drawn beside
 * @param from  start, in simulated nanoseconds
 * @param to    end, in simulated nanoseconds
 */
public record Measurement(String label, String lane, long from, long to) {

    public Measurement {
        if (to < from) {
            throw new IllegalArgumentException("measurement ends before it starts: " + label);
        }
    }

    public long duration() {
        return to - from;
    }
}
