package org.wirewise.model.trace;

import java.util.List;
import java.util.Optional;

/**
 * The state views need at one step: each participant's state, the spans measured so far and any
 * tables the lesson shows. Packets are not copied into snapshots; a view finds the ones in flight
 * from the trace's packet list and the step's time.
 */
public record Snapshot(List<NodeState> nodes, List<Measurement> measurements, List<Table> tables) {

    public Snapshot {
        nodes = List.copyOf(nodes);
        measurements = List.copyOf(measurements);
        tables = List.copyOf(tables);
    }

    public Snapshot(List<NodeState> nodes, List<Measurement> measurements) {
        this(nodes, measurements, List.of());
    }

    public Optional<Table> table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<NodeState> node(String lane) {
        return nodes.stream().filter(n -> n.lane().equals(lane)).findFirst();
    }
}
