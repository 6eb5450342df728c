package org.wirewise.model.dns.sec;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.wirewise.model.dns.DnsName;
import org.wirewise.model.dns.Rdata;
import org.wirewise.model.dns.RecordType;
import org.wirewise.model.dns.ResourceRecord;
import org.wirewise.model.tls.SeededSecureRandom;

/**
 * A zone's signing key: the private half, which signs RRsets into RRSIGs, and the DNSKEY that publishes the
 * public half. A key-signing key (KSK, flags 257) signs the zone's DNSKEY RRset and is what the parent's DS
 * names; a zone-signing key (ZSK, flags 256) signs everything else (RFC 4033 §2, RFC 6781 §3.1).
 */
public final class ZoneKey {

    /** Ed25519's SubjectPublicKeyInfo before the 32 key bytes (RFC 8410 §4): how the JDK wraps a raw key. */
    static final byte[] ED25519_SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private final String owner;
    private final PrivateKey signing;
    private final Rdata.Dnskey dnskey;

    private ZoneKey(String owner, PrivateKey signing, Rdata.Dnskey dnskey) {
        this.owner = DnsName.canonical(owner);
        this.signing = signing;
        this.dnskey = dnskey;
    }

    /** An Ed25519 key from its 32-byte private key, as a BIND key file's PrivateKey field holds it (RFC 8080 §3). */
    public static ZoneKey ed25519(String owner, int flags, byte[] privateKey) {
        if (privateKey.length != 32) {
            throw new IllegalArgumentException("an Ed25519 private key is 32 bytes, got " + privateKey.length);
        }
        byte[] copy = privateKey.clone();
        KeyPair pair = generate("Ed25519", NamedParameterSpec.ED25519, new SeededSecureRandom(new Fixed(copy)));
        byte[] spki = pair.getPublic().getEncoded();
        byte[] raw = Arrays.copyOfRange(spki, spki.length - 32, spki.length);
        return new ZoneKey(owner, pair.getPrivate(), new Rdata.Dnskey(flags, 3, Algorithm.ED25519.number(), raw));
    }

    /** An Ed25519 key whose private key is drawn from {@code random} (a scenario's seeded stream). */
    public static ZoneKey ed25519(String owner, int flags, RandomGenerator random) {
        byte[] privateKey = new byte[32];
        random.nextBytes(privateKey);
        return ed25519(owner, flags, privateKey);
    }

    /** An RSA/SHA-256 key of {@code bits} bits, its primes drawn from {@code random}; exponent 65537. */
    public static ZoneKey rsa(String owner, int flags, int bits, RandomGenerator random) {
        KeyPair pair = generate("RSA", new RSAKeyGenParameterSpec(bits, RSAKeyGenParameterSpec.F4),
                new SeededSecureRandom(random));
        RSAPublicKey pub = (RSAPublicKey) pair.getPublic();
        return new ZoneKey(owner, pair.getPrivate(),
                new Rdata.Dnskey(flags, 3, Algorithm.RSASHA256.number(), rsaPublicKey(pub)));
    }

    /** RFC 3110 §2: the exponent's length (one byte, or zero and two), the exponent, the modulus; no sign bytes. */
    static byte[] rsaPublicKey(RSAPublicKey pub) {
        byte[] e = unsigned(pub.getPublicExponent());
        byte[] n = unsigned(pub.getModulus());
        byte[] lead = e.length < 256 ? new byte[] {(byte) e.length} : new byte[] {0, (byte) (e.length >> 8), (byte) e.length};
        byte[] out = new byte[lead.length + e.length + n.length];
        System.arraycopy(lead, 0, out, 0, lead.length);
        System.arraycopy(e, 0, out, lead.length, e.length);
        System.arraycopy(n, 0, out, lead.length + e.length, n.length);
        return out;
    }

    private static byte[] unsigned(BigInteger v) {
        byte[] b = v.toByteArray();
        return b[0] == 0 && b.length > 1 ? Arrays.copyOfRange(b, 1, b.length) : b;
    }

    private static KeyPair generate(String kind, java.security.spec.AlgorithmParameterSpec spec,
                                    java.security.SecureRandom random) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(kind);
            g.initialize(spec, random);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK signs with " + kind + " since Java 15", e);
        }
    }

    public String owner() {
        return owner;
    }

    public Rdata.Dnskey dnskey() {
        return dnskey;
    }

    public ResourceRecord dnskeyRecord(long ttl) {
        return ResourceRecord.in(owner, RecordType.DNSKEY, ttl, dnskey);
    }

    public int keyTag() {
        return Dnssec.keyTag(dnskey);
    }

    public boolean isKeySigningKey() {
        return (dnskey.flags() & Rdata.Dnskey.SECURE_ENTRY_POINT) != 0;
    }

    public Algorithm algorithm() {
        return Algorithm.of(dnskey.algorithm()).orElseThrow();
    }

    /** The RRSIG over {@code rrset} (one owner, one type), valid from {@code inception} to {@code expiration} (seconds since 1970). */
    public ResourceRecord sign(List<ResourceRecord> rrset, long inception, long expiration) {
        ResourceRecord first = rrset.get(0);
        Rdata.Rrsig unsigned = new Rdata.Rrsig(first.type(), dnskey.algorithm(), Dnssec.labels(first.name()),
                first.ttl(), expiration, inception, keyTag(), owner, new byte[0]);
        return ResourceRecord.in(first.name(), RecordType.RRSIG, first.ttl(),
                unsigned.withSignature(signature(Dnssec.signedData(unsigned, rrset))));
    }

    /** The raw signature over {@code data} (for Ed25519 the 64 bytes of RFC 8080 §4; for RSA the modulus's length). */
    public byte[] signature(byte[] data) {
        try {
            Signature s = Signature.getInstance(algorithm().jca());
            s.initSign(signing);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing with a key this class made cannot fail", e);
        }
    }

    /** Hands out exactly the bytes it was given: how a known private key becomes the JDK's Ed25519 key pair. */
    private record Fixed(byte[] bytes) implements RandomGenerator {
        @Override
        public void nextBytes(byte[] out) {
            System.arraycopy(bytes, 0, out, 0, Math.min(out.length, bytes.length));
        }

        @Override
        public long nextLong() {
            throw new UnsupportedOperationException("only the key's own bytes are handed out");
        }
    }
}
