package org.wirewise.model.tls.cert;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A root CA, an intermediate it signs and a leaf for a host the intermediate signs, made from the
 * scenario's seeded random source (keys and serial numbers), with one {@link ChainFault} built in.
 * Every fault draws the same keys in the same order, so for one seed the trusted root is the same
 * bytes in every scenario and only what the fault changes differs.
 *
 * @param sent    what the server puts in its Certificate message, leaf first
 * @param trusted the roots in the client's trust store
 * @param root    the root the client trusts
 * @param chainRoot the root at the top of the server's chain: the trusted root, except for an untrusted one
 * @param intermediate the certificate that signed the leaf (for an untrusted root, the stranger's)
 * @param leaf    the server's certificate
 * @param host    the host name the client connects to (its SNI)
 * @param at      the client's clock when it checks
 */
public record CertificateChain(ChainFault fault, List<Certificate> sent, List<Certificate> trusted, Certificate root,
                               Certificate chainRoot, Certificate intermediate, Certificate leaf, String host, ZonedDateTime at) {

    /** The host every scenario's client asks for. */
    public static final String HOST = "shop.example.com";
    /** The client's clock: the moment exported captures start (2026-01-01 00:00 UTC). */
    public static final ZonedDateTime CLIENT_CLOCK = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private static final DistinguishedName ROOT = new DistinguishedName("Wirewise Trust", "Wirewise Root CA");
    private static final DistinguishedName ISSUING = new DistinguishedName("Wirewise Trust", "Wirewise Issuing CA 1");
    private static final DistinguishedName STRANGER_ROOT = new DistinguishedName("Nobody Trust", "Nobody Root CA");
    private static final DistinguishedName STRANGER_ISSUING = new DistinguishedName("Nobody Trust", "Nobody Issuing CA");
    private static final String OTHER_HOST = "blog.example.org";

    public CertificateChain {
        sent = List.copyOf(sent);
        trusted = List.copyOf(trusted);
    }

    /** @param random the scenario's seeded source: the same one gives the same certificate bytes */
    public static CertificateChain build(ChainFault fault, SecureRandom random) {
        return build(fault, random, "Example Shop", List.of(HOST, "www." + HOST));
    }

    /**
     * The same chain (same keys, serials and dates from {@code random}) for another server: its leaf names
     * {@code names} (the first is its subject's common name and the host the client asks for) and its
     * organisation; {@link ChainFault#WRONG_HOST} still names another site.
     */
    public static CertificateChain build(ChainFault fault, SecureRandom random, String organisation, List<String> hosts) {
        String host = hosts.get(0);
        KeyPair rootKey = ed25519(random);
        KeyPair issuingKey = ed25519(random);
        KeyPair leafKey = ed25519(random);
        KeyPair strangerRootKey = ed25519(random);
        KeyPair strangerIssuingKey = ed25519(random);
        BigInteger[] serials = {serial(random), serial(random), serial(random)};

        Certificate root = selfSigned(serials[0], ROOT, rootKey, date(2020, 1, 1), date(2050, 1, 1));
        boolean stranger = fault == ChainFault.UNTRUSTED_ROOT;
        KeyPair signerKey = stranger ? strangerIssuingKey : issuingKey;
        Certificate topCa = stranger
                ? selfSigned(serials[0], STRANGER_ROOT, strangerRootKey, date(2020, 1, 1), date(2050, 1, 1)) : root;
        KeyPair topKey = stranger ? strangerRootKey : rootKey;
        boolean intermediateIsCa = fault != ChainFault.INTERMEDIATE_NOT_CA;
        CertificateSpec issuingSpec = new CertificateSpec(serials[1], topCa.subject(),
                stranger ? STRANGER_ISSUING : ISSUING, date(2024, 1, 1), date(2032, 1, 1),
                intermediateIsCa, intermediateIsCa ? 0 : -1, intermediateIsCa, List.of());
        Certificate intermediate = CertificateIssuer.issue(issuingSpec, signerKey.getPublic(), topKey.getPrivate(),
                CertificateIssuer.keyIdentifier(topKey.getPublic()));

        // Public CAs issue leaves for 90 days (Let's Encrypt); the expired one ended 47 days before the clock.
        boolean expired = fault == ChainFault.EXPIRED_LEAF;
        ZonedDateTime from = expired ? date(2025, 8, 17) : date(2025, 11, 15);
        List<String> names = fault == ChainFault.WRONG_HOST ? List.of(OTHER_HOST, "www." + OTHER_HOST) : hosts;
        DistinguishedName subject = fault == ChainFault.WRONG_HOST
                ? new DistinguishedName("Example Blog", OTHER_HOST) : new DistinguishedName(organisation, host);
        Certificate leaf;
        if (fault == ChainFault.SELF_SIGNED) {
            CertificateSpec spec = new CertificateSpec(serials[2], subject, subject, from, from.plusDays(90),
                    false, -1, false, names);
            leaf = CertificateIssuer.issue(spec, leafKey.getPublic(), leafKey.getPrivate(),
                    CertificateIssuer.keyIdentifier(leafKey.getPublic()));
        } else {
            CertificateSpec spec = new CertificateSpec(serials[2], intermediate.subject(), subject, from,
                    from.plusDays(90), false, -1, false, names);
            leaf = CertificateIssuer.issue(spec, leafKey.getPublic(), signerKey.getPrivate(),
                    CertificateIssuer.keyIdentifier(signerKey.getPublic()));
        }
        List<Certificate> sent = switch (fault) {
            case MISSING_INTERMEDIATE, SELF_SIGNED -> List.of(leaf);
            default -> List.of(leaf, intermediate);
        };
        return new CertificateChain(fault, sent, List.of(root), root, topCa, intermediate, leaf, host, CLIENT_CLOCK);
    }

    /** The client's verdict on this chain. */
    public Validation validate() {
        return PathValidator.validate(sent, trusted, at, host);
    }

    private static Certificate selfSigned(BigInteger serial, DistinguishedName name, KeyPair key,
                                          ZonedDateTime from, ZonedDateTime to) {
        CertificateSpec spec = new CertificateSpec(serial, name, name, from, to, true, -1, true, List.of());
        byte[] id = CertificateIssuer.keyIdentifier(key.getPublic());
        return CertificateIssuer.issue(spec, key.getPublic(), key.getPrivate(), id);
    }

    private static KeyPair ed25519(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, random); // the private key is 32 bytes of random
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    /** A positive serial of 16 random octets (CAs use at least 64 bits of randomness, CA/B Forum 7.1). */
    private static BigInteger serial(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        bytes[0] &= 0x7F;
        bytes[0] |= 0x40; // nonzero and positive: the top octet is 0x40..0x7f
        return new BigInteger(bytes);
    }

    private static ZonedDateTime date(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 0, 0, 0, 0, ZoneOffset.UTC);
    }
}
