package org.wirewise.model.http.sse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;
import org.wirewise.model.trace.Table;

/**
 * Every sentence of the sse-and-polling lesson in one language ({@code sse-and-polling.properties} and its
 * translations); each number comes from the run or the scenario. Packet labels are wire notation and stay English.
 */
final class SseAndPollingNarration {

    /** A step's title, text and references. */
    record Said(String title, String text, List<String> references) {
    }

    private static final String SSE_SPEC = "WHATWG HTML §9.2";
    private static final int PART_WIDTH = 34;
    static final String TEXTS = "org.wirewise.model.http.sse.sse-and-polling";
    private final SseAndPollingScenario s;
    private final Texts texts;
    private final Units units;

    SseAndPollingNarration(SseAndPollingScenario s, Locale language) {
        this.s = s;
        this.texts = Texts.of(TEXTS, language);
        this.units = new Units(texts.language());
    }

    /** The words of the wire table's parts ({@link WireParts}). */
    Texts texts() {
        return texts;
    }

    String clientLane() {
        return texts.get("lane.client");
    }

    String serverLane() {
        return texts.get("lane.server");
    }

    String name(Technique t) {
        return texts.get(switch (t) {
            case SHORT_POLLING -> "technique.short";
            case LONG_POLLING -> "technique.long";
            case SSE -> "technique.sse";
            case SSE_WITHOUT_ID -> "technique.sseNoId";
            case WEBSOCKET -> "technique.ws";
        });
    }

    /** The packet's label: wire notation, the same in every language. */
    String label(Technique t, TcpSegment seg, String text) {
        if (text.isEmpty()) {
            return TcpFlags.names(seg.flags());
        }
        if (text.startsWith("GET ")) {
            String target = text.substring(4, text.indexOf(' ', 4));
            return "GET " + target + (text.contains("Last-Event-ID:") ? " (Last-Event-ID)" : "");
        }
        long events = WireParts.parts(text, false, t, texts).stream().filter(WireParts.Part::event).count();
        if (text.startsWith("HTTP/1.1 ")) {
            String status = text.substring(9, text.indexOf("\r\n"));
            return status + (status.startsWith("200") && t != Technique.SSE && t != Technique.SSE_WITHOUT_ID
                    ? ", " + plural(events, "event") : events > 0 ? " + " + plural(events, "event") : "");
        }
        if (t == Technique.WEBSOCKET) {
            int opcode = text.charAt(0) & 0x0F;
            return events > 0 ? "Text frame, " + plural(events, "event") : opcode == 8 ? "Close frame" : "WebSocket frame";
        }
        if (text.equals("0\r\n\r\n")) {
            return "Last chunk (stream ends)";
        }
        return events > 0 ? "Chunk: " + plural(events, "event") : "Chunk";
    }

    String introTitle() {
        return texts.get("intro.title");
    }

    String intro(List<TickerEvent> ticker) {
        return texts.get("intro", count(ticker.size(), "updates"), secs(SseAndPollingSimulator.WINDOW),
                Integer.toString(s.eventsPerMinute()), Long.toString(s.seed()), ms(SseAndPollingSimulator.RTT_MS * 1e6),
                Integer.toString(s.pollIntervalMs()));
    }

    List<String> introReferences() {
        return List.of(SSE_SPEC, "RFC 6202", "RFC 6455");
    }

    Table tickerTable(List<TickerEvent> ticker) {
        List<Table.Row> rows = ticker.stream().map(e -> Table.Row.of("#" + e.id(), secs(e.at()), e.json(),
                Integer.toString(e.bytes().length))).toList();
        return new Table(SseAndPollingSimulator.EVENTS, texts.get("table.ticker"),
                List.of(texts.get("col.event"), texts.get("col.atServer"), texts.get("col.json"), texts.get("col.bytes")), rows);
    }

    Table eventsTable(WireTally tally, long start, int packetId) {
        List<Table.Row> rows = new ArrayList<>();
        int id = 1;
        for (int d = 0, l = 0; d < tally.deliveries().size() || l < tally.lost().size(); id++) {
            if (d < tally.deliveries().size() && tally.deliveries().get(d).event().id() == id) {
                WireTally.Delivery x = tally.deliveries().get(d++);
                rows.add(new Table.Row(List.of("#" + id, secs(x.publishedAt() - start), secs(x.deliveredAt() - start),
                        ms(x.delay()), "#" + (x.packetId() + 1)), x.packetId() == packetId));
            } else if (l < tally.lost().size() && tally.lost().get(l).id() == id) {
                rows.add(new Table.Row(List.of("#" + id, secs(tally.lost().get(l++).at()), texts.get("cell.never"),
                        texts.get("cell.lost"), "—"), false, true));
            }
        }
        return new Table(SseAndPollingSimulator.EVENTS, texts.get("table.journey", name(tally.technique())),
                List.of(texts.get("col.event"), texts.get("col.atServer"), texts.get("col.atBrowser"),
                        texts.get("col.delay"), texts.get("col.packet")), rows);
    }

