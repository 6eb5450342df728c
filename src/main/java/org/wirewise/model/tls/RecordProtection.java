package org.wirewise.model.tls;

import java.util.Arrays;
import javax.crypto.Cipher;

/**
 * One direction's record protection with AES-128-GCM (RFC 8446 §5.2, §5.3). The plaintext is a
 * TLSInnerPlaintext (content, the real content type, no padding here); the record header says
 * application_data, legacy version 0x0303, and is the AEAD's additional data; the nonce is the
 * IV XOR the 64-bit record sequence number, left-padded to 12 bytes; the sequence number counts
 * records under this key from 0.
 */
public final class RecordProtection implements RecordSealer {

    /** The largest TLSPlaintext fragment (§5.1). */
    public static final int MAX_PLAINTEXT = 1 << 14;
    /** The AES-GCM tag length. */
    public static final int TAG_LENGTH = 16;
    private final TrafficKeys keys;
    private long sequence;

    public RecordProtection(TrafficKeys keys) {
        this(keys, 0);
    }

    /** Starting at {@code sequence}, for checking a record the RFC shows mid-connection. */
    public RecordProtection(TrafficKeys keys, long sequence) {
        this.keys = keys;
        this.sequence = sequence;
    }

    /** The sequence number the next record will use. */
    public long sequence() {
        return sequence;
    }

    /** The per-record nonce for sequence number {@code seq} (§5.3). */
    public static byte[] nonce(byte[] iv, long seq) {
        byte[] nonce = iv.clone();
        for (int i = 0; i < 8; i++) {
            nonce[nonce.length - 1 - i] ^= (byte) (seq >>> (8 * i));
        }
        return nonce;
    }

    /** Protects one record: header, then the encrypted TLSInnerPlaintext and its tag. */
    @Override
    public byte[] seal(ContentType type, byte[] content) {
        if (content.length > MAX_PLAINTEXT) {
            throw new IllegalArgumentException("a record carries at most " + MAX_PLAINTEXT + " bytes, not " + content.length);
        }
        byte[] inner = Arrays.copyOf(content, content.length + 1);
        inner[content.length] = (byte) type.code();
        byte[] header = TlsRecord.header(ContentType.APPLICATION_DATA, inner.length + TAG_LENGTH);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, header, inner);
        byte[] record = Arrays.copyOf(header, header.length + sealed.length);
        System.arraycopy(sealed, 0, record, header.length, sealed.length);
        return record;
    }

    /** Removes the protection from one whole record; a wrong tag is bad_record_mac (§5.2). */
    public TlsRecord open(byte[] record) {
        if (record.length < TlsRecord.HEADER_LENGTH + TAG_LENGTH + 1) {
            throw new TlsAlertException(AlertDescription.DECODE_ERROR, "a protected record of " + record.length + " bytes is too short");
        }
        if (record.length - TlsRecord.HEADER_LENGTH > MAX_PLAINTEXT + 256) {
            throw new TlsAlertException(AlertDescription.RECORD_OVERFLOW, "a protected record may carry at most 2^14 + 256 bytes");
        }
        byte[] header = Arrays.copyOf(record, TlsRecord.HEADER_LENGTH);
        byte[] inner = crypt(Cipher.DECRYPT_MODE, header, Arrays.copyOfRange(record, TlsRecord.HEADER_LENGTH, record.length));
        int end = inner.length - 1;
        while (end >= 0 && inner[end] == 0) {
            end--; // zero padding after the content type (§5.4)
        }
        if (end < 0) {
            throw new TlsAlertException(AlertDescription.UNEXPECTED_MESSAGE, "a record with no content type");
        }
        return new TlsRecord(ContentType.of(inner[end] & 0xFF), Arrays.copyOf(inner, end));
    }

    private byte[] crypt(int mode, byte[] aad, byte[] input) {
        byte[] out = AesGcm.crypt(mode, keys.key(), nonce(keys.iv(), sequence), aad, input);
        sequence++;
        return out;
    }
}
