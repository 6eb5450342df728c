package org.wirewise.model.trace;

import java.util.List;
import java.util.Optional;

/**
 * The state views need at one step: each participant's state and the spans measured so far.
 * Packets are not copied into snapshots; a view finds the ones in flight from the trace's packet
 * list and the step's time.
 */
public record Snapshot(List<NodeState> nodes, List<Measurement> measurements) {

    public Snapshot {
        nodes = List.copyOf(nodes);
        measurements = List.copyOf(measurements);
    }

    public Optional<NodeState> node(String lane) {
        return nodes.stream().filter(n -> n.lane().equals(lane)).findFirst();
    }
}
