package org.wirewise.model.quic;

import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import java.util.random.RandomGenerator;
import org.wirewise.model.tls.QuicHandshake;
import org.wirewise.model.tls.TlsClient;
import org.wirewise.model.tls.TlsServer;
import org.wirewise.model.trace.SessionSecret;

/**
 * One QUIC version 1 connection endpoint (RFC 9000) as a state machine: datagrams in, datagrams
 * out, a timer, streams. TLS 1.3 runs inside CRYPTO frames at three encryption levels (RFC 9001
 * §4); packet numbers per space only go up; ACKs carry ranges; RFC 9002 declares packets lost and
 * their frames go again in new packets, each stream's on its own; the client may move to a new
 * address and the server follows after PATH_CHALLENGE/PATH_RESPONSE (§9). Times are the caller's
 * nanoseconds: nothing here reads a clock.
 */
public final class QuicConnection {

    public enum Role { CLIENT, SERVER }

    /** The address and UDP port of the other end, as datagrams arrive from it. */
    public record Peer(InetAddress address, int port) {
    }

    /** A datagram to send: where, its bytes, and the packets coalesced in it as sent. */
    public record Datagram(Peer to, byte[] bytes, List<QuicPacket> packets) {
        public Datagram {
            bytes = bytes.clone();
            packets = List.copyOf(packets);
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /**
     * What a client keeps to resume the next connection with 0-RTT: the TLS ticket with its PSK, the server's transport
     * parameters (its limits bind the 0-RTT data, RFC 9000 §7.4.1) and when the ticket arrived, in nanoseconds.
     */
    public record Resumption(org.wirewise.model.tls.ResumptionTicket ticket, TransportParameters serverParameters, long receivedAt) {
    }

    /** Receives a stream's bytes in order as they become contiguous, and its end. */
    public interface StreamListener {
        void data(long streamId, byte[] data, boolean fin);

        /** The peer reset the stream (RESET_STREAM): no more of its bytes will come. */
        default void reset(long streamId, long errorCode) {
        }
    }

    public static final int CID_LENGTH = 8;
    static final long LOCAL_MAX_DATA = 16L << 20;
    static final long LOCAL_MAX_STREAM_DATA = 1L << 20;
    static final int LOCAL_MAX_STREAMS = 100;
    static final int ACK_DELAY_EXPONENT = 3;
    /** This end's max_idle_timeout, in milliseconds (RFC 9000 §18.2). */
    static final long LOCAL_IDLE_TIMEOUT_MS = 30_000;

    final Role role;
    private final RandomGenerator random;
    final QuicHandshake tls;
    final PacketSpace[] spaces = {new PacketSpace(PacketType.Space.INITIAL), new PacketSpace(PacketType.Space.HANDSHAKE),
        new PacketSpace(PacketType.Space.APPLICATION)};
    final Recovery recovery = new Recovery();
    final byte[] localCid;
    byte[] peerCid;
    private final byte[] originalDcid;
    Peer peer;
    final Deque<Frame> control = new ArrayDeque<>();
    Frame.ConnectionClose closing;
    boolean handshakeComplete;
    boolean handshakeConfirmed;
    boolean closed;
    boolean addressValidated;
    long bytesReceived;
    long bytesSent;
    private final List<QuicEvent> events = new ArrayList<>();
    final StreamSet streams = new StreamSet(this);
    private final DatagramBuilder builder = new DatagramBuilder(this);
    final LossHandler loss = new LossHandler(this);
    final Paths paths = new Paths(this);
    final ZeroRtt zeroRtt = new ZeroRtt(this);
    private final PacketReceiver receiver = new PacketReceiver(this);
    final IdleTimer idle = new IdleTimer(this, LOCAL_IDLE_TIMEOUT_MS);

    private QuicConnection(Role role, RandomGenerator random, Peer peer, byte[] originalDcid, QuicHandshakeFactory tlsFactory) {
        this.role = role;
        this.random = random;
        this.peer = peer;
        this.localCid = randomBytes(CID_LENGTH);
        this.originalDcid = originalDcid;
        this.peerCid = originalDcid;
        TransportParameters params = TransportParameters.empty()
                .with(TransportParameters.MAX_IDLE_TIMEOUT, LOCAL_IDLE_TIMEOUT_MS)
                .with(TransportParameters.INITIAL_MAX_DATA, LOCAL_MAX_DATA)
                .with(TransportParameters.INITIAL_MAX_STREAM_DATA_BIDI_LOCAL, LOCAL_MAX_STREAM_DATA)
                .with(TransportParameters.INITIAL_MAX_STREAM_DATA_BIDI_REMOTE, LOCAL_MAX_STREAM_DATA)
                .with(TransportParameters.INITIAL_MAX_STREAM_DATA_UNI, LOCAL_MAX_STREAM_DATA)
                .with(TransportParameters.INITIAL_MAX_STREAMS_BIDI, LOCAL_MAX_STREAMS)
                .with(TransportParameters.INITIAL_MAX_STREAMS_UNI, LOCAL_MAX_STREAMS);
        if (role == Role.SERVER) {
            params = params.with(TransportParameters.ORIGINAL_DESTINATION_CONNECTION_ID, originalDcid);
        }
        this.tls = tlsFactory.create(params.with(TransportParameters.INITIAL_SOURCE_CONNECTION_ID, localCid).encode());
        PacketKeys client = InitialSecrets.client(originalDcid);
        PacketKeys server = InitialSecrets.server(originalDcid);
        space(PacketType.Space.INITIAL).writeKeys = role == Role.CLIENT ? client : server;
        space(PacketType.Space.INITIAL).readKeys = role == Role.CLIENT ? server : client;
    }

    private interface QuicHandshakeFactory {
        QuicHandshake create(byte[] transportParameters);
    }

    /** A client to {@code server}: its first Destination Connection ID is random (RFC 9000 §7.2); call {@link #start}. */
    public static QuicConnection client(TlsClient tls, String alpn, RandomGenerator random, Peer server) {
        byte[] dcid = new byte[CID_LENGTH];
        random.nextBytes(dcid);
        return new QuicConnection(Role.CLIENT, random, server, dcid, p -> QuicHandshake.client(tls, alpn, p));
    }

    /**
     * A server for the client whose first datagram this is, or empty when it does not start a
     * connection: no Initial, or a datagram under 1200 bytes (RFC 9000 §14.1). Feed the datagram
     * to {@link #receive} next.
     */
    public static Optional<QuicConnection> accept(byte[] datagram, Peer from, TlsServer tls, String alpn, RandomGenerator random) {
        List<PacketCodec.Envelope> packets = PacketCodec.split(datagram, CID_LENGTH);
        if (datagram.length < 1200 || packets.isEmpty() || packets.get(0).type() != PacketType.INITIAL
                || packets.get(0).version() != QuicPacket.VERSION_1 || packets.get(0).dcid().length < 8) {
            return Optional.empty();
        }
        return Optional.of(new QuicConnection(Role.SERVER, random, from, packets.get(0).dcid(),
                p -> QuicHandshake.server(tls, alpn, p)));
    }

    /**
     * Before {@link #start}: resume with what an earlier connection to the same server left. The ClientHello offers the
     * ticket; when it allows 0-RTT, streams may send at once, in 0-RTT packets (RFC 9001 §4.6.1).
     */
    public void resume(Resumption r, long now) {
        zeroRtt.resume(r, now);
    }

    /** What the next connection may resume with, once the server's NewSessionTicket arrived (a client's). */
    public Optional<Resumption> resumption() {
        return zeroRtt.resumption();
    }

    /** Whether stream data sent now goes in 0-RTT packets: a resuming client before it has 1-RTT keys. */
    public boolean sendsZeroRtt() {
        return zeroRtt.sending();
    }

    /** Whether the server took 0-RTT data (early_data in EncryptedExtensions, RFC 8446 §4.2.10). */
    public boolean earlyDataAccepted() {
        return tls.earlyDataAccepted();
    }

    /** The client's first flight: the ClientHello in an Initial padded to 1200 bytes. */
    public void start(long now) {
        tls.start();
        afterTls(now);
    }

    public Role role() {
        return role;
    }

    public void onStreamData(StreamListener listener) {
        streams.listener = listener;
    }

    /** Opens a stream of this end (RFC 9000 §2.1): ids 0, 4, 8… for a client's bidirectional ones. */
    public long openStream(boolean bidirectional) {
        return streams.open(bidirectional);
    }

    /** Queues {@code data} on a stream; {@code fin} ends this direction of it. */
    public void send(long streamId, byte[] data, boolean fin) {
        streams.send(streamId, data, fin);
    }

    /** Abandons sending on a stream: RESET_STREAM with this application error code (RFC 9000 §3.1, §19.4). */
    public void resetStream(long streamId, long errorCode, long now) {
        streams.reset(streamId, errorCode, now);
    }

    /** Asks the peer to stop sending on a stream: STOP_SENDING; the peer answers with RESET_STREAM (§3.5, §19.5). */
    public void stopSending(long streamId, long errorCode) {
        control.add(new Frame.StopSending(streamId, errorCode));
    }

    public List<QuicEvent> events() {
        return List.copyOf(events);
    }

    /** The TLS secrets as key log lines (Wireshark decrypts QUIC with the same labels as TLS). */
    public List<SessionSecret> secrets() {
        return tls.secrets();
    }

    public boolean handshakeComplete() {
        return handshakeComplete;
    }

    public boolean closed() {
        return closed;
    }

    /** This end's connection ID and the one it addresses the peer by now. */
    public byte[] localConnectionId() {
        return localCid.clone();
    }

    /** Every connection ID this end answers to: its first and those it issued (RFC 9000 §5.1). */
    public List<byte[]> localConnectionIds() {
        return paths.localIds();
    }

    public byte[] peerConnectionId() {
        return peerCid.clone();
    }

    public Peer peer() {
        return peer;
    }

    /** The smoothed RTT (RFC 9002 §5.3) in nanoseconds. */
    public long smoothedRtt() {
        return recovery.smoothedRtt;
    }

    public long congestionWindow() {
        return recovery.congestionWindow;
    }

    /** The datagrams to send now (ACKs, handshake data, retransmissions, stream data), as the window and limits allow. */
    public List<Datagram> poll(long now) {
        List<Datagram> out = new ArrayList<>();
        for (Optional<Datagram> d = builder.build(now); d.isPresent(); d = builder.build(now)) {
            out.add(d.get());
            if (closing != null) {
                closed = true;
                break;
            }
        }
        return out;
    }

    void sentPacket(PacketSpace s, SentPacket p) {
        s.sent.put(p.packetNumber(), p);
        recovery.sent(p);
        if (p.ackEliciting()) {
            s.lastAckElicitingSent = p.timeSent();
            idle.sentAckEliciting(p.timeSent());
        }
        event(p.timeSent(), QuicEvent.Kind.PACKET_SENT, p.type(), p.packetNumber(), describe(p.frames()));
        if (role == Role.CLIENT && p.type() == PacketType.HANDSHAKE) {
            discard(PacketType.Space.INITIAL, p.timeSent()); // RFC 9001 §4.9.1
        }
    }

    /** The frames as a packet list shows them. */
    public static String describe(List<Frame> frames) {
        return String.join(", ", frames.stream().map(Frame::describe).toList());
    }

    /** When {@link #onTimeout} should run next (loss detection, probe timeout, a delayed ACK); Long.MAX_VALUE for never. */
    public long nextTimeout() {
        return closed ? Long.MAX_VALUE : Math.min(loss.nextTimeout(), idle.deadline());
    }

    /** Runs the timer: packets past the loss time are lost; past the probe timeout a probe goes (RFC 9002 §6.2.4). */
    public void onTimeout(long now) {
        if (!closed && idle.expired(now)) {
            closed = true; // silently: no CONNECTION_CLOSE (RFC 9000 §10.1)
            event(now, QuicEvent.Kind.IDLE_TIMEOUT, null, -1, "idle for " + idle.timeoutMillis() + " ms: closed silently (RFC 9000 §10.1)");
        } else if (!closed) {
            loss.onTimeout(now);
        }
    }

    /** The idle timeout in force, in milliseconds: the smaller of both ends' max_idle_timeout once the peer's is known. */
    public long idleTimeoutMillis() {
        return idle.timeoutMillis();
    }

    /** The client moves to a new address (Wi-Fi to cellular): see {@link Paths#migrate}. */
    public void migrate(long now) {
        paths.migrate(now);
    }

    /** Closes with an application error code (HTTP/3's H3_NO_ERROR is 0x100). */
    public void close(long applicationError, String reason) {
        closing = new Frame.ConnectionClose(true, applicationError, 0, reason);
    }

    /** One datagram from {@code from}: each coalesced packet opened with its level's keys and its frames handled. */
    public void receive(byte[] datagram, Peer from, long now) {
        receiver.receive(datagram, from, now);
    }

    void handshakeDone(long now) {
        if (role == Role.SERVER) {
            throw new QuicException(TransportError.PROTOCOL_VIOLATION, "a client sent HANDSHAKE_DONE (§19.20)");
        }
        if (!handshakeConfirmed) {
            handshakeConfirmed = true;
            event(now, QuicEvent.Kind.HANDSHAKE_CONFIRMED, null, -1, "HANDSHAKE_DONE received");
            discard(PacketType.Space.HANDSHAKE, now);
        }
    }

    void peerClosed(Frame.ConnectionClose c, long now) {
        closed = true;
        event(now, QuicEvent.Kind.CLOSED, null, -1, c.describe() + " " + c.reason());
    }

    /** Hands the contiguous CRYPTO bytes of the level TLS reads to TLS, as long as that makes progress. */
    void feedTls(long now) {
        boolean progress = true;
        while (progress) {
            progress = false;
            PacketSpace s = space(spaceOf(tls.readLevel()));
            byte[] bytes = s.discarded ? new byte[0] : s.cryptoIn.read();
            if (bytes.length > 0) {
                tls.receive(tls.readLevel(), bytes);
                progress = true;
                afterTls(now);
            }
        }
    }

    private void afterTls(long now) {
        for (QuicHandshake.Outgoing o : tls.takeOutgoing()) {
            space(spaceOf(o.level())).cryptoOut.write(o.data(), false);
        }
        for (QuicHandshake.Level level : List.of(QuicHandshake.Level.HANDSHAKE, QuicHandshake.Level.APPLICATION)) {
            PacketSpace s = space(spaceOf(level));
            if (s.writeKeys == null) {
                tls.secret(level, role == Role.CLIENT).ifPresent(k -> s.writeKeys = PacketKeys.from(k));
            }
            if (s.readKeys == null) {
                tls.secret(level, role == Role.SERVER).ifPresent(k -> s.readKeys = PacketKeys.from(k));
            }
        }
        zeroRtt.afterTls(now);
        if (tls.failure().isPresent() && closing == null) {
            closing = new Frame.ConnectionClose(false, TransportError.CRYPTO_ERROR.code() + tls.failure().get().code(), 0x06,
                    tls.failure().get().rfcName());
        }
        if (!handshakeComplete && tls.complete()) {
            handshakeComplete = true;
            event(now, QuicEvent.Kind.HANDSHAKE_COMPLETE, null, -1, "TLS handshake complete");
            TransportParameters peerParameters = TransportParameters.decode(tls.peerTransportParameters().orElseThrow(() ->
                    new QuicException(TransportError.TRANSPORT_PARAMETER_ERROR, "no quic_transport_parameters")));
            checkConnectionIds(peerParameters);
            streams.applyPeerParameters(peerParameters);
            idle.peer(peerParameters.integer(TransportParameters.MAX_IDLE_TIMEOUT, 0));
            paths.issueConnectionId();
            if (role == Role.SERVER) {
                control.addFirst(new Frame.HandshakeDone());
                handshakeConfirmed = true; // RFC 9001 §4.1.2
                event(now, QuicEvent.Kind.HANDSHAKE_CONFIRMED, null, -1, "server: handshake complete is confirmed");
                discard(PacketType.Space.HANDSHAKE, now);
            }
        }
    }

    void discard(PacketType.Space id, long now) {
        PacketSpace s = space(id);
        if (!s.discarded) {
            recovery.discard(s);
            recovery.ptoCount = 0;
            event(now, QuicEvent.Kind.KEYS_DISCARDED, null, -1, id + " keys discarded (RFC 9001 §4.9)");
        }
    }

    private void checkConnectionIds(TransportParameters p) {
        if (role == Role.CLIENT && !Arrays.equals(originalDcid, p.bytes(TransportParameters.ORIGINAL_DESTINATION_CONNECTION_ID).orElse(null))) {
            throw new QuicException(TransportError.TRANSPORT_PARAMETER_ERROR, "original_destination_connection_id does not match (§7.3)");
        }
        if (!Arrays.equals(peerCid, p.bytes(TransportParameters.INITIAL_SOURCE_CONNECTION_ID).orElse(null))) {
            throw new QuicException(TransportError.TRANSPORT_PARAMETER_ERROR, "initial_source_connection_id does not match (§7.3)");
        }
    }

    PacketSpace space(PacketType.Space id) {
        return spaces[id.ordinal()];
    }

    private static PacketType.Space spaceOf(QuicHandshake.Level level) {
        return switch (level) {
            case INITIAL -> PacketType.Space.INITIAL;
            case HANDSHAKE -> PacketType.Space.HANDSHAKE;
            case EARLY_DATA, APPLICATION -> PacketType.Space.APPLICATION;
        };
    }

    void event(long time, QuicEvent.Kind kind, PacketType type, long pn, String detail) {
        events.add(new QuicEvent(time, kind, type, pn, detail));
    }

    byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
