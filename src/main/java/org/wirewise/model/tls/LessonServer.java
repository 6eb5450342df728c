package org.wirewise.model.tls;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.wirewise.model.tls.cert.Certificate;
import org.wirewise.model.tls.cert.CertificateChain;
import org.wirewise.model.tls.cert.ChainFault;

/**
 * The TLS lessons' server: the certificate chain model.tls.cert builds from a seed (root,
 * intermediate, leaf for shop.example.com), and the leaf's Ed25519 private key. The chain keeps
 * no private keys, so the leaf's is found by drawing the same seeded keys again and taking the
 * one whose public half the leaf certifies.
 */
public record LessonServer(CertificateChain chain, ServerIdentity identity) {

    public static LessonServer of(long seed) {
        return of(seed, ChainFault.NONE);
    }

    /** A server whose chain has {@code fault} (the certificate lesson's scenarios); the leaf's key is the same draw. */
    public static LessonServer of(long seed, ChainFault fault) {
        return keyed(CertificateChain.build(fault, random(seed)), seed);
    }

    /** A server of another name (a DNS resolver's), its chain drawn from the same seeded keys. */
    public static LessonServer named(long seed, String organisation, List<String> hosts) {
        return keyed(CertificateChain.build(ChainFault.NONE, random(seed), organisation, hosts), seed);
    }

    private static LessonServer keyed(CertificateChain chain, long seed) {
        SecureRandom replay = random(seed);
        byte[] leafKey = chain.leaf().publicKey().getEncoded();
        for (int i = 0; i < 5; i++) {
            KeyPair k = ed25519(replay);
            if (Arrays.equals(k.getPublic().getEncoded(), leafKey)) {
                return new LessonServer(chain, new ServerIdentity(chain.sent().stream().map(Certificate::der).toList(),
                        k.getPrivate(), SignatureScheme.ED25519));
            }
        }
        throw new IllegalStateException("the leaf's key is not among the chain's first five seeded keys");
    }

    /** The client of these lessons: trusts the chain's root, checks at the chain's clock. */
    public WebPkiCheck clientCheck() {
        return new WebPkiCheck(chain.trusted(), chain.at());
    }

    /** The seeded stream the chain's keys come from (the client credential replays it too). */
    static SecureRandom random(long seed) {
        return new SeededSecureRandom(new SplittableRandom(seed ^ 0x7c3e_11a5_0b1dL));
    }

    static KeyPair ed25519(SecureRandom random) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
            g.initialize(NamedParameterSpec.ED25519, random);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }
}
