package org.wirewise.model.http.hpack;

import java.util.List;

/**
 * One encoded header block: its octets, each field's {@link EncodedField}, the table size update
 * that opened it (or -1), and the dynamic table after it, newest first.
 */
public record HeaderBlock(byte[] octets, int sizeUpdate, List<EncodedField> fields, List<HeaderField> table,
                          int tableSize) {

    public HeaderBlock {
        octets = octets.clone();
        fields = List.copyOf(fields);
        table = List.copyOf(table);
    }

    @Override
    public byte[] octets() {
        return octets.clone();
    }

    public int length() {
        return octets.length;
    }

    /** What HTTP/1.1 would spend on the same fields, one {@code name: value} line each. */
    public int http1Octets() {
        return fields.stream().mapToInt(f -> f.field().http1Octets()).sum();
    }
}
