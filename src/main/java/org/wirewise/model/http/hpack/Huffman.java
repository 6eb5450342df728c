package org.wirewise.model.http.hpack;

import java.io.ByteArrayOutputStream;

/**
 * The static Huffman code of RFC 7541 Appendix B. The code is canonical (codes of one length are
 * consecutive, in symbol order, and follow on from the shorter ones), so the table is kept as the
 * appendix's "len in bits" column and the codes are rebuilt from it; the tests check the rebuilt
 * codes against the appendix's hex column and the Appendix C examples.
 */
public final class Huffman {

    /** Code length of each symbol 0..255 and EOS (256), from Appendix B. */
    private static final int[] LENGTHS = {
        13, 23, 28, 28, 28, 28, 28, 28, 28, 24, 30, 28, 28, 30, 28, 28, // 0-15
        28, 28, 28, 28, 28, 28, 30, 28, 28, 28, 28, 28, 28, 28, 28, 28, // 16-31
        6, 10, 10, 12, 13, 6, 8, 11, 10, 10, 8, 11, 8, 6, 6, 6,         // ' ' to '/'
        5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 7, 8, 15, 6, 12, 10,              // '0' to '?'
        13, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,                // '@' to 'O'
        7, 7, 7, 7, 7, 7, 7, 7, 8, 7, 8, 13, 19, 13, 14, 6,             // 'P' to '_'
        15, 5, 6, 5, 6, 5, 6, 6, 6, 5, 7, 7, 6, 6, 6, 5,                // '`' to 'o'
        6, 7, 6, 5, 5, 6, 7, 7, 7, 7, 7, 15, 11, 14, 13, 28,            // 'p' to 127
        20, 22, 20, 20, 22, 22, 22, 23, 22, 23, 23, 23, 23, 23, 24, 23, // 128-143
        24, 24, 22, 23, 24, 23, 23, 23, 23, 21, 22, 23, 22, 23, 23, 24, // 144-159
        22, 21, 20, 22, 22, 23, 23, 21, 23, 22, 22, 24, 21, 22, 23, 23, // 160-175
        21, 21, 22, 21, 23, 22, 23, 23, 20, 22, 22, 22, 23, 22, 22, 23, // 176-191
        26, 26, 20, 19, 22, 23, 22, 25, 26, 26, 26, 27, 27, 26, 24, 25, // 192-207
        19, 21, 26, 27, 27, 26, 27, 24, 21, 21, 26, 26, 28, 27, 27, 27, // 208-223
        20, 24, 20, 21, 22, 21, 21, 23, 22, 22, 25, 25, 24, 24, 26, 23, // 224-239
        26, 27, 26, 26, 27, 27, 27, 27, 27, 28, 27, 27, 27, 27, 27, 26, // 240-255
        30                                                              // EOS
    };

    public static final int EOS = 256;
    private static final int MAX_LENGTH = 30;

    private static final int[] CODES = new int[LENGTHS.length];
    /** For canonical decoding: first code of each length, and where its symbols start. */
    private static final int[] FIRST_CODE = new int[MAX_LENGTH + 2];
    private static final int[] COUNT = new int[MAX_LENGTH + 2];
    private static final int[] OFFSET = new int[MAX_LENGTH + 2];
    private static final int[] SYMBOLS_BY_CODE = new int[LENGTHS.length];

    static {
        for (int len : LENGTHS) {
            COUNT[len]++;
        }
        int code = 0;
        int seen = 0;
        for (int len = 1; len <= MAX_LENGTH; len++) {
            FIRST_CODE[len] = code;
            OFFSET[len] = seen;
            int next = code;
            for (int sym = 0; sym < LENGTHS.length; sym++) {
                if (LENGTHS[sym] == len) {
                    CODES[sym] = next++;
                    SYMBOLS_BY_CODE[seen++] = sym;
                }
            }
            code = next << 1;
        }
    }

    private Huffman() {
    }

    /** The code of a symbol, aligned to the least significant bit (Appendix B's hex column). */
    public static int code(int symbol) {
        return CODES[symbol];
    }

    /** The code length of a symbol in bits. */
    public static int length(int symbol) {
        return LENGTHS[symbol];
    }

    /** Octets the Huffman form of {@code octets} takes, padding included (§5.2). */
    public static int encodedLength(byte[] octets) {
        long bits = 0;
        for (byte b : octets) {
            bits += LENGTHS[b & 0xff];
        }
        return (int) ((bits + 7) / 8);
    }

    /** Encodes and pads the last octet with the most significant bits of EOS, all ones (§5.2). */
    public static byte[] encode(byte[] octets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(encodedLength(octets));
        long acc = 0;
        int bits = 0;
        for (byte b : octets) {
            int sym = b & 0xff;
            acc = (acc << LENGTHS[sym]) | CODES[sym];
            bits += LENGTHS[sym];
            while (bits >= 8) {
                bits -= 8;
                out.write((int) (acc >>> bits) & 0xff);
            }
        }
        if (bits > 0) {
            out.write((int) ((acc << (8 - bits)) | (0xff >>> bits)) & 0xff);
        }
        return out.toByteArray();
    }

    /**
     * Decodes a Huffman string; {@code at} is where it starts in its block, for messages. Padding
     * longer than 7 bits, padding that is not ones, and EOS in the data are errors (§5.2).
     */
    public static byte[] decode(byte[] data, int at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 8 / 5 + 1);
        int code = 0;
        int len = 0;
        for (int i = 0; i < data.length; i++) {
            for (int bit = 7; bit >= 0; bit--) {
                code = (code << 1) | ((data[i] >> bit) & 1);
                len++;
                int k = code - FIRST_CODE[len];
                if (k >= 0 && k < COUNT[len]) {
                    int sym = SYMBOLS_BY_CODE[OFFSET[len] + k];
                    if (sym == EOS) {
                        throw new HpackException("a Huffman string contains EOS", at + i);
                    }
                    out.write(sym);
                    code = 0;
                    len = 0;
                } else if (len >= MAX_LENGTH) {
                    throw new HpackException("bits that are no Huffman code", at + i);
                }
            }
        }
        if (len > 7) {
            throw new HpackException("Huffman padding longer than 7 bits", at + data.length - 1);
        }
        if (code != (1 << len) - 1) {
            throw new HpackException("Huffman padding that is not the start of EOS", at + data.length - 1);
        }
        return out.toByteArray();
    }
}
