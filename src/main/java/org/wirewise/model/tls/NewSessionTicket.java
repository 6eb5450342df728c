package org.wirewise.model.tls;

import java.util.List;

/**
 * NewSessionTicket (RFC 8446 §4.6.1): sent by the server after the handshake under its
 * application keys; lifetime in seconds, an obfuscating age_add, a nonce from which the PSK is
 * derived, the opaque ticket, and extensions (early_data's max size).
 */
public record NewSessionTicket(long lifetime, long ageAdd, byte[] nonce, byte[] ticket, List<Extension> extensions) {

    /** Seven days, the longest lifetime a ticket may have (§4.6.1). */
    public static final long MAX_LIFETIME = 604_800;

    public NewSessionTicket {
        if (lifetime < 0 || lifetime > MAX_LIFETIME) {
            throw new IllegalArgumentException("a ticket lives 0 to 604800 s, not " + lifetime);
        }
        nonce = nonce.clone();
        ticket = ticket.clone();
        extensions = List.copyOf(extensions);
    }

    @Override
    public byte[] nonce() {
        return nonce.clone();
    }

    @Override
    public byte[] ticket() {
        return ticket.clone();
    }

    public HandshakeMessage message() {
        TlsWriter w = new TlsWriter().u32(lifetime).u32(ageAdd).vector8(nonce).vector16(ticket);
        Extension.writeAll(w, extensions);
        return new HandshakeMessage(HandshakeType.NEW_SESSION_TICKET, w.toByteArray());
    }

    public static NewSessionTicket decode(HandshakeMessage m) {
        TlsReader r = m.expect(HandshakeType.NEW_SESSION_TICKET).reader();
        long lifetime = r.u32();
        if (lifetime > MAX_LIFETIME) {
            throw new TlsAlertException(AlertDescription.ILLEGAL_PARAMETER, "a ticket lifetime over 7 days (§4.6.1)");
        }
        NewSessionTicket t = new NewSessionTicket(lifetime, r.u32(), r.vector8(), r.vector16(), Extension.readAll(r));
        r.expectEnd("NewSessionTicket");
        return t;
    }
}
