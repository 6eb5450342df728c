package org.wirewise.model.tls;

import java.util.List;

/**
 * CertificateRequest (RFC 8446 §4.3.2): the server asks the client to authenticate. A context the
 * client echoes in its Certificate (empty during the handshake) and extensions, of which
 * signature_algorithms is required: the schemes the client may sign its CertificateVerify with.
 */
public record CertificateRequest(byte[] context, List<Extension> extensions) {

    public CertificateRequest {
        context = context.clone();
        extensions = List.copyOf(extensions);
    }

    @Override
    public byte[] context() {
        return context.clone();
    }

    /** A handshake-time request (empty context) accepting {@code schemes}. */
    public static CertificateRequest of(List<SignatureScheme> schemes) {
        return new CertificateRequest(new byte[0], List.of(
                Extension.codes16(Extension.SIGNATURE_ALGORITHMS, schemes.stream().map(SignatureScheme::code).toList())));
    }

    /** The signature scheme codes the server accepts. */
    public List<Integer> schemes() {
        return Extension.find(extensions, Extension.SIGNATURE_ALGORITHMS).map(Extension::codes16).orElseThrow(() ->
                new TlsAlertException(AlertDescription.MISSING_EXTENSION, "a CertificateRequest needs signature_algorithms (§4.3.2)"));
    }

    public HandshakeMessage message() {
        TlsWriter w = new TlsWriter().vector8(context);
        Extension.writeAll(w, extensions);
        return new HandshakeMessage(HandshakeType.CERTIFICATE_REQUEST, w.toByteArray());
    }

    public static CertificateRequest decode(HandshakeMessage m) {
        TlsReader r = m.expect(HandshakeType.CERTIFICATE_REQUEST).reader();
        byte[] context = r.vector8();
        List<Extension> extensions = Extension.readAll(r);
        r.expectEnd("CertificateRequest");
        CertificateRequest request = new CertificateRequest(context, extensions);
        request.schemes();
        return request;
    }
}
