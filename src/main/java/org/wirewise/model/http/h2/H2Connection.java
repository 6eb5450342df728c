package org.wirewise.model.http.h2;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.wirewise.model.http.hpack.HeaderBlock;
import org.wirewise.model.http.hpack.HeaderField;
import org.wirewise.model.http.hpack.HpackDecoder;
import org.wirewise.model.http.hpack.HpackEncoder;
import org.wirewise.model.http.hpack.HpackException;

/**
 * One HTTP/2 connection as one endpoint runs it (RFC 9113): bytes in, bytes out, no clock. It
 * sends the preface and SETTINGS, acknowledges the peer's, keeps every stream's state (§5.1),
 * enforces flow control both ways (§5.2, §6.9: it never sends beyond the peer's windows and
 * treats a peer that does as a FLOW_CONTROL_ERROR), interleaves DATA of ready streams round
 * robin one frame at a time, and answers violations with RST_STREAM or GOAWAY (§5.4).
 */
public final class H2Connection {

    public enum Role { CLIENT, SERVER }

    /** What the application hears; every method has a do-nothing default. */
    public interface Listener {
        default void headers(H2Stream stream, List<HeaderField> fields, boolean endStream) { }

        default void data(H2Stream stream, byte[] data, boolean endStream) { }

        default void reset(H2Stream stream, ErrorCode code) { }

        default void goaway(int lastStream, ErrorCode code, String debug) { }

        /** This side found a connection error and sent GOAWAY. */
        default void failed(H2Exception problem) { }

        default void pingAcknowledged(byte[] opaque) { }
    }

    /** The connection's initial window, whatever SETTINGS say (§6.9.2). */
    public static final int INITIAL_CONNECTION_WINDOW = 65_535;

    private final Role role;
    private final Settings local;
    private Settings peer = Settings.INITIAL;
    private final HpackEncoder encoder;
    private final HpackDecoder decoder;
    private final FrameReader reader;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final TreeMap<Integer, H2Stream> streams = new TreeMap<>();
    private final List<FrameEvent> events = new ArrayList<>();
    private final Receiving receiving;
    long connectionSend = INITIAL_CONNECTION_WINDOW;
    long connectionReceive = INITIAL_CONNECTION_WINDOW;
    long connectionUnacknowledged;
    private int nextStream;
    int lastPeerStream;
    private int cursor;
    private boolean goawaySent;
    private boolean failed;
    private boolean reading;
    private Listener listener = new Listener() { };

    public H2Connection(Role role, Settings local) {
        this.role = role;
        this.local = local;
        this.encoder = new HpackEncoder();
        this.decoder = new HpackDecoder(local.headerTableSize(),
                local.maxHeaderListSize() < 0 ? HpackDecoder.DEFAULT_MAX_LIST_SIZE : (int) local.maxHeaderListSize());
        this.reader = new FrameReader(role == Role.SERVER);
        reader.maxFrameSize(local.maxFrameSize());
        this.nextStream = role == Role.CLIENT ? 1 : 2;
        this.receiving = new Receiving(this);
    }

    public H2Connection listener(Listener l) {
        this.listener = l;
        return this;
    }

    /** The client's preface and SETTINGS, or the server's SETTINGS (its preface, §3.4). */
    public void start() {
        if (role == Role.CLIENT) {
            out.writeBytes(Frame.PREFACE);
        }
        write(Frame.settings(local), List.of(), null);
        long target = Math.max(INITIAL_CONNECTION_WINDOW, local.initialWindowSize());
        if (target > INITIAL_CONNECTION_WINDOW) { // as browsers do: open the connection window as wide as a stream's
            connectionReceive = target;
            write(Frame.windowUpdate(0, (int) (target - INITIAL_CONNECTION_WINDOW)), List.of(), null);
        }
    }

    /** Feeds bytes from the transport; frames are handled in order. */
    public void receive(byte[] bytes) {
        if (failed) {
            return;
        }
        reading = true;
        try {
            for (Frame f : reader.add(bytes)) {
                try {
                    receiving.handle(f);
                } catch (H2Exception e) {
                    if (e.stream() == 0) {
                        throw e;
                    }
                    reset(e.stream(), e.code());
                }
            }
            pump();
        } catch (HpackException e) {
            fail(H2Exception.connection(ErrorCode.COMPRESSION_ERROR, e.getMessage()));
        } catch (H2Exception e) {
            fail(e);
        } finally {
            reading = false;
        }
    }

