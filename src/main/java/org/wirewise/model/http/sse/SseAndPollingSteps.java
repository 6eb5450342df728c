package org.wirewise.model.http.sse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.model.transport.ClientServer;

/**
 * Turns a run into the lesson's trace: every frame as a packet, then per technique the steps at the packets
 * that show it (found by what their bytes say), a measured step, and the comparison at the end.
 */
final class SseAndPollingSteps {

    /** A packet of the trace with its TCP segment and its payload as text. */
    record Seen(TracePacket packet, TcpSegment segment, boolean toServer, String text) {
        boolean request() {
            return toServer && text.startsWith("GET ");
        }

        boolean response(int status) {
            return !toServer && text.startsWith("HTTP/1.1 " + status);
        }

        boolean carriesEvent() {
            return !toServer && text.contains("{\"id\":");
        }
    }

    private final SseAndPollingScenario s;
    private final SseAndPollingSimulator.Run run;
    private final SseAndPollingNarration n;
    private final TraceBuilder trace;
    private final Map<Technique, List<Seen>> seen = new EnumMap<>(Technique.class);
    private final Map<Technique, WireTally> tallies = new EnumMap<>(Technique.class);
    private final List<Technique> measured = new ArrayList<>();
    /** The technique's packet steps, put in time order when it is measured. */
    private final List<Runnable> pending = new ArrayList<>();
    private final List<Integer> pendingPackets = new ArrayList<>();

    SseAndPollingSteps(SseAndPollingScenario s, SseAndPollingSimulator.Run run, Locale language) {
        this.s = s;
        this.run = run;
        this.n = new SseAndPollingNarration(s, language);
        String clientIp = run.net().clientIdentity().address().getHostAddress();
        String serverIp = run.net().serverIdentity().address().getHostAddress();
        this.trace = new TraceBuilder(SseAndPollingSimulator.LESSON_ID, List.of(
                new Lane(ClientServer.CLIENT, n.clientLane(), clientIp),
                new Lane(ClientServer.SERVER, n.serverLane(), serverIp + ":" + SseAndPollingSimulator.PORT)));
    }

    Trace build() {
        for (Technique t : Technique.values()) {
            seen.put(t, new ArrayList<>());
        }
        for (SseAndPollingSimulator.Frame f : run.frames()) {
            TcpSegment seg = WireTally.segment(f.bytes());
            String text = new String(seg.payload(), StandardCharsets.ISO_8859_1);
            int id = trace.packet(f.toServer() ? ClientServer.CLIENT : ClientServer.SERVER,
                    f.toServer() ? ClientServer.SERVER : ClientServer.CLIENT, f.sentAt(), f.arrivesAt(), f.fate(),
                    n.label(f.technique(), seg, text), f.bytes());
            seen.get(f.technique()).add(new Seen(trace.packet(id), seg, f.toServer(), text));
        }
        for (Technique t : Technique.values()) {
            tallies.put(t, WireTally.measure(t, seen.get(t).stream().map(Seen::packet).toList(), run.ticker(),
                    run.starts().get(t)));
        }
        trace.step(0, n.introTitle(), n.intro(run.ticker()), n.introReferences(), -1,
                snapshot(null, n.tickerTable(run.ticker()), null));
        shortPolling();
        longPolling();
        sse(Technique.SSE);
        sse(Technique.SSE_WITHOUT_ID);
        webSocket();
        long end = run.frames().isEmpty() ? 0 : run.frames().get(run.frames().size() - 1).arrivesAt();
        trace.step(end, n.comparisonTitle(), n.comparison(tallies), n.comparisonReferences(), -1,
                snapshot(null, null, null));
        return trace.build();
    }

    private void shortPolling() {
        Technique t = Technique.SHORT_POLLING;
        step(t, first(t, Seen::request, 0), n::shortFirst);
        step(t, first(t, x -> x.response(200) && x.text().endsWith("[]"), 0), n::shortEmpty);
        step(t, first(t, x -> x.response(200) && x.carriesEvent(), 0), n::shortEvents);
        measuredStep(t);
    }

    private void longPolling() {
        Technique t = Technique.LONG_POLLING;
        step(t, first(t, Seen::request, 0), n::longFirst);
        step(t, first(t, x -> x.response(200) && x.carriesEvent(), 0), n::longEvent);
        step(t, first(t, x -> x.response(204), 0), n::longTimeout);
        measuredStep(t);
    }

