package org.wirewise.model.http.grpc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one protobuf message field by field, in the order called, and keeps a {@link ProtoSpan}
 * for every tag, length and value so that each byte can be explained. proto3 leaves a field at
 * its default (0, "", empty) off the wire; this writer writes what it is given, and the schema
 * ({@link QuoteMessages}) skips defaults as generated code does.
 */
public final class ProtoWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<ProtoSpan> spans = new ArrayList<>();

    /** uint32/uint64/int64/int32/bool/enum: the value as a varint (a negative one sign-extended to ten bytes). */
    public ProtoWriter varint(int field, String name, long value) {
        tag(field, name, ProtoWireType.VARINT);
        put(field, name, ProtoWireType.VARINT, Varint.encode(value), Long.toString(value), "");
        return this;
    }

    /** sint32/sint64: the value ZigZag-mapped, then as a varint. */
    public ProtoWriter sint(int field, String name, long value) {
        tag(field, name, ProtoWireType.VARINT);
        long z = Varint.zigzag(value);
        put(field, name, ProtoWireType.VARINT, Varint.encode(z), Long.toString(value), zigzagNote(value, z));
        return this;
    }

    /** A string: LEN, the UTF-8 byte count, the bytes. */
    public ProtoWriter string(int field, String name, String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        tag(field, name, ProtoWireType.LEN);
        length(field, name, utf8.length);
        put(field, name, ProtoWireType.LEN, utf8, "\"" + value + "\"", "");
        return this;
    }

    /** An embedded message: LEN, its length, its bytes; its spans follow, named under this field. */
    public ProtoWriter message(int field, String name, ProtoMessage inner) {
        tag(field, name, ProtoWireType.LEN);
        length(field, name, inner.length());
        int base = out.size();
        out.writeBytes(inner.bytes());
        inner.spans().forEach(s -> spans.add(s.shifted(base, name)));
        return this;
    }

    /**
     * A packed repeated sint32/sint64 (proto3's default for repeated scalars): one LEN field whose
     * bytes are the elements' ZigZag varints back to back, one tag for them all.
     */
    public ProtoWriter packedSint(int field, String name, long[] values) {
        int length = 0;
        for (long v : values) {
            length += Varint.size(Varint.zigzag(v));
        }
        tag(field, name, ProtoWireType.LEN);
        length(field, name, length);
        for (long v : values) {
            long z = Varint.zigzag(v);
            put(field, name, ProtoWireType.LEN, Varint.encode(z), Long.toString(v), zigzagNote(v, z));
        }
        return this;
    }

    public ProtoMessage toMessage() {
        return new ProtoMessage(out.toByteArray(), spans);
    }

    private void tag(int field, String name, ProtoWireType type) {
        if (field < 1 || field > (1 << 29) - 1) {
            throw new IllegalArgumentException("field numbers run from 1 to 2^29-1, got " + field);
        }
        long tag = ((long) field << 3) | type.code();
        spans.add(new ProtoSpan(out.size(), Varint.size(tag), name, field, type, ProtoSpan.Part.TAG,
                Long.toString(tag), ""));
        out.writeBytes(Varint.encode(tag));
    }

    private void length(int field, String name, int length) {
        byte[] v = Varint.encode(length);
        spans.add(new ProtoSpan(out.size(), v.length, name, field, ProtoWireType.LEN, ProtoSpan.Part.LENGTH,
                Integer.toString(length), ""));
        out.writeBytes(v);
    }

    private void put(int field, String name, ProtoWireType type, byte[] bytes, String value, String encoded) {
        spans.add(new ProtoSpan(out.size(), bytes.length, name, field, type, ProtoSpan.Part.VALUE, value, encoded));
        out.writeBytes(bytes);
    }

    private static String zigzagNote(long value, long z) {
        return value + " → " + Long.toUnsignedString(z);
    }
}
