package org.wirewise.model.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;

/** Out-of-order data waits for the hole; RCV.NXT moves only over bytes that are in order. */
class ReceiveBufferTest {

    private static final TcpConfig CONFIG = new TcpConfig(1460, false, 0, false, false, 64240);
    private final TransmissionControlBlock tcb =
            new TransmissionControlBlock(CONFIG, TcpTuning.DEFAULTS.withAutoRead(false), 1, () -> 0, TcpTimers.NONE);
    private final ReceiveBuffer buffer = new ReceiveBuffer(tcb, new NegotiatedOptions(CONFIG));

    private static TcpSegment data(long seq, int length, int flags) {
        return new TcpSegment(5000, 80, seq, 1, TcpFlags.ACK | flags, 1000, 0, List.of(), new byte[length]);
    }

    @Test
    void holdsDataBeyondAHoleUntilTheHoleFills() {
        tcb.irs = 999;
        tcb.rcvNxt = 1000;
        buffer.open();
        assertThat(buffer.take(data(1100, 100, 0))).isFalse();
        assertThat(tcb.rcvNxt).isEqualTo(1000);
        assertThat(buffer.outOfOrderRanges()).singleElement().satisfies(r -> assertThat(r).containsExactly(100, 200));
        assertThat(buffer.take(data(1000, 100, 0))).isFalse();
        assertThat(tcb.rcvNxt).isEqualTo(1200);
        assertThat(buffer.readableBytes()).isEqualTo(200);
        assertThat(buffer.outOfOrderBytes()).isZero();
        assertThat(buffer.window()).isEqualTo(CONFIG.receiveWindow() - 200);
    }

    @Test
    void aFinBeyondAHoleCountsOnlyOnceTheDataBeforeItArrives() {
        tcb.irs = 0;
        tcb.rcvNxt = 1;
        buffer.open();
        assertThat(buffer.take(data(51, 50, TcpFlags.FIN))).isFalse();
        assertThat(buffer.take(data(1, 50, 0))).isTrue();
        buffer.consumeFin();
        assertThat(tcb.rcvNxt).isEqualTo(102);
        assertThat(buffer.read(1000)).hasSize(100);
        assertThat(buffer.deliveredBytes()).isEqualTo(100);
    }
}
