package org.wirewise.model.tls;

import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;

/**
 * A TLS 1.3 client as a state machine (RFC 8446 §4, Appendix A.1): offers x25519 and
 * TLS_AES_128_GCM_SHA256 in one ClientHello (1 RTT, no HelloRetryRequest), checks the server's
 * certificate, signature and Finished, then answers with its own Finished; when the server sent a
 * CertificateRequest, with its Certificate (empty if it has none) and CertificateVerify first (§4.4).
 * Offered a ticket ({@link #resume}), it resumes with psk_dhe_ke and may send 0-RTT data (§2.2, §2.3).
 */
public final class TlsClient extends TlsEndpoint {

    /** The signature schemes offered, in order of preference. */
    public static final List<SignatureScheme> OFFERED_SCHEMES =
            List.of(SignatureScheme.ED25519, SignatureScheme.ECDSA_SECP256R1_SHA256, SignatureScheme.RSA_PSS_RSAE_SHA256);
    /** The random a HelloRetryRequest carries in place of a ServerHello's (§4.1.3). */
    static final byte[] HELLO_RETRY_REQUEST = java.util.HexFormat.of()
            .parseHex("cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c");

    private final String serverName;
    private final CertificateCheck trust;
    private X25519 keyPair;
    private TrafficSecrets handshakeTraffic;
    private PublicKey serverKey;
    private NewSessionTicket ticket;
    private ResumptionTicket offered;
    private long offeredAgeMillis;
    private byte[] earlyData = new byte[0];
    private EarlyData early = EarlyData.NONE;
    private boolean resumed;
    private byte[] resumptionMaster;
    private ResumptionTicket saved;

    /** What became of the client's 0-RTT data. */
    public enum EarlyData { NONE, OFFERED, ACCEPTED, REJECTED }
    private ServerIdentity certificate;
    private CertificateRequest request;
    private List<String> alpn = List.of();
    private String negotiated;

    public TlsClient(String serverName, CertificateCheck trust, SecureRandom random) {
        super(random);
        this.serverName = serverName;
        this.trust = trust;
    }

    /** Gives this client a certificate chain and key to answer a CertificateRequest with (§4.4.2). */
    public TlsClient withCertificate(ServerIdentity identity) {
        if (state != State.START) {
            throw new IllegalStateException("the client's certificate is set before it starts");
        }
        this.certificate = identity;
        return this;
    }

    /** Offers these application protocols in ALPN, most preferred first (RFC 7301), e.g. "h2". */
    public TlsClient withAlpn(List<String> protocols) {
        if (state != State.START) {
            throw new IllegalStateException("ALPN is offered in the ClientHello, before it starts");
        }
        this.alpn = List.copyOf(protocols);
        return this;
    }

    /** The protocol the server chose with ALPN, once EncryptedExtensions has arrived. */
    public java.util.Optional<String> applicationProtocol() {
        return java.util.Optional.ofNullable(negotiated);
    }

    /** The server's CertificateRequest, if it sent one (§4.3.2). */
    public java.util.Optional<CertificateRequest> certificateRequest() {
        return java.util.Optional.ofNullable(request);
    }

    /** Sends the ClientHello: the first flight, in the clear. */
    public void start() {
        if (state != State.START) {
            throw new IllegalStateException("the client has started already");
        }
        clientRandom = randomBytes(32);
        keyPair = X25519.generate(random);
        List<Extension> extensions = new java.util.ArrayList<>(List.of(
                Extension.serverName(serverName),
                Extension.codes16(Extension.SUPPORTED_GROUPS, List.of(KeyShare.X25519)),
                Extension.codes16(Extension.SIGNATURE_ALGORITHMS, OFFERED_SCHEMES.stream().map(SignatureScheme::code).toList()),
                Extension.clientKeyShares(List.of(new KeyShare(KeyShare.X25519, keyPair.publicKey()))),
                Extension.clientVersions(List.of(Extension.TLS13)),
                Extension.pskModes(Extension.PSK_DHE_KE)));
        if (!alpn.isEmpty()) {
            extensions.add(Extension.alpn(alpn));
        }
        extensions.addAll(extraExtensions);
        if (offered == null) {
            send(hello(extensions));
        } else {
            sendResumingHello(extensions);
        }
        state = State.WAIT_SERVER_HELLO;
    }

    /**
     * Offers a ticket from an earlier connection before {@link #start()}: the ClientHello carries
     * it as a PSK (§4.2.11) and, if the ticket allows that much, {@code earlyData} goes in the
     * first flight under the client early traffic key (§4.2.10); {@code ticketAgeMillis} is how
     * long ago the ticket arrived.
     */
    public void resume(ResumptionTicket ticket, long ticketAgeMillis, byte[] earlyData) {
        if (state != State.START) {
            throw new IllegalStateException("a ticket is offered before the ClientHello");
        }
        this.offered = ticket;
        this.offeredAgeMillis = ticketAgeMillis;
        this.earlyData = earlyData.clone();
    }

