package org.wirewise.model.tls;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;

/**
 * TLS 1.2's ServerKeyExchange for ECDHE (RFC 8422 §5.4): ServerECDHParams (curve_type named_curve,
 * the group, the server's public point) and a signature over client_random + server_random +
 * params, with the SignatureAndHashAlgorithm in front (RFC 5246 §7.4.1.4.1; ed25519 signs the bytes
 * themselves, RFC 8422 §5.1.3). Unlike TLS 1.3's CertificateVerify it signs no transcript.
 */
public record ServerKeyExchange(int group, byte[] publicKey, int scheme, byte[] signature) {

    /** ECCurveType named_curve (RFC 8422 §5.4). */
    static final int NAMED_CURVE = 3;

    public ServerKeyExchange {
        publicKey = publicKey.clone();
        signature = signature.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The server's x25519 share, signed with its certificate's key. */
    public static ServerKeyExchange sign(byte[] publicKey, SignatureScheme scheme, PrivateKey key, byte[] clientRandom,
                                         byte[] serverRandom, SecureRandom random) {
        byte[] params = params(KeyShare.X25519, publicKey);
        byte[] sig = scheme.sign(key, signedContent(clientRandom, serverRandom, params), random);
        return new ServerKeyExchange(KeyShare.X25519, publicKey, scheme.code(), sig);
    }

    /** Checks the signature with the certificate's key; a bad one is decrypt_error (RFC 5246 §7.2.2). */
    public void verify(PublicKey key, byte[] clientRandom, byte[] serverRandom) {
        SignatureScheme s = SignatureScheme.of(scheme).orElseThrow(() -> new TlsAlertException(
                AlertDescription.ILLEGAL_PARAMETER, "a signature scheme that was not offered: " + scheme));
        if (!s.verify(key, signedContent(clientRandom, serverRandom, params(group, publicKey)), signature)) {
            throw new TlsAlertException(AlertDescription.DECRYPT_ERROR, "the ServerKeyExchange signature does not verify with the certificate's key");
        }
    }

    static byte[] params(int group, byte[] publicKey) {
        return new TlsWriter().u8(NAMED_CURVE).u16(group).vector8(publicKey).toByteArray();
    }

    private static byte[] signedContent(byte[] clientRandom, byte[] serverRandom, byte[] params) {
        return new TlsWriter().bytes(clientRandom).bytes(serverRandom).bytes(params).toByteArray();
    }

    public HandshakeMessage message() {
        byte[] body = new TlsWriter().bytes(params(group, publicKey)).u16(scheme).vector16(signature).toByteArray();
        return new HandshakeMessage(HandshakeType.SERVER_KEY_EXCHANGE, body);
    }

    public static ServerKeyExchange decode(HandshakeMessage m) {
        TlsReader r = m.expect(HandshakeType.SERVER_KEY_EXCHANGE).reader();
        if (r.u8() != NAMED_CURVE) {
            throw new TlsAlertException(AlertDescription.ILLEGAL_PARAMETER, "only named curves are allowed (RFC 8422 §5.4)");
        }
        int group = r.u16();
        byte[] point = r.vector8();
        ServerKeyExchange ske = new ServerKeyExchange(group, point, r.u16(), r.vector16());
        r.expectEnd("ServerKeyExchange");
        return ske;
    }
}
