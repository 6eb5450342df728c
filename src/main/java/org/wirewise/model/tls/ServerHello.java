package org.wirewise.model.tls;

import java.util.List;
import java.util.Optional;

/**
 * ServerHello (RFC 8446 §4.1.3): the server's random, the echoed legacy session id, the chosen
 * suite, and in its extensions the chosen version (0x0304) and the server's key share.
 */
public record ServerHello(byte[] random, byte[] sessionIdEcho, int cipherSuite, List<Extension> extensions) {

    public ServerHello {
        if (random.length != 32) {
            throw new IllegalArgumentException("a hello's random is 32 bytes, not " + random.length);
        }
        random = random.clone();
        sessionIdEcho = sessionIdEcho.clone();
        extensions = List.copyOf(extensions);
    }

    @Override
    public byte[] random() {
        return random.clone();
    }

    @Override
    public byte[] sessionIdEcho() {
        return sessionIdEcho.clone();
    }

    public HandshakeMessage message() {
        TlsWriter w = new TlsWriter().u16(ClientHello.LEGACY_VERSION).bytes(random).vector8(sessionIdEcho)
                .u16(cipherSuite).u8(0);
        Extension.writeAll(w, extensions);
        return new HandshakeMessage(HandshakeType.SERVER_HELLO, w.toByteArray());
    }

    public static ServerHello decode(HandshakeMessage m) {
        TlsReader r = m.expect(HandshakeType.SERVER_HELLO).reader();
        if (r.u16() != ClientHello.LEGACY_VERSION) {
            throw new TlsAlertException(AlertDescription.PROTOCOL_VERSION, "legacy_version must be 0x0303 (§4.1.3)");
        }
        byte[] random = r.bytes(32);
        byte[] echo = r.vector8();
        int suite = r.u16();
        if (r.u8() != 0) {
            throw new TlsAlertException(AlertDescription.ILLEGAL_PARAMETER, "legacy_compression_method must be 0 (§4.1.3)");
        }
        List<Extension> extensions = Extension.readAll(r);
        r.expectEnd("ServerHello");
        return new ServerHello(random, echo, suite, extensions);
    }

    public Optional<Extension> extension(int type) {
        return Extension.find(extensions, type);
    }
}
