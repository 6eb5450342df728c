package org.wirewise.model.trace;

import java.util.List;
import java.util.Optional;

/**
 * The state views need at one step: each participant's state, the spans measured so far, the
 * tables the lesson shows and the typed facts views draw from. Packets are not copied into
 * snapshots; a view finds the ones in flight from the trace's packet list and the step's time.
 */
public record Snapshot(List<NodeState> nodes, List<Measurement> measurements, List<Table> tables,
                       List<Fact> facts) {

    public Snapshot {
        nodes = List.copyOf(nodes);
        measurements = List.copyOf(measurements);
        tables = List.copyOf(tables);
        facts = List.copyOf(facts);
    }

    public Snapshot(List<NodeState> nodes, List<Measurement> measurements, List<Table> tables) {
        this(nodes, measurements, tables, List.of());
    }

    public Snapshot(List<NodeState> nodes, List<Measurement> measurements) {
        this(nodes, measurements, List.of(), List.of());
    }

    /** The table shown under this key, if the step has one. */
    public Optional<Table> table(TableKey key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** Every fact of this type, in the order the model recorded them. */
    public <T extends Fact> List<T> facts(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The first fact of this type, for facts a step carries at most once. */
    public <T extends Fact> Optional<T> fact(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    public Optional<NodeState> node(String lane) {
        return nodes.stream().filter(n -> n.lane().equals(lane)).findFirst();
    }
}
