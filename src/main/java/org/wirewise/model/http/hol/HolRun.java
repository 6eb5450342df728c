package org.wirewise.model.http.hol;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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

    /**
     * The requests whose bytes sat behind the chosen lost packet: over HTTP/3 the streams it carried; over
     * TCP every request in flight on its connection then (HTTP/2: all of them; HTTP/1.1: the one on that
     * connection), since TCP hands over nothing past a hole.
     */
    public Set<Integer> heldUp() {
        if (lost.isEmpty()) {
            return Set.of();
        }
        LostPacket l = lost.get();
        if (protocol == HolProtocol.HTTP3) {
            return l.requests();
        }
        return timings.stream().filter(t -> t.sentAt() >= 0 && t.sentAt() <= l.sentAt() && t.completeAt() > l.sentAt())
                .filter(t -> protocol == HolProtocol.HTTP2 || t.connection() == l.flow())
                .map(RequestTiming::index).collect(Collectors.toUnmodifiableSet());
    }

    /** When the last request completed: the page load time. */
    public long pageLoad() {
        return timings.stream().mapToLong(RequestTiming::completeAt).max().orElse(0);
    }
}
