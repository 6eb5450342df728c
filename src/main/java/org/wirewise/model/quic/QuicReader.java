package org.wirewise.model.quic;

import java.util.Arrays;

/** Reads QUIC wire bytes, checking each length first: a short read is a {@link QuicException} with {@code error}. */
public final class QuicReader {

    private final byte[] bytes;
    private final int end;
    private final TransportError error;
    private int at;

    public QuicReader(byte[] bytes, TransportError error) {
        this(bytes, 0, bytes.length, error);
    }

    public QuicReader(byte[] bytes, int start, int end, TransportError error) {
        this.bytes = bytes;
        this.at = start;
        this.end = end;
        this.error = error;
    }

    public int position() {
        return at;
    }

    public int remaining() {
        return end - at;
    }

    private void need(int n, String what) {
        if (n < 0 || n > end - at) {
            throw new QuicException(error, what + " needs " + n + " bytes, " + (end - at) + " remain");
        }
    }

    public int u8() {
        need(1, "a byte");
        return bytes[at++] & 0xFF;
    }

    public int peek() {
        need(1, "a byte");
        return bytes[at] & 0xFF;
    }

    public long u32() {
        need(4, "a 32-bit integer");
        long v = 0;
        for (int i = 0; i < 4; i++) {
            v = v << 8 | bytes[at++] & 0xFF;
        }
        return v;
    }

    public long varint() {
        need(1, "a variable-length integer");
        int n = VarInt.lengthOf(bytes[at]);
        need(n, "a variable-length integer");
        long v = VarInt.decode(bytes, at);
        at += n;
        return v;
    }

    public byte[] bytes(long n) {
        need((int) Math.min(n, Integer.MAX_VALUE), "a field");
        byte[] b = Arrays.copyOfRange(bytes, at, at + (int) n);
        at += (int) n;
        return b;
    }

    /** A variable-length integer length, then that many bytes. */
    public byte[] lengthPrefixed() {
        return bytes(varint());
    }

    /** A one-byte length, then that many bytes. */
    public byte[] shortPrefixed() {
        return bytes(u8());
    }
}
