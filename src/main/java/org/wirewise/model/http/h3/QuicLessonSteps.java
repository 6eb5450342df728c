package org.wirewise.model.http.h3;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.wirewise.model.http.RequestTiming;
import org.wirewise.model.quic.Frame;
import org.wirewise.model.quic.PacketType;
import org.wirewise.model.quic.QuicConnection;
import org.wirewise.model.quic.QuicPacket;
import org.wirewise.model.sim.Link;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;

/**
 * The HTTP/3 lesson's trace, built after the run: every datagram labelled by its QUIC packets,
 * a step for each one that teaches something (the Initials, the first requests, HANDSHAKE_DONE,
 * the lost packet, the ACK with a gap, the retransmission, the path validation), the packets of the
 * step's datagram and the requests' timings as tables.
 */
final class QuicLessonSteps {

    /** A datagram as it crossed, with the packets its sender put in it. */
    record Seen(int id, boolean toServer, long sentAt, long arrivesAt, Link.Fate fate, QuicConnection.Datagram datagram) {
        boolean has(Predicate<Frame> p) {
            return datagram.packets().stream().flatMap(q -> q.frames().stream()).anyMatch(p);
        }

        boolean has(PacketType type) {
            return datagram.packets().stream().anyMatch(q -> q.type() == type);
        }

        boolean lost() {
            return fate != Link.Fate.DELIVERED;
        }
    }

    /** The second connection: when it started, its one request's timing and answer size, whether the server took its 0-RTT data. */
    record Resumed(long startedAt, RequestTiming timing, int bytes, boolean accepted) {
    }

    private record Draft(long time, String title, String narration, List<String> references, int packet, Seen seen) {
    }

    private record Recorded(boolean toServer, long sentAt, long arrivesAt, Link.Fate fate, byte[] frame, QuicConnection.Datagram datagram) {
    }

    private final QuicLessonScenario s;
    private final QuicLessonNarration n;
    private final List<Recorded> recorded = new ArrayList<>();
    private long tcpTlsRequestAt = -1;
    private Resumed resumed;

    QuicLessonSteps(QuicLessonScenario s, Locale language) {
        this.s = s;
        this.n = new QuicLessonNarration(s, language);
    }

    void datagram(boolean toServer, long sentAt, long arrivesAt, Link.Fate fate, byte[] frame, QuicConnection.Datagram d) {
        recorded.add(new Recorded(toServer, sentAt, arrivesAt, fate, frame, d));
    }

    void tcpTlsComparison(long requestAt) {
        this.tcpTlsRequestAt = requestAt;
    }

