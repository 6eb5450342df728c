package org.wirewise.model.tls;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * CertificateVerify (RFC 8446 §4.4.3): the scheme and a signature over 64 spaces, a context
 * string, a zero byte and the transcript hash through Certificate, proving the sender holds the
 * certificate's private key for this handshake.
 */
public record CertificateVerify(int scheme, byte[] signature) {

    public static final String SERVER_CONTEXT = "TLS 1.3, server CertificateVerify";
    public static final String CLIENT_CONTEXT = "TLS 1.3, client CertificateVerify";

    public CertificateVerify {
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The bytes signed: 0x20 x 64, the context string, 0x00, the transcript hash. */
    public static byte[] signedContent(String context, byte[] transcriptHash) {
        byte[] ctx = context.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[64 + ctx.length + 1 + transcriptHash.length];
        Arrays.fill(out, 0, 64, (byte) 0x20);
        System.arraycopy(ctx, 0, out, 64, ctx.length);
        System.arraycopy(transcriptHash, 0, out, 65 + ctx.length, transcriptHash.length);
        return out;
    }

    /** The server's CertificateVerify over {@code transcriptHash}. */
    public static CertificateVerify sign(SignatureScheme scheme, PrivateKey key, byte[] transcriptHash, SecureRandom random) {
        return sign(SERVER_CONTEXT, scheme, key, transcriptHash, random);
    }

    /** A CertificateVerify with {@code context}: the server's or the client's string (§4.4.3). */
    public static CertificateVerify sign(String context, SignatureScheme scheme, PrivateKey key, byte[] transcriptHash, SecureRandom random) {
        return new CertificateVerify(scheme.code(), scheme.sign(key, signedContent(context, transcriptHash), random));
    }

    /** Checks the server's signature; a bad one is decrypt_error (§4.4.3). */
    public void verify(PublicKey key, byte[] transcriptHash) {
        verify(SERVER_CONTEXT, key, transcriptHash);
    }

    /** Checks a signature made with {@code context}; a bad one is decrypt_error (§4.4.3). */
    public void verify(String context, PublicKey key, byte[] transcriptHash) {
        SignatureScheme s = SignatureScheme.of(scheme).orElseThrow(() -> new TlsAlertException(
                AlertDescription.ILLEGAL_PARAMETER, "a signature scheme that was not offered: " + scheme));
        if (!s.verify(key, signedContent(context, transcriptHash), signature)) {
            throw new TlsAlertException(AlertDescription.DECRYPT_ERROR, "the CertificateVerify signature does not verify with the certificate's key");
        }
    }

    public HandshakeMessage message() {
        return new HandshakeMessage(HandshakeType.CERTIFICATE_VERIFY, new TlsWriter().u16(scheme).vector16(signature).toByteArray());
    }

    public static CertificateVerify decode(HandshakeMessage m) {
        TlsReader r = m.expect(HandshakeType.CERTIFICATE_VERIFY).reader();
        CertificateVerify cv = new CertificateVerify(r.u16(), r.vector16());
        r.expectEnd("CertificateVerify");
        return cv;
    }
}