    /**
     * An event's JSON is set off on every packet (event against overhead). What a step is about is highlighted in
     * one table only, so the two never pull the view apart: on a step about framing, the event stream's parts here
     * (not the chunked coding around them); on the others, the events' journeys.
     */
    Table wireTable(List<WireParts.Part> parts, boolean framing) {
        List<Table.Row> rows = parts.stream().map(p -> new Table.Row(List.of(clip(p.text()), Integer.toString(p.bytes()),
                texts.get(p.event() ? "cell.event" : "cell.overhead")), framing && !p.chunking(), p.event())).toList();
        return new Table(SseAndPollingSimulator.WIRE, texts.get("table.wire"),
                List.of(texts.get("col.part"), texts.get("col.bytes"), texts.get("col.countsAs")), rows);
    }

    /** A part's text short enough for the table beside the bytes; the bytes view shows all of it. */
    private static String clip(String text) {
        return text.length() <= PART_WIDTH ? text : text.substring(0, PART_WIDTH - 1) + "…";
    }

    Table comparisonTable(List<WireTally> tallies) {
        List<Table.Row> rows = tallies.stream().map(t -> Table.Row.of(shortName(t.technique()), Integer.toString(t.requests()),
                Integer.toString(t.packets()), number(t.wirePerEvent()), number(t.overheadPerEvent()),
                number(t.meanDelayMillis()), number(t.maxDelayMillis()), Integer.toString(t.lost().size()))).toList();
        return new Table(SseAndPollingSimulator.COMPARISON, texts.get("table.comparison"),
                List.of(texts.get("col.technique"), texts.get("col.requests"), texts.get("col.packets"),
                        texts.get("col.wire"), texts.get("col.overhead"), texts.get("col.mean"), texts.get("col.max"),
                        texts.get("col.lost")), rows);
    }

    /** The table's name: the comparison has no room for "Last-Event-ID". */
    private String shortName(Technique t) {
        return t == Technique.SSE_WITHOUT_ID ? texts.get("technique.sseNoId.short") : name(t);
    }

    Said shortFirst(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said(texts.get("shortFirst.title", Integer.toString(s.pollIntervalMs())),
                texts.get("shortFirst", target(p), Integer.toString(p.text().length())),
                List.of("RFC 6202 §2", "RFC 9112 §9.3"));
    }

    Said shortEmpty(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said(texts.get("shortEmpty.title"), texts.get("shortEmpty", Integer.toString(p.text().length()),
                Integer.toString(t.answersWithoutEvents()), Integer.toString(t.requests())),
                List.of("RFC 6202 §2", "RFC 9110 §15.3.1"));
    }

    Said shortEvents(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said(texts.get("shortEvents.title"), texts.get("shortEvents", delivered(t, p)), List.of("RFC 6202 §2"));
    }

    Said longFirst(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said(texts.get("longFirst.title"), texts.get("longFirst", target(p),
                Integer.toString(s.longPollTimeoutMs())), List.of("RFC 6202 §2.1"));
    }

    Said longEvent(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said(texts.get("longEvent.title"), texts.get("longEvent", delivered(t, p)),
                List.of("RFC 6202 §2.1", "RFC 6202 §2.2"));
    }

    Said longTimeout(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said(texts.get("longTimeout.title", Integer.toString(s.longPollTimeoutMs())), texts.get("longTimeout"),
                List.of("RFC 6202 §5.5", "RFC 9110 §15.3.5"));
    }

    Said sseRequest(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said(texts.get("sseRequest.title"), texts.get("sseRequest", "new EventSource('" + SseStream.PATH + "')"),
                List.of(SSE_SPEC + ".3", "RFC 9110 §12.5.1"));
    }

    Said sseHead(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said(texts.get("sseHead.title"), texts.get("sseHead", Integer.toString(s.retryMs())),
                List.of(SSE_SPEC + ".5", SSE_SPEC + ".6", "RFC 9112 §7.1"));
    }

    Said sseEvent(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said(texts.get("sseEvent.title"), texts.get("sseEvent", delivered(t, p), SseStream.EVENT_TYPE),
                List.of(SSE_SPEC + ".5", SSE_SPEC + ".6"));
    }

