package org.wirewise.model.tls;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ClientHello (RFC 8446 §4.1.2): legacy_version 0x0303, 32 random bytes, a legacy session id,
 * the cipher suites, null compression only, and the extensions that carry TLS 1.3's real
 * negotiation (supported_versions, key_share...).
 */
public record ClientHello(byte[] random, byte[] sessionId, List<Integer> cipherSuites, List<Extension> extensions) {

    /** TLS_AES_128_GCM_SHA256 (§B.4), the suite this implementation speaks. */
    public static final int TLS_AES_128_GCM_SHA256 = 0x1301;
    static final int LEGACY_VERSION = 0x0303;

    public ClientHello {
        if (random.length != 32) {
            throw new IllegalArgumentException("a hello's random is 32 bytes, not " + random.length);
        }
        random = random.clone();
        sessionId = sessionId.clone();
        cipherSuites = List.copyOf(cipherSuites);
        extensions = List.copyOf(extensions);
    }

    @Override
    public byte[] random() {
        return random.clone();
    }

    @Override
    public byte[] sessionId() {
        return sessionId.clone();
    }

    public HandshakeMessage message() {
        TlsWriter w = new TlsWriter().u16(LEGACY_VERSION).bytes(random).vector8(sessionId);
        w.vector16(v -> cipherSuites.forEach(v::u16));
        w.vector8(new byte[] {0});
        Extension.writeAll(w, extensions);
        return new HandshakeMessage(HandshakeType.CLIENT_HELLO, w.toByteArray());
    }

    public static ClientHello decode(HandshakeMessage m) {
        TlsReader r = m.expect(HandshakeType.CLIENT_HELLO).reader();
        if (r.u16() != LEGACY_VERSION) {
            throw new TlsAlertException(AlertDescription.PROTOCOL_VERSION, "legacy_version must be 0x0303 (§4.1.2)");
        }
        byte[] random = r.bytes(32);
        byte[] sessionId = r.vector8();
        TlsReader suites = r.sub16();
        List<Integer> cipherSuites = new ArrayList<>();
        while (suites.hasMore()) {
            cipherSuites.add(suites.u16());
        }
        byte[] compression = r.vector8();
        if (compression.length != 1 || compression[0] != 0) {
            throw new TlsAlertException(AlertDescription.ILLEGAL_PARAMETER, "TLS 1.3 allows only null compression (§4.1.2)");
        }
        List<Extension> extensions = Extension.readAll(r);
        r.expectEnd("ClientHello");
        return new ClientHello(random, sessionId, cipherSuites, extensions);
    }

    public Optional<Extension> extension(int type) {
        return Extension.find(extensions, type);
    }

    /** The host name the client asked for in server_name, if it sent one. */
    public Optional<String> serverName() {
        return extension(Extension.SERVER_NAME).map(Extension::hostName);
    }
}
