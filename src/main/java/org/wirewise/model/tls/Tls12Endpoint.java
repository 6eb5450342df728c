package org.wirewise.model.tls;

import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirewise.model.trace.SessionSecret;

/**
 * What a TLS 1.2 client and server share (RFC 5246 §7): the record layer, the handshake transcript,
 * the master secret and its key block, the ChangeCipherSpec that switches each direction to its
 * keys, the events, the key log line and failure as one fatal alert. Only
 * TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 with x25519, the extended master secret (RFC 7627) and
 * renegotiation_info (RFC 5746, empty: this implementation never renegotiates).
 */
public abstract sealed class Tls12Endpoint implements TlsConnection permits Tls12Client, Tls12Server {

    /** TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 (RFC 5289 §3.2); ed25519 certificates fit ECDSA suites (RFC 8422 §5.1.1). */
    public static final int ECDHE_ECDSA_AES_128_GCM_SHA256 = 0xc02b;
    /** TLS_EMPTY_RENEGOTIATION_INFO_SCSV (RFC 5746 §3.3). */
    static final int EMPTY_RENEGOTIATION_INFO_SCSV = 0x00ff;
    static final int EC_POINT_FORMATS = 11;
    static final int EXTENDED_MASTER_SECRET = 23;
    /** The NSS key log label of a TLS 1.2 master secret. */
    public static final String MASTER_SECRET = "CLIENT_RANDOM";
    /** What protects each direction's records after its ChangeCipherSpec (RFC 5246 §6.3's names). */
    public static final String CLIENT_WRITE = "client_write_key";
    public static final String SERVER_WRITE = "server_write_key";

    /** Where the handshake stands (RFC 5246 §7.3's message order). */
    public enum State { START, WAIT_SERVER_HELLO, WAIT_CERTIFICATE, WAIT_SERVER_KEY_EXCHANGE, WAIT_SERVER_HELLO_DONE,
        WAIT_CLIENT_KEY_EXCHANGE, WAIT_CHANGE_CIPHER_SPEC, WAIT_FINISHED, CONNECTED, CLOSED, FAILED }

    final Tls12RecordLayer records = new Tls12RecordLayer();
    final HandshakeReader handshake = new HandshakeReader();
    final TranscriptHash transcript = new TranscriptHash();
    final SecureRandom random;
    State state = State.START;
    byte[] clientRandom;
    byte[] serverRandom;
    boolean extendedMaster;
    /** The ALPN protocol of this connection (null: none negotiated). */
    String negotiated;
    byte[] master;
    Tls12Keys keys;
    private final List<TlsEvent> events = new ArrayList<>();
    private final List<SessionSecret> secrets = new ArrayList<>();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private AlertDescription failure;

    Tls12Endpoint(SecureRandom random) {
        this.random = random;
    }

    /** The protocol chosen with ALPN in the ServerHello (RFC 7301 §3.2), if both sides offered any. */
    public Optional<String> applicationProtocol() {
        return Optional.ofNullable(negotiated);
    }

    public State state() {
        return state;
    }

    /** Whether both sides agreed on the extended master secret (RFC 7627). */
    public boolean extendedMasterSecret() {
        return extendedMaster;
    }

    @Override
    public boolean established() {
        return state == State.CONNECTED;
    }

    @Override
    public List<TlsEvent> events() {
        return List.copyOf(events);
    }

    @Override
    public List<SessionSecret> secrets() {
        return List.copyOf(secrets);
    }

    @Override
    public Optional<AlertDescription> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public byte[] takeOutgoing() {
        return records.takeOutgoing();
    }

    @Override
    public byte[] takeReceived() {
        byte[] out = received.toByteArray();
        received.reset();
        return out;
    }

    @Override
    public void receive(byte[] bytes) {
        if (state == State.FAILED || state == State.CLOSED) {
            return;
        }
        try {
            for (byte[] raw : records.split(bytes)) {
                TlsRecord r = records.open(raw);
                switch (r.type()) {
                    case HANDSHAKE -> {
                        for (HandshakeMessage m : handshake.add(r.fragment())) {
                            handle(m);
                        }
                    }
                    case CHANGE_CIPHER_SPEC -> changeCipherSpec(r.fragment());
                    case APPLICATION_DATA -> {
                        if (state != State.CONNECTED) {
                            throw new TlsAlertException(AlertDescription.UNEXPECTED_MESSAGE, "application data before the handshake finished");
                        }
                        received.writeBytes(r.fragment());
                        event(TlsEvent.Kind.DATA_RECEIVED, "application_data", readLabel());
                    }
                    case ALERT -> alert(Alert.decode(r.fragment()));
                }
                if (state == State.CLOSED || state == State.FAILED) {
                    return;
                }
            }
        } catch (TlsAlertException e) {
            fail(e.alert());
        }
    }

