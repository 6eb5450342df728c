package org.wirewise.model.stack;

import java.io.ByteArrayOutputStream;
import java.util.random.RandomGenerator;

/**
 * The TLS 1.3 record layer for application data (RFC 8446 §5). Each record is a 5-byte header
 * (opaque_type 23 = application_data, legacy_record_version 0x0303, length) and the AEAD output
 * over TLSInnerPlaintext: the content, its real content type (one byte) and no padding, plus a
 * 16-byte authentication tag (AES-128-GCM, RFC 8446 §5.2). Plaintext is cut into records of at
 * most 2^14 bytes (§5.1). The lesson has no keys: the ciphertext is seeded noise of exactly the
 * length a real record would have, which is what the wire and Wireshark see. Reading records
 * back is the registered payload dissector {@code model.packet.TlsDissector}.
 */
public final class TlsRecords {

    public static final int HEADER_LENGTH = 5;
    public static final int TAG_LENGTH = 16;
    /** One byte of TLSInnerPlaintext.type after the content. */
    public static final int INNER_TYPE_LENGTH = 1;
    public static final int MAX_PLAINTEXT = 1 << 14;
    public static final int APPLICATION_DATA = 23;

    private TlsRecords() {
    }

    /** Bytes a record adds to its content: header, inner content type and tag (22). */
    public static int overheadPerRecord() {
        return HEADER_LENGTH + INNER_TYPE_LENGTH + TAG_LENGTH;
    }

    /** How many records carry {@code plaintextLength} bytes. */
    public static int recordCount(int plaintextLength) {
        return Math.max(1, (plaintextLength + MAX_PLAINTEXT - 1) / MAX_PLAINTEXT);
    }

    /** Seals application data into records; the ciphertext comes from {@code noise}. */
    public static byte[] seal(byte[] plaintext, RandomGenerator noise) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int records = recordCount(plaintext.length);
        for (int r = 0; r < records; r++) {
            int from = r * MAX_PLAINTEXT;
            int length = Math.min(MAX_PLAINTEXT, plaintext.length - from);
            int recordLength = length + INNER_TYPE_LENGTH + TAG_LENGTH;
            out.write(APPLICATION_DATA);
            out.write(0x03);
            out.write(0x03);
            out.write(recordLength >>> 8);
            out.write(recordLength & 0xFF);
            byte[] cipher = new byte[recordLength];
            noise.nextBytes(cipher);
            out.writeBytes(cipher);
        }
        return out.toByteArray();
    }
}
