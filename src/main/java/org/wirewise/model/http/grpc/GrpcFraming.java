package org.wirewise.model.http.grpc;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * gRPC's Length-Prefixed-Message (PROTOCOL-HTTP2.md): a Compressed-Flag byte (0: not compressed),
 * a 4-byte big-endian Message-Length, then the message. HTTP/2 DATA frames carry these back to
 * back; one message may span frames and one frame may hold several, so the reader buffers.
 */
public final class GrpcFraming {

    /** The prefix: one flag byte and four length bytes. */
    public static final int PREFIX = 5;

    private GrpcFraming() {
    }

    public static byte[] frame(byte[] message) {
        byte[] out = new byte[PREFIX + message.length];
        out[1] = (byte) (message.length >>> 24);
        out[2] = (byte) (message.length >>> 16);
        out[3] = (byte) (message.length >>> 8);
        out[4] = (byte) message.length;
        System.arraycopy(message, 0, out, PREFIX, message.length);
        return out;
    }

    /** Cuts DATA bytes into messages however the frames split them. */
    public static final class Reader {

        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        /** Takes DATA bytes; returns the messages now complete, in order. */
        public List<byte[]> add(byte[] data) {
            pending.writeBytes(data);
            byte[] all = pending.toByteArray();
            List<byte[]> messages = new ArrayList<>();
            int at = 0;
            while (all.length - at >= PREFIX) {
                long length = ((all[at + 1] & 0xffL) << 24) | ((all[at + 2] & 0xff) << 16) | ((all[at + 3] & 0xff) << 8)
                        | (all[at + 4] & 0xff);
                if (all.length - at - PREFIX < length) {
                    break;
                }
                messages.add(Arrays.copyOfRange(all, at + PREFIX, at + PREFIX + (int) length));
                at += PREFIX + (int) length;
            }
            pending.reset();
            pending.write(all, at, all.length - at);
            return messages;
        }

        /** Bytes of a message not yet complete. */
        public int buffered() {
            return pending.size();
        }
    }
}
