package org.wirewise.model.tls;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

/** Builds TLS presentation-language bytes (RFC 8446 §3): big-endian integers and length-prefixed vectors. */
final class TlsWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    TlsWriter u8(int v) {
        out.write(v);
        return this;
    }

    TlsWriter u16(int v) {
        out.write(v >>> 8);
        out.write(v);
        return this;
    }

    TlsWriter u24(int v) {
        out.write(v >>> 16);
        return u16(v & 0xFFFF);
    }

    TlsWriter u32(long v) {
        u16((int) (v >>> 16) & 0xFFFF);
        return u16((int) v & 0xFFFF);
    }

    TlsWriter bytes(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    /** A vector with a 1-byte length. */
    TlsWriter vector8(byte[] b) {
        return u8(checked(b.length, 0xFF)).bytes(b);
    }

    /** A vector with a 2-byte length. */
    TlsWriter vector16(byte[] b) {
        return u16(checked(b.length, 0xFFFF)).bytes(b);
    }

    /** A vector with a 3-byte length. */
    TlsWriter vector24(byte[] b) {
        return u24(checked(b.length, 0xFFFFFF)).bytes(b);
    }

    /** A 2-byte-length vector whose contents {@code body} writes. */
    TlsWriter vector16(Consumer<TlsWriter> body) {
        TlsWriter inner = new TlsWriter();
        body.accept(inner);
        return vector16(inner.toByteArray());
    }

    /** A 1-byte-length vector whose contents {@code body} writes. */
    TlsWriter vector8(Consumer<TlsWriter> body) {
        TlsWriter inner = new TlsWriter();
        body.accept(inner);
        return vector8(inner.toByteArray());
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    private static int checked(int length, int max) {
        if (length > max) {
            throw new IllegalArgumentException("a vector of " + length + " bytes does not fit a length field of at most " + max);
        }
        return length;
    }
}
