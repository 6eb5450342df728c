package org.wirewise.model.tls;

import java.security.SecureRandom;
import java.util.List;

/**
 * A TLS 1.3 server as a state machine (RFC 8446 §4, Appendix A.2): answers a ClientHello that
 * offers TLS 1.3, TLS_AES_128_GCM_SHA256 and an x25519 share with ServerHello and, under the
 * handshake keys, EncryptedExtensions, Certificate, CertificateVerify and Finished in one flight;
 * checks the client's Finished; then sends one NewSessionTicket. Asked to, it requests a client
 * certificate (§4.3.2) and checks the client's Certificate and CertificateVerify before its Finished.
 * Given {@link SessionTickets}, it resumes a ticket it issued (psk_dhe_ke: no Certificate, no
 * CertificateVerify) and reads 0-RTT data as its policy says (§2.2, §2.3, §8).
 */
public final class TlsServer extends TlsEndpoint {

    private final ServerIdentity identity;
    private TrafficSecrets handshakeTraffic;
    private TrafficSecrets applicationTraffic;
    private String requestedName;
    private final SessionTickets tickets;
    private boolean resumed;
    private boolean earlyAccepted;
    private CertificateCheck clientCheck;
    private String authorizedClient;
    private CertificateRequest request;
    private java.security.PublicKey clientKey;
    private List<byte[]> clientChain = List.of();
    private long flightSentMillis;
    private SessionTickets.Freshness freshness;
    private List<String> alpn = List.of();
    private String negotiated;

    public TlsServer(ServerIdentity identity, SecureRandom random) {
        this(identity, random, null);
    }

    /** A server that remembers its tickets in {@code tickets} and resumes them, with their 0-RTT policy. */
    public TlsServer(ServerIdentity identity, SecureRandom random, SessionTickets tickets) {
        super(random);
        this.identity = identity;
        this.tickets = tickets;
    }

    /** Whether this connection resumed a ticket (no Certificate, no CertificateVerify). */
    public boolean resumed() {
        return resumed;
    }

    /** Whether the client's 0-RTT data was read and handed on. */
    public boolean earlyDataAccepted() {
        return earlyAccepted;
    }

    /** The freshness check of the offered ticket, when the client offered 0-RTT with a ticket this server holds (RFC 8446 §8.3). */
    public java.util.Optional<SessionTickets.Freshness> freshness() {
        return java.util.Optional.ofNullable(freshness);
    }

    /**
     * Chooses among the client's ALPN protocols (RFC 7301 §3.2), the first of {@code supported}
     * it offers; a client offering none of them is refused with no_application_protocol.
     */
    public TlsServer withAlpn(List<String> supported) {
        this.alpn = List.copyOf(supported);
        return this;
    }

    /** The protocol chosen with ALPN, once the ClientHello has arrived. */
    public java.util.Optional<String> applicationProtocol() {
        return java.util.Optional.ofNullable(negotiated);
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
            case WAIT_END_OF_EARLY_DATA -> {
                if (m.expect(HandshakeType.END_OF_EARLY_DATA).body().length != 0) {
                    throw new TlsAlertException(AlertDescription.DECODE_ERROR, "EndOfEarlyData is empty (§4.5)");
                }
                accepted(m);
                installRead(handshakeTraffic.client(), CLIENT_HS);
                state = State.WAIT_FINISHED;
            }
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
        java.util.Optional<String> protocol = chooseProtocol(hello); // refused before any ServerHello
        if (!hello.cipherSuites().contains(ClientHello.TLS_AES_128_GCM_SHA256)) {
            throw new TlsAlertException(AlertDescription.HANDSHAKE_FAILURE, "no cipher suite in common");
        }
        java.util.Optional<SessionTickets.Issued> ticket = resumption(hello, m);
        if (ticket.isEmpty()) { // a resumed handshake signs nothing (§9.2)
            List<Integer> schemes = hello.extension(Extension.SIGNATURE_ALGORITHMS).map(Extension::codes16).orElseThrow(() ->
                    new TlsAlertException(AlertDescription.MISSING_EXTENSION, "a certificate handshake needs signature_algorithms (§9.2)"));
            if (!schemes.contains(identity.scheme().code())) {
                throw new TlsAlertException(AlertDescription.HANDSHAKE_FAILURE, "the client accepts no signature this server can make");
            }
        }
        KeyShare share = hello.extension(Extension.KEY_SHARE).map(Extension::clientKeyShares).orElse(List.of()).stream()
                .filter(s -> s.group() == KeyShare.X25519).findFirst().orElseThrow(() ->
                        new TlsAlertException(AlertDescription.HANDSHAKE_FAILURE, "no x25519 key share: no group in common"));
        requestedName = hello.serverName().orElse(null);
        peerExtensions = hello.extensions();
        boolean earlyOffered = hello.extension(Extension.EARLY_DATA).isPresent();
        if (earlyOffered && ticket.isPresent()) {
            freshness = tickets.freshness(ticket.get(), OfferedPsk.decode(hello.extension(Extension.PRE_SHARED_KEY).orElseThrow()).obfuscatedTicketAge());
        }
        earlyAccepted = earlyOffered && ticket.isPresent() && ticket.get().maxEarlyData() > 0 && freshness.fresh();
        accepted(m);
        byte[] earlyTraffic = earlyAccepted ? earlySecrets() : null;

        X25519 keyPair = X25519.generate(random);
        List<Extension> helloExtensions = new java.util.ArrayList<>(List.of(
                Extension.serverKeyShare(new KeyShare(KeyShare.X25519, keyPair.publicKey())), Extension.serverVersion(Extension.TLS13)));
        if (resumed) {
            helloExtensions.add(0, Extension.selectedPsk(0));
        }
        send(new ServerHello(randomBytes(32), hello.sessionId(), ClientHello.TLS_AES_128_GCM_SHA256, helloExtensions).message());
        handshakeTraffic = handshakeSecrets(keyPair.sharedSecret(share.keyExchange()));
        installWrite(handshakeTraffic.server(), SERVER_HS);
        if (earlyAccepted && !quic) {
            installRead(earlyTraffic, CLIENT_EARLY);
        } else {
            installRead(handshakeTraffic.client(), CLIENT_HS);
            if (earlyOffered && !quic) {
                records.skipUnreadable(SessionTickets.MAX_EARLY_DATA + 256); // plaintext limit plus one record's overhead
            }
        }
        List<Extension> encrypted = new java.util.ArrayList<>();
        if (earlyAccepted) {
            encrypted.add(Extension.earlyData());
        }
        protocol.ifPresent(p -> encrypted.add(Extension.alpn(List.of(p))));
        encrypted.addAll(extraExtensions);
        send(new EncryptedExtensions(encrypted).message());
        if (clientCheck != null && !resumed) { // no CertificateRequest in a PSK handshake (§4.3.2)
            request = CertificateRequest.of(TlsClient.OFFERED_SCHEMES);
            send(request.message());
        }
        if (!resumed) {
            send(CertificateMessage.of(identity.chain()).message());
            send(CertificateVerify.sign(identity.scheme(), identity.key(), transcript.current(), random).message());
        }
        send(new Finished(KeySchedule.finishedVerifyData(handshakeTraffic.server(), transcript.current())).message());
        applicationTraffic = applicationSecrets();
        installWrite(applicationTraffic.server(), SERVER_AP);
        flightSentMillis = tickets == null ? 0 : tickets.now();
        state = earlyAccepted && !quic ? State.WAIT_END_OF_EARLY_DATA : request == null ? State.WAIT_FINISHED : State.WAIT_CERTIFICATE;
    }