    Said sseEnd(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said(texts.get("sseEnd.title"), texts.get("sseEnd", secs(SseAndPollingSimulator.dropAt()),
                Integer.toString(s.retryMs())), List.of(SSE_SPEC + ".3", "RFC 9112 §7.1"));
    }

    Said sseReconnect(WireTally t, SseAndPollingSteps.Seen p) {
        String id = header(p.text(), "Last-Event-ID");
        return new Said(texts.get("sseReconnect.title", id), texts.get("sseReconnect", id),
                List.of(SSE_SPEC + ".3", SSE_SPEC + ".4"));
    }

    Said sseReplay(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said(texts.get("sseReplay.title"), texts.get("sseReplay", delivered(t, p),
                Integer.toString(t.lost().size())), List.of(SSE_SPEC + ".4"));
    }

    Said sseReconnectWithoutId(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said(texts.get("sseNoId.title"),
                t.lost().isEmpty() ? texts.get("sseNoId.none") : texts.get("sseNoId.lost", ids(t.lost())),
                List.of(SSE_SPEC + ".3"));
    }

    Said wsUpgrade(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said(texts.get("wsUpgrade.title"), texts.get("wsUpgrade"), List.of("RFC 6455 §4", "RFC 6455 §5.2"));
    }

    Said wsFrame(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said(texts.get("wsFrame.title"), texts.get("wsFrame", delivered(t, p)), List.of("RFC 6455 §5.2"));
    }

    Said measured(WireTally t) {
        return new Said(texts.get("measured.title", name(t.technique())),
                texts.get("measured", name(t.technique()), Integer.toString(t.requests()),
                        texts.get(t.requests() == 1 ? "measured.request" : "measured.requests"),
                        Integer.toString(t.packets()), Long.toString(t.wireBytes()), count(t.delivered(), "events"),
                        bytes(t.wirePerEvent()), bytes(t.overheadPerEvent()), millis(t.meanDelayMillis()),
                        millis(t.maxDelayMillis()), t.lost().isEmpty() ? texts.get("measured.nothingLost")
                                : texts.get("measured.lost", ids(t.lost()))),
                List.of("RFC 6202 §2"));
    }

    String comparisonTitle() {
        return texts.get("comparison.title");
    }

    String comparison(Map<Technique, WireTally> tallies) {
        String delays = tallies.values().stream().map(t -> name(t.technique()) + " " + millis(t.meanDelayMillis()))
                .collect(Collectors.joining(", "));
        return texts.get("comparison", delays);
    }

    List<String> comparisonReferences() {
        return List.of("RFC 6202 §2", SSE_SPEC, "RFC 6455 §1.1");
    }

    private String delivered(WireTally t, SseAndPollingSteps.Seen p) {
        List<WireTally.Delivery> here = t.deliveries().stream().filter(d -> d.packetId() == p.packet().id()).toList();
        if (here.isEmpty()) {
            return texts.get("delivered.none");
        }
        return texts.get(here.size() == 1 ? "delivered.one" : "delivered.many", here.stream()
                .map(d -> texts.get("delivered.event", "#" + d.event().id(), ms(d.delay())))
                .collect(Collectors.joining(", ")));
    }

    private static String target(SseAndPollingSteps.Seen p) {
        String t = p.text();
        return t.substring(4, t.indexOf(' ', 4));
    }

    private static String header(String text, String name) {
        for (String line : text.split("\r\n")) {
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).trim();
            }
        }
        return "";
    }

    private static String ids(List<TickerEvent> events) {
        return events.stream().map(e -> "#" + e.id()).collect(Collectors.joining(", "));
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** "1 event", "3 events": {@code key}.one or {@code key}.many with the count. */
    private String count(long n, String key) {
        return texts.get(key + (n == 1 ? ".one" : ".many"), Long.toString(n));
    }

    private String secs(long nanos) {
        return units.fixed(nanos / 1e9, 2) + " s";
    }

    private String ms(double nanos) {
        return units.fixed(nanos / 1e6, 0) + " ms";
    }

    private String millis(OptionalDouble v) {
        return v.isPresent() ? units.fixed(v.getAsDouble(), 0) + " ms" : "—";
    }

    private String number(OptionalDouble v) {
        return v.isPresent() ? units.fixed(v.getAsDouble(), 0) : "—";
    }

    private String bytes(OptionalDouble v) {
        return v.isPresent() ? units.fixed(v.getAsDouble(), 0) + " B" : "—";
    }
}
