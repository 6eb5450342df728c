package org.wirewise.model.tls;

import java.util.List;

/** EncryptedExtensions (RFC 8446 §4.3.1): the first message under the handshake keys, extensions that need no key. */
public record EncryptedExtensions(List<Extension> extensions) {

    public EncryptedExtensions {
        extensions = List.copyOf(extensions);
    }

    public HandshakeMessage message() {
        TlsWriter w = new TlsWriter();
        Extension.writeAll(w, extensions);
        return new HandshakeMessage(HandshakeType.ENCRYPTED_EXTENSIONS, w.toByteArray());
    }

    public static EncryptedExtensions decode(HandshakeMessage m) {
        TlsReader r = m.expect(HandshakeType.ENCRYPTED_EXTENSIONS).reader();
        List<Extension> extensions = Extension.readAll(r);
        r.expectEnd("EncryptedExtensions");
        return new EncryptedExtensions(extensions);
    }
}
