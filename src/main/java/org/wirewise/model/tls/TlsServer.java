package org.wirewise.model.tls;

import java.security.SecureRandom;
import java.util.List;

/**
 * A TLS 1.3 server as a state machine (RFC 8446 §4, Appendix A.2): answers a ClientHello that
 * offers TLS 1.3, TLS_AES_128_GCM_SHA256 and an x25519 share with ServerHello and, under the
 * handshake keys, EncryptedExtensions, Certificate, CertificateVerify and Finished in one flight;
 * checks the client's Finished; then sends one NewSessionTicket. Asked to, it requests a client
 * certificate (§4.3.2) and checks the client's Certificate and CertificateVerify before its Finished.
 */
public final class TlsServer extends TlsEndpoint {

    private final ServerIdentity identity;
    private TrafficSecrets handshakeTraffic;
    private TrafficSecrets applicationTraffic;
    private String requestedName;
    private CertificateCheck clientCheck;
    private String authorizedClient;
    private CertificateRequest request;
    private java.security.PublicKey clientKey;
    private List<byte[]> clientChain = List.of();

    public TlsServer(ServerIdentity identity, SecureRandom random) {
        super(random);
        this.identity = identity;
    }

    /** The host name the client asked for (server_name), once its ClientHello arrived. */
    public java.util.Optional<String> requestedName() {
        return java.util.Optional.ofNullable(requestedName);
    }

    /**
     * Makes this server ask every client for a certificate (mutual TLS): the chain must pass
     * {@code check} for the name {@code authorizedClient}; a client without one is refused with
     * certificate_required (§4.4.2.4). Call before the ClientHello arrives.
     */
    public TlsServer requestClientCertificate(CertificateCheck check, String authorizedClient) {
        if (state != State.START) {
            throw new IllegalStateException("the client certificate is asked for in the server's first flight");
        }
        this.clientCheck = check;
        this.authorizedClient = authorizedClient;
        return this;
    }

    /** The client's certificate chain (DER, leaf first) once the server accepted it; empty otherwise. */
    public List<byte[]> clientChain() {
        return clientChain.stream().map(byte[]::clone).toList();
    }

    @Override
    void handle(HandshakeMessage m) {
        switch (state) {
            case START -> clientHello(ClientHello.decode(m), m);
            case WAIT_CERTIFICATE -> clientCertificate(CertificateMessage.decode(m), m);
            case WAIT_CERTIFICATE_VERIFY -> clientCertificateVerify(CertificateVerify.decode(m), m);
            case WAIT_FINISHED -> clientFinished(Finished.decode(m), m);
            default -> throw new TlsAlertException(AlertDescription.UNEXPECTED_MESSAGE, m.type().rfcName() + " in state " + state);
        }
    }

    private void clientHello(ClientHello hello, HandshakeMessage m) {
        clientRandom = hello.random();
        List<Integer> versions = hello.extension(Extension.SUPPORTED_VERSIONS).map(Extension::clientVersions).orElse(List.of());
        if (!versions.contains(Extension.TLS13)) {
            throw new TlsAlertException(AlertDescription.PROTOCOL_VERSION, "the client does not offer TLS 1.3");
        }
        if (!hello.cipherSuites().contains(ClientHello.TLS_AES_128_GCM_SHA256)) {
            throw new TlsAlertException(AlertDescription.HANDSHAKE_FAILURE, "no cipher suite in common");
        }
        List<Integer> schemes = hello.extension(Extension.SIGNATURE_ALGORITHMS).map(Extension::codes16).orElseThrow(() ->
                new TlsAlertException(AlertDescription.MISSING_EXTENSION, "a certificate handshake needs signature_algorithms (§9.2)"));
        if (!schemes.contains(identity.scheme().code())) {
            throw new TlsAlertException(AlertDescription.HANDSHAKE_FAILURE, "the client accepts no signature this server can make");
        }
        KeyShare share = hello.extension(Extension.KEY_SHARE).map(Extension::clientKeyShares).orElse(List.of()).stream()
                .filter(s -> s.group() == KeyShare.X25519).findFirst().orElseThrow(() ->
                        new TlsAlertException(AlertDescription.HANDSHAKE_FAILURE, "no x25519 key share: no group in common"));
        requestedName = hello.serverName().orElse(null);
        accepted(m);

        X25519 keyPair = X25519.generate(random);
        send(new ServerHello(randomBytes(32), hello.sessionId(), ClientHello.TLS_AES_128_GCM_SHA256, List.of(
                Extension.serverKeyShare(new KeyShare(KeyShare.X25519, keyPair.publicKey())),
                Extension.serverVersion(Extension.TLS13))).message());
        handshakeTraffic = handshakeSecrets(keyPair.sharedSecret(share.keyExchange()));
        installWrite(handshakeTraffic.server(), SERVER_HS);
        installRead(handshakeTraffic.client(), CLIENT_HS);
        send(new EncryptedExtensions(List.of()).message());
        if (clientCheck != null) {
            request = CertificateRequest.of(TlsClient.OFFERED_SCHEMES);
            send(request.message());
        }
        send(CertificateMessage.of(identity.chain()).message());
        send(CertificateVerify.sign(identity.scheme(), identity.key(), transcript.current(), random).message());
        send(new Finished(KeySchedule.finishedVerifyData(handshakeTraffic.server(), transcript.current())).message());
        applicationTraffic = applicationSecrets();
        installWrite(applicationTraffic.server(), SERVER_AP);
        state = request == null ? State.WAIT_FINISHED : State.WAIT_CERTIFICATE;
    }

    private void clientCertificate(CertificateMessage certificate, HandshakeMessage m) {
        if (!java.util.Arrays.equals(certificate.requestContext(), request.context())) {
            throw new TlsAlertException(AlertDescription.ILLEGAL_PARAMETER, "the client's Certificate does not echo the request's context (§4.4.2)");
        }
        accepted(m);
        if (certificate.entries().isEmpty()) {
            throw new TlsAlertException(AlertDescription.CERTIFICATE_REQUIRED,
                    "the client sent an empty Certificate and this server requires one (§4.4.2.4)");
        }
        clientKey = clientCheck.check(certificate.chain(), authorizedClient);
        clientChain = certificate.chain();
        state = State.WAIT_CERTIFICATE_VERIFY;
    }

    private void clientCertificateVerify(CertificateVerify cv, HandshakeMessage m) {
        if (!request.schemes().contains(cv.scheme())) {
            throw new TlsAlertException(AlertDescription.ILLEGAL_PARAMETER, "the client signed with a scheme the request did not list");
        }
        cv.verify(CertificateVerify.CLIENT_CONTEXT, clientKey, transcript.current());
        accepted(m);
        state = State.WAIT_FINISHED;
    }

    private void clientFinished(Finished finished, HandshakeMessage m) {
        if (!finished.matches(handshakeTraffic.client(), transcript.current())) {
            throw new TlsAlertException(AlertDescription.DECRYPT_ERROR, "the client's Finished does not match the transcript (§4.4.4)");
        }
        accepted(m);
        installRead(applicationTraffic.client(), CLIENT_AP);
        state = State.CONNECTED;
        event(TlsEvent.Kind.CONNECTED, "", SERVER_AP);
        byte[] nonce = {0, 0};
        send(new NewSessionTicket(7200, random.nextLong() & 0xFFFF_FFFFL, nonce, randomBytes(32), List.of()).message());
    }
}
