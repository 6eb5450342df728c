package org.wirewise.model.tls;

import org.wirewise.model.tls.cert.ChainFault;

/**
 * Parameters of the certificate-chain lesson.
 *
 * @param fault what is wrong with the chain the server presents (none: a good chain)
 * @param seed  seeds the keys and serial numbers: the same seed gives the same certificate bytes
 */
public record CertificateChainScenario(ChainFault fault, long seed) {

    public static final CertificateChainScenario DEFAULTS = new CertificateChainScenario(ChainFault.NONE, 1);
}
