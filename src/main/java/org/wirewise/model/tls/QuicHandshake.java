package org.wirewise.model.tls;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirewise.model.trace.SessionSecret;

/**
 * A TLS 1.3 endpoint as QUIC uses it (RFC 9001 §4.1): handshake messages in and out per
 * encryption level instead of records, the traffic secrets for QUIC's packet protection, the
 * quic_transport_parameters extension (0x39, §8.2) and ALPN (§8.1) in ClientHello and
 * EncryptedExtensions. An alert is not sent: it is handed over for a CONNECTION_CLOSE (§4.8).
 */
public final class QuicHandshake {

    /** The encryption levels (RFC 9001 §2.1, §4): each carries handshake data in its own CRYPTO stream. */
    public enum Level { INITIAL, EARLY_DATA, HANDSHAKE, APPLICATION }

    /** Handshake bytes TLS produced at {@code level}, for CRYPTO frames in that level's packets. */
    public record Outgoing(Level level, byte[] data) {
        public Outgoing {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }
    }

    /** The quic_transport_parameters extension's type (RFC 9001 §8.2). */
    public static final int QUIC_TRANSPORT_PARAMETERS = 0x39;

    private final TlsEndpoint tls;
    private final String alpn;
    private final List<Outgoing> outgoing = new ArrayList<>();

    private QuicHandshake(TlsEndpoint tls, String alpn, byte[] transportParameters) {
        this.tls = tls;
        this.alpn = alpn;
        // ALPN is mandatory in QUIC (RFC 9001 §8.1): negotiated by TLS as over TCP, the transport parameters ride along.
        if (tls instanceof TlsClient client) {
            client.withAlpn(List.of(alpn));
        } else if (tls instanceof TlsServer server) {
            server.withAlpn(List.of(alpn));
        }
        tls.extraExtensions = List.of(new Extension(QUIC_TRANSPORT_PARAMETERS, transportParameters));
        tls.quic = true;
        tls.records.carryWith(this::carried);
    }

    /** A QUIC client's TLS: offers {@code alpn} and its transport parameters in the ClientHello. */
    public static QuicHandshake client(TlsClient tls, String alpn, byte[] transportParameters) {
        return new QuicHandshake(tls, alpn, transportParameters);
    }

    /** A QUIC server's TLS: selects {@code alpn} and sends its transport parameters in EncryptedExtensions. */
    public static QuicHandshake server(TlsServer tls, String alpn, byte[] transportParameters) {
        return new QuicHandshake(tls, alpn, transportParameters);
    }

    public TlsEndpoint endpoint() {
        return tls;
    }

    /**
     * Offers a ticket of an earlier connection before {@link #start}: a PSK ClientHello, with early_data when the
     * ticket allows 0-RTT (RFC 9001 §4.6.1); the data itself goes in QUIC's 0-RTT packets, not in TLS.
     */
    public void resume(ResumptionTicket ticket, long ticketAgeMillis) {
        ((TlsClient) tls).resume(ticket, ticketAgeMillis, new byte[0]);
    }

    /** The ticket this client may resume the next connection with, once the server's NewSessionTicket arrived. */
    public Optional<ResumptionTicket> resumptionTicket() {
        return tls instanceof TlsClient client ? client.resumptionTicket() : Optional.empty();
    }

    /** Whether the server took the 0-RTT data: the client read early_data in EncryptedExtensions, or the server put it there. */
    public boolean earlyDataAccepted() {
        return tls instanceof TlsClient client ? client.earlyData() == TlsClient.EarlyData.ACCEPTED
                : ((TlsServer) tls).earlyDataAccepted();
    }

    /** Whether the client offered 0-RTT and the server refused it (RFC 9001 §4.6.2): what it sent early must go again. */
    public boolean earlyDataRejected() {
        return tls instanceof TlsClient client && client.earlyData() == TlsClient.EarlyData.REJECTED;
    }

