package org.wirewise.model.trace;

/** A named value of a node's state at one step, e.g. SND.NXT = 1001. */
public record Variable(String name, String value) {
}
