package org.wirewise.model.http.sse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.trace.Table;

/** Every sentence of the sse-and-polling lesson; each number comes from the run or the scenario. */
final class SseAndPollingNarration {

    /** A step's title, text and references. */
    record Said(String title, String text, List<String> references) {
    }

    private static final String SSE_SPEC = "WHATWG HTML §9.2";
    private static final int PART_WIDTH = 34;
    private final SseAndPollingScenario s;

    SseAndPollingNarration(SseAndPollingScenario s) {
        this.s = s;
    }

    String clientLane() {
        return "Browser";
    }

    String serverLane() {
        return "Ticker server";
    }

    String name(Technique t) {
        return switch (t) {
            case SHORT_POLLING -> "Short polling";
            case LONG_POLLING -> "Long polling";
            case SSE -> "SSE";
            case SSE_WITHOUT_ID -> "SSE, no Last-Event-ID";
            case WEBSOCKET -> "WebSocket";
        };
    }

    String label(Technique t, TcpSegment seg, String text) {
        if (text.isEmpty()) {
            return TcpFlags.names(seg.flags());
        }
        if (text.startsWith("GET ")) {
            String target = text.substring(4, text.indexOf(' ', 4));
            return "GET " + target + (text.contains("Last-Event-ID:") ? " (Last-Event-ID)" : "");
        }
        long events = WireParts.parts(text, false, t).stream().filter(WireParts.Part::event).count();
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
        return "One ticker, five ways to deliver it";
    }

    String intro(List<TickerEvent> ticker) {
        return "A ticker server publishes " + plural(ticker.size(), "price update") + " in " + secs(SseAndPollingSimulator.WINDOW)
                + " (a Poisson stream of " + s.eventsPerMinute() + " a minute, seed " + s.seed() + "). The same browser "
                + "fetches the same updates five times on the same network (" + ms(SseAndPollingSimulator.RTT_MS * 1e6)
                + " round trip): short polling every " + s.pollIntervalMs() + " ms, long polling, Server-Sent Events "
                + "with and without Last-Event-ID, and WebSocket. Every number below is read back from the captured frames.";
    }

    List<String> introReferences() {
        return List.of(SSE_SPEC, "RFC 6202", "RFC 6455");
    }

