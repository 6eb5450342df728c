package org.wirewise.model.tls;

/** Finished (RFC 8446 §4.4.4): HMAC over the transcript with the sender's finished_key. */
public record Finished(byte[] verifyData) {

    public Finished {
        verifyData = verifyData.clone();
    }

    @Override
    public byte[] verifyData() {
        return verifyData.clone();
    }

    public HandshakeMessage message() {
        return new HandshakeMessage(HandshakeType.FINISHED, verifyData);
    }

    public static Finished decode(HandshakeMessage m) {
        return new Finished(m.expect(HandshakeType.FINISHED).body());
    }

    /** Whether this Finished is the one {@code trafficSecret} gives over {@code transcriptHash}, in constant time. */
    public boolean matches(byte[] trafficSecret, byte[] transcriptHash) {
        return java.security.MessageDigest.isEqual(verifyData, KeySchedule.finishedVerifyData(trafficSecret, transcriptHash));
    }
}
