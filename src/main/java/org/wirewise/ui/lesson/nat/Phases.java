package org.wirewise.ui.lesson.nat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;

/**
 * Splits a trace where it falls silent for a long time (a NAT row's idle timeout) into phases the
 * sequence diagram can draw at a readable scale. Each phase is a trace of its own with times
 * counted from the phase's start; the view says where that origin is. Display only: the model's
 * times are untouched.
 */
final class Phases {

    /** Gaps between steps longer than this start a new phase. */
    static final long GAP = 1_000_000_000L;

    private final List<Phase> phases = new ArrayList<>();
    private final int[] phaseOfStep;

    Phases(Trace trace) {
        phaseOfStep = new int[trace.stepCount()];
        int start = 0;
        for (int i = 1; i <= trace.stepCount(); i++) {
            if (i == trace.stepCount() || trace.step(i).time() - trace.step(i - 1).time() > GAP) {
                phases.add(cut(trace, start, i));
                for (int s = start; s < i; s++) {
                    phaseOfStep[s] = phases.size() - 1;
                }
                start = i;
            }
        }
    }

    int count() {
        return phases.size();
    }

    Phase ofStep(int step) {
        return phases.get(phaseOfStep[step]);
    }

    private static Phase cut(Trace trace, int from, int to) {
        // A phase holds the packets sent after the previous phase's last step and before the next
        // phase's first; its origin is its first step or its first packet, whichever is earlier.
        long after = from == 0 ? -1 : trace.step(from - 1).time();
        long end = to < trace.stepCount() ? trace.step(to).time() : Long.MAX_VALUE;
        long origin = from == 0 ? 0 : trace.step(from).time();
        for (TracePacket p : trace.packets()) {
            if (p.sentAt() > after && p.sentAt() < end) {
                origin = Math.min(origin, p.sentAt());
            }
        }
        Map<Integer, Integer> ids = new HashMap<>();
        List<TracePacket> packets = new ArrayList<>();
        for (TracePacket p : trace.packets()) {
            if (p.sentAt() > after && p.sentAt() < end) {
                ids.put(p.id(), packets.size());
                packets.add(new TracePacket(packets.size(), p.from(), p.to(), p.sentAt() - origin,
                        p.arrivesAt() - origin, p.fate(), p.label(), p.frame()));
            }
        }
        List<Step> steps = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Step s = trace.step(i);
            steps.add(new Step(s.time() - origin, s.title(), s.narration(), s.references(),
                    ids.getOrDefault(s.packetId(), -1), s.snapshot()));
        }
        return new Phase(new Trace(trace.lessonId(), trace.lanes(), steps, packets), from, origin);
    }

    /** A phase: its own trace, the index of its first step in the whole trace, its time origin. */
    record Phase(Trace trace, int firstStep, long origin) {
    }
}
