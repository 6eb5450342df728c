package org.wirewise.model.tls;

import java.util.Arrays;

/** A record's content type and fragment, as sent in the clear or after removing protection (RFC 8446 §5.1). */
public record TlsRecord(ContentType type, byte[] fragment) {

    public static final int HEADER_LENGTH = 5;
    /** legacy_record_version for every record but an initial ClientHello (§5.1). */
    public static final int LEGACY_VERSION = 0x0303;
    /** legacy_record_version a client may use for its first ClientHello, for old middleboxes. */
    public static final int CLIENT_HELLO_VERSION = 0x0301;

    public TlsRecord {
        fragment = fragment.clone();
    }

    @Override
    public byte[] fragment() {
        return fragment.clone();
    }

    /** The 5-byte header: type, legacy version 0x0303, length. */
    static byte[] header(ContentType type, int length) {
        return header(type, LEGACY_VERSION, length);
    }

    static byte[] header(ContentType type, int version, int length) {
        return new TlsWriter().u8(type.code()).u16(version).u16(length).toByteArray();
    }

    /** This record unprotected on the wire, with {@code version} as legacy_record_version. */
    public byte[] encode(int version) {
        if (fragment.length > RecordProtection.MAX_PLAINTEXT) {
            throw new IllegalArgumentException("a record carries at most 2^14 bytes, not " + fragment.length);
        }
        byte[] h = header(type, version, fragment.length);
        byte[] out = Arrays.copyOf(h, h.length + fragment.length);
        System.arraycopy(fragment, 0, out, h.length, fragment.length);
        return out;
    }

    public byte[] encode() {
        return encode(LEGACY_VERSION);
    }
}
