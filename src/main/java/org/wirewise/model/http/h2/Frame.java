package org.wirewise.model.http.h2;

import java.nio.charset.StandardCharsets;

/**
 * One HTTP/2 frame (RFC 9113 §4.1): a 9-octet header (24-bit length, type, flags, a reserved bit
 * and a 31-bit stream identifier) and its payload. {@code type} is the raw code so frames of an
 * unknown type survive a round trip.
 */
public record Frame(int type, int flags, int stream, byte[] payload) {

    public static final int HEADER_LENGTH = 9;
    /** DATA, HEADERS: the last frame of the stream from this sender. */
    public static final int END_STREAM = 0x1;
    /** SETTINGS, PING: this answers the peer's. */
    public static final int ACK = 0x1;
    /** HEADERS, CONTINUATION: the header block is complete. */
    public static final int END_HEADERS = 0x4;
    public static final int PADDED = 0x8;
    public static final int PRIORITY_FLAG = 0x20;

    /** The client connection preface (§3.4), before its first SETTINGS. */
    public static final byte[] PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    public Frame {
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    public int length() {
        return payload.length;
    }

    /** The known type, or null for an extension frame. */
    public FrameType frameType() {
        return FrameType.of(type);
    }

    public boolean is(FrameType t) {
        return type == t.code();
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public byte[] encode() {
        byte[] out = new byte[HEADER_LENGTH + payload.length];
        out[0] = (byte) (payload.length >> 16);
        out[1] = (byte) (payload.length >> 8);
        out[2] = (byte) payload.length;
        out[3] = (byte) type;
        out[4] = (byte) flags;
        putInt(out, 5, stream & 0x7fffffff);
        System.arraycopy(payload, 0, out, HEADER_LENGTH, payload.length);
        return out;
    }

    public static Frame settings(Settings s) {
        return new Frame(FrameType.SETTINGS.code(), 0, 0, s.payload());
    }

    public static Frame settingsAck() {
        return new Frame(FrameType.SETTINGS.code(), ACK, 0, new byte[0]);
    }

    public static Frame headers(int stream, byte[] fragment, boolean endStream, boolean endHeaders) {
        return new Frame(FrameType.HEADERS.code(), (endStream ? END_STREAM : 0) | (endHeaders ? END_HEADERS : 0), stream,
                fragment);
    }

    public static Frame continuation(int stream, byte[] fragment, boolean endHeaders) {
        return new Frame(FrameType.CONTINUATION.code(), endHeaders ? END_HEADERS : 0, stream, fragment);
    }

    public static Frame data(int stream, byte[] data, boolean endStream) {
        return new Frame(FrameType.DATA.code(), endStream ? END_STREAM : 0, stream, data);
    }

    public static Frame windowUpdate(int stream, int increment) {
        byte[] p = new byte[4];
        putInt(p, 0, increment & 0x7fffffff);
        return new Frame(FrameType.WINDOW_UPDATE.code(), 0, stream, p);
    }

    public static Frame rstStream(int stream, ErrorCode code) {
        byte[] p = new byte[4];
        putInt(p, 0, code.code());
        return new Frame(FrameType.RST_STREAM.code(), 0, stream, p);
    }

    public static Frame goaway(int lastStream, ErrorCode code, String debug) {
        byte[] text = debug.getBytes(StandardCharsets.UTF_8);
        byte[] p = new byte[8 + text.length];
        putInt(p, 0, lastStream & 0x7fffffff);
        putInt(p, 4, code.code());
        System.arraycopy(text, 0, p, 8, text.length);
        return new Frame(FrameType.GOAWAY.code(), 0, 0, p);
    }

    public static Frame ping(boolean ack, byte[] opaque) {
        if (opaque.length != 8) {
            throw new IllegalArgumentException("PING carries 8 octets, got " + opaque.length);
        }
        return new Frame(FrameType.PING.code(), ack ? ACK : 0, 0, opaque);
    }

    /** PRIORITY (§6.3, deprecated by §5.3.2): exclusive bit, the stream depended on, weight 1-256. */
    public static Frame priority(int stream, int dependsOn, int weight, boolean exclusive) {
        byte[] p = new byte[5];
        putInt(p, 0, (dependsOn & 0x7fffffff) | (exclusive ? 0x80000000 : 0));
        p[4] = (byte) (weight - 1);
        return new Frame(FrameType.PRIORITY.code(), 0, stream, p);
    }

    /** A 32-bit big-endian value of the payload, at {@code at}. */
    public long u32(int at) {
        return ((payload[at] & 0xffL) << 24) | ((payload[at + 1] & 0xff) << 16) | ((payload[at + 2] & 0xff) << 8)
                | (payload[at + 3] & 0xff);
    }

    static void putInt(byte[] out, int at, int value) {
        out[at] = (byte) (value >> 24);
        out[at + 1] = (byte) (value >> 16);
        out[at + 2] = (byte) (value >> 8);
        out[at + 3] = (byte) value;
    }

    @Override
    public String toString() {
        FrameType t = frameType();
        return (t == null ? "type 0x" + Integer.toHexString(type) : t.name()) + "[" + stream + "] " + payload.length
                + " octets, flags 0x" + Integer.toHexString(flags);
    }
}
