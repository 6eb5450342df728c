package org.wirewise.model.tls;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirewise.model.tls.cert.Certificate;

/**
 * What someone on the path learns from a TLS connection's bytes without any key: only the records
 * that crossed in the clear are read (the plaintext of a protected record is never looked at),
 * exactly as a passive tap would. TLS 1.2 leaves the certificate chain readable; TLS 1.3 encrypts
 * it (RFC 8446 §2); both leave server_name readable (RFC 6066 §3).
 */
public final class OnPathObserver {

    private final List<HandshakeMessage> clear = new ArrayList<>();
    private final HandshakeReader upReader = new HandshakeReader();
    private final HandshakeReader downReader = new HandshakeReader();
    private int protectedRecords;
    private long protectedBytes;

    /** One record seen on the wire in the given direction. */
    public void saw(boolean toServer, WireRecords.Seen r) {
        if (r.encrypted()) {
            protectedRecords++;
            protectedBytes += r.length();
            return;
        }
        if (r.outer() == ContentType.HANDSHAKE) {
            clear.addAll((toServer ? upReader : downReader).add(r.plaintext()));
        }
    }

    /** The host name in a ClientHello read in the clear. */
    public Optional<String> serverName() {
        return first(HandshakeType.CLIENT_HELLO).flatMap(m -> ClientHello.decode(m).serverName());
    }

    /** The server's leaf certificate, if a Certificate message crossed in the clear (TLS 1.2's). */
    public Optional<Certificate> certificate() {
        return first(HandshakeType.CERTIFICATE).map(m -> Certificate.parse(Tls12Messages.chain(m).get(0)));
    }

    /** The cipher suite the server chose, from its ServerHello. */
    public Optional<Integer> cipherSuite() {
        return first(HandshakeType.SERVER_HELLO).map(m -> ServerHello.decode(m).cipherSuite());
    }

    /** How many records the observer could not open, and their bytes. */
    public int protectedRecords() {
        return protectedRecords;
    }

    public long protectedBytes() {
        return protectedBytes;
    }

    /** The handshake messages read in the clear, in the order seen. */
    public List<HandshakeType> clearMessages() {
        return clear.stream().map(HandshakeMessage::type).toList();
    }

    private Optional<HandshakeMessage> first(HandshakeType type) {
        return clear.stream().filter(m -> m.type() == type).findFirst();
    }
}