    Table tickerTable(List<TickerEvent> ticker) {
        List<Table.Row> rows = ticker.stream().map(e -> Table.Row.of("#" + e.id(), secs(e.at()), e.json(),
                Integer.toString(e.bytes().length))).toList();
        return new Table(SseAndPollingSimulator.EVENTS, "The ticker (times from each technique's start)",
                List.of("Event", "At server", "JSON", "Bytes"), rows);
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
                rows.add(new Table.Row(List.of("#" + id, secs(tally.lost().get(l++).at()), "never", "lost", "—"), false, true));
            }
        }
        return new Table(SseAndPollingSimulator.EVENTS, name(tally.technique()) + ": each event's journey",
                List.of("Event", "At server", "At browser", "Delay", "Packet"), rows);
    }

    /**
     * An event's JSON is set off on every packet (event against overhead). What a step is about is highlighted in
     * one table only, so the two never pull the view apart: on a step about framing, the event stream's parts here
     * (not the chunked coding around them); on the others, the events' journeys.
     */
    Table wireTable(List<WireParts.Part> parts, boolean framing) {
        List<Table.Row> rows = parts.stream().map(p -> new Table.Row(List.of(clip(p.text()), Integer.toString(p.bytes()),
                p.event() ? "event" : "overhead"), framing && !p.chunking(), p.event())).toList();
        return new Table(SseAndPollingSimulator.WIRE, "This packet's bytes", List.of("Part", "Bytes", "Counts as"), rows);
    }

    /** A part's text short enough for the table beside the bytes; the bytes view shows all of it. */
    private static String clip(String text) {
        return text.length() <= PART_WIDTH ? text : text.substring(0, PART_WIDTH - 1) + "…";
    }

    Table comparisonTable(List<WireTally> tallies) {
        List<Table.Row> rows = tallies.stream().map(t -> Table.Row.of(shortName(t.technique()), Integer.toString(t.requests()),
                Integer.toString(t.packets()), number(t.wirePerEvent()), number(t.overheadPerEvent()),
                number(t.meanDelayMillis()), number(t.maxDelayMillis()), Integer.toString(t.lost().size()))).toList();
        return new Table(SseAndPollingSimulator.COMPARISON, "Measured from the capture (bytes per event, delay in ms)",
                List.of("Technique", "Requests", "Packets", "Wire B", "Overhead", "Mean", "Max", "Lost"), rows);
    }

    /** The table's name: the comparison has no room for "Last-Event-ID". */
    private String shortName(Technique t) {
        return t == Technique.SSE_WITHOUT_ID ? "SSE, no ID" : name(t);
    }


    Said shortFirst(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said("Short polling: ask every " + s.pollIntervalMs() + " ms",
                "The page asks " + target(p) + " on a timer, over one kept-alive connection. The server answers at "
                        + "once with every event after the id the page names, so nothing is fetched twice or skipped. "
                        + "Its " + p.text().length() + " bytes of request head go out on every poll, news or not.",
                List.of("RFC 6202 §2", "RFC 9112 §9.3"));
    }

    Said shortEmpty(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said("Nothing new: an empty answer",
                "The server had nothing after the page's last id, so it sends 200 with an empty list: "
                        + p.text().length() + " bytes of response for no news. In this run " + t.answersWithoutEvents() + " of "
                        + t.requests() + " polls came back with nothing.",
                List.of("RFC 6202 §2", "RFC 9110 §15.3.1"));
    }

    Said shortEvents(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said("The events waited for the next poll",
                delivered(t, p) + " The page could only learn of them when its timer fired: a delay of up to one poll "
                        + "interval plus a round trip. Polling faster cuts the delay and multiplies the empty answers.",
                List.of("RFC 6202 §2"));
    }

    Said longFirst(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said("Long polling: the server holds the request",
                "The page asks " + target(p) + ". With nothing new the server does not answer: it keeps the request "
                        + "open until an event is published or " + s.longPollTimeoutMs() + " ms pass.",
                List.of("RFC 6202 §2.1"));
    }

    Said longEvent(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said("An event answers the held request at once",
                delivered(t, p) + " The delay is about half a round trip; the page then asks again at once, and an "
                        + "event published before that new request arrives waits for it, then goes at once.",
                List.of("RFC 6202 §2.1", "RFC 6202 §2.2"));
    }

    Said longTimeout(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said("Nothing for " + s.longPollTimeoutMs() + " ms: 204, ask again",
                "The server gives up holding and answers 204 No Content, and the page asks again. Servers time out "
                        + "long polls before proxies and load balancers cut an idle request (RFC 6202 §5.5).",
                List.of("RFC 6202 §5.5", "RFC 9110 §15.3.5"));
    }

    Said sseRequest(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said("SSE: one GET for a stream of events",
                "new EventSource('" + SseStream.PATH + "') sends one GET with Accept: text/event-stream. It is an ordinary "
                        + "HTTP request; the answer is what makes it a stream.",
                List.of(SSE_SPEC + ".3", "RFC 9110 §12.5.1"));
    }

    Said sseHead(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said("200, text/event-stream, and retry",
                "The response has no length: Transfer-Encoding: chunked lets the server send it piece by piece and "
                        + "never finish. Its first chunk holds only 'retry: " + s.retryMs() + "', the time the browser "
                        + "waits before reconnecting; a block with no data dispatches no event.",
                List.of(SSE_SPEC + ".5", SSE_SPEC + ".6", "RFC 9112 §7.1"));
    }

    Said sseEvent(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said("An event: id, event, data, a blank line",
                delivered(t, p) + " Each is a chunk: 'id:' (what the browser remembers as the last event id), "
                        + "'event: " + SseStream.EVENT_TYPE + "' (the listener it fires), 'data:' and a blank line that "
                        + "dispatches it. No request was needed.",
                List.of(SSE_SPEC + ".5", SSE_SPEC + ".6"));
    }

    Said sseEnd(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said("The stream ends",
                "At " + secs(SseAndPollingSimulator.dropAt()) + " the server ends the response (the last chunk, then "
                        + "FIN), as a proxy's timeout or a deploy does. The browser does not give up: it waits its "
                        + "reconnection time, " + s.retryMs() + " ms, and connects again. Events published meanwhile "
                        + "have nowhere to go.",
                List.of(SSE_SPEC + ".3", "RFC 9112 §7.1"));
    }

    Said sseReconnect(WireTally t, SseAndPollingSteps.Seen p) {
        String id = header(p.text(), "Last-Event-ID");
        return new Said("Reconnecting with Last-Event-ID: " + id,
                "A new connection and the same GET, now carrying Last-Event-ID: " + id + ", the id of the last event "
                        + "the browser dispatched. The server can send everything after it.",
                List.of(SSE_SPEC + ".3", SSE_SPEC + ".4"));
    }

    Said sseReplay(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said("The server replays what was missed",
                delivered(t, p) + " They were published while the browser was away; with Last-Event-ID nothing is lost ("
                        + t.lost().size() + " lost in this run), only late.",
                List.of(SSE_SPEC + ".4"));
    }

    Said sseReconnectWithoutId(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said("Reconnecting without Last-Event-ID",
                "The same drop, but this reader (a hand-written fetch() loop, not EventSource) forgets the id. The "
                        + "server cannot tell what the browser has, and sends only new events: "
                        + (t.lost().isEmpty() ? "none was published in the gap this time, so none is lost."
                        : "events " + ids(t.lost()) + " are lost."),
                List.of(SSE_SPEC + ".3"));
    }

    Said wsUpgrade(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said("WebSocket: one upgrade, then frames",
                "After the HTTP/1.1 upgrade (see the websocket lesson) the connection carries frames. There is no "
                        + "HTTP per event and no built-in replay: after a drop the application must resume itself.",
                List.of("RFC 6455 §4", "RFC 6455 §5.2"));
    }

    Said wsFrame(WireTally t, SseAndPollingSteps.Seen p) {
        return new Said("Each event is one frame: 2 bytes + the JSON",
                delivered(t, p) + " A server frame under 126 bytes has a 2-byte header and no mask; the "
                        + "connection's upgrade was its only HTTP.",
                List.of("RFC 6455 §5.2"));
    }

    Said measured(WireTally t) {
        return new Said(name(t.technique()) + ", measured",
                name(t.technique()) + ": " + t.requests() + " HTTP " + (t.requests() == 1 ? "request" : "requests") + ", "
                        + t.packets() + " packets, " + t.wireBytes() + " bytes on the wire for " + plural(t.delivered(), "event")
                        + " (" + bytes(t.wirePerEvent()) + " per event, " + bytes(t.overheadPerEvent()) + " of it application "
                        + "overhead); delay mean " + millis(t.meanDelayMillis()) + ", max " + millis(t.maxDelayMillis())
                        + "; " + (t.lost().isEmpty() ? "nothing lost." : "lost: " + ids(t.lost()) + "."),
                List.of("RFC 6202 §2"));
    }

    String comparisonTitle() {
        return "Side by side";
    }

    String comparison(Map<Technique, WireTally> tallies) {
        String delays = tallies.values().stream().map(t -> name(t.technique()) + " " + millis(t.meanDelayMillis()))
                .collect(Collectors.joining(", "));
        return "Mean delay: " + delays + ". Short polling pays in delay and empty answers, long polling in a request "
                + "per event, SSE and WebSocket in one open connection each. SSE replays after a drop by itself; "
                + "WebSocket and a reader without Last-Event-ID lose what they miss unless the application resumes.";
    }

    List<String> comparisonReferences() {
        return List.of("RFC 6202 §2", SSE_SPEC, "RFC 6455 §1.1");
    }

    private String delivered(WireTally t, SseAndPollingSteps.Seen p) {
        List<WireTally.Delivery> here = t.deliveries().stream().filter(d -> d.packetId() == p.packet().id()).toList();
        if (here.isEmpty()) {
            return "This packet carries no complete event.";
        }
        return "This packet brings " + (here.size() == 1 ? "event " : "events ")
                + here.stream().map(d -> "#" + d.event().id() + " (" + ms(d.delay()) + " after the server had it)")
                .collect(Collectors.joining(", ")) + ".";
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

    private static String secs(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    private static String ms(double nanos) {
        return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
    }

    private static String millis(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.0f ms", v.getAsDouble()) : "—";
    }

    private static String number(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.0f", v.getAsDouble()) : "—";
    }

    private static String bytes(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.0f B", v.getAsDouble()) : "—";
    }
}
