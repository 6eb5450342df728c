package org.wirewise.model.lb;

import java.util.Optional;

/**
 * What an application's bytes become on the wire and back: nothing (plain HTTP), or records a
 * holder of the site's key can open (HTTPS). A layer-7 balancer opens what clients send and seals
 * what it answers; a layer-4 one never calls it.
 */
public interface Sealing {

    /** Plain bytes: what is written is what is sent. */
    Sealing PLAIN = new Sealing() {
        @Override
        public byte[] seal(byte[] plain) {
            return plain.clone();
        }

        @Override
        public Optional<byte[]> open(byte[] received) {
            return Optional.of(received.clone());
        }
    };

    byte[] seal(byte[] plain);

    /** The plaintext of every whole record in {@code received}, or empty while one is still arriving. */
    Optional<byte[]> open(byte[] received);

    /** Whether it changes the bytes (HTTPS): what X-Forwarded-Proto reports. */
    default boolean encrypts() {
        return this != PLAIN;
    }
}
