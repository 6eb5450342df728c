package org.wirewise.model.quic;

import java.util.HexFormat;
import java.util.List;

/**
 * The QUIC frames this implementation sends and reads (RFC 9000 §19), each with its encoder;
 * {@link FrameReader} decodes them. Byte arrays are copied in and out.
 */
public sealed interface Frame {

    /** Writes the frame, type first. */
    void encode(QuicWriter w);

    /** What a packet list shows: the RFC's name and the fields that matter. */
    String describe();

    /** Whether receiving it calls for an acknowledgement: all but PADDING, ACK and CONNECTION_CLOSE (§13.2). */
    default boolean ackEliciting() {
        return true;
    }

    /** The frame's bytes. */
    default byte[] bytes() {
        QuicWriter w = new QuicWriter();
        encode(w);
        return w.toByteArray();
    }

    /** A run of PADDING frames, one zero byte each (§19.1). */
    record Padding(int length) implements Frame {
        public void encode(QuicWriter w) {
            w.bytes(new byte[length]);
        }

        public String describe() {
            return "PADDING ×" + length;
        }

        public boolean ackEliciting() {
            return false;
        }
    }

    /** PING (§19.2): asks for an acknowledgement, nothing else. */
    record Ping() implements Frame {
        public void encode(QuicWriter w) {
            w.u8(0x01);
        }

        public String describe() {
            return "PING";
        }
    }

    /**
     * ACK (§19.3): the packet numbers received, as ranges from the largest down; {@code ackDelay}
     * is in units of 2^ack_delay_exponent microseconds.
     */
    record Ack(List<AckRange> ranges, long ackDelay) implements Frame {
        public Ack {
            ranges = List.copyOf(ranges);
            if (ranges.isEmpty()) {
                throw new IllegalArgumentException("an ACK acknowledges at least one packet");
            }
            for (int i = 1; i < ranges.size(); i++) {
                if (ranges.get(i).largest() + 2 > ranges.get(i - 1).smallest()) {
                    throw new IllegalArgumentException("ACK ranges run from the largest down with a gap between each: " + ranges);
                }
            }
        }

        public long largest() {
            return ranges.get(0).largest();
        }

        public boolean acknowledges(long pn) {
            return ranges.stream().anyMatch(r -> r.contains(pn));
        }

        /** Largest, delay, range count, first range, then (gap, length) pairs (§19.3.1). */
        public void encode(QuicWriter w) {
            AckRange first = ranges.get(0);
            w.u8(0x02).varint(first.largest()).varint(ackDelay).varint(ranges.size() - 1).varint(first.largest() - first.smallest());
            long smallest = first.smallest();
            for (AckRange r : ranges.subList(1, ranges.size())) {
                w.varint(smallest - r.largest() - 2).varint(r.largest() - r.smallest());
                smallest = r.smallest();
            }
        }

        public String describe() {
            return "ACK " + String.join(",", ranges.stream().map(AckRange::toString).toList());
        }

        public boolean ackEliciting() {
            return false;
        }
    }

    /** CRYPTO (§19.6): TLS handshake bytes at an offset of the level's crypto stream. */
    record Crypto(long offset, byte[] data) implements Frame {
        public Crypto {
            data = data.clone();
        }

        public byte[] data() {
            return data.clone();
        }

        public void encode(QuicWriter w) {
            w.u8(0x06).varint(offset).lengthPrefixed(data);
        }

        public String describe() {
            return "CRYPTO off=" + offset + " len=" + data.length;
        }
    }

    /** STREAM (§19.8), always with its Length, and its Offset when not 0. */
    record Stream(long streamId, long offset, byte[] data, boolean fin) implements Frame {
        public Stream {
            data = data.clone();
        }

        public byte[] data() {
            return data.clone();
        }

        public void encode(QuicWriter w) {
            w.u8(0x08 | (offset > 0 ? 0x04 : 0) | 0x02 | (fin ? 0x01 : 0)).varint(streamId);
            if (offset > 0) {
                w.varint(offset);
            }
            w.lengthPrefixed(data);
        }

        public String describe() {
            return "STREAM id=" + streamId + " off=" + offset + " len=" + data.length + (fin ? " FIN" : "");
        }
    }

    /** RESET_STREAM (§19.4): the sender abandons a stream; nothing past {@code finalSize} bytes was or will be sent. */
    record ResetStream(long streamId, long errorCode, long finalSize) implements Frame {
        public void encode(QuicWriter w) {
            w.u8(0x04).varint(streamId).varint(errorCode).varint(finalSize);
        }

