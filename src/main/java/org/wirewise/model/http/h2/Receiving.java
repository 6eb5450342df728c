package org.wirewise.model.http.h2;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wirewise.model.http.hpack.HeaderField;

/** The receiving half of {@link H2Connection}: each frame type's checks and effects (RFC 9113 §6). */
final class Receiving {

    private final H2Connection c;
    private final Set<Integer> resetHere = new HashSet<>();
    private int headerStream;
    private boolean headerEndStream;
    private final ByteArrayOutputStream headerBlock = new ByteArrayOutputStream();

    Receiving(H2Connection c) {
        this.c = c;
    }

    void resetLocally(int stream) {
        resetHere.add(stream);
    }

    void handle(Frame f) {
        if (headerStream != 0 && !(f.is(FrameType.CONTINUATION) && f.stream() == headerStream)) {
            throw H2Exception.connection(ErrorCode.PROTOCOL_ERROR, "a header block on stream " + headerStream
                    + " must go on in CONTINUATION frames, got " + f + " (§6.10)");
        }
        FrameType type = f.frameType();
        if (type == null) {
            c.record(false, f, List.of(), null); // §4.1: unknown types are ignored
            return;
        }
        switch (type) {
            case SETTINGS -> settings(f);
            case HEADERS -> headers(f);
            case CONTINUATION -> continuation(f);
            case DATA -> data(f);
            case WINDOW_UPDATE -> windowUpdate(f);
            case RST_STREAM -> rstStream(f);
            case PING -> ping(f);
            case GOAWAY -> goaway(f);
            case PRIORITY -> priority(f);
            case PUSH_PROMISE -> throw H2Exception.connection(ErrorCode.PROTOCOL_ERROR,
                    "PUSH_PROMISE although push is off (§8.4, SETTINGS_ENABLE_PUSH = 0)");
        }
    }

    private void settings(Frame f) {
        onConnection(f);
        if (f.has(Frame.ACK)) {
            if (f.length() != 0) {
                throw H2Exception.connection(ErrorCode.FRAME_SIZE_ERROR, "a SETTINGS ACK with a payload (§6.5)");
            }
            c.record(false, f, List.of(), null);
            return;
        }
        if (f.length() % 6 != 0) {
            throw H2Exception.connection(ErrorCode.FRAME_SIZE_ERROR, "SETTINGS of " + f.length()
                    + " octets, not a multiple of 6 (§6.5)");
        }
        byte[] p = f.payload();
        Settings next = c.peerSettings();
        for (int at = 0; at < p.length; at += 6) {
            next = next.with(((p[at] & 0xff) << 8) | (p[at + 1] & 0xff), f.u32(at + 2));
        }
        c.applyPeerSettings(next);
        c.record(false, f, List.of(), null);
        c.write(Frame.settingsAck(), List.of(), null);
    }

    private void headers(Frame f) {
        onStream(f);
        // §5.3.2: priority signals in HEADERS are read past and ignored
        byte[] fragment = unpadded(f, f.has(Frame.PRIORITY_FLAG) ? 5 : 0);
        headerStream = f.stream();
        headerEndStream = f.has(Frame.END_STREAM);
        headerBlock.reset();
        headerBlock.writeBytes(fragment);
        if (f.has(Frame.END_HEADERS)) {
            complete(f);
        }
    }

    private void continuation(Frame f) {
        if (headerStream == 0) {
            throw H2Exception.connection(ErrorCode.PROTOCOL_ERROR, "CONTINUATION with no header block open (§6.10)");
        }
        headerBlock.writeBytes(f.payload());
        if (f.has(Frame.END_HEADERS)) {
            complete(f);
        } else {
            c.record(false, f, List.of(), null);
        }
    }

