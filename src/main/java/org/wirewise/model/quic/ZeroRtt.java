package org.wirewise.model.quic;

import java.util.Optional;
import org.wirewise.model.tls.QuicHandshake;

/**
 * 0-RTT for one connection (RFC 9001 §4.6, RFC 9000 §7.4.1): a resuming client's keys from
 * client_early_traffic_secret and the server's transport parameters it remembered, so its streams
 * may send before the handshake; the server's keys to read 0-RTT packets when TLS accepted early
 * data, and its leave to answer in 1-RTT packets before the client's Finished (0.5-RTT, §5.7).
 */
final class ZeroRtt {

    private final QuicConnection c;
    private TransportParameters remembered;
    private long ticketAt = -1;
    private boolean settled;

    ZeroRtt(QuicConnection c) {
        this.c = c;
    }

    void resume(QuicConnection.Resumption r, long now) {
        remembered = r.serverParameters();
        c.tls.resume(r.ticket(), Math.max(0, now - r.receivedAt()) / 1_000_000);
    }

    /** After TLS moved: early keys as they appear, the ticket's arrival time, and a refusal's consequences. */
    void afterTls(long now) {
        PacketSpace app = c.space(PacketType.Space.APPLICATION);
        boolean client = c.role == QuicConnection.Role.CLIENT;
        if (app.earlyKeys == null && !settled) {
            Optional<byte[]> secret = c.tls.secret(QuicHandshake.Level.EARLY_DATA, true);
            if (secret.isPresent()) {
                app.earlyKeys = PacketKeys.from(secret.get());
                c.streams.applyPeerParameters(client ? remembered : TransportParameters.decode(c.tls.peerTransportParameters().orElseThrow()));
                c.event(now, QuicEvent.Kind.EARLY_KEYS, PacketType.ZERO_RTT, -1, client
                        ? "0-RTT keys from client_early_traffic_secret" : "0-RTT accepted: early data readable");
            }
        }
        if (client && app.writeKeys != null && !settled) {
            settled = true;
            app.earlyKeys = null; // no 0-RTT packet once 1-RTT keys exist (RFC 9001 §4.9.3)
            if (c.tls.earlyDataRejected()) {
                c.loss.rejected(app, now);
            }
        }
        if (client && ticketAt < 0 && c.tls.resumptionTicket().isPresent()) {
            ticketAt = now;
        }
    }

    Optional<QuicConnection.Resumption> resumption() {
        return ticketAt < 0 ? Optional.empty() : Optional.of(new QuicConnection.Resumption(c.tls.resumptionTicket().orElseThrow(),
                TransportParameters.decode(c.tls.peerTransportParameters().orElseThrow()), ticketAt));
    }

    /** Whether a client sends 0-RTT packets now: it has the early keys and not yet the 1-RTT ones. */
    boolean sending() {
        PacketSpace app = c.space(PacketType.Space.APPLICATION);
        return c.role == QuicConnection.Role.CLIENT && app.earlyKeys != null && app.writeKeys == null;
    }

    /** Whether a server may answer streams before the handshake completes: it accepted early data. */
    boolean halfRtt() {
        return c.role == QuicConnection.Role.SERVER && c.space(PacketType.Space.APPLICATION).earlyKeys != null;
    }

    /** The keys a received 0-RTT packet opens with: only a server that accepted early data has them. */
    PacketKeys readKeys() {
        return c.role == QuicConnection.Role.SERVER ? c.space(PacketType.Space.APPLICATION).earlyKeys : null;
    }

    /** Frames a 0-RTT packet must not carry (RFC 9000 §12.4, Table 3; this model has no NEW_TOKEN). */
    static void check(Frame f) {
        if (f instanceof Frame.Ack || f instanceof Frame.Crypto || f instanceof Frame.HandshakeDone
                || f instanceof Frame.Path p && p.response()) {
            throw new QuicException(TransportError.PROTOCOL_VIOLATION, f.describe() + " in a 0-RTT packet (§12.4)");
        }
    }
}
