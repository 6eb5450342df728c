package org.wirewise.model.http.sse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.transport.ClientServer;
import org.wirewise.testing.Tshark;

/** The sse-and-polling run judged from its own bytes: the replay after a drop, and the table against tshark. */
class SseAndPollingSimulatorTest {

    private static final SseAndPollingScenario S = SseAndPollingScenario.DEFAULTS;

    @TempDir
    Path dir;

    @Test
    void eachTechniqueIsShownThenMeasuredThenAllAreCompared() {
        List<String> titles = SseAndPollingSimulator.simulate(S).steps().stream().map(Step::title).toList();
        assertThat(titles).containsSubsequence("One ticker, five ways to deliver it", "Short polling: ask every 2000 ms",
                "Nothing new: an empty answer", "The events waited for the next poll", "Short polling, measured",
                "Long polling: the server holds the request", "An event answers the held request at once",
                "Nothing for 4000 ms: 204, ask again", "Long polling, measured", "SSE: one GET for a stream of events",
                "200, text/event-stream, and retry", "An event: id, event, data, a blank line", "The stream ends",
                "The server replays what was missed", "SSE, measured", "Reconnecting without Last-Event-ID",
                "SSE, no Last-Event-ID, measured", "WebSocket: one upgrade, then frames", "WebSocket, measured", "Side by side");
    }

    @Test
    void everyParameterCornerAndSeedRunsWithStepsInTimeOrderAndNothingLostButWithoutTheId() {
        int[][] corners = {{250, 6, 1000, 100}, {30_000, 300, 60_000, 30_000}, {2000, 300, 1000, 100}, {250, 300, 4000, 3000}, {250, 60, 4000, 30_000}};
        for (int[] c : corners) {
            for (long seed = 0; seed < 6; seed++) {
                SseAndPollingScenario s = new SseAndPollingScenario(c[0], c[1], c[2], c[3], seed);
                Trace t = SseAndPollingSimulator.simulate(s); // a step going back in time would throw here
                Table comparison = t.steps().get(t.stepCount() - 1).snapshot().table(SseAndPollingSimulator.COMPARISON)
                        .orElseThrow();
                assertThat(comparison.rows()).as("%s", s).hasSize(Technique.values().length);
                for (Technique technique : Technique.values()) {
                    if (technique != Technique.SSE_WITHOUT_ID) {
                        assertThat(comparison.rows().get(technique.ordinal()).cells().get(7)).as("%s %s", s, technique)
                                .isEqualTo("0");
                    }
                }
            }
        }
    }

    @Test
    void aReconnectionWithLastEventIdGetsExactlyTheEventsPublishedWhileAway() {
        for (long seed : new long[] {1, 2, 3}) {
            SseAndPollingScenario s = new SseAndPollingScenario(2000, 60, 4000, 3000, seed);
            SseAndPollingSimulator.Run run = SseAndPollingSimulator.runOf(s);
            Connections c = connections(run, Technique.SSE);
            assertThat(c.requests).as("seed %d: the first GET and one reconnection", seed).hasSize(2);
            String lastEventId = header(c.requests.get(1).text, "Last-Event-ID");
            List<Integer> before = c.eventIds(0);
            assertThat(lastEventId).as("seed %d", seed).isEqualTo(Integer.toString(before.get(before.size() - 1)));
            long start = run.starts().get(Technique.SSE);
            long away = start + SseAndPollingSimulator.dropAt();
            long back = c.requests.get(1).arrivesAt;
            List<Integer> missed = run.ticker().stream().filter(e -> start + e.at() > away && start + e.at() <= back)
                    .map(TickerEvent::id).toList();
            assertThat(missed).as("seed %d: something happened while away", seed).isNotEmpty();
            List<Integer> after = c.eventIds(1);
            assertThat(after.subList(0, missed.size())).as("seed %d: replayed first", seed).isEqualTo(missed);
            List<Integer> all = new ArrayList<>(before);
            all.addAll(after);
            assertThat(all).as("seed %d: every event once, in order", seed)
                    .isEqualTo(run.ticker().stream().map(TickerEvent::id).toList());
        }
    }

    @Test
    void withoutLastEventIdExactlyTheEventsPublishedWhileAwayAreLost() {
        SseAndPollingSimulator.Run run = SseAndPollingSimulator.runOf(S);
        Connections c = connections(run, Technique.SSE_WITHOUT_ID);
        assertThat(c.requests.get(1).text).doesNotContain("Last-Event-ID");
        long start = run.starts().get(Technique.SSE_WITHOUT_ID);
        long back = c.requests.get(1).arrivesAt;
        List<Integer> missed = run.ticker().stream()
                .filter(e -> start + e.at() > start + SseAndPollingSimulator.dropAt() && start + e.at() <= back)
                .map(TickerEvent::id).toList();
        List<Integer> got = new ArrayList<>(c.eventIds(0));
        got.addAll(c.eventIds(1));
        List<Integer> expected = run.ticker().stream().map(TickerEvent::id).filter(id -> !missed.contains(id)).toList();
        assertThat(missed).isNotEmpty();
        assertThat(got).isEqualTo(expected);
        Trace t = SseAndPollingSimulator.simulate(S);
        Table comparison = t.steps().get(t.stepCount() - 1).snapshot().table(SseAndPollingSimulator.COMPARISON).orElseThrow();
        assertThat(comparison.rows()).extracting(r -> r.cells().get(7)).containsExactly("0", "0", "0",
                Integer.toString(missed.size()), "0");
    }