    private void complete(Frame last) {
        int id = headerStream;
        headerStream = 0;
        List<HeaderField> fields = c.decoder().decode(headerBlock.toByteArray()); // even for a reset stream: the table must follow
        H2Stream s = c.streamMap().get(id);
        if (s == null) {
            if (c.role() == H2Connection.Role.CLIENT || id % 2 == 0 || id <= c.lastPeerStream) {
                throw H2Exception.connection(ErrorCode.PROTOCOL_ERROR, "HEADERS opening stream " + id
                        + ", which the peer may not open now (§5.1.1)");
            }
            c.lastPeerStream = id;
            s = c.open(id);
            s.state = StreamState.OPEN;
            long limit = c.local().maxConcurrentStreams();
            long active = c.streamMap().values().stream().filter(x -> x.state != StreamState.CLOSED && x.id() % 2 == 1).count();
            if (limit >= 0 && active > limit) {
                throw H2Exception.stream(ErrorCode.REFUSED_STREAM, id, "above SETTINGS_MAX_CONCURRENT_STREAMS " + limit);
            }
        } else if (s.state == StreamState.CLOSED) {
            if (resetHere.contains(id)) {
                c.record(false, last, fields, null);
                return;
            }
            throw H2Exception.connection(ErrorCode.STREAM_CLOSED, "HEADERS on closed stream " + id + " (§5.1)");
        }
        s.headers = fields;
        if (headerEndStream) {
            s.state = s.state.endReceived();
        }
        c.record(false, last, fields, null);
        c.listener().headers(s, fields, headerEndStream);
    }

    private void data(Frame f) {
        onStream(f);
        int length = f.length();
        if (length > c.connectionReceive) {
            throw H2Exception.connection(ErrorCode.FLOW_CONTROL_ERROR, "DATA of " + length + " octets with "
                    + c.connectionReceive + " left in the connection window (§6.9)");
        }
        c.connectionReceive -= length;
        c.connectionUnacknowledged += length;
        H2Stream s = c.streamMap().get(f.stream());
        if (s == null) {
            throw H2Exception.connection(ErrorCode.PROTOCOL_ERROR, "DATA on idle stream " + f.stream() + " (§5.1)");
        }
        if (!s.state.peerMaySend()) {
            returnConnectionWindow();
            if (resetHere.contains(f.stream())) {
                c.record(false, f, List.of(), null); // §5.1: frames in flight after RST_STREAM are ignored
                return;
            }
            throw H2Exception.stream(ErrorCode.STREAM_CLOSED, f.stream(), "DATA after END_STREAM on stream " + f.stream());
        }
        if (length > s.receiveWindow) {
            throw H2Exception.stream(ErrorCode.FLOW_CONTROL_ERROR, f.stream(), "DATA of " + length + " octets with "
                    + s.receiveWindow + " left in stream " + f.stream() + "'s window (§6.9)");
        }
        s.receiveWindow -= length;
        byte[] body = unpadded(f, 0);
        s.body.writeBytes(body);
        s.dataReceived += body.length;
        boolean end = f.has(Frame.END_STREAM);
        if (end) {
            s.state = s.state.endReceived();
        }
        c.record(false, f, List.of(), null);
        c.listener().data(s, body, end);
        s.unacknowledged += length; // the application has read it: give the credit back in batches
        if (!end && s.unacknowledged >= c.local().initialWindowSize() / 2) {
            s.receiveWindow += s.unacknowledged;
            c.write(Frame.windowUpdate(s.id(), (int) s.unacknowledged), List.of(), null);
            s.unacknowledged = 0;
        }
        returnConnectionWindow();
    }

    private void returnConnectionWindow() {
        long target = Math.max(H2Connection.INITIAL_CONNECTION_WINDOW, c.local().initialWindowSize());
        if (c.connectionUnacknowledged >= target / 2) {
            c.connectionReceive += c.connectionUnacknowledged;
            c.write(Frame.windowUpdate(0, (int) c.connectionUnacknowledged), List.of(), null);
            c.connectionUnacknowledged = 0;
        }
    }

    private void windowUpdate(Frame f) {
        if (f.length() != 4) {
            throw H2Exception.connection(ErrorCode.FRAME_SIZE_ERROR, "WINDOW_UPDATE of " + f.length() + " octets (§6.9)");
        }
        long increment = f.u32(0) & 0x7fffffffL;
        if (f.stream() == 0) {
            if (increment == 0) {
                throw H2Exception.connection(ErrorCode.PROTOCOL_ERROR, "a WINDOW_UPDATE of 0 (§6.9)");
            }
            if (c.connectionSend + increment > Settings.MAX_WINDOW) {
                throw H2Exception.connection(ErrorCode.FLOW_CONTROL_ERROR, "the connection window above 2^31-1 (§6.9.1)");
            }
            c.connectionSend += increment;
        } else {
            H2Stream s = c.streamMap().get(f.stream());
            if (s == null) {
                throw H2Exception.connection(ErrorCode.PROTOCOL_ERROR, "WINDOW_UPDATE on idle stream " + f.stream());
            }
            if (increment == 0) {
                throw H2Exception.stream(ErrorCode.PROTOCOL_ERROR, f.stream(), "a WINDOW_UPDATE of 0 (§6.9)");
            }
            if (s.sendWindow + increment > Settings.MAX_WINDOW) {
                throw H2Exception.stream(ErrorCode.FLOW_CONTROL_ERROR, f.stream(), "stream window above 2^31-1 (§6.9.1)");
            }
            s.sendWindow += increment;
        }
        c.record(false, f, List.of(), null);
    }

