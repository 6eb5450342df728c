package org.wirewise.model.tls;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * One endpoint's record layer (RFC 8446 §5): writes content as records, at most 2^14 bytes each,
 * protected once keys are installed; reads a byte stream into records and removes protection.
 * A change_cipher_spec record during the handshake is the middlebox-compatibility dummy (§5,
 * Appendix D.4) and is dropped.
 */
final class RecordLayer {

    private final RecordReader reader = new RecordReader();
    private RecordSealer writeKeys;
    private RecordProtection readKeys;
    private String writeLabel = "none";
    private String readLabel = "none";
    private final ByteArrayOutputStream outgoing = new ByteArrayOutputStream();
    private final ByteArrayOutputStream pendingHandshake = new ByteArrayOutputStream();
    private int pendingVersion = TlsRecord.LEGACY_VERSION;
    private long skipBudget;
    /** Set when QUIC carries this endpoint: handshake messages and alerts go to it, not into records (RFC 9001 §4). */
    private java.util.function.BiConsumer<String, byte[]> carrier;

    /** Hands every handshake message and alert to {@code carrier} with the label of the keys in use, instead of records. */
    void carryWith(java.util.function.BiConsumer<String, byte[]> carrier) {
        this.carrier = carrier;
    }

    void installWrite(byte[] trafficSecret, String label) {
        flush();
        writeKeys = new RecordProtection(TrafficKeys.from(trafficSecret));
        writeLabel = label;
    }

    /** Protects what is written from now on with {@code sealer} (TLS 1.2's keys after its ChangeCipherSpec). */
    void installWrite(RecordSealer sealer, String label) {
        flush();
        writeKeys = sealer;
        writeLabel = label;
    }

    void installRead(byte[] trafficSecret, String label) {
        readKeys = new RecordProtection(TrafficKeys.from(trafficSecret));
        readLabel = label;
    }

    /**
     * Early data the server declined: records that do not open under the current keys are dropped,
     * up to {@code bytes}, until one opens (RFC 8446 §4.2.10).
     */
    void skipUnreadable(long bytes) {
        skipBudget = bytes;
    }

    String writeLabel() {
        return writeLabel;
    }

    String readLabel() {
        return readLabel;
    }

    /**
     * Queues a handshake message: messages under the same keys share records, as RFC 8448's
     * server sends EncryptedExtensions to Finished in one; {@code version} for a first ClientHello.
     */
    void writeHandshake(byte[] message, int version) {
        pendingHandshake.writeBytes(message);
        pendingVersion = version;
    }

    /** Writes {@code content} as one or more records of {@code type}, after any queued handshake messages. */
    void write(ContentType type, byte[] content) {
        flush();
        writeRecords(type, content, TlsRecord.LEGACY_VERSION);
    }

    private void flush() {
        if (pendingHandshake.size() > 0) {
            writeRecords(ContentType.HANDSHAKE, pendingHandshake.toByteArray(), pendingVersion);
            pendingHandshake.reset();
        }
    }

    private void writeRecords(ContentType type, byte[] content, int version) {
        if (carrier != null) {
            carrier.accept(type == ContentType.ALERT ? "alert" : writeLabel, content);
            return;
        }
        int at = 0;
        do {
            byte[] fragment = Arrays.copyOfRange(content, at, Math.min(content.length, at + RecordProtection.MAX_PLAINTEXT));
            at += fragment.length;
            outgoing.writeBytes(writeKeys == null ? new TlsRecord(type, fragment).encode(version) : writeKeys.seal(type, fragment));
        } while (at < content.length);
    }

    /** The bytes written since the last call, for the transport. */
    byte[] takeOutgoing() {
        flush();
        byte[] out = outgoing.toByteArray();
        outgoing.reset();
        return out;
    }

    /** The whole records that arrived in {@code bytes}, still protected: each is opened when its turn comes. */
    List<byte[]> split(byte[] bytes) {
        return reader.add(bytes);
    }

    /** One record without its protection; empty for the compatibility change_cipher_spec, which is dropped. */
    java.util.Optional<TlsRecord> open(byte[] raw) {
        ContentType outer = ContentType.of(raw[0] & 0xFF);
        byte[] fragment = Arrays.copyOfRange(raw, TlsRecord.HEADER_LENGTH, raw.length);
        if (outer == ContentType.CHANGE_CIPHER_SPEC) {
            if (fragment.length != 1 || fragment[0] != 1) {
                throw new TlsAlertException(AlertDescription.UNEXPECTED_MESSAGE, "a change_cipher_spec other than the single byte 1");
            }
            return java.util.Optional.empty();
        }
        // A 2-byte alert is in the clear: a protected record is never shorter than its 16-byte tag.
        if (readKeys == null || outer == ContentType.ALERT && fragment.length == 2) {
            if (fragment.length > RecordProtection.MAX_PLAINTEXT) {
                throw new TlsAlertException(AlertDescription.RECORD_OVERFLOW, "a plaintext record over 2^14 bytes");
            }
            return java.util.Optional.of(new TlsRecord(outer, fragment));
        }
        if (outer != ContentType.APPLICATION_DATA) {
            throw new TlsAlertException(AlertDescription.UNEXPECTED_MESSAGE, "an unprotected " + outer + " record after keys were installed");
        }
        try {
            TlsRecord opened = readKeys.open(raw);
            skipBudget = 0;
            return java.util.Optional.of(opened);
        } catch (TlsAlertException e) {
            if (e.alert() != AlertDescription.BAD_RECORD_MAC || raw.length - TlsRecord.HEADER_LENGTH > skipBudget) {
                throw e;
            }
            skipBudget -= raw.length - TlsRecord.HEADER_LENGTH;
            return java.util.Optional.empty();
        }
    }
}