    /** The client's first flight: the ClientHello at the Initial level. */
    public void start() {
        ((TlsClient) tls).start();
        tls.records.takeOutgoing();
    }

    /** The level whose handshake data TLS reads next; QUIC buffers data of a later level until then. */
    public Level readLevel() {
        return level(tls.records.readLabel());
    }

    /** CRYPTO stream bytes of {@code level}, in order; data at a level TLS is not reading is an unexpected_message. */
    public void receive(Level level, byte[] data) {
        if (level != readLevel()) {
            tls.fail(AlertDescription.UNEXPECTED_MESSAGE);
        } else {
            tls.receiveHandshake(data);
            if (tls instanceof TlsServer && tls.state() != TlsEndpoint.State.FAILED && !peerOffers()) {
                outgoing.clear(); // a client without QUIC's parameters or this protocol gets no flight (RFC 9001 §8.1, §8.2)
                tls.fail(Extension.find(tls.peerExtensions, QUIC_TRANSPORT_PARAMETERS).isEmpty()
                        ? AlertDescription.MISSING_EXTENSION : AlertDescription.NO_APPLICATION_PROTOCOL);
            }
        }
        tls.records.takeOutgoing();
    }

    private boolean peerOffers() {
        Optional<Extension> protocols = Extension.find(tls.peerExtensions, Extension.ALPN);
        return Extension.find(tls.peerExtensions, QUIC_TRANSPORT_PARAMETERS).isPresent() && protocols.isPresent()
                && protocols.get().alpnProtocols().contains(alpn);
    }

    /** What TLS wrote since the last call, per level, in order. */
    public List<Outgoing> takeOutgoing() {
        List<Outgoing> out = List.copyOf(outgoing);
        outgoing.clear();
        return out;
    }

    /** The peer's transport parameters, once its ClientHello or EncryptedExtensions arrived. */
    public Optional<byte[]> peerTransportParameters() {
        return Extension.find(tls.peerExtensions, QUIC_TRANSPORT_PARAMETERS).map(Extension::data);
    }

    /** Whether TLS finished its side of the handshake (RFC 9001 §4.1.1). */
    public boolean complete() {
        return tls.state() == TlsEndpoint.State.CONNECTED;
    }

    /** The alert that ended the handshake: QUIC closes with CRYPTO_ERROR 0x100 + its code (§4.8). */
    public Optional<AlertDescription> failure() {
        return tls.failure();
    }

    /** Every secret derived so far as key log lines (what a capture embeds so Wireshark decrypts QUIC). */
    public List<SessionSecret> secrets() {
        return tls.secrets();
    }

    /** The secret protecting {@code level} in the client's ({@code fromClient}) or the server's direction, once derived. */
    public Optional<byte[]> secret(Level level, boolean fromClient) {
        String label = switch (level) {
            case INITIAL -> null;
            case EARLY_DATA -> fromClient ? TlsEndpoint.CLIENT_EARLY : null;
            case HANDSHAKE -> fromClient ? TlsEndpoint.CLIENT_HS : TlsEndpoint.SERVER_HS;
            case APPLICATION -> fromClient ? TlsEndpoint.CLIENT_AP : TlsEndpoint.SERVER_AP;
        };
        return tls.secrets().stream().filter(s -> s.label().equals(label)).reduce((a, b) -> b).map(SessionSecret::secret);
    }

    private void carried(String label, byte[] content) {
        if (!label.equals("alert")) {
            outgoing.add(new Outgoing(level(label), content));
        }
    }

    private static Level level(String label) {
        return switch (label) {
            case TlsEndpoint.CLIENT_EARLY -> Level.EARLY_DATA;
            case TlsEndpoint.CLIENT_HS, TlsEndpoint.SERVER_HS -> Level.HANDSHAKE;
            case TlsEndpoint.CLIENT_AP, TlsEndpoint.SERVER_AP -> Level.APPLICATION;
            default -> Level.INITIAL;
        };
    }
}
