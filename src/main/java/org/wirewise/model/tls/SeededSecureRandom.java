package org.wirewise.model.tls;

import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.random.RandomGenerator;

/**
 * A SecureRandom whose bytes come from the scenario's seeded generator, so key generation,
 * randoms and signature salts are the same for the same seed. For teaching, never for secrets.
 * Built on its own SPI so no platform generator is ever created or consulted.
 */
public final class SeededSecureRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    public SeededSecureRandom(RandomGenerator source) {
        super(new Spi(source), null);
    }

    @Override
    public String getAlgorithm() {
        return "seeded";
    }

    private static final class Spi extends SecureRandomSpi {
        private static final long serialVersionUID = 1L;
        private final transient RandomGenerator source;

        Spi(RandomGenerator source) {
            this.source = source;
        }

        @Override
        protected void engineSetSeed(byte[] seed) {
            // Reseeding would break the scenario's determinism: the seed is the scenario's.
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            source.nextBytes(bytes);
        }

        @Override
        protected byte[] engineGenerateSeed(int numBytes) {
            byte[] b = new byte[numBytes];
            source.nextBytes(b);
            return b;
        }
    }
}
