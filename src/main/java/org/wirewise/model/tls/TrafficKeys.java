package org.wirewise.model.tls;

/**
 * The AEAD key and IV one traffic secret gives (RFC 8446 §7.3): HKDF-Expand-Label(secret, "key",
 * "", 16) and HKDF-Expand-Label(secret, "iv", "", 12) for AES-128-GCM.
 */
public record TrafficKeys(byte[] key, byte[] iv) {

    public static final int KEY_LENGTH = 16;
    public static final int IV_LENGTH = 12;

    public TrafficKeys {
        key = key.clone();
        iv = iv.clone();
    }

    public static TrafficKeys from(byte[] trafficSecret) {
        return new TrafficKeys(Hkdf.expandLabel(trafficSecret, "key", new byte[0], KEY_LENGTH),
                Hkdf.expandLabel(trafficSecret, "iv", new byte[0], IV_LENGTH));
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    @Override
    public byte[] iv() {
        return iv.clone();
    }
}