    /**
     * The ticket the client offers, if this server issued it, still holds it and the binder proves
     * the client has its PSK (§4.2.11); otherwise a full handshake. A wrong binder is decrypt_error.
     */
    private java.util.Optional<SessionTickets.Issued> resumption(ClientHello hello, HandshakeMessage m) {
        java.util.Optional<Extension> ext = hello.extension(Extension.PRE_SHARED_KEY);
        if (ext.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Extension> all = hello.extensions();
        if (all.get(all.size() - 1).type() != Extension.PRE_SHARED_KEY) {
            throw new TlsAlertException(AlertDescription.ILLEGAL_PARAMETER, "pre_shared_key must be the last extension (§4.2.11)");
        }
        boolean dheMode = hello.extension(Extension.PSK_KEY_EXCHANGE_MODES)
                .map(e -> new TlsReader(e.data()).vector8()).map(modes -> contains(modes, Extension.PSK_DHE_KE))
                .orElse(false);
        if (tickets == null || !dheMode) {
            return java.util.Optional.empty();
        }
        OfferedPsk offer = OfferedPsk.decode(ext.get());
        java.util.Optional<SessionTickets.Issued> issued = tickets.redeem(offer.identity());
        if (issued.isEmpty()) {
            return issued;
        }
        byte[] expected = OfferedPsk.binderFor(issued.get().psk(), offer.truncate(m.encode()));
        if (!java.security.MessageDigest.isEqual(expected, offer.binder())) {
            throw new TlsAlertException(AlertDescription.DECRYPT_ERROR, "the PSK binder does not match: the client does not hold the ticket's key (§4.2.11)");
        }
        schedule = new KeySchedule(issued.get().psk());
        resumed = true;
        return issued;
    }

    private static boolean contains(byte[] modes, int mode) {
        for (byte b : modes) {
            if ((b & 0xFF) == mode) {
                return true;
            }
        }
        return false;
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
        long ageAdd = random.nextLong() & 0xFFFF_FFFFL;
        byte[] ticket = randomBytes(32);
        List<Extension> extensions = List.of();
        if (tickets != null) {
            // The round trip from this flight to the client's Finished is the estimated_RTT of §8.3.
            tickets.issue(ticket, KeySchedule.resumptionPsk(schedule.resumptionMasterSecret(transcript.current()), nonce), ageAdd,
                    tickets.now() - flightSentMillis);
            long limit = quic ? QUIC_EARLY_DATA : tickets.maxEarlyData(); // QUIC announces 0xffffffff (RFC 9001 §4.6.1)
            extensions = tickets.maxEarlyData() > 0 ? List.of(Extension.earlyDataLimit(limit)) : List.of();
        }
        send(new NewSessionTicket(7200, ageAdd, nonce, ticket, extensions).message());
    }

    private java.util.Optional<String> chooseProtocol(ClientHello hello) {
        java.util.Optional<Extension> offer = hello.extension(Extension.ALPN);
        if (offer.isEmpty() || alpn.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> offered = offer.get().alpnProtocols();
        negotiated = alpn.stream().filter(offered::contains).findFirst().orElseThrow(() -> new TlsAlertException(
                AlertDescription.NO_APPLICATION_PROTOCOL, "the client offers " + offered + " in ALPN, the server speaks "
                + alpn + " (RFC 7301 §3.2)"));
        return java.util.Optional.of(negotiated);
    }
}
