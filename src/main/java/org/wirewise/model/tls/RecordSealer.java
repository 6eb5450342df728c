package org.wirewise.model.tls;

/** Turns one record's content into the protected record on the wire: TLS 1.3's {@link RecordProtection} or TLS 1.2's. */
interface RecordSealer {

    /** The whole record, header included, protecting {@code content} of {@code type}. */
    byte[] seal(ContentType type, byte[] content);
}
