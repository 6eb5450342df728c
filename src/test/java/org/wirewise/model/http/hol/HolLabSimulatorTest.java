package org.wirewise.model.http.hol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.http.Phase;
import org.wirewise.model.http.Waterfall;
import org.wirewise.model.http.WaterfallRow;
import org.wirewise.model.sim.Link;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.testing.Tshark;

/** The head-of-line lab: its steps per protocol, what the lost packet holds up in each, and tshark on each protocol's capture. */
class HolLabSimulatorTest {

    /** The lab's English numbers, as its narration prints them. */
    private static final HolLabNarration ENGLISH = new HolLabNarration(HolSetup.DEFAULTS, java.util.Locale.ENGLISH);

    @TempDir
    Path dir;

    private static final Trace DEFAULT = HolLabSimulator.simulate(HolSetup.DEFAULTS);

    private static Step step(Trace t, String title) {
        return t.steps().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow(() -> new AssertionError(title));
    }

    private static HolFocus focus(Step s) {
        return s.snapshot().fact(HolFocus.class).orElseThrow();
    }

    @Test
    void eachProtocolShowsTheLoadThenTheLossItsRepairAndThePageThenAllThree() {
        List<String> titles = DEFAULT.steps().stream().map(Step::title).toList();
        assertThat(titles).containsSubsequence("One page over HTTP/1.1, HTTP/2 and HTTP/3",
                "HTTP/1.1: six connections, one request at a time on each", "HTTP/1.1: one of the server's packets is lost",
                "HTTP/1.1: the page has loaded", "HTTP/2: every request a stream on one TCP connection",
                "HTTP/2: one of the server's packets is lost", "HTTP/2: the page has loaded", "HTTP/3: every request a QUIC stream",
                "HTTP/3: one of the server's packets is lost", "HTTP/3: the page has loaded", "Three protocols, one lost packet");
        for (Step s : DEFAULT.steps()) {
            assertThat(s.snapshot().facts(Waterfall.class)).as(s.title()).hasSize(3);
        }
    }

    @Test
    void theLostStepIsAboutTheLostPacketAndTheRepairAboutTheBytesArrivingAgain() {
        for (HolProtocol p : HolProtocol.values()) {
            Step lost = step(DEFAULT, p.label() + ": one of the server's packets is lost");
            TracePacket packet = DEFAULT.packets().get(lost.packetId());
            assertThat(packet.fate()).as(p.label()).isEqualTo(Link.Fate.LOST_IN_TRANSIT);
            assertThat(packet.from()).isEqualTo(HolLabSimulator.serverLane(p));
            assertThat(lost.time()).isEqualTo(packet.sentAt());
            Step repaired = DEFAULT.steps().get(DEFAULT.steps().indexOf(lost) + 1);
            TracePacket repair = DEFAULT.packets().get(repaired.packetId());
            assertThat(repair.fate()).isEqualTo(Link.Fate.DELIVERED);
            assertThat(repair.to()).isEqualTo(HolLabSimulator.browserLane(p));
            assertThat(repaired.time()).isEqualTo(repair.arrivesAt()).isGreaterThan(packet.sentAt());
            if (p != HolProtocol.HTTP3) {
                assertThat(repair.label()).as("TCP resends the same bytes").startsWith("Retransmission: ");
                var lostSegment = ResponseBytes.tcpSegment(packet.frame());
                var resent = ResponseBytes.tcpSegment(repair.frame());
                assertThat(resent.sequenceNumber()).as("the same bytes again").isEqualTo(lostSegment.sequenceNumber());
                assertThat(Arrays.equals(resent.payload(), lostSegment.payload())).as("the same payload").isTrue();
            } else {
                assertThat(repair.label()).as("QUIC sends the lost data in a new packet").doesNotContain("Retransmission");
            }
        }
    }