    private void fail(H2Exception e) {
        goaway(e.code(), e.getMessage());
        failed = true;
        listener.failed(e);
    }

    /** Bytes to hand to the transport since the last call. */
    public byte[] takeOutgoing() {
        byte[] b = out.toByteArray();
        out.reset();
        return b;
    }

    /** Opens a stream with a request (client) and queues its body; returns the stream id. */
    public int request(List<HeaderField> fields, byte[] body) {
        if (role != Role.CLIENT) {
            throw new IllegalStateException("only a client opens streams here (no server push)");
        }
        if (goawaySent || failed) {
            throw new IllegalStateException("the connection is going away");
        }
        H2Stream s = open(nextStream);
        nextStream += 2;
        sendHeaders(s, fields, body.length == 0);
        queue(s, body);
        pump();
        return s.id();
    }

    /** Answers a stream with a response header block and body (server). */
    public void respond(int stream, List<HeaderField> fields, byte[] body) {
        H2Stream s = streams.get(stream);
        if (s == null || s.state == StreamState.CLOSED || s.state == StreamState.HALF_CLOSED_LOCAL) {
            return; // reset by the client meanwhile: nothing to answer
        }
        sendHeaders(s, fields, body.length == 0);
        queue(s, body);
        if (!reading) { // answers to requests read together go out together, interleaved, after the read
            pump();
        }
    }

    /**
     * Opens a stream with a request header block and no END_STREAM (client): a streaming request
     * whose body follows in {@link #sendData} calls, as gRPC's calls do. Returns the stream id.
     */
    public int openStream(List<HeaderField> fields) {
        if (role != Role.CLIENT || goawaySent || failed) {
            throw new IllegalStateException("only a client with a live connection opens streams");
        }
        H2Stream s = open(nextStream);
        nextStream += 2;
        sendHeaders(s, fields, false);
        return s.id();
    }

    /**
     * A header block on an open stream: a response's headers, or with {@code endStream} trailers
     * (§8.1), which wait until the stream's queued DATA has gone. Nothing for a closed stream.
     */
    public void sendHeaderBlock(int stream, List<HeaderField> fields, boolean endStream) {
        H2Stream s = streams.get(stream);
        if (s == null || !s.state.mayStillSend()) {
            return;
        }
        if (s.unsent() > 0) {
            s.trailers = List.copyOf(fields);
            return;
        }
        sendHeaders(s, fields, endStream);
    }

    /** Queues DATA on an open stream, the last of it with END_STREAM when {@code endStream}; nothing for a closed stream. */
    public void sendData(int stream, byte[] data, boolean endStream) {
        H2Stream s = streams.get(stream);
        if (s == null || !s.state.mayStillSend()) {
            return;
        }
        if (data.length == 0 && endStream && s.unsent() == 0) {
            s.state = s.state.endSent();
            s.endQueued = true;
            write(Frame.data(stream, data, true), List.of(), null);
            return;
        }
        s.pending.writeBytes(data);
        s.endAfterPending |= endStream;
        if (!reading) {
            pump();
        }
    }

    /** RST_STREAM: this side gives up on a stream (CANCEL from a client that no longer needs it). */
    public void reset(int stream, ErrorCode code) {
        H2Stream s = streams.computeIfAbsent(stream, id -> new H2Stream(id, 0, 0));
        s.state = StreamState.CLOSED;
        s.pending.reset();
        s.pendingSent = 0;
        receiving.resetLocally(stream);
        write(Frame.rstStream(stream, code), List.of(), null);
    }

    /** GOAWAY with the last stream the peer opened that this side will process (§6.8). */
    public void goaway(ErrorCode code, String debug) {
        goawaySent = true;
        write(Frame.goaway(lastPeerStream, code, debug), List.of(), null);
    }

    public void ping(byte[] opaque) {
        write(Frame.ping(false, opaque), List.of(), null);
    }

    private void sendHeaders(H2Stream s, List<HeaderField> fields, boolean endStream) {
        HeaderBlock block = encoder.encode(fields);
        byte[] bytes = block.octets();
        int max = peer.maxFrameSize();
        int first = Math.min(bytes.length, max);
        s.state = s.state == StreamState.IDLE ? StreamState.OPEN : s.state;
        if (endStream) {
            s.state = s.state.endSent();
            s.endQueued = true;
        }
        write(Frame.headers(s.id(), java.util.Arrays.copyOfRange(bytes, 0, first), endStream, first == bytes.length),
                fields, block);
        for (int at = first; at < bytes.length; at += max) {
            int end = Math.min(bytes.length, at + max);
            write(Frame.continuation(s.id(), java.util.Arrays.copyOfRange(bytes, at, end), end == bytes.length),
                    List.of(), null);
        }
    }

