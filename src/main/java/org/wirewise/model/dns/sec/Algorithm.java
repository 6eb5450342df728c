package org.wirewise.model.dns.sec;

import java.util.Optional;

/**
 * The DNSSEC signing algorithms this model signs and checks with the JDK's own crypto (IANA "DNS Security
 * Algorithm Numbers"). Both are deterministic: RSA PKCS#1 v1.5 has no random padding and EdDSA no random
 * nonce (RFC 8032 §5.1.6), so one key and one RRset give one signature, the same every run.
 */
public enum Algorithm {
    /** RSA/SHA-256 (RFC 5702), the root zone's algorithm. */
    RSASHA256(8, "SHA256withRSA"),
    /** Ed25519 (RFC 8080). */
    ED25519(15, "Ed25519");

    private final int number;
    private final String jca;

    Algorithm(int number, String jca) {
        this.number = number;
        this.jca = jca;
    }

    public int number() {
        return number;
    }

    /** The JDK's name for the signature scheme. */
    String jca() {
        return jca;
    }

    public static Optional<Algorithm> of(int number) {
        for (Algorithm a : values()) {
            if (a.number == number) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
