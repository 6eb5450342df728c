package org.wirewise.model.quic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** RFC 9000 Appendix A: variable-length integers (A.1), packet number encoding (A.2) and decoding (A.3). */
class Rfc9000AppendixATest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    @Test
    void theVariableLengthIntegersOfA1Decode() {
        assertEquals(151_288_809_941_952_652L, VarInt.decode(hex("c2197c5eff14e88c"), 0));
        assertEquals(494_878_333L, VarInt.decode(hex("9d7f3e7d"), 0));
        assertEquals(15_293L, VarInt.decode(hex("7bbd"), 0));
        assertEquals(37L, VarInt.decode(hex("25"), 0));
        assertEquals(37L, VarInt.decode(hex("4025"), 0), "a longer encoding of the same value is allowed");
    }

    @Test
    void theVariableLengthIntegersOfA1Encode() {
        assertArrayEquals(hex("c2197c5eff14e88c"), VarInt.encode(151_288_809_941_952_652L));
        assertArrayEquals(hex("9d7f3e7d"), VarInt.encode(494_878_333L));
        assertArrayEquals(hex("7bbd"), VarInt.encode(15_293L));
        assertArrayEquals(hex("25"), VarInt.encode(37));
        assertArrayEquals(hex("4025"), VarInt.encode(37, 2));
    }

    @Test
    void theLengthBoundariesOfSection16() {
        assertEquals(1, VarInt.length(63));
        assertEquals(2, VarInt.length(64));
        assertEquals(2, VarInt.length(16_383));
        assertEquals(4, VarInt.length(16_384));
        assertEquals(4, VarInt.length(1_073_741_823));
        assertEquals(8, VarInt.length(1_073_741_824));
        assertThrows(IllegalArgumentException.class, () -> VarInt.encode(VarInt.MAX + 1));
        assertThrows(IllegalArgumentException.class, () -> VarInt.decode(hex("80"), 0), "a 4-byte integer cut short");
    }

    @Test
    void packetNumberEncodingFollowsA2() {
        // 0xac5c02 with 0xabe8b3 acknowledged: 29,519 outstanding, 16 bits represent twice that.
        assertEquals(2, PacketNumbers.encodedLength(0xac5c02L, 0xabe8b3L));
        assertArrayEquals(hex("5c02"), PacketNumbers.truncate(0xac5c02L, 2));
        // 0xace8fe in the same state needs 18 bits, so 24 are sent.
        assertEquals(3, PacketNumbers.encodedLength(0xace8feL, 0xabe8b3L));
        assertArrayEquals(hex("ace8fe"), PacketNumbers.truncate(0xace8feL, 3));
        assertEquals(1, PacketNumbers.encodedLength(0, PacketNumbers.NONE), "the first packet of a space");
    }

    @Test
    void packetNumberDecodingFollowsA3() {
        assertEquals(0xa82f9b32L, PacketNumbers.decode(0xa82f30eaL, 0x9b32, 16));
        assertEquals(0x100L, PacketNumbers.decode(0xff, 0x00, 8), "the number just past a wrap of the low byte");
        assertEquals(0xfeL, PacketNumbers.decode(0x100, 0xfe, 8), "a late packet just below the largest");
        assertEquals(0L, PacketNumbers.decode(PacketNumbers.NONE, 0, 8));
    }
}
