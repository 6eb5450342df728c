package org.wirewise.model.http.hol;

import java.util.List;
import java.util.Optional;
import org.wirewise.model.http.RequestTiming;

/**
 * One protocol's page load: every request's timing (index 0 the HTML), and the chosen lost
 * packet if one was lost. Times are from the moment the browser starts connecting.
 */
public record HolRun(HolProtocol protocol, List<RequestTiming> timings, Optional<LostPacket> lost) {

    public HolRun {
        timings = List.copyOf(timings);
    }

    /** Whether every request completed. */
    public boolean complete() {
        return timings.stream().allMatch(t -> t.completeAt() >= 0);
    }

    /** When the last request completed: the page load time. */
    public long pageLoad() {
        return timings.stream().mapToLong(RequestTiming::completeAt).max().orElse(0);
    }
}
