package org.wirewise.model.congestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** BBR v1's reaction to loss, as Linux's tcp_bbr.c does it. */
class BbrLossTest {

    private static final int MSS = 1460;

    private static RateSample ack(long bytes, int losses) {
        RateSample rs = new RateSample();
        rs.ackedBytes = bytes;
        rs.losses = losses;
        return rs;
    }

    @Test
    void recoveryConservesPacketsForARoundThenRestoresTheSavedWindow() {
        Bbr bbr = new Bbr(0);
        SenderState s = new SenderState(MSS, 100);
        bbr.init(s, 0);
        bbr.onCongestionEvent(s, 0);               // bbr_ssthresh → bbr_save_cwnd
        assertThat(bbr.priorCwnd()).isEqualTo(100L * MSS);
        s.caState = SenderState.CaState.RECOVERY;
        s.bytesInFlight = 60L * MSS;
        bbr.onRateSample(s, ack(MSS, 1), 1_000_000);
        // bbr_set_cwnd_to_recover_or_restore: first round of recovery, cwnd = in flight + newly acked.
        assertThat(bbr.packetConservation()).isTrue();
        assertThat(s.cwnd).isEqualTo(61L * MSS);
        s.bytesInFlight = 61L * MSS;
        bbr.onRateSample(s, ack(MSS, 0), 2_000_000);
        assertThat(s.cwnd).isEqualTo(62L * MSS);   // max(cwnd, in flight + acked)
        // Recovery ends: the window saved on entry comes back.
        s.caState = SenderState.CaState.OPEN;
        bbr.onRateSample(s, ack(MSS, 0), 3_000_000);
        assertThat(bbr.packetConservation()).isFalse();
        assertThat(s.cwnd).isGreaterThanOrEqualTo(100L * MSS);
    }

    @Test
    void anRtoCutsToOneSegmentAndTheEndOfTheLossStateRestoresTheWindow() {
        Bbr bbr = new Bbr(0);
        SenderState s = new SenderState(MSS, 80);
        bbr.init(s, 0);
        s.caState = SenderState.CaState.LOSS;
        bbr.onRetransmissionTimeout(s, 0);          // tcp_enter_loss: cwnd = in flight + 1
        assertThat(s.cwnd).isEqualTo(MSS);
        s.bytesInFlight = MSS;
        bbr.onRateSample(s, ack(MSS, 0), 1_000_000);
        assertThat(s.cwnd).isLessThan(10L * MSS);   // still in Loss: grows from one segment
        s.caState = SenderState.CaState.OPEN;
        bbr.onRateSample(s, ack(MSS, 0), 2_000_000);
        assertThat(s.cwnd).isGreaterThanOrEqualTo(80L * MSS);
    }
}
