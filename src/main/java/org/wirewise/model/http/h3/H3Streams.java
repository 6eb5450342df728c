package org.wirewise.model.http.h3;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wirewise.model.quic.QuicSocket;
import org.wirewise.model.quic.VarInt;

/**
 * What both HTTP/3 ends do with their QUIC connection (RFC 9114 §6): open the control stream with
 * SETTINGS first, and gather each stream's bytes into frames. Only QPACK's static table is used,
 * so SETTINGS announce a dynamic table capacity of 0 by leaving it at its default (RFC 9204 §5).
 */
final class H3Streams {

    /** SETTINGS_MAX_FIELD_SECTION_SIZE (RFC 9114 §7.2.4.1), the one setting sent. */
    static final long MAX_FIELD_SECTION_SIZE = 0x06;

    private final QuicSocket socket;
    private final Map<Long, ByteArrayOutputStream> buffers = new HashMap<>();

    H3Streams(QuicSocket socket) {
        this.socket = socket;
    }

    /** The control stream: its type, then SETTINGS, never closed (§6.2.1). */
    void openControlStream() {
        long id = socket.connection().openStream(false);
        ByteArrayOutputStream settings = new ByteArrayOutputStream();
        settings.writeBytes(VarInt.encode(MAX_FIELD_SECTION_SIZE));
        settings.writeBytes(VarInt.encode(16_384));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(VarInt.encode(H3Frame.CONTROL_STREAM));
        out.writeBytes(new H3Frame(H3Frame.SETTINGS, settings.toByteArray()).encode());
        socket.send(id, out.toByteArray(), false);
    }

    /** Adds a stream's bytes; the whole message once the stream ended, as its frames (a request or response stream). */
    List<H3Frame> add(long streamId, byte[] data, boolean fin) {
        ByteArrayOutputStream b = buffers.computeIfAbsent(streamId, k -> new ByteArrayOutputStream());
        b.writeBytes(data);
        if (!fin) {
            return List.of();
        }
        buffers.remove(streamId);
        byte[] all = b.toByteArray();
        int[] end = {0};
        List<H3Frame> frames = H3Frame.decode(all, 0, end);
        if (end[0] != all.length) {
            throw new H3Exception(H3Exception.H3_FRAME_ERROR, "stream " + streamId + " ended inside a frame (RFC 9114 §7.1)");
        }
        return frames;
    }

    /** A HEADERS frame then, when there is a body, one DATA frame: a message on a request stream (§4.1). */
    static byte[] message(List<Qpack.FieldLine> fields, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new H3Frame(H3Frame.HEADERS, Qpack.encode(fields).bytes()).encode());
        if (body.length > 0) {
            out.writeBytes(new H3Frame(H3Frame.DATA, body).encode());
        }
        return out.toByteArray();
    }
}
