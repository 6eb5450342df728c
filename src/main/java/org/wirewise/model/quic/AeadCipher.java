package org.wirewise.model.quic;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.ChaCha20ParameterSpec;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two AEADs this QUIC speaks, with their header protection (RFC 9001 §5.3, §5.4.3, §5.4.4),
 * on the JDK's own ciphers. A new {@link Cipher} per packet: the JDK refuses to encrypt twice
 * with one key and nonce on an instance, and each packet has its own nonce anyway.
 */
public enum AeadCipher {
    /** TLS_AES_128_GCM_SHA256's AEAD; header protection is AES-ECB of the sample (§5.4.3). */
    AES_128_GCM(16),
    /** TLS_CHACHA20_POLY1305_SHA256's AEAD; header protection is the ChaCha20 block function (§5.4.4). */
    CHACHA20_POLY1305(32);

    /** The AEAD tag every protected payload ends with. */
    public static final int TAG_LENGTH = 16;
    /** The bytes of ciphertext header protection samples (§5.4.2). */
    public static final int SAMPLE_LENGTH = 16;

    private final int keyLength;

    AeadCipher(int keyLength) {
        this.keyLength = keyLength;
    }

    /** The length of the packet protection key and of the header protection key. */
    public int keyLength() {
        return keyLength;
    }

    /** AEAD encryption of {@code plaintext} with {@code aad}: ciphertext then tag. */
    public byte[] seal(byte[] key, byte[] nonce, byte[] aad, byte[] plaintext) {
        try {
            Cipher c = aead(Cipher.ENCRYPT_MODE, key, nonce);
            c.updateAAD(aad);
            return c.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK could not run " + this, e);
        }
    }

    /** The plaintext, or empty when the tag does not verify (the packet is then discarded, RFC 9001 §5.5). */
    public Optional<byte[]> open(byte[] key, byte[] nonce, byte[] aad, byte[] ciphertext) {
        if (ciphertext.length < TAG_LENGTH) {
            return Optional.empty();
        }
        try {
            Cipher c = aead(Cipher.DECRYPT_MODE, key, nonce);
            c.updateAAD(aad);
            return Optional.of(c.doFinal(ciphertext));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK could not run " + this, e);
        }
    }

    private Cipher aead(int mode, byte[] key, byte[] nonce) throws GeneralSecurityException {
        if (this == AES_128_GCM) {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_LENGTH * 8, nonce));
            return c;
        }
        Cipher c = Cipher.getInstance("ChaCha20-Poly1305");
        c.init(mode, new SecretKeySpec(key, "ChaCha20"), new IvParameterSpec(nonce));
        return c;
    }

    /** The 5-byte header protection mask for a 16-byte {@code sample} (§5.4.1). */
    public byte[] mask(byte[] hpKey, byte[] sample) {
        try {
            if (this == AES_128_GCM) {
                Cipher c = Cipher.getInstance("AES/ECB/NoPadding");
                c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(hpKey, "AES"));
                return Arrays.copyOf(c.doFinal(sample), 5);
            }
            // counter = sample[0..3] as a little-endian integer, nonce = sample[4..15]; ChaCha20 of five zeros.
            int counter = ByteBuffer.wrap(sample, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            Cipher c = Cipher.getInstance("ChaCha20");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(hpKey, "ChaCha20"),
                    new ChaCha20ParameterSpec(Arrays.copyOfRange(sample, 4, 16), counter));
            return c.doFinal(new byte[5]);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK could not compute " + this + " header protection", e);
        }
    }
}
