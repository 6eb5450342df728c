package org.wirewise.model.http;

import java.util.ArrayList;
import java.util.List;

/**
 * One request on a waterfall: its label (the target), the connection that carried it (numbered
 * from 1 in the order the waterfall first meets each), its phases end to end from the moment it was
 * queued to the moment it completed, and the stretches during which its response was held up
 * behind a lost packet (drawn over the phases; a lesson adds them, a timing does not know them).
 *
 * @param complete whether the request completed; an unfinished one has phases only as far as it got
 */
public record WaterfallRow(String label, int connection, List<Phase> phases, boolean complete, List<Hold> held) {

    /** A stretch during which the response's bytes were held up (e.g. behind a TCP retransmission). */
    public record Hold(long from, long to) {
        public Hold {
            if (to < from) {
                throw new IllegalArgumentException("a hold ends no earlier than it starts");
            }
        }
    }

    public WaterfallRow {
        phases = List.copyOf(phases);
        held = List.copyOf(held);
        for (int i = 1; i < phases.size(); i++) {
            if (phases.get(i).from() != phases.get(i - 1).to()) {
                throw new IllegalArgumentException("a row's phases follow one another without gaps");
            }
        }
    }

    /**
     * The row of {@code t}: Queueing until its connection's setup starts (or until it is sent, when it
     * opened none), DNS, Initial connection and SSL/TLS from its setup with Stalled filling any wait between
     * them and after them, then Waiting (TTFB) and Content download. Phases of no length are left out; a
     * time earlier than the one before it (clocks of different ends) counts as that one.
     */
    public static WaterfallRow of(RequestTiming t, int connection) {
        List<Phase> phases = new ArrayList<>();
        if (t.queuedAt() < 0) {
            return new WaterfallRow(t.target(), connection, phases, false, List.of());
        }
        Cursor c = new Cursor(phases, t.queuedAt());
        ConnectionSetup s = t.setup();
        Phase.Kind waiting = Phase.Kind.QUEUED;
        if (s.dnsStart() >= 0) {
            c.to(waiting, s.dnsStart()).to(Phase.Kind.DNS, s.dnsEnd());
            waiting = Phase.Kind.STALLED;
        }
        if (s.connectStart() >= 0) {
            c.to(waiting, s.connectStart()).to(Phase.Kind.CONNECT, s.connectEnd());
            waiting = Phase.Kind.STALLED;
        }
        if (s.tlsStart() >= 0) {
            c.to(waiting, s.tlsStart()).to(Phase.Kind.TLS, s.tlsEnd());
            waiting = Phase.Kind.STALLED;
        }
        boolean complete = t.completeAt() >= 0;
        if (t.sentAt() < 0) {
            if (complete) {
                c.to(waiting, t.completeAt()); // it failed before it could be sent
            }
            return new WaterfallRow(t.target(), connection, phases, complete, List.of());
        }
        c.to(waiting, t.sentAt());
        if (t.firstByteAt() >= 0) {
            c.to(Phase.Kind.WAITING, t.firstByteAt());
            if (complete) {
                c.to(Phase.Kind.DOWNLOAD, t.completeAt());
            }
        } else if (complete) {
            c.to(Phase.Kind.WAITING, t.completeAt()); // no response byte: it failed while waiting
        }
        return new WaterfallRow(t.target(), connection, phases, complete, List.of());
    }

    /** The same row with the stretches its response was held up. */
    public WaterfallRow withHeld(List<Hold> holds) {
        return new WaterfallRow(label, connection, phases, complete, holds);
    }

    /** When the row begins (queued), or -1 for a request never queued. */
    public long start() {
        return phases.isEmpty() ? -1 : phases.get(0).from();
    }

    /** When its last phase ends (completion, for a complete row), or -1. */
    public long end() {
        return phases.isEmpty() ? -1 : phases.get(phases.size() - 1).to();
    }

    /** The total time of its phases of {@code kind}. */
    public long duration(Phase.Kind kind) {
        return phases.stream().filter(p -> p.kind() == kind).mapToLong(Phase::duration).sum();
    }

    /** Appends contiguous phases, leaving out empty ones. */
    private static final class Cursor {
        private final List<Phase> phases;
        private long at;

        Cursor(List<Phase> phases, long start) {
            this.phases = phases;
            this.at = start;
        }

        Cursor to(Phase.Kind kind, long end) {
            long e = Math.max(at, end);
            if (e > at) {
                phases.add(new Phase(kind, at, e));
            }
            at = e;
            return this;
        }
    }
}