    Trace build(List<SessionSecret> keyLog, QuicConnection client, List<RequestTiming> timings, long movedAt, Resumed resumed) {
        this.resumed = resumed;
        TraceBuilder trace = new TraceBuilder(QuicLessonSimulator.LESSON_ID, List.of(
                new Lane(QuicLessonSimulator.CLIENT, n.phoneLane(), n.phoneAddresses()),
                new Lane(QuicLessonSimulator.SERVER, n.serverLane(), QuicLessonSimulator.SERVER_IP.getHostAddress() + ":443")));
        keyLog.forEach(trace::secret);
        List<Seen> seen = new ArrayList<>();
        recorded.sort(Comparator.comparingLong(Recorded::sentAt));
        for (Recorded r : recorded) {
            int id = trace.packet(r.toServer() ? QuicLessonSimulator.CLIENT : QuicLessonSimulator.SERVER,
                    r.toServer() ? QuicLessonSimulator.SERVER : QuicLessonSimulator.CLIENT, r.sentAt(), r.arrivesAt(), r.fate(),
                    n.label(r.datagram()), r.frame());
            seen.add(new Seen(id, r.toServer(), r.sentAt(), r.arrivesAt(), r.fate(), r.datagram()));
        }
        List<Draft> drafts = new ArrayList<>();
        drafts.add(new Draft(0, n.introTitle(), n.intro(), n.introReferences(), -1, null));
        Seen initial = first(seen, x -> x.toServer() && x.has(PacketType.INITIAL));
        Seen flight = first(seen, x -> !x.toServer() && x.has(PacketType.INITIAL));
        Seen requests = first(seen, x -> x.toServer() && x.has(f -> f instanceof Frame.Stream st && (st.streamId() & 2) == 0));
        add(drafts, initial, n.initialTitle(), x -> n.initial(x), n.initialReferences());
        add(drafts, flight, n.flightTitle(), x -> n.flight(x), n.flightReferences());
        if (initial != null && requests != null) {
            add(drafts, requests, n.requestsTitle(), x -> n.requests(x.sentAt() - initial.sentAt(), tcpTlsRequestAt), n.requestsReferences());
        }
        add(drafts, first(seen, x -> x.has(f -> f instanceof Frame.HandshakeDone)), n.doneTitle(), x -> n.done(), n.doneReferences());
        Seen lost = first(seen, Seen::lost);
        if (lost != null) {
            add(drafts, lost, n.lostTitle(), x -> n.lost(x, streams(x)), n.lostReferences());
            add(drafts, first(seen, x -> x.toServer() && x.sentAt() > lost.sentAt() && ackGap(x)), n.gapTitle(),
                    x -> n.gap(acks(x)), n.gapReferences());
            add(drafts, first(seen, x -> !x.toServer() && x.sentAt() > lost.sentAt() && resends(x, lost)), n.resendTitle(),
                    x -> n.resend(lost, x, streams(lost)), n.resendReferences());
        }
        if (movedAt >= 0) {
            add(drafts, first(seen, x -> x.toServer() && x.has(f -> f instanceof Frame.Path p && !p.response())), n.moveTitle(),
                    x -> n.move(x), n.moveReferences());
            add(drafts, first(seen, x -> !x.toServer() && x.has(f -> f instanceof Frame.Path p && p.response())), n.followTitle(),
                    x -> n.follow(), n.followReferences());
            add(drafts, first(seen, x -> x.toServer() && x.has(f -> f instanceof Frame.Path p && p.response())), n.validatedTitle(),
                    x -> n.validated(client), n.validatedReferences());
        }
        if (resumed != null && !timings.isEmpty() && initial != null) {
            long fresh = timings.get(0).firstByteAt() - initial.sentAt();
            Seen early = first(seen, x -> x.sentAt() >= resumed.startedAt() && x.has(PacketType.ZERO_RTT));
            Seen answer = first(seen, x -> !x.toServer() && x.sentAt() >= resumed.startedAt()
                    && x.has(f -> f instanceof Frame.Stream st && (st.streamId() & 2) == 0));
            add(drafts, early, n.zeroRttTitle(), x -> n.zeroRtt(x, resumed.startedAt() - lastCompletion(timings)), n.zeroRttReferences());
            add(drafts, answer, n.halfRttTitle(), x -> n.halfRtt(x, resumed.accepted(), answerBytes(x)), n.halfRttReferences());
            Seen proof = first(seen, x -> x.toServer() && x.sentAt() >= resumed.startedAt() && x.has(PacketType.HANDSHAKE));
            if (answer != null && proof != null) {
                int firstFlight = seen.stream().filter(x -> !x.toServer() && x.sentAt() >= resumed.startedAt()
                        && x.sentAt() < proof.arrivesAt()).mapToInt(QuicLessonSteps::answerBytes).sum();
                drafts.add(new Draft(resumed.timing().completeAt(), n.savedTitle(), n.saved(resumed, fresh, firstFlight),
                        n.savedReferences(), -1, null));
            }
        }
        drafts.sort(Comparator.comparingLong(Draft::time));
        long end = seen.isEmpty() ? 0 : seen.stream().mapToLong(Seen::arrivesAt).max().orElse(0);
        List<Measurement> spans = spans(initial, requests);
        for (Draft d : drafts) {
            trace.step(d.time(), d.title(), d.narration(), d.references(), d.packet(),
                    new Snapshot(List.of(), spansAt(spans, d.time()), tables(d.seen(), timings, d.time())));
        }
        trace.step(end, n.summaryTitle(), n.summary(timings, initial, requests, tcpTlsRequestAt, lost != null ? streams(lost) : List.of(), resumed),
                n.summaryReferences(), -1, new Snapshot(List.of(), spansAt(spans, end), tables(null, timings, end)));
        return trace.build();
    }

    /** When the first connection's last request completed, which is when the phone closed it. */
    private static long lastCompletion(List<RequestTiming> timings) {
        return timings.stream().mapToLong(RequestTiming::completeAt).max().orElse(0);
    }

    /** The request streams' bytes a datagram carried. */
    private static int answerBytes(Seen x) {
        return x.datagram().packets().stream().flatMap(p -> p.frames().stream())
                .filter(f -> f instanceof Frame.Stream st && (st.streamId() & 2) == 0).mapToInt(f -> ((Frame.Stream) f).data().length).sum();
    }

