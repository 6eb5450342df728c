package org.wirewise.model.tls;

import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.List;

/**
 * A TLS 1.2 client as a state machine (RFC 5246 §7.3 with ECDHE from RFC 8422): ClientHello; then
 * the server's ServerHello, Certificate, ServerKeyExchange and ServerHelloDone; then its own
 * ClientKeyExchange, ChangeCipherSpec and Finished; then the server's ChangeCipherSpec and
 * Finished. Two round trips before the first request, where TLS 1.3 needs one.
 */
public final class Tls12Client extends Tls12Endpoint {

    /** The signature schemes offered: those this implementation checks (RFC 5246 §7.4.1.4.1). */
    public static final List<SignatureScheme> OFFERED_SCHEMES = TlsClient.OFFERED_SCHEMES;
    private final String serverName;
    private final CertificateCheck trust;
    private PublicKey serverKey;
    private ServerKeyExchange serverShare;
    private List<String> alpn = List.of();

    public Tls12Client(String serverName, CertificateCheck trust, SecureRandom random) {
        super(random);
        this.serverName = serverName;
        this.trust = trust;
    }

    /** Offers these application protocols with ALPN (RFC 7301 §3.1; HTTP/2 over TLS 1.2 needs it, RFC 9113 §3.2). */
    public Tls12Client withAlpn(List<String> protocols) {
        this.alpn = List.copyOf(protocols);
        return this;
    }

    /** Sends the ClientHello, in the clear like everything until ChangeCipherSpec. */
    public void start() {
        if (state != State.START) {
            throw new IllegalStateException("the client has started already");
        }
        clientRandom = randomBytes(32);
        List<Extension> extensions = new java.util.ArrayList<>(List.of(
                Extension.serverName(serverName),
                Extension.codes16(Extension.SUPPORTED_GROUPS, List.of(KeyShare.X25519)),
                new Extension(EC_POINT_FORMATS, new byte[] {1, 0}), // uncompressed only (RFC 8422 §5.1.2)
                Extension.codes16(Extension.SIGNATURE_ALGORITHMS, OFFERED_SCHEMES.stream().map(SignatureScheme::code).toList()),
                new Extension(EXTENDED_MASTER_SECRET, new byte[0]),
                renegotiationInfo()));
        if (!alpn.isEmpty()) {
            extensions.add(Extension.alpn(alpn));
        }
        send(new ClientHello(clientRandom, new byte[0], List.of(ECDHE_ECDSA_AES_128_GCM_SHA256), extensions).message());
        state = State.WAIT_SERVER_HELLO;
    }

    @Override
    boolean client() {
        return true;
    }

    @Override
    void handle(HandshakeMessage m) {
        switch (state) {
            case WAIT_SERVER_HELLO -> serverHello(ServerHello.decode(m), m);
            case WAIT_CERTIFICATE -> {
                serverKey = trust.check(Tls12Messages.chain(m), serverName);
                accepted(m);
                state = State.WAIT_SERVER_KEY_EXCHANGE;
            }
            case WAIT_SERVER_KEY_EXCHANGE -> {
                ServerKeyExchange ske = ServerKeyExchange.decode(m);
                if (ske.group() != KeyShare.X25519) {
                    throw new TlsAlertException(AlertDescription.ILLEGAL_PARAMETER, "the server's share is for a group the client did not offer");
                }
                if (OFFERED_SCHEMES.stream().noneMatch(s -> s.code() == ske.scheme())) {
                    throw new TlsAlertException(AlertDescription.ILLEGAL_PARAMETER, "the server signed with a scheme the client did not offer");
                }
                ske.verify(serverKey, clientRandom, serverRandom);
                serverShare = ske;
                accepted(m);
                state = State.WAIT_SERVER_HELLO_DONE;
            }
            case WAIT_SERVER_HELLO_DONE -> serverHelloDone(m);
            case WAIT_FINISHED -> {
                checkFinished(m);
                state = State.CONNECTED;
                event(TlsEvent.Kind.CONNECTED, "", CLIENT_WRITE);
            }
            default -> throw new TlsAlertException(AlertDescription.UNEXPECTED_MESSAGE, m.type().rfcName() + " in state " + state);
        }
    }

    private void serverHello(ServerHello hello, HandshakeMessage m) {
        if (hello.cipherSuite() != ECDHE_ECDSA_AES_128_GCM_SHA256) {
            throw new TlsAlertException(AlertDescription.ILLEGAL_PARAMETER, "the server chose a suite the client did not offer");
        }
        if (hello.extension(Extension.SUPPORTED_VERSIONS).isPresent()) {
            throw new TlsAlertException(AlertDescription.ILLEGAL_PARAMETER, "the server chose TLS 1.3, which this client did not offer");
        }
        serverRandom = hello.random();
        extendedMaster = hello.extension(EXTENDED_MASTER_SECRET).isPresent();
        if (hello.extension(Extension.ALPN).filter(e -> !alpn.containsAll(e.alpnProtocols())).isPresent()) {
            throw new TlsAlertException(AlertDescription.ILLEGAL_PARAMETER, "the server chose a protocol the client did not offer (RFC 7301 §3.2)");
        }
        negotiated = hello.extension(Extension.ALPN).map(e -> e.alpnProtocols().get(0)).orElse(null);
        accepted(m);
        state = State.WAIT_CERTIFICATE;
    }

    /** The server's flight is over: the client's share, the keys, ChangeCipherSpec and Finished (§7.4.7). */
    private void serverHelloDone(HandshakeMessage m) {
        if (m.expect(HandshakeType.SERVER_HELLO_DONE).body().length != 0) {
            throw new TlsAlertException(AlertDescription.DECODE_ERROR, "ServerHelloDone is empty (RFC 5246 §7.4.5)");
        }
        accepted(m);
        X25519 keyPair = X25519.generate(random);
        send(Tls12Messages.clientKeyExchange(keyPair.publicKey()));
        agree(keyPair.sharedSecret(serverShare.publicKey()));
        sendFinished();
        state = State.WAIT_CHANGE_CIPHER_SPEC;
    }
}
