package org.wirewise.model.tls;

import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.trace.SessionSecret;

/**
 * What a TLS 1.3 client and server share: the record layer, the transcript, the key schedule,
 * the events, the secrets as key log lines, and how failures end the connection (one fatal
 * alert, RFC 8446 §6.2). Bytes in, bytes out: the transport is someone else's.
 */
public abstract sealed class TlsEndpoint implements TlsConnection permits TlsClient, TlsServer {

    /** Where the handshake stands. */
    public enum State { START, WAIT_SERVER_HELLO, WAIT_ENCRYPTED_EXTENSIONS, WAIT_CERTIFICATE, WAIT_CERTIFICATE_VERIFY,
        WAIT_FINISHED, CONNECTED, CLOSED, FAILED,
        /** The server reading 0-RTT data until the client's EndOfEarlyData (§4.5). */
        WAIT_END_OF_EARLY_DATA }

    final RecordLayer records = new RecordLayer();
    final HandshakeReader handshake = new HandshakeReader();
    final TranscriptHash transcript = new TranscriptHash();
    /** Replaced by a PSK's schedule when a session is resumed. */
    KeySchedule schedule = new KeySchedule();
    final SecureRandom random;
    State state = State.START;
    byte[] clientRandom;
    private final List<TlsEvent> events = new ArrayList<>();
    private final List<SessionSecret> secrets = new ArrayList<>();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private AlertDescription failure;
    /** Extensions a carrier adds to this side's hello or EncryptedExtensions (QUIC's 0x39, ALPN), and the peer's. */
    List<Extension> extraExtensions = List.of();
    List<Extension> peerExtensions = List.of();
    /** Set by QUIC's carrier: 0-RTT data travels in QUIC packets, so no early data records and no EndOfEarlyData (RFC 9001 §4.6, §8.3). */
    boolean quic;

    TlsEndpoint(SecureRandom random) {
        this.random = random;
    }

    public State state() {
        return state;
    }

    @Override
    public boolean established() {
        return state == State.CONNECTED;
    }

    public List<TlsEvent> events() {
        return List.copyOf(events);
    }

    /** Every secret derived so far, as NSS key log lines (needs the client random, so after ClientHello). */
    public List<SessionSecret> secrets() {
        return List.copyOf(secrets);
    }

    /** The alert that ended the connection, if it failed. */
    public java.util.Optional<AlertDescription> failure() {
        return java.util.Optional.ofNullable(failure);
    }

    /** The bytes to hand to the transport now. */
    public byte[] takeOutgoing() {
        return records.takeOutgoing();
    }

    /** Application data received so far and not yet taken. */
    public byte[] takeReceived() {
        byte[] out = received.toByteArray();
        received.reset();
        return out;
    }

    /** Bytes from the transport: records are reassembled, unprotected and handled; a failure sends its alert. */
    public void receive(byte[] bytes) {
        if (state == State.FAILED || state == State.CLOSED) {
            return;
        }
        try {
            for (byte[] raw : records.split(bytes)) {
                java.util.Optional<TlsRecord> opened = records.open(raw);
                if (opened.isEmpty()) {
                    continue;
                }
                TlsRecord r = opened.get();
                switch (r.type()) {
                    case HANDSHAKE -> {
                        for (HandshakeMessage m : handshake.add(r.fragment())) {
                            handle(m);
                        }
                    }
                    case APPLICATION_DATA -> {
                        if (state != State.CONNECTED && state != State.WAIT_END_OF_EARLY_DATA) {
                            throw new TlsAlertException(AlertDescription.UNEXPECTED_MESSAGE, "application data before the handshake finished");
                        }
                        received.writeBytes(r.fragment());
                        events.add(new TlsEvent(TlsEvent.Kind.DATA_RECEIVED, "application_data", records.readLabel()));
                    }
                    case ALERT -> alert(Alert.decode(r.fragment()));
                    default -> throw new TlsAlertException(AlertDescription.UNEXPECTED_MESSAGE, "unexpected " + r.type());
                }
                if (state == State.CLOSED || state == State.FAILED) {
                    return;
                }
            }
        } catch (TlsAlertException e) {
            fail(e.alert());
        }
    }

    /**
     * Sends application data (once connected, or a server's 0.5-RTT answer to early data after its
     * flight, RFC 8446 §2.3), cut into records of at most 2^14 bytes.
     */
    public void send(byte[] data) {
        if (state != State.CONNECTED && state != State.WAIT_END_OF_EARLY_DATA) {
            throw new IllegalStateException("application data waits for the handshake: state is " + state);
        }
        records.write(ContentType.APPLICATION_DATA, data);
        event(TlsEvent.Kind.DATA_SENT, "application_data", records.writeLabel());
    }

    /** Ends the connection politely: close_notify (§6.1). */
    public void close() {
        if (state == State.CONNECTED) {
            sendAlert(AlertDescription.CLOSE_NOTIFY);
            state = State.CLOSED;
        }
    }

    abstract void handle(HandshakeMessage m);

    /**
     * Handshake message bytes from a carrier that is not the record layer (QUIC's CRYPTO frames,
     * RFC 9001 §4): reassembled and handled as records' contents would be; a failure is one alert.
     */
    void receiveHandshake(byte[] bytes) {
        if (state == State.FAILED || state == State.CLOSED) {
            return;
        }
        try {
            for (HandshakeMessage m : handshake.add(bytes)) {
                handle(m);
            }
        } catch (TlsAlertException e) {
            fail(e.alert());
        }
    }

