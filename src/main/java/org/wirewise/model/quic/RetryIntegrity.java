package org.wirewise.model.quic;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

/**
 * The Retry Integrity Tag (RFC 9001 §5.8): AES-128-GCM with a fixed key and nonce over a pseudo
 * packet that starts with the client's original Destination Connection ID, so only a Retry made
 * for that Initial verifies (not a secret: anyone can compute it).
 */
public final class RetryIntegrity {

    private static final byte[] KEY = HexFormat.of().parseHex("be0c690b9f66575a1d766b54e368c84e");
    private static final byte[] NONCE = HexFormat.of().parseHex("461599d35d632bf2239825bb");

    private RetryIntegrity() {
    }

    /** The 16-byte tag for {@code retryWithoutTag}, a Retry answering an Initial sent to {@code originalDcid}. */
    public static byte[] tag(byte[] originalDcid, byte[] retryWithoutTag) {
        ByteArrayOutputStream pseudo = new ByteArrayOutputStream();
        pseudo.write(originalDcid.length);
        pseudo.writeBytes(originalDcid);
        pseudo.writeBytes(retryWithoutTag);
        return AeadCipher.AES_128_GCM.seal(KEY, NONCE, pseudo.toByteArray(), new byte[0]);
    }
}
