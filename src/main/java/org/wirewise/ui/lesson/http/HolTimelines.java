package org.wirewise.ui.lesson.http;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirewise.model.http.hol.HolFocus;
import org.wirewise.model.http.hol.HolLabSimulator;
import org.wirewise.model.http.hol.HolProtocol;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;

/**
 * The lab's trace cut per protocol for the sequence diagram: each protocol's two lanes, its packets and its
 * steps, with times counted from the start of its load, so the diagram's axis reads as the waterfall's.
 * Display only: the trace is untouched.
 */
final class HolTimelines {

    /** One protocol's part: its trace, and for each step of the whole trace its index here (-1: another protocol's). */
    record Part(Trace trace, long origin, int[] localStep) {
    }

    private final Map<HolProtocol, Part> parts = new EnumMap<>(HolProtocol.class);

    HolTimelines(Trace trace) {
        for (HolProtocol p : HolProtocol.values()) {
            parts.put(p, cut(trace, p));
        }
    }

    Part of(HolProtocol p) {
        return parts.get(p);
    }

    private static Part cut(Trace trace, HolProtocol p) {
        Set<String> own = Set.of(HolLabSimulator.browserLane(p), HolLabSimulator.serverLane(p));
        long origin = 0;
        List<Step> steps = new ArrayList<>();
        int[] local = new int[trace.stepCount()];
        for (int i = 0; i < trace.stepCount(); i++) {
            HolFocus f = trace.step(i).snapshot().fact(HolFocus.class).orElse(null);
            local[i] = f != null && f.protocol() == p ? steps.size() : -1;
            if (local[i] >= 0) {
                origin = f.origin();
                steps.add(trace.step(i));
            }
        }
        Map<Integer, Integer> ids = new HashMap<>();
        List<TracePacket> packets = new ArrayList<>();
        for (TracePacket t : trace.packets()) {
            if (own.contains(t.from())) {
                ids.put(t.id(), packets.size());
                packets.add(new TracePacket(packets.size(), t.from(), t.to(), t.sentAt() - origin, t.arrivesAt() - origin,
                        t.fate(), t.label(), t.frame()));
            }
        }
        List<Step> shifted = new ArrayList<>();
        for (Step s : steps) {
            shifted.add(new Step(s.time() - origin, s.title(), s.narration(), s.references(), ids.getOrDefault(s.packetId(), -1),
                    s.snapshot()));
        }
        if (shifted.isEmpty()) {
            shifted.add(new Step(0, "", "", List.of(), -1, trace.step(0).snapshot())); // a trace needs a step
        }
        List<Lane> lanes = trace.lanes().stream().filter(l -> own.contains(l.id())).toList();
        return new Part(new Trace(trace.lessonId(), lanes, shifted, packets, List.of(), trace.secrets()), origin, local);
    }
}
