package org.wirewise.cli.congestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirewise.cli.CliException;

/** Quantities on the command line: units required, b for bits and B for bytes. */
class UnitsTest {

    @ParameterizedTest
    @CsvSource({"10Mbps, 10e6", "10mbps, 10e6", "10mbit, 10e6", "10Mbit, 10e6", "10MBps, 80e6", "1.25MB/s, 10e6",
            "500kbit, -1", "1gbit, 1e9", "10Gbps, 10e9", "1250kBps, 10e6"})
    void bitsAndBytesAreTold(String text, double bps) throws CliException {
        if (bps < 0) {
            assertThatThrownBy(() -> Units.bandwidth(text)).hasMessageContaining("from 1mbit to 10gbit");
        } else {
            assertThat(Units.bandwidth(text)).isEqualTo(bps);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"100", "10 furlongs", "10MBit", "10mB", ""})
    void aRateWithoutAKnownUnitIsRefusedWithTheFormsListed(String text) {
        assertThatThrownBy(() -> Units.bandwidth(text)).isInstanceOf(CliException.class)
                .hasMessageContaining("100Mbps (megabits per second), 12.5MBps (megabytes per second)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "10S", "10Ms", "10 sec", ""})
    void aTimeNeedsItsUnit(String text) {
        assertThatThrownBy(() -> Units.duration("--duration", text, false)).isInstanceOf(CliException.class)
                .hasMessageContaining("60s, 50ms, 200us or 1000ns");
    }

    @Test
    void timesInEveryUnit() throws CliException {
        assertThat(Units.duration("--rtt", "1.5s", false)).isEqualTo(1_500_000_000L);
        assertThat(Units.duration("--rtt", "50ms", false)).isEqualTo(50_000_000L);
        assertThat(Units.duration("--rtt", "200us", false)).isEqualTo(200_000L);
        assertThat(Units.duration("--stagger", "0", true)).isZero();
    }

    @Test
    void anEmptyListOfTimesIsRefused() {
        assertThatThrownBy(() -> Units.durations("--rtt", List.of())).hasMessageContaining("one or more times");
        assertThatThrownBy(() -> Units.durations("--rtt", List.of(""))).hasMessageContaining("--rtt: expected a time");
    }

    @Test
    void dropsAreWholeNumbersWithinTheRun() throws CliException {
        assertThat(Units.drops("31, #33,35", 1000)).containsExactly(31L, 33L, 35L);
        assertThat(Units.drops("", 1000)).isEmpty();
        assertThatThrownBy(() -> Units.drops("1,,2", 1000)).hasMessageContaining("an empty item")
                .hasMessageContaining("from 1 to 1000 separated by commas");
        assertThatThrownBy(() -> Units.drops("1,", 1000)).hasMessageContaining("an empty item");
        assertThatThrownBy(() -> Units.drops("99999999999", 1000)).hasMessageContaining("beyond what the first flow");
        assertThatThrownBy(() -> Units.drops("999999999999999999999", 1000)).hasMessageContaining("not a segment number");
    }
}