    private void sse(Technique t) {
        Seen again = first(t, Seen::request, 1);
        if (t == Technique.SSE) {
            step(t, first(t, Seen::request, 0), n::sseRequest);
            step(t, first(t, x -> x.response(200), 0), n::sseHead);
            framingStep(t, first(t, x -> !x.text().startsWith("HTTP") && x.carriesEvent(), 0), n::sseEvent);
            step(t, first(t, x -> !x.toServer() && x.text().endsWith("\r\n0\r\n\r\n") || x.text().equals("0\r\n\r\n"), 0), n::sseEnd);
            step(t, again, n::sseReconnect);
            if (again != null) {
                step(t, firstAfter(t, again, Seen::carriesEvent), n::sseReplay);
            }
        } else {
            step(t, again, n::sseReconnectWithoutId);
        }
        measuredStep(t);
    }

    private void webSocket() {
        Technique t = Technique.WEBSOCKET;
        Seen upgraded = first(t, x -> x.response(101), 0);
        step(t, upgraded, n::wsUpgrade);
        if (upgraded != null) {
            framingStep(t, firstAfter(t, upgraded, Seen::carriesEvent), n::wsFrame);
        }
        measuredStep(t);
    }

    /** Narration of one step: the technique's tally and the step's packet. */
    interface Words {
        SseAndPollingNarration.Said say(WireTally tally, Seen packet);
    }

    private void step(Technique t, Seen at, Words words) {
        step(t, at, words, false);
    }

    /** A step about how an event is framed on the wire: the packet's parts are its subject, not the event's journey. */
    private void framingStep(Technique t, Seen at, Words words) {
        step(t, at, words, true);
    }

    private void step(Technique t, Seen at, Words words, boolean framing) {
        if (at == null) {
            return;
        }
        pending.add(() -> emit(t, at, words, framing));
        pendingPackets.add(at.packet().id());
    }

    private void emit(Technique t, Seen at, Words words, boolean framing) {
        WireTally tally = tallies.get(t);
        SseAndPollingNarration.Said said = words.say(tally, at);
        trace.step(at.packet().sentAt(), said.title(), said.text(), said.references(), at.packet().id(),
                snapshot(n.eventsTable(tally, run.starts().get(t), framing ? -1 : at.packet().id()),
                        null, WireParts.table(n, at.text(), at.toServer(), t, framing)));
    }

    private void measuredStep(Technique t) {
        // which of a technique's moments comes first depends on the seed (a 204 may precede the first event)
        java.util.stream.IntStream.range(0, pending.size()).boxed()
                .sorted(java.util.Comparator.comparing(pendingPackets::get)).forEach(i -> pending.get(i).run());
        pending.clear();
        pendingPackets.clear();
        List<Seen> all = seen.get(t);
        long at = all.isEmpty() ? run.starts().get(t) : all.get(all.size() - 1).packet().arrivesAt();
        measured.add(t);
        WireTally tally = tallies.get(t);
        SseAndPollingNarration.Said said = n.measured(tally);
        trace.step(at, said.title(), said.text(), said.references(), -1,
                snapshot(n.eventsTable(tally, run.starts().get(t), -1), null, null));
    }

    private Seen first(Technique t, Predicate<Seen> p, int skip) {
        return seen.get(t).stream().filter(p).skip(skip).findFirst().orElse(null);
    }

    private Seen firstAfter(Technique t, Seen after, Predicate<Seen> p) {
        return seen.get(t).stream().filter(x -> x.packet().id() > after.packet().id()).filter(p).findFirst().orElse(null);
    }

    private Snapshot snapshot(Table events, Table ticker, Table wire) {
        List<Table> tables = new ArrayList<>();
        if (events != null) {
            tables.add(events);
        }
        if (ticker != null) {
            tables.add(ticker);
        }
        if (wire != null && !wire.rows().isEmpty()) {
            tables.add(wire);
        }
        if (!measured.isEmpty()) {
            tables.add(n.comparisonTable(measured.stream().map(tallies::get).toList()));
        }
        return new Snapshot(List.of(), List.of(), tables, List.of());
    }
}
