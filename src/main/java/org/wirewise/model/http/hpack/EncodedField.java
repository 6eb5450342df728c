package org.wirewise.model.http.hpack;

import java.util.List;
import java.util.Optional;

/**
 * One field of a header block and why it was sent as it was: the representation, the index used
 * (the whole field for {@link Representation#INDEXED}, the name for a literal with an indexed
 * name, 0 for a literal name), the string choices, the octets on the wire, and what the dynamic
 * table did. This is what a view shows; the sentences about it live in the lesson's narration.
 */
public record EncodedField(HeaderField field, Representation representation, Reason reason, int index,
                           Optional<StringChoice> name, Optional<StringChoice> value, byte[] octets,
                           List<HeaderField> evicted) {

    /** Why the encoder chose the representation. */
    public enum Reason {
        /** The exact field is in the static table (Appendix A). */
        STATIC_MATCH,
        /** The exact field was inserted earlier on this connection. */
        DYNAMIC_MATCH,
        /** Not in either table yet: sent literally and inserted for next time. */
        NEW_ENTRY,
        /** The policy marks the field as sensitive (§7.1.3): never indexed, on any hop. */
        SENSITIVE,
        /** The policy expects this value not to repeat, so inserting would only evict others. */
        NOT_WORTH_INDEXING,
        /** The entry would be larger than the whole table (§4.4), so it is not inserted. */
        LARGER_THAN_TABLE,
        /** The caller asked for this representation (as the RFC's examples do). */
        REQUESTED
    }

    public EncodedField {
        octets = octets.clone();
        evicted = List.copyOf(evicted);
    }

    @Override
    public byte[] octets() {
        return octets.clone();
    }

    public int length() {
        return octets.length;
    }

    /** Whether the index points into the static table (1..61) rather than the dynamic one. */
    public boolean staticIndex() {
        return index > 0 && index <= StaticTable.LENGTH;
    }
}
