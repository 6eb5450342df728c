package org.wirewise.model.tcp;

import org.wirewise.model.trace.Fact;

/**
 * How many ephemeral ports a client has against how many its connection rate holds at once.
 *
 * @param available      ports in the range
 * @param needed         ports held in steady state (rate × hold time)
 * @param failsAtSeconds when connect() first fails, or a negative number if it never does
 */
public record PortBudget(long available, long needed, double failsAtSeconds) implements Fact {

    public boolean runsOut() {
        return failsAtSeconds >= 0;
    }
}
