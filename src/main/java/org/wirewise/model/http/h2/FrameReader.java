package org.wirewise.model.http.h2;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a byte stream into frames however TCP or TLS delivered it. A server's reader first expects
 * the client preface (§3.4); a frame longer than the receiver's SETTINGS_MAX_FRAME_SIZE is a
 * FRAME_SIZE_ERROR (§4.2).
 */
public final class FrameReader {

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean prefaceExpected;
    private int maxFrameSize = Settings.MIN_FRAME_SIZE;

    public FrameReader(boolean expectPreface) {
        this.prefaceExpected = expectPreface;
    }

    public void maxFrameSize(int size) {
        maxFrameSize = size;
    }

    /** Takes newly arrived bytes; returns the frames now complete, in order. */
    public List<Frame> add(byte[] bytes) {
        pending.writeBytes(bytes);
        byte[] all = pending.toByteArray();
        int at = 0;
        List<Frame> frames = new ArrayList<>();
        if (prefaceExpected) {
            int n = Math.min(all.length, Frame.PREFACE.length);
            if (!Arrays.equals(all, 0, n, Frame.PREFACE, 0, n)) {
                throw H2Exception.connection(ErrorCode.PROTOCOL_ERROR, "the connection does not start with the "
                        + "HTTP/2 client preface (§3.4)");
            }
            if (n < Frame.PREFACE.length) {
                return frames;
            }
            prefaceExpected = false;
            at = Frame.PREFACE.length;
        }
        while (all.length - at >= Frame.HEADER_LENGTH) {
            int length = ((all[at] & 0xff) << 16) | ((all[at + 1] & 0xff) << 8) | (all[at + 2] & 0xff);
            if (length > maxFrameSize) {
                throw H2Exception.connection(ErrorCode.FRAME_SIZE_ERROR, "a frame of " + length
                        + " octets, above SETTINGS_MAX_FRAME_SIZE " + maxFrameSize + " (§4.2)");
            }
            if (all.length - at - Frame.HEADER_LENGTH < length) {
                break;
            }
            int stream = (((all[at + 5] & 0xff) << 24) | ((all[at + 6] & 0xff) << 16) | ((all[at + 7] & 0xff) << 8)
                    | (all[at + 8] & 0xff)) & 0x7fffffff; // §4.1: the reserved bit is ignored
            frames.add(new Frame(all[at + 3] & 0xff, all[at + 4] & 0xff, stream,
                    Arrays.copyOfRange(all, at + Frame.HEADER_LENGTH, at + Frame.HEADER_LENGTH + length)));
            at += Frame.HEADER_LENGTH + length;
        }
        pending.reset();
        pending.write(all, at, all.length - at);
        return frames;
    }
}
