package org.wirewise.model.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.http.hol.HolComparison;
import org.wirewise.model.http.hol.HolProtocol;
import org.wirewise.model.http.hol.HolSetup;

class WaterfallTest {

    private static final long MS = 1_000_000L;

    @Test
    void aRequestThatOpenedItsConnectionShowsDnsConnectTlsThenWaitingAndDownload() {
        ConnectionSetup setup = ConnectionSetup.connect(25 * MS, 75 * MS).withTls(75 * MS, 125 * MS).withDns(5 * MS, 20 * MS);
        RequestTiming t = new RequestTiming(0, "/", 0, 130 * MS, 190 * MS, 240 * MS, 51000, setup);
        WaterfallRow row = WaterfallRow.of(t, 1);
        assertEquals(List.of(new Phase(Phase.Kind.QUEUED, 0, 5 * MS), new Phase(Phase.Kind.DNS, 5 * MS, 20 * MS),
                new Phase(Phase.Kind.STALLED, 20 * MS, 25 * MS), new Phase(Phase.Kind.CONNECT, 25 * MS, 75 * MS),
                new Phase(Phase.Kind.TLS, 75 * MS, 125 * MS), new Phase(Phase.Kind.STALLED, 125 * MS, 130 * MS),
                new Phase(Phase.Kind.WAITING, 130 * MS, 190 * MS), new Phase(Phase.Kind.DOWNLOAD, 190 * MS, 240 * MS)),
                row.phases());
        assertEquals(10 * MS, row.duration(Phase.Kind.STALLED));
        assertTrue(row.complete());
    }

    @Test
    void aRequestOnAnOpenConnectionIsQueuedUntilSentAndEmptyPhasesAreLeftOut() {
        WaterfallRow row = WaterfallRow.of(new RequestTiming(3, "/a/3.js", 10 * MS, 10 * MS, 60 * MS, 60 * MS, 7), 2);
        assertEquals(List.of(new Phase(Phase.Kind.WAITING, 10 * MS, 60 * MS)), row.phases());
        assertEquals(2, row.connection());
    }

    @Test
    void failedAndUnfinishedRequestsShowHowFarTheyGot() {
        WaterfallRow refused = WaterfallRow.of(new RequestTiming(1, "/x", 0, -1, -1, 40 * MS, 1), 1);
        assertEquals(List.of(new Phase(Phase.Kind.QUEUED, 0, 40 * MS)), refused.phases());
        WaterfallRow unanswered = WaterfallRow.of(new RequestTiming(1, "/x", 0, 5 * MS, -1, -1, 1), 1);
        assertEquals(List.of(new Phase(Phase.Kind.QUEUED, 0, 5 * MS)), unanswered.phases());
        assertFalse(unanswered.complete());
        assertEquals(-1, WaterfallRow.of(new RequestTiming(1, "/x", -1, -1, -1, -1, 0), 1).start());
    }

    @Test
    void aTimeBeforeThePreviousOneCountsAsThatOneSoThePhasesStayInOrder() {
        WaterfallRow row = WaterfallRow.of(new RequestTiming(0, "/", 0, 20 * MS, 15 * MS, 30 * MS, 1), 1);
        assertEquals(List.of(new Phase(Phase.Kind.QUEUED, 0, 20 * MS), new Phase(Phase.Kind.DOWNLOAD, 20 * MS, 30 * MS)),
                row.phases());
    }

    @Test
    void aSetupOutOfOrderOrHalfGivenIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ConnectionSetup(-1, -1, 50, 100, 20, 60));
        assertThrows(IllegalArgumentException.class, () -> new ConnectionSetup(-1, -1, 50, -1, -1, -1));
        assertThrows(IllegalArgumentException.class, () -> new RequestTiming(0, "/", 0, 1, 2, 3, 1, null));
    }

    /** Six connections at most: the first six requests each pay a TCP handshake, the rest wait in the queue. */
    @Test
    void anHttp1PageLoadsPhasesFollowEachOtherAndAddUpToEachRequestsTime() {
        List<RequestTiming> timings = HolComparison.load(HolProtocol.HTTP1, new HolSetup(100, 20, 0, 0, 12, 3)).timings();
        Waterfall w = Waterfall.of("HTTP/1.1", timings);
        assertEquals(13, w.rows().size());
        for (int i = 0; i < timings.size(); i++) {
            RequestTiming t = timings.get(i);
            WaterfallRow row = w.rows().get(i);
            assertEquals(t.target(), row.label());
            assertEquals(t.queuedAt(), row.start(), row.label());
            assertEquals(t.completeAt(), row.end(), row.label());
            assertEquals(t.completeAt() - t.queuedAt(), row.phases().stream().mapToLong(Phase::duration).sum(), row.label());
            for (int p = 1; p < row.phases().size(); p++) {
                assertEquals(row.phases().get(p - 1).to(), row.phases().get(p).from(), row.label() + " " + row.phases());
            }
        }
        assertEquals(6, w.connections());
        long handshakes = w.rows().stream().filter(r -> r.duration(Phase.Kind.CONNECT) > 0).count();
        assertEquals(6, handshakes, "one TCP handshake per connection, on the request that opened it");
        WaterfallRow html = w.rows().get(0);
        assertEquals(1, html.connection());
        long handshake = html.duration(Phase.Kind.CONNECT);
        assertTrue(handshake >= 100 * MS && handshake < 101 * MS, "SYN to SYN-ACK is one round trip of 100 ms: " + handshake);
        assertTrue(w.rows().stream().skip(7).allMatch(r -> r.duration(Phase.Kind.QUEUED) > 0),
                "assets beyond the sixth wait for a free connection: " + w.rows());
    }
}
