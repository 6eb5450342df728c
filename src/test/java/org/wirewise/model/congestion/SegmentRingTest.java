package org.wirewise.model.congestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The per-segment rings keep every segment's marks when they double, whatever the window bases. */
class SegmentRingTest {

    @Test
    void growingKeepsEachSegmentsSenderMarksAcrossTheWrap() {
        SegmentRing ring = new SegmentRing();
        long una = 1_500; // the window wraps: segments 1500..2523 occupy slots 476..1023 then 0..475
        for (long seq = una; seq < una + 1024; seq++) {
            int slot = ring.slot(seq);
            ring.sentTime[slot] = seq * 10;
            ring.priorDelivered[slot] = seq + 1;
            ring.lost[slot] = seq % 3 == 0;
            ring.rtxOut[slot] = seq % 5 == 0;
            ring.retransmitted[slot] = seq % 7 == 0;
        }

        ring.grow(una + 1024, una, una);

        assertThat(ring.sentTime).hasSize(2048);
        for (long seq = una; seq < una + 1024; seq++) {
            int slot = ring.slot(seq);
            assertThat(ring.sentTime[slot]).as("segment %d", seq).isEqualTo(seq * 10);
            assertThat(ring.priorDelivered[slot]).isEqualTo(seq + 1);
            assertThat(ring.lost[slot]).isEqualTo(seq % 3 == 0);
            assertThat(ring.rtxOut[slot]).isEqualTo(seq % 5 == 0);
            assertThat(ring.retransmitted[slot]).isEqualTo(seq % 7 == 0);
        }
    }

    @Test
    void theReceiversMarksMoveRelativeToRcvNxtNotSndUna() {
        SegmentRing ring = new SegmentRing();
        long rcvNxt = 3_000;
        ring.outOfOrder[ring.slot(rcvNxt + 5)] = true;
        ring.outOfOrder[ring.slot(rcvNxt + 1000)] = true;

        ring.grow(rcvNxt + 1024, rcvNxt + 500, rcvNxt); // the sender is ahead; the receiver's window decides

        assertThat(ring.outOfOrder).hasSize(2048);
        for (long seq = rcvNxt; seq < rcvNxt + 2048; seq++) {
            assertThat(ring.outOfOrder[ring.slot(seq)]).as("segment %d", seq)
                    .isEqualTo(seq == rcvNxt + 5 || seq == rcvNxt + 1000);
        }
    }

    @Test
    void aSegmentThatFitsLeavesTheRingsAsTheyAre() {
        SegmentRing ring = new SegmentRing();
        long[] before = ring.sentTime;

        ring.grow(1023, 0, 0);

        assertThat(ring.sentTime).isSameAs(before);
    }
}
