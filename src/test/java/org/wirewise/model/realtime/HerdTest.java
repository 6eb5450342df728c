package org.wirewise.model.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.wirewise.model.sim.SimTime;

/**
 * Reconnect timing, judged statistically at fixed seeds: full jitter spreads the first attempts
 * uniformly over [0, base), bare backoff puts them all in one instant, and the herd with jitter
 * gets everyone in with fewer attempts.
 */
class HerdTest {

    private static final Backoff BACKOFF = new Backoff(SimTime.millis(500), SimTime.seconds(30));

    @Test
    void theCeilingDoublesPerAttemptUpToTheCap() {
        assertThat(BACKOFF.ceiling(0)).isEqualTo(SimTime.millis(500));
        assertThat(BACKOFF.ceiling(1)).isEqualTo(SimTime.seconds(1));
        assertThat(BACKOFF.ceiling(5)).isEqualTo(SimTime.seconds(16));
        assertThat(BACKOFF.ceiling(6)).isEqualTo(SimTime.seconds(30));
        assertThat(BACKOFF.ceiling(40)).isEqualTo(SimTime.seconds(30));
    }

    @Test
    void fullJitterDrawsUniformlyBelowTheCeilingAtEverySeed() {
        // chi-square over 10 equal bins, 9 degrees of freedom: 21.67 is the 1 % critical value
        for (long seed = 1; seed <= 5; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int[] bins = new int[10];
            int draws = 20_000;
            for (int i = 0; i < draws; i++) {
                long w = BACKOFF.fullJitter(3, random);
                assertThat(w).isBetween(0L, BACKOFF.ceiling(3) - 1);
                bins[(int) (w * 10 / BACKOFF.ceiling(3))]++;
            }
            double expected = draws / 10.0;
            double chi = 0;
            for (int b : bins) {
                chi += (b - expected) * (b - expected) / expected;
            }
            assertThat(chi).as("seed %d", seed).isLessThan(21.67);
        }
    }

    @Test
    void withoutJitterEveryClientArrivesInTheSameHundredMilliseconds() {
        Herd.Run bare = Herd.run(10_000, 1_000, BACKOFF, false, new SplittableRandom(1));
        int firstBin = (int) (BACKOFF.ceiling(0) / Herd.BIN);
        assertThat(bare.attemptsPerBin()[firstBin]).isEqualTo(10_000);
        assertThat(bare.peak()).isEqualTo(10_000);
        // the refused come back together, one full backoff later
        int secondBin = (int) ((BACKOFF.ceiling(0) + BACKOFF.ceiling(1)) / Herd.BIN);
        assertThat(bare.attemptsPerBin()[secondBin]).isEqualTo(9_000);
    }

    @Test
    void withFullJitterThePeakIsAFractionAndEveryoneIsInSoonerWithFewerAttempts() {
        for (long seed = 1; seed <= 5; seed++) {
            Herd.Run bare = Herd.run(10_000, 1_000, BACKOFF, false, new SplittableRandom(seed));
            Herd.Run jittered = Herd.run(10_000, 1_000, BACKOFF, true, new SplittableRandom(seed));
            // the first wave spreads over 5 bins of 100 ms: about 2,000 each
            assertThat(jittered.peak()).as("seed %d", seed).isBetween(1_800L, 2_700L);
            assertThat(jittered.allConnectedAt()).isPositive().isLessThan(SimTime.seconds(10));
            assertThat(bare.allConnectedAt()).isEqualTo(-1);
            assertThat(jittered.attempts()).isLessThan(bare.attempts() / 2);
        }
    }

    @Test
    void aPhoneGetsInWithItsFirstAttemptAfterTheNetworkReturns() {
        var attempts = Mobile.attempts(BACKOFF, new SplittableRandom(7));
        assertThat(attempts.get(attempts.size() - 1).connected()).isTrue();
        assertThat(attempts.get(attempts.size() - 1).at()).isGreaterThanOrEqualTo(Mobile.OFFLINE);
        assertThat(attempts.subList(0, attempts.size() - 1)).allSatisfy(a -> {
            assertThat(a.connected()).isFalse();
            assertThat(a.at()).isLessThan(Mobile.OFFLINE);
        });
    }
}
