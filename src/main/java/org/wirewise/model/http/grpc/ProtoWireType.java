package org.wirewise.model.http.grpc;

/**
 * The wire types of the protobuf encoding: the low three bits of every tag say how the value's
 * bytes are laid out, so a reader can skip a field it has no schema for. Groups (3, 4) are
 * deprecated and never written here.
 */
public enum ProtoWireType {
    /** int32, int64, uint32, uint64, sint32, sint64, bool, enum: a base-128 varint. */
    VARINT(0),
    /** fixed64, sfixed64, double: eight bytes, little-endian. */
    I64(1),
    /** string, bytes, embedded messages, packed repeated fields: a varint length, then that many bytes. */
    LEN(2),
    SGROUP(3),
    EGROUP(4),
    /** fixed32, sfixed32, float: four bytes, little-endian. */
    I32(5);

    private final int code;

    ProtoWireType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type of a tag's low three bits, or null for 6 and 7, which no encoder writes. */
    public static ProtoWireType of(int code) {
        for (ProtoWireType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }
}
