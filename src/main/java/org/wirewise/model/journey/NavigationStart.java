package org.wirewise.model.journey;

import org.wirewise.model.trace.Fact;

/**
 * When the address was typed, in the trace's time: the waterfall counts from here (as DevTools
 * counts from navigation start), so a view turns the player's time into the waterfall's with it.
 */
public record NavigationStart(long at) implements Fact {
}
