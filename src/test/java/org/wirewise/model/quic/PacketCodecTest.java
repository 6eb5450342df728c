package org.wirewise.model.quic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirewise.model.quic.Rfc9001Vectors.hex;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long and short headers, padding and coalescing (RFC 9000 §12.2, §14.1, §17), built from frames and checked against RFC 9001 A.2 and A.3. */
class PacketCodecTest {

    private static final byte[] DCID = hex("dcid");
    private static final byte[] SERVER_CID = HexFormat.of().parseHex("f067a5502a4262b5");

    @Test
    void aCryptoFramePaddedTo1200BytesIsTheClientInitialOfA2() {
        Frame.Crypto hello = (Frame.Crypto) FrameReader.decode(hex("client_crypto_frame")).get(0);
        QuicPacket p = new QuicPacket(PacketType.INITIAL, DCID, new byte[0], new byte[0], 2, List.of(hello));
        PacketCodec.Sealed sealed = PacketCodec.sealWith(p, InitialSecrets.client(DCID), 4, 1200);
        assertArrayEquals(hex("client_packet"), sealed.bytes());
        assertEquals(new Frame.Padding(917), sealed.packet().frames().get(1));
    }

    @Test
    void theServerInitialOfA3IsBuiltFromItsFrames() {
        QuicPacket p = new QuicPacket(PacketType.INITIAL, new byte[0], SERVER_CID, new byte[0], 1, FrameReader.decode(hex("server_payload")));
        assertArrayEquals(hex("server_packet"), PacketCodec.sealWith(p, InitialSecrets.server(DCID), 2, 0).bytes());
    }

    @Test
    void coalescedPacketsSplitByTheirLengthsAndOpenUnderTheirOwnKeys() {
        PacketKeys handshake = PacketKeys.from(new byte[32]);
        PacketKeys oneRtt = PacketKeys.from(HexFormat.of().parseHex("11".repeat(32)));
        ByteArrayOutputStream datagram = new ByteArrayOutputStream();
        datagram.writeBytes(PacketCodec.seal(new QuicPacket(PacketType.INITIAL, DCID, SERVER_CID, new byte[0], 0,
                List.of(new Frame.Crypto(0, new byte[40]))), InitialSecrets.server(DCID), PacketNumbers.NONE, 0).bytes());
        datagram.writeBytes(PacketCodec.seal(new QuicPacket(PacketType.HANDSHAKE, DCID, SERVER_CID, new byte[0], 0,
                List.of(new Frame.Crypto(0, new byte[300]))), handshake, PacketNumbers.NONE, 0).bytes());
        datagram.writeBytes(PacketCodec.seal(QuicPacket.oneRtt(DCID, 0, List.of(new Frame.Ping())), oneRtt, PacketNumbers.NONE, 0).bytes());
        byte[] d = datagram.toByteArray();
        List<PacketCodec.Envelope> parts = PacketCodec.split(d, DCID.length);
        assertEquals(List.of(PacketType.INITIAL, PacketType.HANDSHAKE, PacketType.ONE_RTT), parts.stream().map(PacketCodec.Envelope::type).toList());
        assertEquals(d.length, parts.get(2).end());
        assertEquals(300, ((Frame.Crypto) PacketCodec.open(d, parts.get(1), handshake, PacketNumbers.NONE).orElseThrow().frames().get(0)).data().length);
        QuicPacket ping = PacketCodec.open(d, parts.get(2), oneRtt, PacketNumbers.NONE).orElseThrow();
        assertEquals(new Frame.Ping(), ping.frames().get(0));
        assertTrue(ping.frames().get(1) instanceof Frame.Padding, "a lone PING is padded so header protection has its sample");
        assertTrue(PacketCodec.open(d, parts.get(1), oneRtt, PacketNumbers.NONE).isEmpty(), "the wrong level's keys do not open it");
    }
}
