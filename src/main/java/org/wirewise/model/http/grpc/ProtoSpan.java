package org.wirewise.model.http.grpc;

/**
 * What a run of an encoded message's bytes is, for the bytes pane and the lesson's table.
 *
 * @param offset   first byte within the message
 * @param length   how many bytes
 * @param path     the field's name with its enclosing fields' ("time.seconds")
 * @param field    its field number
 * @param wireType its wire type
 * @param part     which part of the field these bytes are
 * @param value    the value they carry, as a person reads it (the tag's number, a length, "ACME", -3)
 * @param encoded  how the value became these bytes, when that is not plain (ZigZag's mapping), else empty
 */
public record ProtoSpan(int offset, int length, String path, int field, ProtoWireType wireType, Part part,
                        String value, String encoded) {

    /** The parts of a field on the wire. */
    public enum Part {
        /** The varint field number << 3 | wire type. */
        TAG,
        /** A LEN field's varint byte count. */
        LENGTH,
        /** The value (for a packed field, one element). */
        VALUE
    }

    ProtoSpan shifted(int by, String parent) {
        return new ProtoSpan(offset + by, length, parent + "." + path, field, wireType, part, value, encoded);
    }
}
