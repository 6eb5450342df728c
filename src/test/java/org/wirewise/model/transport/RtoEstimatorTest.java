package org.wirewise.model.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 6298's arithmetic, with the numbers worked by hand from §2. */
class RtoEstimatorTest {

    @Test
    void beforeAnySampleTheTimeoutIsOneSecond() {
        assertThat(new RtoEstimator().rto()).isEqualTo(1_000_000_000L); // §2.1
    }

    @Test
    void samplesOf500Then700Then300MillisecondsGiveTheRfcTimeouts() {
        RtoEstimator rto = new RtoEstimator();
        rto.sample(500_000_000L);
        // §2.2: SRTT = R = 500 ms, RTTVAR = R/2 = 250 ms, RTO = SRTT + 4·RTTVAR = 1.5 s.
        assertThat(rto.srtt()).isEqualTo(500_000_000L);
        assertThat(rto.rttvar()).isEqualTo(250_000_000L);
        assertThat(rto.rto()).isEqualTo(1_500_000_000L);
        rto.sample(700_000_000L);
        // §2.3: RTTVAR = 3/4·250 + 1/4·|500 − 700| = 237.5; SRTT = 7/8·500 + 1/8·700 = 525 → 1.475 s.
        assertThat(rto.rttvar()).isEqualTo(237_500_000L);
        assertThat(rto.srtt()).isEqualTo(525_000_000L);
        assertThat(rto.rto()).isEqualTo(1_475_000_000L);
        rto.sample(300_000_000L);
        // RTTVAR = 3/4·237.5 + 1/4·225 = 234.375; SRTT = 7/8·525 + 1/8·300 = 496.875 → 1.434375 s.
        assertThat(rto.rto()).isEqualTo(1_434_375_000L);
    }

    @Test
    void aShortPathIsRoundedUpToTheOneSecondMinimum() {
        RtoEstimator rto = new RtoEstimator();
        rto.sample(20_000_000L); // 20 ms + 4 · 10 ms = 60 ms, below the §2.4 floor
        assertThat(rto.rto()).isEqualTo(1_000_000_000L);
    }

    @Test
    void backOffDoublesUpToLinuxsOneHundredTwentySecondCap() {
        RtoEstimator rto = new RtoEstimator();
        long[] expected = {2, 4, 8, 16, 32, 64, 120, 120};
        for (long seconds : expected) {
            rto.backOff(); // §5.5; §2.5 allows any cap of at least 60 s
            assertThat(rto.rto()).isEqualTo(seconds * 1_000_000_000L);
        }
        assertThat(rto.backoffs()).isEqualTo(expected.length);
    }

    @Test
    void aFreshSampleAfterBackOffRecomputesTheTimeout() {
        RtoEstimator rto = new RtoEstimator();
        rto.backOff();
        rto.backOff();
        rto.sample(500_000_000L);
        assertThat(rto.rto()).isEqualTo(1_500_000_000L);
        assertThat(rto.backoffs()).isZero();
    }
}