    private HandshakeMessage hello(List<Extension> extensions) {
        return new ClientHello(clientRandom, new byte[0], List.of(ClientHello.TLS_AES_128_GCM_SHA256), extensions).message();
    }

    /** early_data if it fits the ticket, then pre_shared_key last (§4.2.11), its binder over the hello without the binders. */
    private void sendResumingHello(List<Extension> extensions) {
        boolean wanted = quic ? offered.maxEarlyData() == QUIC_EARLY_DATA : earlyData.length > 0 && earlyData.length <= offered.maxEarlyData();
        if (wanted) {
            extensions.add(Extension.earlyData());
            early = EarlyData.OFFERED;
        }
        long age = OfferedPsk.obfuscate(offeredAgeMillis, offered.ageAdd());
        OfferedPsk draft = new OfferedPsk(offered.identity(), age, new byte[Hkdf.HASH_LENGTH]);
        extensions.add(draft.extension());
        byte[] binder = OfferedPsk.binderFor(offered.psk(), draft.truncate(hello(extensions).encode()));
        extensions.set(extensions.size() - 1, new OfferedPsk(offered.identity(), age, binder).extension());
        schedule = new KeySchedule(offered.psk());
        send(hello(extensions));
        if (early == EarlyData.OFFERED && quic) {
            earlySecrets(); // QUIC protects its 0-RTT packets with it
        } else if (early == EarlyData.OFFERED) {
            installWrite(earlySecrets(), CLIENT_EARLY);
            records.write(ContentType.APPLICATION_DATA, earlyData);
            event(TlsEvent.Kind.DATA_SENT, "early application_data", records.writeLabel());
        }
    }

    /** What became of the 0-RTT data offered with {@link #resume}. */
    public EarlyData earlyData() {
        return early;
    }

    /** Whether the server took the offered PSK: no certificate was sent or checked. */
    public boolean resumed() {
        return resumed;
    }

    /** The ticket of this connection with its PSK, ready for {@link #resume} on the next one. */
    public java.util.Optional<ResumptionTicket> resumptionTicket() {
        return java.util.Optional.ofNullable(saved);
    }

    /** The ticket the server sent after the handshake, if any (§4.6.1). */
    public java.util.Optional<NewSessionTicket> ticket() {
        return java.util.Optional.ofNullable(ticket);
    }

    @Override
    void handle(HandshakeMessage m) {
        switch (state) {
            case WAIT_SERVER_HELLO -> serverHello(ServerHello.decode(m), m);
            case WAIT_ENCRYPTED_EXTENSIONS -> encryptedExtensions(EncryptedExtensions.decode(m), m);
            case WAIT_CERTIFICATE -> {
                if (m.type() == HandshakeType.CERTIFICATE_REQUEST && request == null) {
                    request = CertificateRequest.decode(m);
                    accepted(m);
                    return;
                }
                CertificateMessage certificate = CertificateMessage.decode(m);
                serverKey = trust.check(certificate.chain(), serverName);
                accepted(m);
                state = State.WAIT_CERTIFICATE_VERIFY;
            }
            case WAIT_CERTIFICATE_VERIFY -> {
                CertificateVerify cv = CertificateVerify.decode(m);
                if (OFFERED_SCHEMES.stream().noneMatch(s -> s.code() == cv.scheme())) {
                    throw new TlsAlertException(AlertDescription.ILLEGAL_PARAMETER, "the server signed with a scheme the client did not offer");
                }
                cv.verify(serverKey, transcript.current());
                accepted(m);
                state = State.WAIT_FINISHED;
            }
            case WAIT_FINISHED -> serverFinished(Finished.decode(m), m);
            case CONNECTED -> postHandshake(m);
            default -> throw new TlsAlertException(AlertDescription.UNEXPECTED_MESSAGE, m.type().rfcName() + " in state " + state);
        }
    }

