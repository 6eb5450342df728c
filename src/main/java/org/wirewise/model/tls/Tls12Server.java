package org.wirewise.model.tls;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * A TLS 1.2 server as a state machine (RFC 5246 §7.3, RFC 8422): answers a ClientHello offering
 * TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 and x25519 with ServerHello, Certificate, a signed
 * ServerKeyExchange and ServerHelloDone in one flight, all in the clear; reads the client's
 * ClientKeyExchange, ChangeCipherSpec and Finished; answers with its own ChangeCipherSpec and
 * Finished. No session resumption: the session id it sends is empty.
 */
public final class Tls12Server extends Tls12Endpoint {

    private final ServerIdentity identity;
    private X25519 keyPair;
    private String requestedName;
    private List<String> alpn = List.of();

    public Tls12Server(ServerIdentity identity, SecureRandom random) {
        super(random);
        this.identity = identity;
    }

    /** Chooses the first of {@code supported} the client offers with ALPN (RFC 7301 §3.2), in the ServerHello. */
    public Tls12Server withAlpn(List<String> supported) {
        this.alpn = List.copyOf(supported);
        return this;
    }

    /** The host name the client asked for (server_name), once its ClientHello arrived. */
    public java.util.Optional<String> requestedName() {
        return java.util.Optional.ofNullable(requestedName);
    }

    @Override
    boolean client() {
        return false;
    }

    @Override
    void handle(HandshakeMessage m) {
        switch (state) {
            case START -> clientHello(ClientHello.decode(m), m);
            case WAIT_CLIENT_KEY_EXCHANGE -> {
                byte[] share = Tls12Messages.clientPublic(m);
                accepted(m);
                agree(keyPair.sharedSecret(share));
                state = State.WAIT_CHANGE_CIPHER_SPEC;
            }
            case WAIT_FINISHED -> {
                checkFinished(m);
                sendFinished();
                state = State.CONNECTED;
                event(TlsEvent.Kind.CONNECTED, "", SERVER_WRITE);
            }
            default -> throw new TlsAlertException(AlertDescription.UNEXPECTED_MESSAGE, m.type().rfcName() + " in state " + state);
        }
    }

    private void clientHello(ClientHello hello, HandshakeMessage m) {
        clientRandom = hello.random();
        if (!hello.cipherSuites().contains(ECDHE_ECDSA_AES_128_GCM_SHA256)) {
            throw new TlsAlertException(AlertDescription.HANDSHAKE_FAILURE, "no cipher suite in common");
        }
        List<Integer> groups = hello.extension(Extension.SUPPORTED_GROUPS).map(Extension::codes16).orElse(List.of());
        if (!groups.contains(KeyShare.X25519)) {
            throw new TlsAlertException(AlertDescription.HANDSHAKE_FAILURE, "the client offers no x25519: no group in common (RFC 8422 §5.1.1)");
        }
        List<Integer> schemes = hello.extension(Extension.SIGNATURE_ALGORITHMS).map(Extension::codes16).orElse(List.of());
        if (!schemes.contains(identity.scheme().code())) {
            throw new TlsAlertException(AlertDescription.HANDSHAKE_FAILURE, "the client accepts no signature this server can make");
        }
        requestedName = hello.serverName().orElse(null);
        extendedMaster = hello.extension(EXTENDED_MASTER_SECRET).isPresent();
        accepted(m);

        serverRandom = randomBytes(32);
        List<Extension> extensions = new ArrayList<>();
        if (hello.extension(Extension.RENEGOTIATION_INFO).isPresent() || hello.cipherSuites().contains(EMPTY_RENEGOTIATION_INFO_SCSV)) {
            extensions.add(renegotiationInfo());
        }
        if (hello.extension(EC_POINT_FORMATS).isPresent()) {
            extensions.add(new Extension(EC_POINT_FORMATS, new byte[] {1, 0}));
        }
        if (extendedMaster) {
            extensions.add(new Extension(EXTENDED_MASTER_SECRET, new byte[0]));
        }
        java.util.Optional<Extension> offer = hello.extension(Extension.ALPN);
        if (offer.isPresent() && !alpn.isEmpty()) {
            List<String> offered = offer.get().alpnProtocols();
            negotiated = alpn.stream().filter(offered::contains).findFirst().orElseThrow(
                    () -> new TlsAlertException(AlertDescription.NO_APPLICATION_PROTOCOL, "the client offers " + offered
                            + " in ALPN, the server speaks " + alpn + " (RFC 7301 §3.2)"));
            extensions.add(Extension.alpn(List.of(negotiated)));
        }
        send(new ServerHello(serverRandom, new byte[0], ECDHE_ECDSA_AES_128_GCM_SHA256, extensions).message());
        send(Tls12Messages.certificate(identity.chain()));
        keyPair = X25519.generate(random);
        send(ServerKeyExchange.sign(keyPair.publicKey(), identity.scheme(), identity.key(), clientRandom, serverRandom, random).message());
        send(Tls12Messages.serverHelloDone());
        state = State.WAIT_CLIENT_KEY_EXCHANGE;
    }
}
