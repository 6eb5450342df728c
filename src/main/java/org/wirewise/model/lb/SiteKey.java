package org.wirewise.model.lb;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * HTTPS as the lessons show it: TLS 1.3 application-data records of the real length with seeded
 * noise for ciphertext (no handshake, no keys). Whoever is given this object holds "the site's
 * key": it opens a record by remembering what each sealed record carried.
 */
public final class SiteKey implements Sealing {

    /** TLS 1.3 record header, RFC 8446 §5.1: type, legacy version 0x0303, length. */
    private static final int HEADER_LENGTH = 5;
    private static final int APPLICATION_DATA = 23;
    /** Largest plaintext in one record (§5.1), and what a record adds: inner content type and AEAD tag (§5.2). */
    private static final int MAX_PLAINTEXT = 1 << 14;
    private static final int INNER_TYPE_AND_TAG = 1 + 16;

    private final RandomGenerator noise;
    private final Map<ByteBuffer, byte[]> sealed = new HashMap<>();

    public SiteKey(RandomGenerator noise) {
        this.noise = noise;
    }

    @Override
    public byte[] seal(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int from = 0; from < Math.max(1, plain.length); from += MAX_PLAINTEXT) {
            byte[] part = Arrays.copyOfRange(plain, from, Math.min(plain.length, from + MAX_PLAINTEXT));
            byte[] record = new byte[HEADER_LENGTH + part.length + INNER_TYPE_AND_TAG];
            int length = record.length - HEADER_LENGTH;
            record[0] = APPLICATION_DATA;
            record[1] = 3;
            record[2] = 3;
            record[3] = (byte) (length >>> 8);
            record[4] = (byte) length;
            byte[] cipher = new byte[length]; // the lesson has no keys: seeded noise of the real length
            noise.nextBytes(cipher);
            System.arraycopy(cipher, 0, record, HEADER_LENGTH, length);
            sealed.put(ByteBuffer.wrap(record), part);
            out.writeBytes(record);
        }
        return out.toByteArray();
    }

    @Override
    public Optional<byte[]> open(byte[] received) {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        int at = 0;
        while (at < received.length) {
            if (received.length - at < HEADER_LENGTH) {
                return Optional.empty();
            }
            int end = at + HEADER_LENGTH + ((received[at + 3] & 0xFF) << 8 | received[at + 4] & 0xFF);
            if (end > received.length) {
                return Optional.empty();
            }
            byte[] part = sealed.get(ByteBuffer.wrap(Arrays.copyOfRange(received, at, end)));
            if (part == null) {
                return Optional.empty(); // not sealed with this key: unreadable
            }
            plain.writeBytes(part);
            at = end;
        }
        return Optional.of(plain.toByteArray());
    }
}
