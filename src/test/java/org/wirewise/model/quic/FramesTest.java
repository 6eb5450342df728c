package org.wirewise.model.quic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirewise.model.quic.Rfc9001Vectors.hex;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Frames (RFC 9000 §19) against the payloads of RFC 9001 A.2 and A.3 and against bytes worked out from §19 by hand. */
class FramesTest {

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    @Test
    void theServerInitialPayloadIsAnAckAndACryptoFrame() {
        byte[] payload = hex("server_payload");
        List<Frame> frames = FrameReader.decode(payload);
        assertEquals(2, frames.size());
        Frame.Ack ack = (Frame.Ack) frames.get(0);
        assertEquals(List.of(new AckRange(0, 0)), ack.ranges(), "the RFC's server acknowledges packet 0 (A.2's Initial is numbered 2: the examples are independent)");
        Frame.Crypto crypto = (Frame.Crypto) frames.get(1);
        assertEquals(0, crypto.offset());
        assertEquals(90, crypto.data().length, "the 90-byte ServerHello");
        assertEquals(0x02, crypto.data()[0], "ServerHello's handshake type");
        assertArrayEquals(payload, encode(frames));
    }

    @Test
    void theClientInitialPayloadIsACryptoFrameThenPadding() {
        byte[] payload = Arrays.copyOf(hex("client_crypto_frame"), 1162);
        List<Frame> frames = FrameReader.decode(payload);
        assertEquals(2, frames.size());
        assertEquals(241, ((Frame.Crypto) frames.get(0)).data().length);
        assertEquals(new Frame.Padding(917), frames.get(1));
        assertFalse(frames.get(1).ackEliciting());
        assertTrue(frames.get(0).ackEliciting());
        assertArrayEquals(payload, encode(frames));
    }

    @Test
    void ackRangesCountGapsAndLengthsAsSection19_3_1() {
        // Packets 0-2, 5-7 and 10: largest 10, first range 0, then gap 10-7-2=1, length 2, gap 5-2-2=1, length 2.
        Frame.Ack ack = new Frame.Ack(List.of(new AckRange(10, 10), new AckRange(5, 7), new AckRange(0, 2)), 3);
        assertArrayEquals(bytes("020a03020001020102"), ack.bytes());
        assertEquals(ack, FrameReader.decode(ack.bytes()).get(0));
        assertTrue(ack.acknowledges(6));
        assertFalse(ack.acknowledges(8));
        assertThrows(IllegalArgumentException.class, () -> new Frame.Ack(List.of(new AckRange(5, 7), new AckRange(4, 4)), 0),
                "adjacent ranges are one range");
    }

    @Test
    void resetStreamAndStopSendingAreTheirTypeThenVarints() {
        // RESET_STREAM 0x04: stream 4, H3_REQUEST_CANCELLED 0x10c on 2 bytes (0x410c), final size 70000 on 4 bytes
        Frame.ResetStream reset = new Frame.ResetStream(4, 0x10c, 70_000);
        assertArrayEquals(bytes("0404410c80011170"), reset.bytes());
        assertEquals(reset, FrameReader.decode(reset.bytes()).get(0));
        Frame.StopSending stop = new Frame.StopSending(4, 0x10c);
        assertArrayEquals(bytes("0504410c"), stop.bytes());
        assertEquals(stop, FrameReader.decode(stop.bytes()).get(0));
        assertTrue(stop.ackEliciting());
    }

    @Test
    void streamFramesCarryOffsetLengthAndFin() {
        Frame.Stream s = new Frame.Stream(4, 1000, "hi".getBytes(), true);
        assertArrayEquals(bytes("0f0443e8026869"), s.bytes(), "type 0x0f = OFF, LEN, FIN; offset 1000 on 2 bytes");
        Frame.Stream read = (Frame.Stream) FrameReader.decode(s.bytes()).get(0);
        assertEquals(1000, read.offset());
        assertTrue(read.fin());
        Frame.Stream toEnd = (Frame.Stream) FrameReader.decode(bytes("0800616263")).get(0);
        assertArrayEquals("abc".getBytes(), toEnd.data(), "without LEN a STREAM frame runs to the packet's end");
        assertEquals(0, toEnd.offset());
    }

    @Test
    void everyOtherFrameRoundTrips() {
        List<Frame> frames = List.of(new Frame.Ping(), new Frame.MaxData(1 << 20), new Frame.MaxStreamData(8, 70_000),
                new Frame.NewConnectionId(1, 0, bytes("0102030405060708"), new byte[16]), new Frame.RetireConnectionId(0),
                new Frame.Path(false, bytes("0011223344556677")), new Frame.Path(true, bytes("0011223344556677")),
                new Frame.HandshakeDone(), new Frame.ConnectionClose(false, 0x0a, 0x08, "bad stream"),
                new Frame.ConnectionClose(true, 0x100, 0, ""));
        List<Frame> read = FrameReader.decode(encode(frames));
        assertEquals(frames.size(), read.size());
        for (int i = 0; i < frames.size(); i++) {
            assertArrayEquals(frames.get(i).bytes(), read.get(i).bytes(), frames.get(i).describe());
        }
        assertArrayEquals(bytes("1a0011223344556677"), frames.get(5).bytes());
        assertArrayEquals(bytes("1e"), frames.get(7).bytes());
    }

    @Test
    void badFramesAreFrameEncodingErrors() {
        assertEquals(TransportError.FRAME_ENCODING_ERROR, assertThrows(QuicException.class, () -> FrameReader.decode(bytes("21"))).error());
        assertEquals(TransportError.FRAME_ENCODING_ERROR, assertThrows(QuicException.class, () -> FrameReader.decode(bytes("0600410a01"))).error(),
                "a CRYPTO frame longer than the packet");
        assertEquals(TransportError.FRAME_ENCODING_ERROR, assertThrows(QuicException.class, () -> FrameReader.decode(bytes("0203000005"))).error(),
                "a first ACK range below packet 0");
        assertEquals(TransportError.PROTOCOL_VIOLATION, assertThrows(QuicException.class, () -> FrameReader.decode(new byte[0])).error());
    }

    private static byte[] encode(List<Frame> frames) {
        QuicWriter w = new QuicWriter();
        frames.forEach(f -> f.encode(w));
        return w.toByteArray();
    }
}
