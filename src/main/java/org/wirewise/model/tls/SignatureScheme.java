package org.wirewise.model.tls;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;

/** The signature schemes this implementation signs or checks with (RFC 8446 §4.2.3), each with its JDK algorithm. */
public enum SignatureScheme {
    ECDSA_SECP256R1_SHA256(0x0403, "ecdsa_secp256r1_sha256", "SHA256withECDSA"),
    RSA_PSS_RSAE_SHA256(0x0804, "rsa_pss_rsae_sha256", "RSASSA-PSS"),
    ED25519(0x0807, "ed25519", "Ed25519");

    private final int code;
    private final String rfcName;
    private final String jdkName;

    SignatureScheme(int code, String rfcName, String jdkName) {
        this.code = code;
        this.rfcName = rfcName;
        this.jdkName = jdkName;
    }

    public int code() {
        return code;
    }

    public String rfcName() {
        return rfcName;
    }

    /** The scheme with this code, if this implementation knows it. */
    public static java.util.Optional<SignatureScheme> of(int code) {
        for (SignatureScheme s : values()) {
            if (s.code == code) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }

    /** Signs {@code content}; {@code random} feeds the randomised schemes (PSS salt, ECDSA k), seeded for determinism. */
    public byte[] sign(PrivateKey key, byte[] content, SecureRandom random) {
        try {
            Signature s = signature();
            s.initSign(key, random);
            s.update(content);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new TlsAlertException(AlertDescription.INTERNAL_ERROR, "cannot sign with " + rfcName + ": " + e.getMessage());
        }
    }

    /** Whether {@code sig} is a valid signature of {@code content} under {@code key}. */
    public boolean verify(PublicKey key, byte[] content, byte[] sig) {
        try {
            Signature s = signature();
            s.initVerify(key);
            s.update(content);
            return s.verify(sig);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private Signature signature() throws GeneralSecurityException {
        Signature s = Signature.getInstance(jdkName);
        if (this == RSA_PSS_RSAE_SHA256) {
            // §4.2.3: MGF1 with the same hash, salt as long as the digest.
            s.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        }
        return s;
    }
}
