package org.wirewise.model.dns.sec;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.wirewise.model.dns.Rdata;
import org.wirewise.model.dns.ResourceRecord;

/** Checks one RRSIG over one RRset against one DNSKEY: the cryptography alone (times and names are the validator's). */
public final class Verifier {

    private Verifier() {
    }

    /** Whether {@code sig}'s signature over {@code rrset} verifies with {@code key}; false for an algorithm not read here. */
    public static boolean verifies(Rdata.Rrsig sig, List<ResourceRecord> rrset, Rdata.Dnskey key) {
        Optional<Algorithm> alg = Algorithm.of(key.algorithm());
        if (alg.isEmpty() || sig.algorithm() != key.algorithm()) {
            return false;
        }
        try {
            Signature s = Signature.getInstance(alg.get().jca());
            s.initVerify(publicKey(alg.get(), key.publicKey()));
            s.update(Dnssec.signedData(sig, rrset));
            return s.verify(sig.signature());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false; // a malformed key or signature verifies nothing
        }
    }

    private static PublicKey publicKey(Algorithm alg, byte[] raw) throws GeneralSecurityException {
        return switch (alg) {
            case ED25519 -> {
                byte[] spki = Arrays.copyOf(ZoneKey.ED25519_SPKI_PREFIX, ZoneKey.ED25519_SPKI_PREFIX.length + raw.length);
                System.arraycopy(raw, 0, spki, ZoneKey.ED25519_SPKI_PREFIX.length, raw.length);
                yield KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
            }
            case RSASHA256 -> {
                if (raw.length < 3) {
                    throw new IllegalArgumentException("an RSA key of " + raw.length + " bytes");
                }
                int at = raw[0] == 0 ? 3 : 1;
                int eLength = raw[0] == 0 ? (raw[1] & 0xFF) << 8 | raw[2] & 0xFF : raw[0] & 0xFF;
                BigInteger e = new BigInteger(1, Arrays.copyOfRange(raw, at, at + eLength));
                BigInteger n = new BigInteger(1, Arrays.copyOfRange(raw, at + eLength, raw.length));
                yield KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e));
            }
        };
    }
}
