package org.wirewise.model.tls;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a byte stream into whole records: TCP hands over bytes as they arrive, a record may span
 * several segments and a segment may hold several records (RFC 8446 §5.1).
 */
public final class RecordReader {

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    /** Adds bytes as they arrived; returns every record now complete, each with its header. */
    public List<byte[]> add(byte[] bytes) {
        pending.writeBytes(bytes);
        byte[] all = pending.toByteArray();
        List<byte[]> records = new ArrayList<>();
        int at = 0;
        while (all.length - at >= TlsRecord.HEADER_LENGTH) {
            int length = ((all[at + 3] & 0xFF) << 8) | (all[at + 4] & 0xFF);
            if (length > RecordProtection.MAX_PLAINTEXT + 256) {
                throw new TlsAlertException(AlertDescription.RECORD_OVERFLOW, "a record of " + length + " bytes is longer than 2^14 + 256");
            }
            if (all.length - at < TlsRecord.HEADER_LENGTH + length) {
                break;
            }
            records.add(Arrays.copyOfRange(all, at, at + TlsRecord.HEADER_LENGTH + length));
            at += TlsRecord.HEADER_LENGTH + length;
        }
        pending.reset();
        pending.write(all, at, all.length - at);
        return records;
    }

    /** Bytes of a record not yet complete. */
    public int buffered() {
        return pending.size();
    }
}