        public String describe() {
            return "RESET_STREAM id=" + streamId + " error=0x" + Long.toHexString(errorCode) + " final=" + finalSize;
        }
    }

    /** STOP_SENDING (§19.5): the receiver wants no more of a stream; the sender answers with RESET_STREAM (§3.5). */
    record StopSending(long streamId, long errorCode) implements Frame {
        public void encode(QuicWriter w) {
            w.u8(0x05).varint(streamId).varint(errorCode);
        }

        public String describe() {
            return "STOP_SENDING id=" + streamId + " error=0x" + Long.toHexString(errorCode);
        }
    }

    /** MAX_DATA (§19.9): the connection-wide flow control limit. */
    record MaxData(long maximum) implements Frame {
        public void encode(QuicWriter w) {
            w.u8(0x10).varint(maximum);
        }

        public String describe() {
            return "MAX_DATA " + maximum;
        }
    }

    /** MAX_STREAM_DATA (§19.10): one stream's flow control limit. */
    record MaxStreamData(long streamId, long maximum) implements Frame {
        public void encode(QuicWriter w) {
            w.u8(0x11).varint(streamId).varint(maximum);
        }

        public String describe() {
            return "MAX_STREAM_DATA id=" + streamId + " " + maximum;
        }
    }

    /** NEW_CONNECTION_ID (§19.15): another ID the peer may address this endpoint by, with its reset token. */
    record NewConnectionId(long sequence, long retirePriorTo, byte[] connectionId, byte[] resetToken) implements Frame {
        public NewConnectionId {
            connectionId = connectionId.clone();
            resetToken = resetToken.clone();
            if (connectionId.length < 1 || connectionId.length > 20 || resetToken.length != 16) {
                throw new IllegalArgumentException("a connection ID of 1 to 20 bytes and a 16-byte reset token");
            }
        }

        public byte[] connectionId() {
            return connectionId.clone();
        }

        public byte[] resetToken() {
            return resetToken.clone();
        }

        public void encode(QuicWriter w) {
            w.u8(0x18).varint(sequence).varint(retirePriorTo).shortPrefixed(connectionId).bytes(resetToken);
        }

        public String describe() {
            return "NEW_CONNECTION_ID seq=" + sequence + " " + HexFormat.of().formatHex(connectionId);
        }
    }

    /** RETIRE_CONNECTION_ID (§19.16). */
    record RetireConnectionId(long sequence) implements Frame {
        public void encode(QuicWriter w) {
            w.u8(0x19).varint(sequence);
        }

        public String describe() {
            return "RETIRE_CONNECTION_ID seq=" + sequence;
        }
    }

    /** PATH_CHALLENGE (0x1a) or PATH_RESPONSE (0x1b) with its 8 bytes of data (§19.17, §19.18). */
    record Path(boolean response, byte[] data) implements Frame {
        public Path {
            data = data.clone();
            if (data.length != 8) {
                throw new IllegalArgumentException("path validation data is 8 bytes");
            }
        }

        public byte[] data() {
            return data.clone();
        }

        public void encode(QuicWriter w) {
            w.u8(response ? 0x1b : 0x1a).bytes(data);
        }

        public String describe() {
            return (response ? "PATH_RESPONSE " : "PATH_CHALLENGE ") + HexFormat.of().formatHex(data);
        }
    }

    /** CONNECTION_CLOSE (§19.19): 0x1c for a transport error (with the frame type that caused it), 0x1d for the application's. */
    record ConnectionClose(boolean application, long errorCode, long frameType, String reason) implements Frame {
        public void encode(QuicWriter w) {
            w.u8(application ? 0x1d : 0x1c).varint(errorCode);
            if (!application) {
                w.varint(frameType);
            }
            w.lengthPrefixed(reason.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        public String describe() {
            return "CONNECTION_CLOSE " + (application ? "app 0x" + Long.toHexString(errorCode) : TransportError.name(errorCode));
        }

        public boolean ackEliciting() {
            return false;
        }
    }

    /** HANDSHAKE_DONE (§19.20): the server's word that the handshake is confirmed. */
    record HandshakeDone() implements Frame {
        public void encode(QuicWriter w) {
            w.u8(0x1e);
        }

        public String describe() {
            return "HANDSHAKE_DONE";
        }
    }
}
