package org.wirewise.model.tls;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with SHA-256 (RFC 5869) and TLS 1.3's labelled forms of it (RFC 8446 §7.1):
 * HKDF-Expand-Label and Derive-Secret. SHA-256 because the one cipher suite here is
 * TLS_AES_128_GCM_SHA256.
 */
public final class Hkdf {

    /** SHA-256's output length, the length of every secret in the key schedule. */
    public static final int HASH_LENGTH = 32;
    private static final String HMAC = "HmacSHA256";

    private Hkdf() {
    }

    /** HKDF-Extract(salt, IKM) = HMAC-Hash(salt, IKM); an empty salt is a string of zeros (RFC 5869 §2.2). */
    public static byte[] extract(byte[] salt, byte[] ikm) {
        return hmac(salt.length == 0 ? new byte[HASH_LENGTH] : salt, ikm);
    }

    /** HKDF-Expand(PRK, info, L) (RFC 5869 §2.3). */
    public static byte[] expand(byte[] prk, byte[] info, int length) {
        if (length > 255 * HASH_LENGTH) {
            throw new IllegalArgumentException("HKDF-Expand gives at most " + 255 * HASH_LENGTH + " bytes");
        }
        byte[] out = new byte[length];
        byte[] t = new byte[0];
        for (int i = 1, done = 0; done < length; i++) {
            byte[] block = new byte[t.length + info.length + 1];
            System.arraycopy(t, 0, block, 0, t.length);
            System.arraycopy(info, 0, block, t.length, info.length);
            block[block.length - 1] = (byte) i;
            t = hmac(prk, block);
            int n = Math.min(t.length, length - done);
            System.arraycopy(t, 0, out, done, n);
            done += n;
        }
        return out;
    }

    /** The HkdfLabel structure: length, "tls13 " + label, context (RFC 8446 §7.1). */
    public static byte[] label(String label, byte[] context, int length) {
        return new TlsWriter().u16(length).vector8(("tls13 " + label).getBytes(StandardCharsets.US_ASCII))
                .vector8(context).toByteArray();
    }

    /** HKDF-Expand-Label(Secret, Label, Context, Length). */
    public static byte[] expandLabel(byte[] secret, String label, byte[] context, int length) {
        return expand(secret, label(label, context, length), length);
    }

    /** Derive-Secret(Secret, Label, Messages) given the transcript hash of Messages. */
    public static byte[] deriveSecret(byte[] secret, String label, byte[] transcriptHash) {
        return expandLabel(secret, label, transcriptHash, HASH_LENGTH);
    }

    /** HMAC-SHA256, as the Finished computation uses too (§4.4.4). */
    public static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + HMAC, e);
        }
    }

    /** SHA-256 of {@code data}. */
    public static byte[] sha256(byte[] data) {
        return digest().digest(data);
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