    /** TCP holds every HTTP/2 stream behind the hole; QUIC only the streams the lost packet carried. */
    @Test
    void theHeldUpTableListsEveryHttp2RequestInFlightButOnlyTheHttp3StreamsTheLostPacketCarried() {
        HolRun h2 = HolComparison.load(HolProtocol.HTTP2, HolSetup.DEFAULTS);
        HolRun h3 = HolComparison.load(HolProtocol.HTTP3, HolSetup.DEFAULTS);
        Table h2Held = step(DEFAULT, "HTTP/2: one of the server's packets is lost").snapshot().table(HolLabSimulator.HELD).orElseThrow();
        Table h3Held = step(DEFAULT, "HTTP/3: one of the server's packets is lost").snapshot().table(HolLabSimulator.HELD).orElseThrow();
        assertThat(h2Held.rows()).hasSize(h2.heldUp().size()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(h3Held.rows()).hasSize(h3.lost().orElseThrow().requests().size()).hasSizeLessThan(h2Held.rows().size());
        assertThat(h3Held.rows().stream().map(r -> r.cells().get(0)).toList())
                .containsExactlyElementsOf(h3.lost().orElseThrow().requests().stream().sorted().map(HolPage::target).toList());
        assertThat(h3Held.rows().get(0).cells().get(1)).as("request n on stream 4n")
                .isEqualTo(Long.toString(4L * h3.lost().orElseThrow().requests().iterator().next()));
    }

    @Test
    void theWaterfallsHoldUpOnlyTheRowsTheLostPacketHeldWithinTheRepair() {
        Step repaired = DEFAULT.steps().stream().filter(s -> s.title().startsWith("HTTP/2: the lost bytes arrive again")).findFirst()
                .orElseThrow();
        List<Waterfall> groups = repaired.snapshot().facts(Waterfall.class);
        assertThat(focus(repaired).lossFree()).isFalse();
        for (HolProtocol p : HolProtocol.values()) {
            HolRun run = HolComparison.load(p, HolSetup.DEFAULTS);
            LostPacket l = run.lost().orElseThrow();
            Waterfall w = groups.get(p.ordinal());
            for (int i = 0; i < w.rows().size(); i++) {
                WaterfallRow row = w.rows().get(i);
                if (!run.heldUp().contains(i)) {
                    assertThat(row.held()).as(p.label() + " " + row.label()).isEmpty();
                }
                row.held().forEach(h -> assertThat(h.from()).isGreaterThanOrEqualTo(l.sentAt()));
                row.held().forEach(h -> assertThat(h.to()).isLessThanOrEqualTo(l.repairedAt()));
            }
        }
        Step withoutLoss = step(DEFAULT, "HTTP/2: every request a stream on one TCP connection");
        assertThat(focus(withoutLoss).lossFree()).isTrue();
        assertThat(withoutLoss.snapshot().facts(Waterfall.class).stream().flatMap(w -> w.rows().stream())
                .allMatch(r -> r.held().isEmpty())).isTrue();
    }

    @Test
    void everyStepsMomentFallsInItsProtocolsLoadAndTheNarrationQuotesTheMeasuredLoads() {
        for (Step s : DEFAULT.steps()) {
            HolFocus f = focus(s);
            assertThat(s.time()).as(s.title()).isGreaterThanOrEqualTo(f.origin());
            if (s.packetId() >= 0) {
                assertThat(Set.of(HolLabSimulator.browserLane(f.protocol()), HolLabSimulator.serverLane(f.protocol())))
                        .contains(DEFAULT.packets().get(s.packetId()).from());
            }
        }
        HolRun h2 = HolComparison.load(HolProtocol.HTTP2, HolSetup.DEFAULTS);
        HolRun h2Clean = HolComparison.load(HolProtocol.HTTP2, HolSetup.DEFAULTS.lossFree());
        assertThat(step(DEFAULT, "HTTP/2: the page has loaded").narration())
                .contains(ENGLISH.ms(h2.pageLoad()) + ", " + ENGLISH.ms(h2Clean.pageLoad()) + " without loss");
        WaterfallRow html = step(DEFAULT, "HTTP/2: every request a stream on one TCP connection").snapshot().facts(Waterfall.class)
                .get(HolProtocol.HTTP2.ordinal()).rows().get(0);
        assertThat(step(DEFAULT, "HTTP/2: every request a stream on one TCP connection").narration())
                .contains("(" + ENGLISH.ms(html.duration(Phase.Kind.CONNECT) + html.duration(Phase.Kind.TLS)) + " for both)");
    }

    @Test
    void withoutLossThereAreNoLossStepsAndNoHeldTable() {
        Trace t = HolLabSimulator.simulate(new HolSetup(40, 50, 0, 0, 3, 4));
        assertThat(t.steps().stream().map(Step::title)).noneMatch(title -> title.contains("lost"));
        assertThat(t.steps()).allMatch(s -> s.snapshot().table(HolLabSimulator.HELD).isEmpty());
        assertThat(t.packets()).allMatch(p -> p.fate() == Link.Fate.DELIVERED);
        assertThat(t.steps().get(t.stepCount() - 1).title()).isEqualTo("Three protocols, no loss");
    }

    @Test
    void tsharkReadsEachProtocolsCaptureDecryptingTlsAndQuicWithNoSettings() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Path h1 = Tshark.export(DEFAULT, HolLabSimulator.browserLane(HolProtocol.HTTP1), dir);
        assertThat(Tshark.asOpened(h1, "http.request.uri").stream().map(r -> r[0]).filter(u -> !u.isEmpty()))
                .hasSize(HolSetup.DEFAULTS.assets() + 1);
        Path h2 = Tshark.export(DEFAULT, HolLabSimulator.browserLane(HolProtocol.HTTP2), dir);
        assertThat(Tshark.asOpened(h2, "http2.header.value").stream().map(r -> r[0]).filter(v -> v.contains("/asset10.js")))
                .as("HTTP/2 HEADERS decrypted and decoded").isNotEmpty();
        Path h3 = Tshark.export(DEFAULT, HolLabSimulator.browserLane(HolProtocol.HTTP3), dir);
        List<String> streams = Tshark.asOpened(h3, "quic.stream.stream_id").stream().map(r -> r[0]).filter(v -> !v.isEmpty())
                .flatMap(v -> Arrays.stream(v.split(","))).distinct().toList();
        assertThat(streams).as("a QUIC stream per request, decrypted").contains("0", "4", "40");
        for (Path capture : List.of(h1, h2, h3)) {
            assertThat(Tshark.asOpened(capture, "_ws.malformed").stream().map(r -> r[0]).filter(v -> !v.isEmpty()))
                    .as(capture + " has no malformed packet").isEmpty();
        }
    }
}
