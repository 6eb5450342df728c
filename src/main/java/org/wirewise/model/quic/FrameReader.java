package org.wirewise.model.quic;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a packet's payload into frames (RFC 9000 §12.4, §19). A frame type this endpoint does
 * not know, or a frame cut short, is a FRAME_ENCODING_ERROR; an empty payload a PROTOCOL_VIOLATION.
 */
public final class FrameReader {

    private FrameReader() {
    }

    public static List<Frame> decode(byte[] payload) {
        if (payload.length == 0) {
            throw new QuicException(TransportError.PROTOCOL_VIOLATION, "a packet with no frames (§12.4)");
        }
        QuicReader r = new QuicReader(payload, TransportError.FRAME_ENCODING_ERROR);
        List<Frame> frames = new ArrayList<>();
        while (r.remaining() > 0) {
            frames.add(next(r));
        }
        return frames;
    }

    private static Frame next(QuicReader r) {
        long type = r.varint();
        if (type == 0x00) {
            int n = 1;
            while (r.remaining() > 0 && r.peek() == 0) {
                r.u8();
                n++;
            }
            return new Frame.Padding(n);
        }
        if (type >= 0x08 && type <= 0x0f) {
            long id = r.varint();
            long offset = (type & 0x04) != 0 ? r.varint() : 0;
            byte[] data = (type & 0x02) != 0 ? r.lengthPrefixed() : r.bytes(r.remaining());
            if (offset + data.length > VarInt.MAX) {
                throw new QuicException(TransportError.FRAME_ENCODING_ERROR, "a STREAM frame past 2^62-1 bytes (§19.8)");
            }
            return new Frame.Stream(id, offset, data, (type & 0x01) != 0);
        }
        return switch ((int) type) {
            case 0x01 -> new Frame.Ping();
            case 0x02, 0x03 -> ack(r, type == 0x03);
            case 0x04 -> new Frame.ResetStream(r.varint(), r.varint(), r.varint());
            case 0x05 -> new Frame.StopSending(r.varint(), r.varint());
            case 0x06 -> new Frame.Crypto(r.varint(), r.lengthPrefixed());
            case 0x10 -> new Frame.MaxData(r.varint());
            case 0x11 -> new Frame.MaxStreamData(r.varint(), r.varint());
            case 0x18 -> newConnectionId(r);
            case 0x19 -> new Frame.RetireConnectionId(r.varint());
            case 0x1a -> new Frame.Path(false, r.bytes(8));
            case 0x1b -> new Frame.Path(true, r.bytes(8));
            case 0x1c -> new Frame.ConnectionClose(false, r.varint(), r.varint(), reason(r));
            case 0x1d -> new Frame.ConnectionClose(true, r.varint(), 0, reason(r));
            case 0x1e -> new Frame.HandshakeDone();
            default -> throw new QuicException(TransportError.FRAME_ENCODING_ERROR, "unknown frame type 0x" + Long.toHexString(type));
        };
    }

    private static Frame ack(QuicReader r, boolean ecn) {
        long largest = r.varint();
        long delay = r.varint();
        long count = r.varint();
        long first = r.varint();
        if (first > largest) {
            throw new QuicException(TransportError.FRAME_ENCODING_ERROR, "an ACK's first range reaches below packet 0 (§19.3.1)");
        }
        List<AckRange> ranges = new ArrayList<>();
        ranges.add(new AckRange(largest - first, largest));
        long smallest = largest - first;
        for (long i = 0; i < count; i++) {
            long gap = r.varint();
            long length = r.varint();
            long top = smallest - gap - 2;
            if (top < 0 || top - length < 0) {
                throw new QuicException(TransportError.FRAME_ENCODING_ERROR, "an ACK range reaches below packet 0 (§19.3.1)");
            }
            ranges.add(new AckRange(top - length, top));
            smallest = top - length;
        }
        if (ecn) {
            r.varint();
            r.varint();
            r.varint();
        }
        return new Frame.Ack(ranges, delay);
    }

    private static Frame newConnectionId(QuicReader r) {
        long sequence = r.varint();
        long retire = r.varint();
        byte[] id = r.shortPrefixed();
        if (id.length < 1 || id.length > 20 || retire > sequence) {
            throw new QuicException(TransportError.FRAME_ENCODING_ERROR, "NEW_CONNECTION_ID with a bad length or Retire Prior To (§19.15)");
        }
        return new Frame.NewConnectionId(sequence, retire, id, r.bytes(16));
    }

    private static String reason(QuicReader r) {
        return new String(r.lengthPrefixed(), StandardCharsets.UTF_8);
    }
}