    @Override
    public void send(byte[] data) {
        if (state != State.CONNECTED) {
            throw new IllegalStateException("application data waits for the handshake: state is " + state);
        }
        records.write(ContentType.APPLICATION_DATA, data);
        event(TlsEvent.Kind.DATA_SENT, "application_data", writeLabel());
    }

    @Override
    public void close() {
        if (state == State.CONNECTED) {
            sendAlert(AlertDescription.CLOSE_NOTIFY);
            state = State.CLOSED;
        }
    }

    abstract void handle(HandshakeMessage m);

    /** Whether this endpoint is the client: which key protects what it writes. */
    abstract boolean client();

    /** The peer's ChangeCipherSpec: only where the RFC puts it, just before its Finished (§7.1). */
    private void changeCipherSpec(byte[] fragment) {
        if (fragment.length != 1 || fragment[0] != 1) {
            throw new TlsAlertException(AlertDescription.DECODE_ERROR, "a change_cipher_spec other than the single byte 1");
        }
        if (state != State.WAIT_CHANGE_CIPHER_SPEC || handshake.midMessage()) {
            throw new TlsAlertException(AlertDescription.UNEXPECTED_MESSAGE, "ChangeCipherSpec before the keys are agreed (RFC 5246 §7.1)");
        }
        records.changeReadKeys(keys.direction(!client()), client() ? SERVER_WRITE : CLIENT_WRITE);
        event(TlsEvent.Kind.READ_KEYS, readLabel(), readLabel());
        state = State.WAIT_FINISHED;
    }

    /** ChangeCipherSpec, then this side's Finished under the new keys (§7.4.9). */
    void sendFinished() {
        records.changeWriteKeys(keys.direction(client()), client() ? CLIENT_WRITE : SERVER_WRITE);
        event(TlsEvent.Kind.WRITE_KEYS, writeLabel(), writeLabel());
        send(new Finished(Tls12Prf.verifyData(master, client(), transcript.current())).message());
    }

    /** Checks the peer's Finished against the transcript so far; a mismatch is decrypt_error (§7.4.9). */
    void checkFinished(HandshakeMessage m) {
        byte[] verify = Finished.decode(m).verifyData();
        byte[] expected = Tls12Prf.verifyData(master, !client(), transcript.current());
        if (!java.security.MessageDigest.isEqual(verify, expected)) {
            throw new TlsAlertException(AlertDescription.DECRYPT_ERROR, "the peer's Finished does not match the transcript (RFC 5246 §7.4.9)");
        }
        accepted(m);
    }

    /**
     * The master secret from the ECDHE shared secret (the pre-master secret for x25519, RFC 8422
     * §5.10), over the transcript through ClientKeyExchange when extended (RFC 7627 §4), and the
     * key block from it; the key log gets its CLIENT_RANDOM line.
     */
    void agree(byte[] preMaster) {
        master = extendedMaster
                ? Tls12Prf.extendedMasterSecret(preMaster, transcript.current())
                : Tls12Prf.masterSecret(preMaster, clientRandom, serverRandom);
        keys = Tls12Keys.from(master, clientRandom, serverRandom);
        secrets.add(new SessionSecret(MASTER_SECRET, clientRandom, master));
        event(TlsEvent.Kind.DERIVED, MASTER_SECRET, "");
    }

    void fail(AlertDescription alert) {
        failure = alert;
        sendAlert(alert);
        state = State.FAILED;
    }

    private void sendAlert(AlertDescription alert) {
        records.write(ContentType.ALERT, Alert.of(alert).encode());
        event(TlsEvent.Kind.ALERT_SENT, alert.rfcName(), writeLabel());
    }

    private void alert(Alert a) {
        event(TlsEvent.Kind.ALERT_RECEIVED, a.description().rfcName(), readLabel());
        if (a.description() == AlertDescription.CLOSE_NOTIFY) {
            state = State.CLOSED;
        } else {
            failure = a.description();
            state = State.FAILED;
        }
    }

    void send(HandshakeMessage m) {
        byte[] bytes = m.encode();
        transcript.add(bytes);
        records.writeHandshake(bytes, m.type() == HandshakeType.CLIENT_HELLO ? TlsRecord.CLIENT_HELLO_VERSION : TlsRecord.LEGACY_VERSION);
        event(TlsEvent.Kind.SENT, m.type().rfcName(), writeLabel());
    }

    void accepted(HandshakeMessage m) {
        transcript.add(m.encode());
        event(TlsEvent.Kind.RECEIVED, m.type().rfcName(), readLabel());
    }

    void event(TlsEvent.Kind kind, String name, String protection) {
        events.add(new TlsEvent(kind, name, protection));
    }

    private String writeLabel() {
        return records.writeLabel();
    }

    private String readLabel() {
        return records.readLabel();
    }

    byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** The empty renegotiation_info of a first handshake (RFC 5746 §3.4, §3.6). */
    static Extension renegotiationInfo() {
        return new Extension(Extension.RENEGOTIATION_INFO, new byte[] {0});
    }
}
