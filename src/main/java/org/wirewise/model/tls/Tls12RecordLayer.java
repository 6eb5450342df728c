package org.wirewise.model.tls;

import java.util.Arrays;
import java.util.List;

/**
 * One TLS 1.2 endpoint's record layer (RFC 5246 §6.2): writing is TLS 1.3's {@link RecordLayer}
 * (records of at most 2^14 bytes, one flight's handshake messages sharing records) with TLS 1.2's
 * protection, whose header shows the real content type. The write keys take effect right after
 * this side's ChangeCipherSpec, the read keys right after the peer's (§7.1), each direction's
 * sequence number counting from 0 there.
 */
final class Tls12RecordLayer {

    private final RecordLayer out = new RecordLayer();
    private final RecordReader reader = new RecordReader();
    private Tls12RecordProtection readKeys;
    private String readLabel = "none";

    /** Sends ChangeCipherSpec (the single byte 1), then protects everything written after it. */
    void changeWriteKeys(Tls12RecordProtection keys, String label) {
        out.write(ContentType.CHANGE_CIPHER_SPEC, new byte[] {1});
        out.installWrite(keys, label);
    }

    /** The peer's ChangeCipherSpec arrived: its next records are protected. */
    void changeReadKeys(Tls12RecordProtection keys, String label) {
        readKeys = keys;
        readLabel = label;
    }

    String writeLabel() {
        return out.writeLabel();
    }

    String readLabel() {
        return readLabel;
    }

    /** Queues a handshake message; {@code version} 0x0301 for a ClientHello, as clients send it for old servers. */
    void writeHandshake(byte[] message, int version) {
        out.writeHandshake(message, version);
    }

    /** Writes {@code content} as records of {@code type}, after any queued handshake messages. */
    void write(ContentType type, byte[] content) {
        out.write(type, content);
    }

    byte[] takeOutgoing() {
        return out.takeOutgoing();
    }

    List<byte[]> split(byte[] bytes) {
        return reader.add(bytes);
    }

    /** One record without its protection. */
    TlsRecord open(byte[] raw) {
        if (readKeys == null) {
            byte[] fragment = Arrays.copyOfRange(raw, TlsRecord.HEADER_LENGTH, raw.length);
            if (fragment.length > RecordProtection.MAX_PLAINTEXT) {
                throw new TlsAlertException(AlertDescription.RECORD_OVERFLOW, "a plaintext record over 2^14 bytes (RFC 5246 §6.2.1)");
            }
            return new TlsRecord(ContentType.of(raw[0] & 0xFF), fragment);
        }
        return readKeys.open(raw);
    }
}
