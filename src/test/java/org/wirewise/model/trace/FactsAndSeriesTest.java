package org.wirewise.model.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Snapshots hand views typed facts and tables by key; traces carry frozen series. */
class FactsAndSeriesTest {

    private record Other(int n) implements Fact {
    }

    @Test
    void aViewAsksForFactsByTypeAndGetsThemInRecordedOrder() {
        TimerFact rto = new TimerFact("client", "RTO", 0, 1_000_000_000L);
        TimerFact timeWait = new TimerFact("server", "2MSL", 5, 120_000_000_005L);
        Snapshot s = new Snapshot(List.of(), List.of(), List.of(), List.of(rto, new Other(1), timeWait));

        assertThat(s.facts(TimerFact.class)).containsExactly(rto, timeWait);
        assertThat(s.fact(Other.class)).contains(new Other(1));
        assertThat(new Snapshot(List.of(), List.of()).fact(TimerFact.class)).isEmpty();
    }

    @Test
    void aSnapshotKeepsTheFactsItWasGivenEvenIfTheCallerChangesItsList() {
        List<Fact> facts = new ArrayList<>(List.of(new Other(1)));
        Snapshot s = new Snapshot(List.of(), List.of(), List.of(), facts);
        facts.add(new Other(2));

        assertThat(s.facts(Other.class)).containsExactly(new Other(1));
        assertThatThrownBy(() -> s.facts().add(new Other(3))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aTimerCannotExpireBeforeItWasArmed() {
        assertThatThrownBy(() -> new TimerFact("client", "RTO", 10, 9)).hasMessageContaining("expires before");
    }

    @Test
    void tablesAreFoundByTheirKey() {
        TableKey key = TableKey.of("sockets");
        Table table = new Table(key, "Sockets", List.of("a"), List.of(Table.Row.of("1")));
        Snapshot s = new Snapshot(List.of(), List.of(), List.of(table));

        assertThat(s.table(key)).contains(table);
        assertThat(s.table(TableKey.of("timers"))).isEmpty();
        assertThat(table.id()).isEqualTo("sockets");
    }

    @Test
    void aSeriesKeepsTheLastSampleOfEachMomentAndRefusesToGoBack() {
        LongSeries.Builder b = LongSeries.builder("ports", "Ports in use", "ports");
        b.add(0, 1).add(10, 2).add(10, 3).add(20, 4);
        LongSeries series = b.build();

        assertThat(series.size()).isEqualTo(3);
        assertThat(series.get(1, 0)).isEqualTo(3);
        assertThat(series.rowAt(15)).isEqualTo(1);
        assertThat(series.rowAt(-1)).isEqualTo(-1);
        assertThatThrownBy(() -> b.add(5, 9)).hasMessageContaining("goes back in time");
        assertThatThrownBy(() -> b.add(30, 1, 2)).hasMessageContaining("2 values for 1 columns");
        b.add(30, 5);
        assertThat(series.size()).as("a built series is frozen").isEqualTo(3);
    }

    @Test
    void equalSamplesMakeEqualSeriesAndATraceRefusesTwoSeriesOfOneName() {
        LongSeries a = LongSeries.builder("ports", "Ports", "n").add(1, 2).build();
        LongSeries same = LongSeries.builder("ports", "Ports", "n").add(1, 2).build();
        LongSeries other = LongSeries.builder("ports", "Ports", "n").add(1, 3).build();

        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
        Step step = new Step(0, "t", "n", List.of(), -1, new Snapshot(List.of(), List.of()));
        assertThatThrownBy(() -> new Trace("x", List.of(), List.of(step), List.of(), List.of(a, other)))
                .hasMessageContaining("share an id");
        Trace trace = new Trace("x", List.of(), List.of(step), List.of(), List.of(a));
        assertThat(trace.series(new SeriesKey<>("ports", LongSeries.class))).contains(a);
        assertThat(trace.series(new SeriesKey<>("buffers", LongSeries.class))).isEmpty();
    }
}
