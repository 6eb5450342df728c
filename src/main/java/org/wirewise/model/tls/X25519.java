package org.wirewise.model.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import javax.crypto.KeyAgreement;

/**
 * An x25519 key pair (RFC 7748) as TLS carries it: 32-byte little-endian strings. The JDK's XDH
 * does the arithmetic; the public key is the private scalar times the base point u = 9.
 */
public final class X25519 {

    private static final BigInteger BASE_POINT = BigInteger.valueOf(9);
    private final byte[] privateKey;
    private final byte[] publicKey;

    private X25519(byte[] privateKey) {
        this.privateKey = privateKey.clone();
        this.publicKey = agree(privateKey, BASE_POINT);
    }

    /** The key pair with this private key, as RFC 8448 gives them. */
    public static X25519 fromPrivate(byte[] privateKey) {
        if (privateKey.length != 32) {
            throw new IllegalArgumentException("an x25519 private key is 32 bytes, not " + privateKey.length);
        }
        return new X25519(privateKey);
    }

    /** A fresh key pair from {@code random} (the scenario's seeded stream). */
    public static X25519 generate(SecureRandom random) {
        byte[] k = new byte[32];
        random.nextBytes(k);
        return new X25519(k);
    }

    /** The public key, the key_exchange bytes of a KeyShareEntry. */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The shared secret with the peer's public key: the (EC)DHE input of the key schedule. */
    public byte[] sharedSecret(byte[] peerPublic) {
        if (peerPublic.length != 32) {
            throw new TlsAlertException(AlertDescription.ILLEGAL_PARAMETER, "an x25519 key share is 32 bytes, not " + peerPublic.length);
        }
        byte[] secret = agree(privateKey, littleEndian(peerPublic));
        if (java.util.Arrays.equals(secret, new byte[32])) {
            throw new TlsAlertException(AlertDescription.ILLEGAL_PARAMETER, "the x25519 shared secret is all zeros (RFC 8446 §7.4.2)");
        }
        return secret;
    }

    private static byte[] agree(byte[] scalar, BigInteger u) {
        try {
            KeyFactory kf = KeyFactory.getInstance("XDH");
            PrivateKey priv = kf.generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, scalar));
            PublicKey pub = kf.generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, u));
            KeyAgreement ka = KeyAgreement.getInstance("XDH");
            ka.init(priv);
            ka.doPhase(pub, true);
            return ka.generateSecret();
        } catch (GeneralSecurityException e) {
            throw new TlsAlertException(AlertDescription.ILLEGAL_PARAMETER, "x25519 failed: " + e.getMessage());
        }
    }

    /** RFC 7748 §5: u is little-endian, its top bit masked. */
    private static BigInteger littleEndian(byte[] b) {
        byte[] be = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            be[i] = b[b.length - 1 - i];
        }
        be[0] &= 0x7F;
        return new BigInteger(1, be);
    }
}
