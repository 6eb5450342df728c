package org.wirewise.model.trace;

import java.util.HexFormat;
import java.util.Objects;

/**
 * One secret a run's TLS (or QUIC) endpoints derived, as a line of the NSS key log format
 * (SSLKEYLOGFILE): {@code LABEL <client random> <secret>}, both in hex. A trace carries them so an
 * exported capture can embed them (a pcapng Decryption Secrets Block) and Wireshark decrypts the
 * records with no settings. Labels are NSS's: {@code CLIENT_HANDSHAKE_TRAFFIC_SECRET},
 * {@code SERVER_TRAFFIC_SECRET_0}, {@code CLIENT_RANDOM} (TLS 1.2's master secret), and so on.
 */
public record SessionSecret(String label, byte[] clientRandom, byte[] secret) {

    public SessionSecret {
        Objects.requireNonNull(label, "label");
        if (label.isEmpty() || !label.chars().allMatch(c -> c == '_' || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
            throw new IllegalArgumentException("a key log label is upper-case letters, digits and '_': " + label);
        }
        if (clientRandom.length != 32) {
            throw new IllegalArgumentException("a client random is 32 bytes, not " + clientRandom.length);
        }
        if (secret.length == 0) {
            throw new IllegalArgumentException("a secret cannot be empty");
        }
        clientRandom = clientRandom.clone();
        secret = secret.clone();
    }

    @Override
    public byte[] clientRandom() {
        return clientRandom.clone();
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    /** The key log line, without a line end. */
    public String nssLine() {
        HexFormat hex = HexFormat.of();
        return label + " " + hex.formatHex(clientRandom) + " " + hex.formatHex(secret);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionSecret s && label.equals(s.label)
                && java.util.Arrays.equals(clientRandom, s.clientRandom) && java.util.Arrays.equals(secret, s.secret);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, java.util.Arrays.hashCode(clientRandom), java.util.Arrays.hashCode(secret));
    }

    @Override
    public String toString() {
        return "SessionSecret[" + label + "]";
    }
}
