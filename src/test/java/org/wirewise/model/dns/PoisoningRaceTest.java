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

    @Test
    void aBailiwickCheckDropsTheForgedAnswersOutOfZoneRecordButNotItsInZoneLie() {
        // every ID sent to the one fixed port; at 1 Gbit/s the burst outlasts the real answer, but at seeds 3 and 4
        // the matching forgery lands first
        PoisoningRace.Result open = PoisoningRace.run(2, 1, 65536, false, false, 3);
        PoisoningRace.Result checked = PoisoningRace.run(2, 1, 65536, false, true, 3);
        assertThat(open.successRate(1)).isEqualTo(1);
        assertThat(open.planted()).as("www.example.net. cached from example.com.'s (forged) answer").isEqualTo(2);
        assertThat(checked.successRate(1)).as("the lie about the name asked is in the zone: still accepted")
                .isEqualTo(1);
        assertThat(checked.planted()).as("a name outside example.com. is dropped").isZero();
    }
}
