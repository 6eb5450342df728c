package org.wirewise.model.lb;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.wirewise.model.stack.TlsRecords;

/**
 * HTTPS as the lessons show it: TLS 1.3 application-data records of the real length with seeded
 * noise for ciphertext (no handshake, no keys). Whoever is given this object holds "the site's
 * key": it opens a record by remembering what each sealed record carried.
 */
public final class SiteKey implements Sealing {

    private final RandomGenerator noise;
    private final Map<ByteBuffer, byte[]> sealed = new HashMap<>();

    public SiteKey(RandomGenerator noise) {
        this.noise = noise;
    }

    @Override
    public byte[] seal(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int from = 0; from < Math.max(1, plain.length); from += TlsRecords.MAX_PLAINTEXT) {
            byte[] part = Arrays.copyOfRange(plain, from, Math.min(plain.length, from + TlsRecords.MAX_PLAINTEXT));
            byte[] record = TlsRecords.seal(part, noise);
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
            if (received.length - at < TlsRecords.HEADER_LENGTH) {
                return Optional.empty();
            }
            int end = at + TlsRecords.HEADER_LENGTH + ((received[at + 3] & 0xFF) << 8 | received[at + 4] & 0xFF);
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
