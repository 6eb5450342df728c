package org.wirewise.model.tls;

/**
 * The TLS 1.3 key schedule (RFC 8446 §7.1), with or without a PSK: early secret from the PSK or zeros, handshake
 * secret from the (EC)DHE shared secret, master secret from zeros; each stage salted with
 * Derive-Secret(previous, "derived", ""). The traffic secrets take the transcript hash at the
 * point the RFC names: ClientHello..ServerHello for the handshake secrets, ..server Finished for
 * the application secrets, ..client Finished for the resumption master secret.
 */
public final class KeySchedule {

    private static final byte[] EMPTY_HASH = Hkdf.sha256(new byte[0]);
    private final byte[] earlySecret;
    private byte[] handshakeSecret;
    private byte[] masterSecret;

    /** Starts with no PSK: Early Secret = HKDF-Extract(0, 0...0). */
    public KeySchedule() {
        this(new byte[Hkdf.HASH_LENGTH]);
    }

    /** Starts from a PSK (resumption): Early Secret = HKDF-Extract(0, PSK). */
    public KeySchedule(byte[] psk) {
        earlySecret = Hkdf.extract(new byte[0], psk);
    }

    public byte[] earlySecret() {
        return earlySecret.clone();
    }

    /** binder_key = Derive-Secret(Early Secret, "res binder", "") for a resumption PSK (§7.1). */
    public byte[] binderKey() {
        return Hkdf.deriveSecret(earlySecret, "res binder", EMPTY_HASH);
    }

    /** "c e traffic" over the ClientHello: the key of 0-RTT data (§7.1). */
    public byte[] clientEarlyTrafficSecret(byte[] clientHelloHash) {
        return Hkdf.deriveSecret(earlySecret, "c e traffic", clientHelloHash);
    }

    /** "e exp master" over the ClientHello (§7.1). */
    public byte[] earlyExporterMasterSecret(byte[] clientHelloHash) {
        return Hkdf.deriveSecret(earlySecret, "e exp master", clientHelloHash);
    }

    /** Mixes in the (EC)DHE shared secret: Handshake Secret = HKDF-Extract(Derive-Secret(early, "derived", ""), DHE). */
    public byte[] handshakeSecret(byte[] sharedSecret) {
        handshakeSecret = Hkdf.extract(derived(earlySecret), sharedSecret);
        masterSecret = Hkdf.extract(derived(handshakeSecret), new byte[Hkdf.HASH_LENGTH]);
        return handshakeSecret.clone();
    }

    /** The handshake secret, once the shared secret is mixed in. */
    public byte[] handshakeSecret() {
        return need(handshakeSecret).clone();
    }

    public byte[] masterSecret() {
        return need(masterSecret).clone();
    }

    /** "c hs traffic" over ClientHello..ServerHello. */
    public byte[] clientHandshakeTrafficSecret(byte[] helloHash) {
        return Hkdf.deriveSecret(need(handshakeSecret), "c hs traffic", helloHash);
    }

    /** "s hs traffic" over ClientHello..ServerHello. */
    public byte[] serverHandshakeTrafficSecret(byte[] helloHash) {
        return Hkdf.deriveSecret(need(handshakeSecret), "s hs traffic", helloHash);
    }

    /** "c ap traffic" over ClientHello..server Finished. */
    public byte[] clientApplicationTrafficSecret(byte[] serverFinishedHash) {
        return Hkdf.deriveSecret(need(masterSecret), "c ap traffic", serverFinishedHash);
    }

    /** "s ap traffic" over ClientHello..server Finished. */
    public byte[] serverApplicationTrafficSecret(byte[] serverFinishedHash) {
        return Hkdf.deriveSecret(need(masterSecret), "s ap traffic", serverFinishedHash);
    }

    /** "exp master" over ClientHello..server Finished. */
    public byte[] exporterMasterSecret(byte[] serverFinishedHash) {
        return Hkdf.deriveSecret(need(masterSecret), "exp master", serverFinishedHash);
    }

    /** "res master" over ClientHello..client Finished. */
    public byte[] resumptionMasterSecret(byte[] clientFinishedHash) {
        return Hkdf.deriveSecret(need(masterSecret), "res master", clientFinishedHash);
    }

    /** The PSK a NewSessionTicket with {@code nonce} stands for (§4.6.1). */
    public static byte[] resumptionPsk(byte[] resumptionMasterSecret, byte[] nonce) {
        return Hkdf.expandLabel(resumptionMasterSecret, "resumption", nonce, Hkdf.HASH_LENGTH);
    }

    /** finished_key = HKDF-Expand-Label(BaseKey, "finished", "", Hash.length) (§4.4.4). */
    public static byte[] finishedKey(byte[] trafficSecret) {
        return Hkdf.expandLabel(trafficSecret, "finished", new byte[0], Hkdf.HASH_LENGTH);
    }

    /** verify_data = HMAC(finished_key, Transcript-Hash(...)) (§4.4.4). */
    public static byte[] finishedVerifyData(byte[] trafficSecret, byte[] transcriptHash) {
        return Hkdf.hmac(finishedKey(trafficSecret), transcriptHash);
    }

    private static byte[] derived(byte[] secret) {
        return Hkdf.deriveSecret(secret, "derived", EMPTY_HASH);
    }

    private static byte[] need(byte[] secret) {
        if (secret == null) {
            throw new IllegalStateException("the handshake secret comes first: no shared secret yet");
        }
        return secret;
    }
}
