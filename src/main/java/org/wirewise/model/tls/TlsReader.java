package org.wirewise.model.tls;

import java.util.Arrays;

/**
 * Reads TLS presentation-language bytes; running past the end or a vector longer than what is
 * left is a decode_error (RFC 8446 §6.2), never an index exception.
 */
final class TlsReader {

    private final byte[] b;
    private int at;
    private final int end;

    TlsReader(byte[] b) {
        this(b, 0, b.length);
    }

    TlsReader(byte[] b, int from, int end) {
        this.b = b;
        this.at = from;
        this.end = end;
    }

    int u8() {
        need(1);
        return b[at++] & 0xFF;
    }

    int u16() {
        return (u8() << 8) | u8();
    }

    int u24() {
        return (u8() << 16) | u16();
    }

    long u32() {
        return ((long) u16() << 16) | u16();
    }

    byte[] bytes(int n) {
        need(n);
        byte[] r = Arrays.copyOfRange(b, at, at + n);
        at += n;
        return r;
    }

    byte[] vector8() {
        return bytes(u8());
    }

    byte[] vector16() {
        return bytes(u16());
    }

    byte[] vector24() {
        return bytes(u24());
    }

    /** A reader over the next 2-byte-length vector. */
    TlsReader sub16() {
        return new TlsReader(vector16());
    }

    boolean hasMore() {
        return at < end;
    }

    /** Fails unless every byte was read: trailing bytes in a message are a decode_error too. */
    void expectEnd(String what) {
        if (at != end) {
            throw new TlsAlertException(AlertDescription.DECODE_ERROR, what + " has " + (end - at) + " bytes left over");
        }
    }

    private void need(int n) {
        if (n < 0 || end - at < n) {
            throw new TlsAlertException(AlertDescription.DECODE_ERROR,
                    "a message ends early: " + n + " bytes wanted, " + (end - at) + " left");
        }
    }
}
