package org.wirewise.model.tls;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * TLS 1.2's pseudo-random function with SHA-256 (RFC 5246 §5): P_SHA256(secret, label + seed),
 * HMAC chained on A(i) = HMAC(secret, A(i-1)). It makes the master secret (§8.1, or the extended
 * one of RFC 7627 §4 over the session hash), the key block (§6.3) and Finished's verify_data (§7.4.9).
 */
public final class Tls12Prf {

    /** The master secret's length (RFC 5246 §8.1). */
    public static final int MASTER_LENGTH = 48;
    /** verify_data's length for every suite of RFC 5246 and RFC 5288 (§7.4.9). */
    public static final int VERIFY_DATA_LENGTH = 12;

    private Tls12Prf() {
    }

    /** PRF(secret, label, seed) cut to {@code length} bytes. */
    public static byte[] prf(byte[] secret, String label, byte[] seed, int length) {
        byte[] labelSeed = concat(label.getBytes(StandardCharsets.US_ASCII), seed);
        byte[] out = new byte[length];
        byte[] a = labelSeed;
        for (int at = 0; at < length; ) {
            a = Hkdf.hmac(secret, a);
            byte[] block = Hkdf.hmac(secret, concat(a, labelSeed));
            int n = Math.min(block.length, length - at);
            System.arraycopy(block, 0, out, at, n);
            at += n;
        }
        return out;
    }

    /** master_secret = PRF(pre_master_secret, "master secret", ClientHello.random + ServerHello.random) (§8.1). */
    public static byte[] masterSecret(byte[] preMaster, byte[] clientRandom, byte[] serverRandom) {
        return prf(preMaster, "master secret", concat(clientRandom, serverRandom), MASTER_LENGTH);
    }

    /** The extended master secret: over the hash of the handshake through ClientKeyExchange (RFC 7627 §4). */
    public static byte[] extendedMasterSecret(byte[] preMaster, byte[] sessionHash) {
        return prf(preMaster, "extended master secret", sessionHash, MASTER_LENGTH);
    }

    /** verify_data = PRF(master_secret, "client finished" or "server finished", Hash(handshake_messages)) (§7.4.9). */
    public static byte[] verifyData(byte[] master, boolean client, byte[] transcriptHash) {
        return prf(master, client ? "client finished" : "server finished", transcriptHash, VERIFY_DATA_LENGTH);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
