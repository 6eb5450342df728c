package org.wirewise.model.tls;

import java.security.MessageDigest;

/**
 * The running hash of the handshake messages, each with its 4-byte header (RFC 8446 §4.4.1).
 * {@link #current()} is the hash so far without ending the running one.
 */
public final class TranscriptHash {

    private final MessageDigest digest = Hkdf.digest();

    /** Adds one whole handshake message (type, 3-byte length, body). */
    public void add(byte[] handshakeMessage) {
        digest.update(handshakeMessage);
    }

    /** Transcript-Hash of every message added so far. */
    public byte[] current() {
        try {
            return ((MessageDigest) digest.clone()).digest();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digests are cloneable in the JDK", e);
        }
    }
}
