package org.wirewise.model.http.hol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.wirewise.model.http.Phase;
import org.wirewise.model.http.Waterfall;
import org.wirewise.model.http.WaterfallRow;

/** The HTML's row shows what its connection cost: a TCP round trip, then TLS 1.3's; QUIC's one round trip with TLS inside. */
class HolHandshakeTimingTest {

    private static final HolSetup CLEAN = new HolSetup(100, 20, 0, 0, 4, 5);
    private static final long MS = 1_000_000L;

    private static WaterfallRow html(HolProtocol p) {
        return Waterfall.of(p.label(), HolComparison.load(p, CLEAN).timings()).rows().get(0);
    }

    private static void aboutOneRoundTrip(long nanos, String what) {
        assertTrue(nanos >= 100 * MS && nanos < 110 * MS, what + " takes one 100 ms round trip (plus sending time): " + nanos);
    }

    @Test
    void http2PaysForTcpThenTlsBeforeItsFirstRequest() {
        WaterfallRow row = html(HolProtocol.HTTP2);
        assertEquals(0, row.start(), "the HTML was asked for before the connection opened");
        aboutOneRoundTrip(row.duration(Phase.Kind.CONNECT), "the TCP handshake");
        aboutOneRoundTrip(row.duration(Phase.Kind.TLS), "the TLS 1.3 handshake");
        assertEquals(Phase.Kind.CONNECT, row.phases().get(0).kind());
        assertEquals(Phase.Kind.TLS, row.phases().get(1).kind());
    }

    @Test
    void http3PaysOneRoundTripForQuicWithTlsInside() {
        WaterfallRow row = html(HolProtocol.HTTP3);
        assertEquals(0, row.start());
        aboutOneRoundTrip(row.duration(Phase.Kind.CONNECT), "QUIC's handshake");
        assertEquals(0, row.duration(Phase.Kind.TLS), "no separate TLS handshake: its messages ride in QUIC's CRYPTO frames");
    }

    @Test
    void onlyTheHtmlCarriesTheOneConnectionsSetup() {
        for (HolProtocol p : new HolProtocol[] {HolProtocol.HTTP2, HolProtocol.HTTP3}) {
            Waterfall w = Waterfall.of(p.label(), HolComparison.load(p, CLEAN).timings());
            assertEquals(1, w.connections(), p.label());
            assertTrue(w.rows().stream().skip(1).allMatch(r -> r.duration(Phase.Kind.CONNECT) == 0), p.label() + " " + w.rows());
        }
    }
}
