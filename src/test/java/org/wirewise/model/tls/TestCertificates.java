package org.wirewise.model.tls;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.util.SplittableRandom;

/**
 * A self-signed Ed25519 certificate for one host name, hand-encoded in DER (RFC 5280 §4.1) with
 * the key made from a seed: just enough X.509 for the JDK's TLS to accept it in tests.
 */
final class TestCertificates {

    record Issued(byte[] der, KeyPair keys) {
    }

    private TestCertificates() {
    }

    static Issued selfSigned(String host, long seed) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
            g.initialize(NamedParameterSpec.ED25519, new SeededSecureRandom(new SplittableRandom(seed)));
            KeyPair keys = g.generateKeyPair();
            byte[] ed25519 = tlv(0x30, tlv(0x06, new byte[] {0x2b, 0x65, 0x70}));
            byte[] name = tlv(0x30, tlv(0x31, tlv(0x30, cat(tlv(0x06, new byte[] {0x55, 0x04, 0x03}),
                    tlv(0x0c, host.getBytes(StandardCharsets.US_ASCII))))));
            byte[] validity = tlv(0x30, cat(tlv(0x17, ascii("250101000000Z")), tlv(0x17, ascii("350101000000Z"))));
            byte[] san = tlv(0x30, cat(tlv(0x06, new byte[] {0x55, 0x1d, 0x11}),
                    tlv(0x04, tlv(0x30, tlv(0x82, host.getBytes(StandardCharsets.US_ASCII))))));
            byte[] tbs = tlv(0x30, cat(tlv(0xa0, tlv(0x02, new byte[] {2})), tlv(0x02, new byte[] {1}), ed25519, name,
                    validity, name, keys.getPublic().getEncoded(), tlv(0xa3, tlv(0x30, san))));
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(keys.getPrivate());
            s.update(tbs);
            byte[] sig = s.sign();
            byte[] bits = new byte[sig.length + 1];
            System.arraycopy(sig, 0, bits, 1, sig.length);
            return new Issued(tlv(0x30, cat(tbs, ed25519, tlv(0x03, bits))), keys);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int n = value.length;
        if (n < 0x80) {
            out.write(n);
        } else if (n < 0x100) {
            out.write(0x81);
            out.write(n);
        } else {
            out.write(0x82);
            out.write(n >>> 8);
            out.write(n);
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    private static byte[] cat(byte[]... parts) {
        return Rfc8448SimpleHandshakeTest.concat(parts);
    }
}