    private void queue(H2Stream s, byte[] body) {
        s.pending.writeBytes(body);
        s.endAfterPending = body.length > 0;
    }

    /**
     * Sends DATA while windows allow, one frame per ready stream in turn (round robin), so
     * concurrent responses interleave; a stream whose window or the connection's is empty waits
     * for a WINDOW_UPDATE.
     */
    void pump() {
        boolean progress = true;
        while (progress && !failed) {
            progress = false;
            List<Integer> order = new ArrayList<>(streams.tailMap(cursor, false).keySet());
            order.addAll(streams.headMap(cursor, true).keySet());
            for (int id : order) {
                H2Stream s = streams.get(id);
                if (s.unsent() == 0 || s.state == StreamState.CLOSED) {
                    continue;
                }
                int n = (int) Math.min(Math.min(s.unsent(), peer.maxFrameSize()), Math.min(s.sendWindow, connectionSend));
                if (n <= 0) {
                    continue;
                }
                byte[] all = s.pending.toByteArray();
                byte[] chunk = java.util.Arrays.copyOfRange(all, s.pendingSent, s.pendingSent + n);
                s.pendingSent += n;
                s.sendWindow -= n;
                s.dataSent += n;
                connectionSend -= n;
                boolean end = s.endAfterPending && s.unsent() == 0;
                if (end) {
                    s.state = s.state.endSent();
                    s.endQueued = true;
                }
                write(Frame.data(id, chunk, end), List.of(), null);
                if (s.unsent() == 0 && s.trailers != null) {
                    sendHeaders(s, s.trailers, true);
                    s.trailers = null;
                }
                cursor = id;
                progress = true;
                break;
            }
        }
    }

    H2Stream open(int id) {
        H2Stream s = new H2Stream(id, peer.initialWindowSize(), local.initialWindowSize());
        streams.put(id, s);
        return s;
    }

    void write(Frame f, List<HeaderField> headers, HeaderBlock block) {
        out.writeBytes(f.encode());
        record(true, f, headers, block);
    }

    void record(boolean sent, Frame f, List<HeaderField> headers, HeaderBlock block) {
        H2Stream s = f.stream() == 0 ? null : streams.get(f.stream());
        events.add(new FrameEvent(sent, f, headers, Optional.ofNullable(block),
                s == null ? StreamState.IDLE : s.state, s == null ? 0 : s.sendWindow, connectionSend, connectionReceive));
    }

    void applyPeerSettings(Settings next) {
        long delta = (long) next.initialWindowSize() - peer.initialWindowSize();
        for (H2Stream s : streams.values()) { // §6.9.2: a new initial size moves every stream's window
            if (s.sendWindow + delta > Settings.MAX_WINDOW) {
                throw H2Exception.connection(ErrorCode.FLOW_CONTROL_ERROR, "a new SETTINGS_INITIAL_WINDOW_SIZE takes "
                        + "stream " + s.id() + "'s window above 2^31-1");
            }
            s.sendWindow += delta;
        }
        if (next.headerTableSize() < encoder.maxTableSize()) {
            encoder.setMaxTableSize(next.headerTableSize());
        }
        peer = next;
    }

    Listener listener() {
        return listener;
    }

    HpackDecoder decoder() {
        return decoder;
    }

    Settings local() {
        return local;
    }

    Role role() {
        return role;
    }

    boolean goawaySent() {
        return goawaySent;
    }

    TreeMap<Integer, H2Stream> streamMap() {
        return streams;
    }

    public Settings peerSettings() {
        return peer;
    }

    public Settings localSettings() {
        return local;
    }

    public Optional<H2Stream> stream(int id) {
        return Optional.ofNullable(streams.get(id));
    }

    public List<H2Stream> streams() {
        return List.copyOf(streams.values());
    }

    /** Every frame sent and received, in order. */
    public List<FrameEvent> events() {
        return List.copyOf(events);
    }

    public long connectionSendWindow() {
        return connectionSend;
    }

    public long connectionReceiveWindow() {
        return connectionReceive;
    }

    /** The encoder's dynamic table, newest first. */
    public List<HeaderField> encoderTable() {
        return encoder.table();
    }

    public int encoderTableSize() {
        return encoder.tableSize();
    }

    public boolean failed() {
        return failed;
    }
}
