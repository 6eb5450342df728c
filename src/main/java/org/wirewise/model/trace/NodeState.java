package org.wirewise.model.trace;

import java.util.List;

/**
 * What one participant looks like at a step.
 *
 * @param lane      the lane id
 * @param state     its protocol state as the RFC names it ("SYN-SENT")
 * @param variables state variables in the order a reader expects them
 */
public record NodeState(String lane, String state, List<Variable> variables) {

    public NodeState {
        variables = List.copyOf(variables);
    }

    /** The value of a variable, or null when this node has no such variable. */
    public String variable(String name) {
        for (Variable v : variables) {
            if (v.name().equals(name)) {
                return v.value();
            }
        }
        return null;
    }
}
