package org.wirewise.model.quic;

import org.wirewise.model.tls.Hkdf;

/**
 * The keys one secret gives a QUIC sender or receiver (RFC 9001 §5.1): the AEAD key, the IV and
 * the header protection key, each HKDF-Expand-Label with a "quic" label so they differ from
 * TLS over TCP's (§9.6).
 */
public record PacketKeys(AeadCipher cipher, byte[] key, byte[] iv, byte[] hp) {

    public static final int IV_LENGTH = 12;

    public PacketKeys {
        key = key.clone();
        iv = iv.clone();
        hp = hp.clone();
    }

    /** "quic key", "quic iv" and "quic hp" from {@code secret}. */
    public static PacketKeys from(AeadCipher cipher, byte[] secret) {
        byte[] none = new byte[0];
        return new PacketKeys(cipher, Hkdf.expandLabel(secret, "quic key", none, cipher.keyLength()),
                Hkdf.expandLabel(secret, "quic iv", none, IV_LENGTH), Hkdf.expandLabel(secret, "quic hp", none, cipher.keyLength()));
    }

    /** AES-128-GCM keys, the cipher suite the TLS endpoints here negotiate (and every Initial's). */
    public static PacketKeys from(byte[] secret) {
        return from(AeadCipher.AES_128_GCM, secret);
    }

    /** The secret after a key update (§6): HKDF-Expand-Label(secret, "quic ku", "", 32). */
    public static byte[] nextSecret(byte[] secret) {
        return Hkdf.expandLabel(secret, "quic ku", new byte[0], Hkdf.HASH_LENGTH);
    }

    /** The AEAD nonce for packet number {@code pn}: the IV XOR the number, right-aligned (§5.3). */
    public byte[] nonce(long pn) {
        byte[] nonce = iv.clone();
        for (int i = 0; i < 8; i++) {
            nonce[IV_LENGTH - 1 - i] ^= (byte) (pn >>> 8 * i);
        }
        return nonce;
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    @Override
    public byte[] iv() {
        return iv.clone();
    }

    @Override
    public byte[] hp() {
        return hp.clone();
    }
}
