package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The soak's verdict compares like with like: a heap that swings between light/windowed and
 * dark/presentation cycles without growing reads as flat, a steady climb reads as its slope.
 */
class SoakVerdictTest {

    @Test
    void aSwingBetweenKindsOfCycleIsNotGrowth() {
        // The figures of a soak run: odd cycles ~54 MB, even ones ~44 MB, neither growing.
        List<Double> heap = List.of(55.4, 43.7, 54.3, 43.9, 54.4, 44.0, 53.8, 43.9);
        assertThat(SoakCommand.growthPerCycle(heap)).isCloseTo(0.2 / 6, within(0.001)); // 43.7 to 43.9 over six cycles
        assertThat(SoakCommand.growthPerCycle(heap.subList(0, 7))).isLessThan(0);
    }

    @Test
    void aClimbIsMeasuredFromTheSecondCycle() {
        // 10 MB for the first cycle's caches, then 2 MB a cycle.
        List<Double> heap = List.of(40.0, 50.0, 52.0, 54.0, 56.0);
        assertThat(SoakCommand.growthPerCycle(heap)).isEqualTo(2.0);
        assertThat(SoakCommand.growthPerCycle(heap.subList(0, 3))).isZero(); // too few to judge
    }
}
