package org.wirewise.model.congestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The receiver: in-order segments go to the application, others are held until the hole fills. */
class ReceiverTest {

    private static final int MSS = 1460;

    @Test
    void segmentsAboveAHoleAreHeldAndReleasedWhenItFills() {
        SegmentRing ring = new SegmentRing();
        Receiver rx = new Receiver(ring, MSS);

        assertThat(rx.accept(0, rx.isNew(0), 0)).isZero();
        assertThat(rx.accept(2, rx.isNew(2), 0)).isEqualTo(1); // segment 1 lost: 2 and 3 are held (SACKed)
        assertThat(rx.accept(3, rx.isNew(3), 0)).isEqualTo(1);
        assertThat(rx.rcvNxt).isEqualTo(1);
        assertThat(rx.goodputBytes).isEqualTo(MSS);

        assertThat(rx.accept(1, rx.isNew(1), 0)).isEqualTo(-2); // the retransmission releases both

        assertThat(rx.rcvNxt).isEqualTo(4);
        assertThat(rx.goodputBytes).isEqualTo(4L * MSS);
    }

    @Test
    void aDuplicateIsNeitherNewNorHeld() {
        SegmentRing ring = new SegmentRing();
        Receiver rx = new Receiver(ring, MSS);
        rx.accept(0, rx.isNew(0), 0);
        rx.accept(2, rx.isNew(2), 0);

        assertThat(rx.isNew(0)).isFalse(); // already acknowledged
        assertThat(rx.isNew(2)).isFalse(); // already held
        assertThat(rx.accept(2, false, 0)).isZero();
        assertThat(rx.rcvNxt).isEqualTo(1);
        assertThat(rx.goodputBytes).isEqualTo(MSS);
    }
}
