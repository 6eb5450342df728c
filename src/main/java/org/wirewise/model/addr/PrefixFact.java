package org.wirewise.model.addr;

import org.wirewise.model.trace.Fact;

/** The prefix length of the block a step is about, for views that mark the network bits. */
public record PrefixFact(int prefix) implements Fact {

    public PrefixFact {
        if (prefix < 0 || prefix > 128) {
            throw new IllegalArgumentException("prefix /" + prefix + " is out of range");
        }
    }
}