    private void serverHello(ServerHello hello, HandshakeMessage m) {
        if (Arrays.equals(hello.random(), HELLO_RETRY_REQUEST)) {
            // The only group offered was x25519 with a share: a retry means no group in common.
            throw new TlsAlertException(AlertDescription.HANDSHAKE_FAILURE, "the server asked to retry with a group the client does not have");
        }
        int version = hello.extension(Extension.SUPPORTED_VERSIONS).map(Extension::serverVersion).orElseThrow(() ->
                new TlsAlertException(AlertDescription.PROTOCOL_VERSION, "no supported_versions: the server did not choose TLS 1.3"));
        if (version != Extension.TLS13) {
            throw new TlsAlertException(AlertDescription.ILLEGAL_PARAMETER, "the server chose version " + Integer.toHexString(version));
        }
        if (hello.cipherSuite() != ClientHello.TLS_AES_128_GCM_SHA256) {
            throw new TlsAlertException(AlertDescription.ILLEGAL_PARAMETER, "the server chose a suite the client did not offer");
        }
        KeyShare share = hello.extension(Extension.KEY_SHARE).map(Extension::serverKeyShare).orElseThrow(() ->
                new TlsAlertException(AlertDescription.MISSING_EXTENSION, "ServerHello has no key_share"));
        if (share.group() != KeyShare.X25519) {
            throw new TlsAlertException(AlertDescription.ILLEGAL_PARAMETER, "the server's share is for a group the client did not offer");
        }
        java.util.Optional<Extension> psk = hello.extension(Extension.PRE_SHARED_KEY);
        if (psk.isPresent() && (offered == null || psk.get().selectedPsk() != 0)) {
            throw new TlsAlertException(AlertDescription.ILLEGAL_PARAMETER, "the server chose a PSK the client did not offer (§4.2.11)");
        }
        resumed = psk.isPresent();
        if (offered != null && !resumed) {
            schedule = new KeySchedule(); // the server declined the ticket: a full handshake, no PSK in the schedule
        }
        accepted(m);
        handshakeTraffic = handshakeSecrets(keyPair.sharedSecret(share.keyExchange()));
        installRead(handshakeTraffic.server(), SERVER_HS);
        state = State.WAIT_ENCRYPTED_EXTENSIONS;
    }

    private void encryptedExtensions(EncryptedExtensions ee, HandshakeMessage m) {
        boolean earlyAccepted = Extension.find(ee.extensions(), Extension.EARLY_DATA).isPresent();
        if (earlyAccepted && (early != EarlyData.OFFERED || !resumed)) {
            throw new TlsAlertException(AlertDescription.UNSUPPORTED_EXTENSION, "early_data accepted but not offered (§4.2.10)");
        }
        java.util.Optional<Extension> chosen = Extension.find(ee.extensions(), Extension.ALPN);
        if (chosen.isPresent()) {
            List<String> names = chosen.get().alpnProtocols();
            if (names.size() != 1 || !alpn.contains(names.get(0))) {
                throw new TlsAlertException(AlertDescription.ILLEGAL_PARAMETER, "the server chose " + names
                        + " in ALPN, not one protocol the client offered (RFC 7301 §3.1)");
            }
            negotiated = names.get(0);
        }
        if (early == EarlyData.OFFERED) {
            early = earlyAccepted ? EarlyData.ACCEPTED : EarlyData.REJECTED;
        }
        peerExtensions = ee.extensions();
        accepted(m);
        state = resumed ? State.WAIT_FINISHED : State.WAIT_CERTIFICATE;
    }

    private void serverFinished(Finished finished, HandshakeMessage m) {
        if (!finished.matches(handshakeTraffic.server(), transcript.current())) {
            throw new TlsAlertException(AlertDescription.DECRYPT_ERROR, "the server's Finished does not match the transcript (§4.4.4)");
        }
        accepted(m);
        TrafficSecrets application = applicationSecrets();
        if (early == EarlyData.ACCEPTED && !quic) {
            send(endOfEarlyData()); // still under the early traffic key (§4.5)
        }
        installWrite(handshakeTraffic.client(), CLIENT_HS);
        if (request != null) {
            authenticate();
        }
        send(new Finished(KeySchedule.finishedVerifyData(handshakeTraffic.client(), transcript.current())).message());
        resumptionMaster = schedule.resumptionMasterSecret(transcript.current());
        installWrite(application.client(), CLIENT_AP);
        installRead(application.server(), SERVER_AP);
        state = State.CONNECTED;
        event(TlsEvent.Kind.CONNECTED, "", CLIENT_AP);
        if (early == EarlyData.REJECTED && !quic) {
            send(earlyData); // the server skipped it: it goes again, 1 RTT later (§4.2.10)
        }
    }

    /** The client's answer to a CertificateRequest: its chain and a signature, or an empty Certificate (§4.4.2). */
    private void authenticate() {
        boolean able = certificate != null && request.schemes().contains(certificate.scheme().code());
        List<byte[]> chain = able ? certificate.chain() : List.of();
        send(new CertificateMessage(request.context(), CertificateMessage.of(chain).entries()).message());
        if (able) {
            send(CertificateVerify.sign(CertificateVerify.CLIENT_CONTEXT, certificate.scheme(), certificate.key(),
                    transcript.current(), random).message());
        }
    }

    private void postHandshake(HandshakeMessage m) {
        if (m.type() != HandshakeType.NEW_SESSION_TICKET) {
            throw new TlsAlertException(AlertDescription.UNEXPECTED_MESSAGE, m.type().rfcName() + " after the handshake");
        }
        ticket = NewSessionTicket.decode(m);
        saved = ResumptionTicket.from(ticket, resumptionMaster);
        event(TlsEvent.Kind.RECEIVED, m.type().rfcName(), SERVER_AP);
    }
}
