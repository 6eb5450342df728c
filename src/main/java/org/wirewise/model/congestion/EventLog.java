package org.wirewise.model.congestion;

import java.util.ArrayList;
import java.util.List;

/** The events a learner steps through, capped so that a long lossy run stays small. */
final class EventLog {

    private static final int MAX_EVENTS = 100_000;

    private final List<DumbbellResult.Event> events = new ArrayList<>();

    /** Records an event with the sender's state as it is now. */
    void add(long now, int flow, DumbbellResult.EventKind kind, SenderState s, long flight, long segment, long acked,
             long recover, boolean timerRestarted) {
        if (events.size() < MAX_EVENTS) {
            events.add(new DumbbellResult.Event(now, flow, kind, s.phase, s.cwnd, s.ssthresh, flight, segment, acked,
                    recover, timerRestarted, s.priorCwnd));
        }
    }

    List<DumbbellResult.Event> toList() {
        return List.copyOf(events);
    }
}
