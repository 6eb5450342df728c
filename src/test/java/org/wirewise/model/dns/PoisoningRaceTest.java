package org.wirewise.model.dns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PoisoningRaceTest {

    @Test
    void withAFixedPortGuessingTheIdAloneWinsAtTheOddsTheIdSpaceGives() {
        // 8192 forged answers per query cover 1/8 of the IDs: each attempt wins with odds 1/8
        PoisoningRace.Result r = PoisoningRace.run(6, 20, 8192, false, 1);
        assertThat(r.expectedRate(20)).isBetween(0.93, 0.94); // 1 - (7/8)^20
        assertThat(r.successRate(20)).as("runs poisoned within 20 queries").isGreaterThanOrEqualTo(4 / 6.0);
        assertThat(r.successRate(1)).as("a first query wins with odds 1/8, not always").isLessThan(1);
    }

    @Test
    void aRandomisedSourcePortDefeatsTheSameAttack() {
        PoisoningRace.Result r = PoisoningRace.run(2, 10, 2048, true, 1);
        assertThat(r.successRate(10)).isZero();
        assertThat(r.expectedRate(10)).isLessThan(1e-4);
    }

    @Test
    void theSameSeedRacesTheSameWay() {
        assertThat(PoisoningRace.run(2, 10, 8192, false, 7)).isEqualTo(PoisoningRace.run(2, 10, 8192, false, 7));
    }
}
