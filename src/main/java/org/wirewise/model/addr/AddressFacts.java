package org.wirewise.model.addr;

import java.util.Objects;
import org.wirewise.model.trace.Fact;

/**
 * What the address lesson knows about the typed address, for the view to lay out; the "facts"
 * table shows the same values as text.
 *
 * @param typed        what the user typed
 * @param canonical    the address's canonical text (RFC 5952 for IPv6)
 * @param family       "IPv4" or "IPv6"
 * @param hex          the address in hexadecimal
 * @param bits         the address as 32 or 128 binary digits
 * @param prefix       the prefix length typed (or the full length)
 * @param network      the block the prefix names
 * @param addressSpace the family's size ("2^32 = 4,294,967,296"), in the lesson's language
 * @param registry     what the IANA special-purpose registries say about it, in the lesson's language
 */
public record AddressFacts(String typed, String canonical, String family, String hex, String bits, int prefix, String network,
                           String addressSpace, String registry) implements Fact {

    public AddressFacts {
        Objects.requireNonNull(bits, "bits");
        if (prefix < 0 || prefix > bits.length()) {
            throw new IllegalArgumentException("prefix /" + prefix + " is longer than the address");
        }
    }
}
