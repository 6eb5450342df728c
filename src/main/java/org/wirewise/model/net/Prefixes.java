package org.wirewise.model.net;

/** Bitwise prefix comparison over raw address bytes, shared by interfaces and routes. */
final class Prefixes {

    private Prefixes() {
    }

    /** Whether the first {@code bits} bits of {@code candidate} equal those of {@code prefix}. */
    static boolean matches(byte[] prefix, int bits, byte[] candidate) {
        if (prefix.length != candidate.length) {
            return false;
        }
        int whole = bits / 8;
        for (int i = 0; i < whole; i++) {
            if (prefix[i] != candidate[i]) {
                return false;
            }
        }
        int rest = bits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (prefix[whole] & mask) == (candidate[whole] & mask);
    }
}
