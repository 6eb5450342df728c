package org.wirewise.model.tls;

import java.util.ArrayList;
import java.util.List;

/** The TLS 1.2 handshake messages that are only a vector or nothing: Certificate, ClientKeyExchange, ServerHelloDone. */
final class Tls12Messages {

    private Tls12Messages() {
    }

    /** ServerHelloDone: empty (RFC 5246 §7.4.5). */
    static HandshakeMessage serverHelloDone() {
        return new HandshakeMessage(HandshakeType.SERVER_HELLO_DONE, new byte[0]);
    }

    /** The client's ClientKeyExchange for ECDHE: its public point, ecdh_Yc (RFC 8422 §5.7). */
    static HandshakeMessage clientKeyExchange(byte[] publicKey) {
        return new HandshakeMessage(HandshakeType.CLIENT_KEY_EXCHANGE, new TlsWriter().vector8(publicKey).toByteArray());
    }

    /** The client's public point from a ClientKeyExchange. */
    static byte[] clientPublic(HandshakeMessage m) {
        TlsReader r = m.expect(HandshakeType.CLIENT_KEY_EXCHANGE).reader();
        byte[] point = r.vector8();
        r.expectEnd("ClientKeyExchange");
        return point;
    }

    /** TLS 1.2's Certificate: the chain, leaf first, no context and no per-certificate extensions (RFC 5246 §7.4.2). */
    static HandshakeMessage certificate(List<byte[]> chain) {
        TlsWriter list = new TlsWriter();
        chain.forEach(list::vector24);
        return new HandshakeMessage(HandshakeType.CERTIFICATE, new TlsWriter().vector24(list.toByteArray()).toByteArray());
    }

    /** The chain of a TLS 1.2 Certificate. */
    static List<byte[]> chain(HandshakeMessage m) {
        TlsReader r = m.expect(HandshakeType.CERTIFICATE).reader();
        TlsReader list = new TlsReader(r.vector24());
        r.expectEnd("Certificate");
        List<byte[]> chain = new ArrayList<>();
        while (list.hasMore()) {
            chain.add(list.vector24());
        }
        return chain;
    }
}
