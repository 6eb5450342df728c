package org.wirewise.model.tls.cert;

import java.util.SplittableRandom;
import org.wirewise.model.tls.SeededSecureRandom;

/** Chains for tests, from a seed as a lesson makes them. */
final class Chains {

    private Chains() {
    }

    static CertificateChain of(ChainFault fault, long seed) {
        return CertificateChain.build(fault, new SeededSecureRandom(new SplittableRandom(seed)));
    }

    static CertificateChain of(ChainFault fault) {
        return of(fault, 7);
    }
}
