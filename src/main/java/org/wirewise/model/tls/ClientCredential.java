package org.wirewise.model.tls;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SplittableRandom;
import org.wirewise.model.tls.cert.Certificate;
import org.wirewise.model.tls.cert.CertificateChain;
import org.wirewise.model.tls.cert.CertificateIssuer;
import org.wirewise.model.tls.cert.CertificateSpec;
import org.wirewise.model.tls.cert.ChainFault;
import org.wirewise.model.tls.cert.DistinguishedName;

/**
 * A client certificate for mutual TLS: a leaf for {@link #NAME} issued by the seeded chain's
 * issuing CA (the one the lesson's server trusts), or by the stranger CA of the untrusted-root
 * chain, with the client's own Ed25519 key. The CA keys are found by drawing the chain's seeded
 * keys again, as {@link LessonServer} does for the server's leaf.
 *
 * @param identity the chain the client sends (leaf, then its issuing CA) and the leaf's key
 * @param leaf     the client's certificate
 * @param trusted  whether the issuing CA leads to the root the server trusts
 */
public record ClientCredential(ServerIdentity identity, Certificate leaf, boolean trusted) {

    /** The client's name in its subjectAltName: the identity the server learns. */
    public static final String NAME = "client.example.com";

    /** A credential from {@code seed}: issued under the trusted CA, or under a CA the server does not know. */
    public static ClientCredential of(long seed, boolean trusted) {
        CertificateChain chain = CertificateChain.build(trusted ? ChainFault.NONE : ChainFault.UNTRUSTED_ROOT,
                LessonServer.random(seed));
        SecureRandom replay = LessonServer.random(seed);
        KeyPair[] keys = new KeyPair[5]; // root, issuing, server leaf, stranger root, stranger issuing
        for (int i = 0; i < keys.length; i++) {
            keys[i] = LessonServer.ed25519(replay);
        }
        KeyPair issuer = trusted ? keys[1] : keys[4];
        SecureRandom own = new SeededSecureRandom(new SplittableRandom(seed ^ 0x5eed_c11e_47L));
        KeyPair clientKey = LessonServer.ed25519(own);
        byte[] serial = new byte[16];
        own.nextBytes(serial);
        serial[0] = (byte) (serial[0] & 0x3F | 0x40); // positive, nonzero top octet
        ZonedDateTime from = ZonedDateTime.of(2025, 11, 15, 0, 0, 0, 0, ZoneOffset.UTC);
        CertificateSpec spec = new CertificateSpec(new BigInteger(serial), chain.intermediate().subject(),
                new DistinguishedName("Example Services", NAME), from, from.plusDays(90), false, -1, false, List.of(NAME));
        Certificate leaf = CertificateIssuer.issue(spec, clientKey.getPublic(), issuer.getPrivate(),
                CertificateIssuer.keyIdentifier(issuer.getPublic()));
        return new ClientCredential(new ServerIdentity(List.of(leaf.der(), chain.intermediate().der()),
                clientKey.getPrivate(), SignatureScheme.ED25519), leaf, trusted);
    }
}