    private static void add(List<Draft> drafts, Seen x, String title, java.util.function.Function<Seen, String> text, List<String> refs) {
        if (x != null) {
            drafts.add(new Draft(x.sentAt(), title, text.apply(x), refs, x.id(), x));
        }
    }

    private static Seen first(List<Seen> seen, Predicate<Seen> p) {
        return seen.stream().filter(p).findFirst().orElse(null);
    }

    /** The request streams whose bytes a datagram carried. */
    static List<Long> streams(Seen x) {
        return x.datagram().packets().stream().flatMap(p -> p.frames().stream()).filter(f -> f instanceof Frame.Stream)
                .map(f -> ((Frame.Stream) f).streamId()).filter(id -> (id & 2) == 0).distinct().toList();
    }

    private static boolean ackGap(Seen x) {
        return acks(x).stream().anyMatch(a -> a.ranges().size() > 1);
    }

    static List<Frame.Ack> acks(Seen x) {
        return x.datagram().packets().stream().filter(p -> p.type() == PacketType.ONE_RTT).flatMap(p -> p.frames().stream())
                .filter(f -> f instanceof Frame.Ack).map(f -> (Frame.Ack) f).toList();
    }

    /** Whether {@code x} carries again stream bytes that {@code lost} carried. */
    private static boolean resends(Seen x, Seen lost) {
        List<Frame.Stream> gone = lost.datagram().packets().stream().flatMap(p -> p.frames().stream())
                .filter(f -> f instanceof Frame.Stream).map(f -> (Frame.Stream) f).toList();
        return x.has(f -> f instanceof Frame.Stream st && gone.stream().anyMatch(g -> g.streamId() == st.streamId()
                && st.offset() < g.offset() + g.data().length && g.offset() < st.offset() + st.data().length));
    }

    /** The spans measured by {@code time}, of the connection the step is about (each clips to the diagram's top edge alike). */
    private List<Measurement> spansAt(List<Measurement> spans, long time) {
        long secondFrom = resumed == null ? Long.MAX_VALUE : resumed.startedAt();
        return spans.stream().filter(m -> m.to() <= time && m.from() >= secondFrom == time >= secondFrom).toList();
    }

    private List<Measurement> spans(Seen initial, Seen requests) {
        if (initial == null || requests == null) {
            return List.of();
        }
        List<Measurement> spans = new ArrayList<>(List.of(new Measurement(n.requestSpan(), QuicLessonSimulator.CLIENT, initial.sentAt(),
                requests.sentAt())));
        if (resumed != null && resumed.timing().firstByteAt() >= 0) {
            spans.add(new Measurement(n.resumedSpan(), QuicLessonSimulator.CLIENT, resumed.startedAt(), resumed.timing().firstByteAt()));
        }
        return spans;
    }

    private Table.Row row(String stream, RequestTiming t, long time) {
        boolean sent = t.sentAt() <= time;
        boolean done = t.completeAt() <= time;
        return new Table.Row(List.of(stream, t.target(), sent ? n.ms(t.sentAt()) : n.notYet(),
                done ? n.ms(t.completeAt()) : sent ? n.waiting() : n.notYet()), false);
    }

    private List<Table> tables(Seen x, List<RequestTiming> timings, long time) {
        List<Table> out = new ArrayList<>();
        if (x != null) {
            List<Table.Row> rows = new ArrayList<>();
            for (QuicPacket p : x.datagram().packets()) {
                rows.add(new Table.Row(List.of(p.type().label(), Long.toString(p.packetNumber()), QuicConnection.describe(p.frames())),
                        false));
            }
            out.add(new Table(QuicLessonSimulator.PACKETS_TABLE, n.packetsTitle(x), n.packetColumns(), rows));
        }
        List<Table.Row> requests = new ArrayList<>();
        for (int i = 0; i < timings.size(); i++) {
            RequestTiming t = timings.get(i);
            requests.add(row(Integer.toString(4 * i), t, time));
        }
        if (resumed != null && resumed.timing().queuedAt() <= time) {
            requests.add(row(n.resumedStream(), resumed.timing(), time));
        }
        out.add(new Table(QuicLessonSimulator.REQUESTS_TABLE, n.requestsTableTitle(), n.requestColumns(), requests));
        return out;
    }
}