    @Test
    void theMeasuredNumbersAreWhatTsharkCountsInTheCapture() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Trace t = SseAndPollingSimulator.simulate(S);
        List<String[]> frames = Tshark.fields(t, ClientServer.CLIENT, dir, "frame.time_relative", "frame.len",
                "http.request.method", "http.file_data", "_ws.malformed");
        assertThat(t.packets().get(0).sentAt()).isZero(); // so tshark's relative times are the simulation's
        long length = SseAndPollingSimulator.phaseLength(S);
        Table comparison = t.steps().get(t.stepCount() - 1).snapshot().table(SseAndPollingSimulator.COMPARISON).orElseThrow();
        for (Technique technique : Technique.values()) {
            long from = technique.ordinal() * length;
            List<String[]> mine = frames.stream().filter(f -> within(f[0], from, from + length)).toList();
            long bytes = mine.stream().mapToLong(f -> Long.parseLong(f[1])).sum();
            long requests = mine.stream().filter(f -> f[2].equals("GET")).count();
            List<String> row = comparison.rows().get(technique.ordinal()).cells();
            assertThat(row.get(1)).as("%s requests", technique).isEqualTo(Long.toString(requests));
            assertThat(row.get(2)).as("%s packets", technique).isEqualTo(Integer.toString(mine.size()));
            Step measured = t.steps().stream().filter(s -> s.title().endsWith(", measured")).skip(technique.ordinal())
                    .findFirst().orElseThrow();
            assertThat(measured.narration()).as("%s", technique).contains(bytes + " bytes on the wire");
            if (technique == Technique.SHORT_POLLING) {
                long empty = mine.stream().filter(f -> f[3].equals("[]")).count();
                Step nothing = t.steps().stream().filter(s -> s.title().equals("Nothing new: an empty answer")).findFirst()
                        .orElseThrow();
                assertThat(nothing.narration()).contains(empty + " of " + requests + " polls came back with nothing");
            }
        }
        assertThat(frames).allSatisfy(f -> assertThat(f[4]).isEmpty());
    }

    @Test
    void shortPollingDelaysAreTheResponsesArrivalAsTsharkTimesIt() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        SseAndPollingSimulator.Run run = SseAndPollingSimulator.runOf(S);
        Trace t = SseAndPollingSimulator.simulate(S);
        List<String[]> frames = Tshark.fields(t, ClientServer.CLIENT, dir, "frame.time_relative", "http.file_data");
        Step measured = t.steps().stream().filter(s -> s.title().equals("Short polling, measured")).findFirst().orElseThrow();
        Table events = measured.snapshot().table(SseAndPollingSimulator.EVENTS).orElseThrow();
        for (TickerEvent e : run.ticker()) {
            String json = e.json();
            double arrived = frames.stream().filter(f -> f[1].contains(json)).mapToDouble(f -> Double.parseDouble(f[0]))
                    .findFirst().orElseThrow();
            long delayMs = Math.round(arrived * 1000 - e.at() / 1e6);
            assertThat(events.rows().get(e.id() - 1).cells().get(3)).as("event %d", e.id()).isEqualTo(delayMs + " ms");
            assertThat(delayMs).isBetween(0L, (long) S.pollIntervalMs() + (long) SseAndPollingSimulator.RTT_MS + 1);
        }
    }

    private static boolean within(String seconds, long from, long to) {
        double t = Double.parseDouble(seconds) * 1e9;
        return t >= from && t < to;
    }

    /** One technique's SSE connections: the requests the browser sent and the events each connection brought. */
    private record Sent(String text, long arrivesAt) {
    }

    private static final class Connections {
        final List<Sent> requests = new ArrayList<>();
        final Map<Integer, List<Integer>> events = new LinkedHashMap<>();

        List<Integer> eventIds(int connection) {
            return new ArrayList<>(events.values()).get(connection);
        }
    }

    private static Connections connections(SseAndPollingSimulator.Run run, Technique technique) {
        Connections c = new Connections();
        Map<Integer, SseParser> parsers = new LinkedHashMap<>();
        Map<Integer, Chunked> bodies = new LinkedHashMap<>();
        Map<Integer, StringBuilder> heads = new LinkedHashMap<>();
        for (SseAndPollingSimulator.Frame f : run.frames()) {
            if (f.technique() != technique) {
                continue;
            }
            TcpSegment seg = WireTally.segment(f.bytes());
            String text = new String(seg.payload(), StandardCharsets.ISO_8859_1);
            if (f.toServer()) {
                if (text.startsWith("GET ")) {
                    c.requests.add(new Sent(text, f.arrivesAt()));
                }
                continue;
            }
            int port = seg.destinationPort();
            c.events.computeIfAbsent(port, p -> new ArrayList<>());
            StringBuilder head = heads.computeIfAbsent(port, p -> new StringBuilder());
            byte[] body = seg.payload();
            if (head.indexOf("\r\n\r\n") < 0) {
                head.append(text);
                int end = head.indexOf("\r\n\r\n");
                if (end < 0) {
                    continue;
                }
                body = head.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1);
            }
            byte[] content = bodies.computeIfAbsent(port, p -> new Chunked()).feed(body);
            for (SseEvent e : parsers.computeIfAbsent(port, p -> new SseParser()).feed(content)) {
                c.events.get(port).add(Integer.parseInt(e.id().orElseThrow()));
            }
        }
        return c;
    }

    private static String header(String request, String name) {
        for (String line : request.split("\r\n")) {
            if (line.startsWith(name + ": ")) {
                return line.substring(name.length() + 2);
            }
        }
        return "";
    }
}
