package org.wirewise.model.http.hol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.http.RequestTiming;

class HolComparisonTest {

    private static final HolSetup LOSS_FREE = new HolSetup(100, 20, 0, 0, 10, 7);
    private static final HolSetup ONE_LOST = new HolSetup(100, 20, 0, 3, 10, 7);
    private static final long ONE_WAY = 50_000_000L;

    @Test
    void withoutLossEveryProtocolCompletesEveryRequest() {
        for (HolComparison.Measured m : HolComparison.compare(LOSS_FREE)) {
            assertEquals(11, m.run().timings().size(), m.protocol().label());
            assertTrue(m.run().complete(), m.protocol().label() + " completed " + m.run().timings());
            for (int i = 0; i < 11; i++) {
                assertEquals(i, m.run().timings().get(i).index());
                assertEquals(HolPage.target(i), m.run().timings().get(i).target());
            }
            assertTrue(m.run().lost().isEmpty());
        }
    }

    @Test
    void oneLostTcpSegmentHoldsUpEveryHttp2StreamUntilTheRetransmission() {
        HolRun h2 = HolComparison.load(HolProtocol.HTTP2, ONE_LOST);
        LostPacket lost = h2.lost().orElseThrow();
        assertTrue(h2.complete());
        long wouldHaveArrived = lost.sentAt() + ONE_WAY;
        assertTrue(lost.repairedAt() > wouldHaveArrived, "the retransmission arrived later: " + lost);
        assertEquals(0, deliveriesBetween(h2, java.util.Set.of(), wouldHaveArrived, lost.repairedAt()),
                "TCP hands HTTP/2 nothing, no stream's headers and no stream's end, until the hole is filled: " + h2.timings());
        long heldUp = h2.timings().stream().filter(t -> t.firstByteAt() >= lost.repairedAt()).count();
        assertTrue(heldUp >= 5, "streams whose first bytes waited for the retransmission: " + heldUp + " " + h2.timings());
        assertTrue(h2.heldUp().size() >= heldUp, "every stream in flight counts as held up: " + h2.heldUp());
    }

    @Test
    void oneLostQuicPacketHoldsUpOnlyTheStreamWhoseBytesItCarried() {
        HolRun h3 = HolComparison.load(HolProtocol.HTTP3, ONE_LOST);
        LostPacket lost = h3.lost().orElseThrow();
        assertTrue(h3.complete());
        assertEquals(1, lost.requests().size(), "the packet carried bytes of " + lost.requests());
        int stalled = lost.requests().iterator().next();
        assertTrue(h3.timings().get(stalled).completeAt() >= lost.repairedAt(), "the stream of the lost bytes waited");
        long meanwhile = deliveriesBetween(h3, lost.requests(), lost.sentAt() + ONE_WAY, lost.repairedAt());
        assertEquals(lost.requests(), h3.heldUp());
        assertTrue(meanwhile >= 3, "the other streams got bytes while the lost ones were on their way again: "
                + meanwhile + " " + h3.timings() + " " + lost);
    }

    /** Streams (other than {@code except}) that received their first bytes or completed in (from, to). */
    private static long deliveriesBetween(HolRun run, java.util.Set<Integer> except, long from, long to) {
        return run.timings().stream().filter(t -> !except.contains(t.index()))
                .filter(t -> t.firstByteAt() > from && t.firstByteAt() < to || t.completeAt() > from && t.completeAt() < to)
                .count();
    }

    @Test
    void oneLostSegmentOverHttp1HoldsUpOnlyTheRequestOnItsConnection() {
        HolRun h1 = HolComparison.load(HolProtocol.HTTP1, ONE_LOST);
        LostPacket lost = h1.lost().orElseThrow();
        assertEquals(1, h1.heldUp().size(), "one connection carries one request at a time: " + h1.heldUp());
        int held = h1.heldUp().iterator().next();
        assertEquals(lost.flow(), h1.timings().get(held).connection());
        assertTrue(h1.timings().get(held).completeAt() >= lost.repairedAt());
        long others = h1.timings().stream().filter(t -> t.connection() != lost.flow())
                .filter(t -> t.completeAt() > lost.sentAt() + ONE_WAY && t.completeAt() < lost.repairedAt()).count();
        assertTrue(others >= 1, "requests on the other connections completed meanwhile: " + h1.timings() + " " + lost);
    }

    @Test
    void theDistributionIsTheSameOnOneCoreOrMany() {
        HolSetup s = new HolSetup(40, 50, 1, 0, 3, 11);
        List<HolComparison.Distribution> one = HolComparison.overSeeds(s, 4, false);
        assertEquals(one, HolComparison.overSeeds(s, 4, true));
        for (HolComparison.Distribution d : one) {
            assertTrue(d.min() <= d.median() && d.median() <= d.p95() && d.p95() <= d.max(), d.toString());
            assertEquals(0, d.incomplete());
        }
        long[] h2 = java.util.stream.LongStream.range(11, 15).map(seed -> HolComparison.load(HolProtocol.HTTP2, s.withSeed(seed))
                .pageLoad()).sorted().toArray();
        assertEquals(h2[0], one.get(1).min(), "the fastest of the four HTTP/2 loads");
        assertEquals(h2[3], one.get(1).max(), "the slowest of the four HTTP/2 loads");
    }
}