    private void rstStream(Frame f) {
        onStream(f);
        if (f.length() != 4) {
            throw H2Exception.connection(ErrorCode.FRAME_SIZE_ERROR, "RST_STREAM of " + f.length() + " octets (§6.4)");
        }
        H2Stream s = c.streamMap().get(f.stream());
        if (s == null) {
            throw H2Exception.connection(ErrorCode.PROTOCOL_ERROR, "RST_STREAM on idle stream " + f.stream() + " (§6.4)");
        }
        s.state = StreamState.CLOSED;
        s.pending.reset();
        s.pendingSent = 0;
        c.record(false, f, List.of(), null);
        long code = f.u32(0);
        c.listener().reset(s, code < ErrorCode.values().length ? ErrorCode.values()[(int) code] : ErrorCode.INTERNAL_ERROR);
    }

    private void ping(Frame f) {
        onConnection(f);
        if (f.length() != 8) {
            throw H2Exception.connection(ErrorCode.FRAME_SIZE_ERROR, "PING of " + f.length() + " octets (§6.7)");
        }
        c.record(false, f, List.of(), null);
        if (f.has(Frame.ACK)) {
            c.listener().pingAcknowledged(f.payload());
        } else {
            c.write(Frame.ping(true, f.payload()), List.of(), null);
        }
    }

    private void goaway(Frame f) {
        onConnection(f);
        need(f, 8);
        int last = (int) (f.u32(0) & 0x7fffffff);
        long code = f.u32(4);
        String debug = new String(f.payload(), 8, f.length() - 8, java.nio.charset.StandardCharsets.UTF_8);
        c.record(false, f, List.of(), null);
        c.listener().goaway(last, code < ErrorCode.values().length ? ErrorCode.values()[(int) code] : ErrorCode.INTERNAL_ERROR,
                debug);
    }

    private void priority(Frame f) {
        onStream(f);
        if (f.length() != 5) {
            throw H2Exception.stream(ErrorCode.FRAME_SIZE_ERROR, f.stream(), "PRIORITY of " + f.length() + " octets (§6.3)");
        }
        c.record(false, f, List.of(), null); // §5.3.2: the RFC 7540 priority scheme is deprecated; ignored
    }

    /** The payload without the Pad Length field, {@code skip} more octets and the padding (§6.1, §6.2). */
    private static byte[] unpadded(Frame f, int skip) {
        byte[] p = f.payload();
        int start = skip;
        int padding = 0;
        if (f.has(Frame.PADDED)) {
            padding = need(f, 1)[0] & 0xff;
            start++;
        }
        if (start + padding > p.length) {
            throw H2Exception.connection(ErrorCode.PROTOCOL_ERROR, f.frameType() + " padding longer than its payload");
        }
        return Arrays.copyOfRange(p, start, p.length - padding);
    }

    private static byte[] need(Frame f, int octets) {
        if (f.length() < octets) {
            throw H2Exception.connection(ErrorCode.FRAME_SIZE_ERROR, f + " is shorter than " + octets + " octets");
        }
        return f.payload();
    }

    private static void onConnection(Frame f) {
        if (f.stream() != 0) {
            throw H2Exception.connection(ErrorCode.PROTOCOL_ERROR, f.frameType() + " on stream " + f.stream()
                    + "; it belongs to the connection (stream 0)");
        }
    }

    private static void onStream(Frame f) {
        if (f.stream() == 0) {
            throw H2Exception.connection(ErrorCode.PROTOCOL_ERROR, f.frameType() + " on stream 0 (§6)");
        }
    }
}
