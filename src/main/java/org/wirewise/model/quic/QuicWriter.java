package org.wirewise.model.quic;

import java.io.ByteArrayOutputStream;

/** Builds QUIC wire bytes: fixed-size integers, variable-length integers (RFC 9000 §16) and byte strings. */
public final class QuicWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public QuicWriter u8(int v) {
        out.write(v);
        return this;
    }

    public QuicWriter u32(long v) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (v >>> shift));
        }
        return this;
    }

    public QuicWriter varint(long v) {
        out.writeBytes(VarInt.encode(v));
        return this;
    }

    public QuicWriter bytes(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    /** A variable-length integer length, then the bytes. */
    public QuicWriter lengthPrefixed(byte[] b) {
        return varint(b.length).bytes(b);
    }

    /** A one-byte length, then the bytes (a connection ID in a long header). */
    public QuicWriter shortPrefixed(byte[] b) {
        return u8(b.length).bytes(b);
    }

    public int size() {
        return out.size();
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }
}
