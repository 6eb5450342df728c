package org.wirewise.model.tls;

import java.util.Arrays;
import javax.crypto.Cipher;

/**
 * One direction's AES-128-GCM record protection in TLS 1.2 (RFC 5246 §6.2.3.3, RFC 5288 §3): the
 * nonce is the 4-byte salt from the key block and an 8-byte explicit part sent at the front of
 * each record (the sequence number here, as OpenSSL and the JDK do); the additional data is the
 * sequence number, the real content type, the version and the plaintext length. Unlike TLS 1.3 the
 * header shows the real content type.
 */
public final class Tls12RecordProtection implements RecordSealer {

    /** The explicit nonce's length on the wire. */
    public static final int EXPLICIT_NONCE = 8;
    private final byte[] key;
    private final byte[] salt;
    private long sequence;

    public Tls12RecordProtection(byte[] key, byte[] salt) {
        this.key = key.clone();
        this.salt = salt.clone();
    }

    /** The sequence number the next record will use: 0 for the first record after ChangeCipherSpec. */
    public long sequence() {
        return sequence;
    }

    /** Protects one record: header, explicit nonce, ciphertext, tag. */
    @Override
    public byte[] seal(ContentType type, byte[] content) {
        if (content.length > RecordProtection.MAX_PLAINTEXT) {
            throw new IllegalArgumentException("a record carries at most " + RecordProtection.MAX_PLAINTEXT + " bytes, not " + content.length);
        }
        byte[] explicit = u64(sequence);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, explicit, additionalData(type, content.length), content);
        byte[] header = TlsRecord.header(type, EXPLICIT_NONCE + sealed.length);
        byte[] record = Arrays.copyOf(header, header.length + EXPLICIT_NONCE + sealed.length);
        System.arraycopy(explicit, 0, record, header.length, EXPLICIT_NONCE);
        System.arraycopy(sealed, 0, record, header.length + EXPLICIT_NONCE, sealed.length);
        return record;
    }

    /** Removes the protection from one whole record; a wrong tag is bad_record_mac (RFC 5246 §7.2.2). */
    public TlsRecord open(byte[] record) {
        int body = record.length - TlsRecord.HEADER_LENGTH;
        if (body < EXPLICIT_NONCE + RecordProtection.TAG_LENGTH) {
            throw new TlsAlertException(AlertDescription.BAD_RECORD_MAC, "a protected record of " + record.length + " bytes is too short");
        }
        if (body > RecordProtection.MAX_PLAINTEXT + 2048) {
            throw new TlsAlertException(AlertDescription.RECORD_OVERFLOW, "a TLSCiphertext may carry at most 2^14 + 2048 bytes (§6.2.3)");
        }
        ContentType type = ContentType.of(record[0] & 0xFF);
        byte[] explicit = Arrays.copyOfRange(record, TlsRecord.HEADER_LENGTH, TlsRecord.HEADER_LENGTH + EXPLICIT_NONCE);
        int plain = body - EXPLICIT_NONCE - RecordProtection.TAG_LENGTH;
        byte[] content = crypt(Cipher.DECRYPT_MODE, explicit, additionalData(type, plain),
                Arrays.copyOfRange(record, TlsRecord.HEADER_LENGTH + EXPLICIT_NONCE, record.length));
        return new TlsRecord(type, content);
    }

    /** seq_num + type + version + length (RFC 5246 §6.2.3.3). */
    private byte[] additionalData(ContentType type, int length) {
        return new TlsWriter().bytes(u64(sequence)).u8(type.code()).u16(TlsRecord.LEGACY_VERSION).u16(length).toByteArray();
    }

    private byte[] crypt(int mode, byte[] explicit, byte[] aad, byte[] input) {
        byte[] out = AesGcm.crypt(mode, key, Tls12Prf.concat(salt, explicit), aad, input);
        sequence++;
        return out;
    }

    private static byte[] u64(long v) {
        return new TlsWriter().u32(v >>> 32).u32(v & 0xFFFF_FFFFL).toByteArray();
    }
}