    void fail(AlertDescription alert) {
        failure = alert;
        sendAlert(alert);
        state = State.FAILED;
    }

    private void sendAlert(AlertDescription alert) {
        records.write(ContentType.ALERT, Alert.of(alert).encode());
        event(TlsEvent.Kind.ALERT_SENT, alert.rfcName(), records.writeLabel());
    }

    private void alert(Alert a) {
        event(TlsEvent.Kind.ALERT_RECEIVED, a.description().rfcName(), records.readLabel());
        if (a.description() == AlertDescription.CLOSE_NOTIFY) {
            state = State.CLOSED;
        } else {
            failure = a.description();
            state = State.FAILED;
        }
    }

    /** Sends a handshake message and adds it to the transcript (a post-handshake message stays out of it, §4.6). */
    void send(HandshakeMessage m) {
        byte[] bytes = m.encode();
        if (state != State.CONNECTED) {
            transcript.add(bytes);
        }
        records.writeHandshake(bytes, m.type() == HandshakeType.CLIENT_HELLO ? TlsRecord.CLIENT_HELLO_VERSION : TlsRecord.LEGACY_VERSION);
        event(TlsEvent.Kind.SENT, m.type().rfcName(), records.writeLabel());
    }

    /** Accepts a received message into the transcript. */
    void accepted(HandshakeMessage m) {
        transcript.add(m.encode());
        event(TlsEvent.Kind.RECEIVED, m.type().rfcName(), records.readLabel());
    }

    /** Records a derived secret under its key log label. */
    void derived(String label, byte[] secret) {
        secrets.add(new SessionSecret(label, clientRandom, secret));
        event(TlsEvent.Kind.DERIVED, label, "");
    }

    /** A client and a server traffic secret of one stage. */
    record TrafficSecrets(byte[] client, byte[] server) {
    }

    /** After ServerHello: the handshake secret and both handshake traffic secrets (§7.1). */
    TrafficSecrets handshakeSecrets(byte[] sharedSecret) {
        schedule.handshakeSecret(sharedSecret);
        byte[] hash = transcript.current();
        TrafficSecrets t = new TrafficSecrets(schedule.clientHandshakeTrafficSecret(hash), schedule.serverHandshakeTrafficSecret(hash));
        derived(CLIENT_HS, t.client());
        derived(SERVER_HS, t.server());
        return t;
    }

    /** After the server's Finished: both application traffic secrets and the exporter secret (§7.1). */
    TrafficSecrets applicationSecrets() {
        byte[] hash = transcript.current();
        TrafficSecrets t = new TrafficSecrets(schedule.clientApplicationTrafficSecret(hash), schedule.serverApplicationTrafficSecret(hash));
        derived(CLIENT_AP, t.client());
        derived(SERVER_AP, t.server());
        derived(EXPORTER, schedule.exporterMasterSecret(hash));
        return t;
    }

    void installWrite(byte[] secret, String label) {
        records.installWrite(secret, label);
        event(TlsEvent.Kind.WRITE_KEYS, label, label);
    }

    void installRead(byte[] secret, String label) {
        if (handshake.midMessage()) {
            throw new TlsAlertException(AlertDescription.UNEXPECTED_MESSAGE, "a key change in the middle of a handshake message (§5.1)");
        }
        records.installRead(secret, label);
        event(TlsEvent.Kind.READ_KEYS, label, label);
    }

    void event(TlsEvent.Kind kind, String name, String protection) {
        events.add(new TlsEvent(kind, name, protection));
    }

    byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** NSS key log labels for the secrets (the names Wireshark reads). */
    static final String CLIENT_HS = "CLIENT_HANDSHAKE_TRAFFIC_SECRET";
    static final String SERVER_HS = "SERVER_HANDSHAKE_TRAFFIC_SECRET";
    static final String CLIENT_AP = "CLIENT_TRAFFIC_SECRET_0";
    static final String SERVER_AP = "SERVER_TRAFFIC_SECRET_0";
    static final String EXPORTER = "EXPORTER_SECRET";
    static final String CLIENT_EARLY = "CLIENT_EARLY_TRAFFIC_SECRET";
    /** The max_early_data_size a ticket for QUIC carries, and the one a QUIC client accepts (RFC 9001 §4.6.1). */
    static final long QUIC_EARLY_DATA = 0xFFFF_FFFFL;
    static final String EARLY_EXPORTER = "EARLY_EXPORTER_SECRET";

    /** After a ClientHello that offers 0-RTT: the early traffic and early exporter secrets over it (§7.1). */
    byte[] earlySecrets() {
        byte[] hash = transcript.current();
        byte[] early = schedule.clientEarlyTrafficSecret(hash);
        derived(CLIENT_EARLY, early);
        derived(EARLY_EXPORTER, schedule.earlyExporterMasterSecret(hash));
        return early;
    }

    /** The message that ends the client's 0-RTT data (§4.5): empty. */
    static HandshakeMessage endOfEarlyData() {
        return new HandshakeMessage(HandshakeType.END_OF_EARLY_DATA, new byte[0]);
    }
}
