package org.wirewise.model.addr;

import java.util.Objects;
import org.wirewise.model.trace.Fact;

/**
 * The block a step is about, for views that mark the network bits and name the block: the numbers
 * already written in the lesson's language.
 *
 * @param prefix    the prefix length
 * @param block     the block ("10.0.0.0/16")
 * @param family    "IPv4" or "IPv6"
 * @param addresses how many addresses it holds ("65,536")
 * @param usable    how many of them hosts can use
 */
public record PrefixFact(int prefix, String block, String family, String addresses, String usable) implements Fact {

    public PrefixFact {
        if (prefix < 0 || prefix > 128) {
            throw new IllegalArgumentException("prefix /" + prefix + " is out of range");
        }
        Objects.requireNonNull(block, "block");
    }
}
