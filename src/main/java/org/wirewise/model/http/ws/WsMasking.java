package org.wirewise.model.http.ws;

/** RFC 6455 §5.3: octet i of the payload is XORed with octet i mod 4 of the masking key; the same step unmasks. */
final class WsMasking {

    private WsMasking() {
    }

    static byte[] apply(byte[] data, byte[] key) {
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = (byte) (data[i] ^ key[i & 3]);
        }
        return out;
    }
}
