package org.wirewise.model.http.h3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * QPACK's dynamic table against RFC 9204 Appendix B.2-B.5, byte for byte in both directions: the
 * encoder writes the encoder stream and the sections the RFC shows, the decoder reads them and
 * writes the RFC's decoder stream, and the encoder's table (entries, size, references, the
 * acknowledged line) is the one the RFC draws after each step. Then the rules around them.
 */
class QpackDynamicTableTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final Qpack.FieldLine AUTHORITY = new Qpack.FieldLine(":authority", "www.example.com");
    private static final Qpack.FieldLine PATH = new Qpack.FieldLine(":path", "/sample/path");
    private static final Qpack.FieldLine CUSTOM = new Qpack.FieldLine("custom-key", "custom-value");

    private final QpackEncoder encoder = new QpackEncoder(220, 100);
    private final QpackDecoder decoder = new QpackDecoder(220, 100);

    private static byte[] hex(String s) {
        return HEX.parseHex(s.replace(" ", ""));
    }

    /** The encoder's table as the RFC draws it: "abs ref name value" per entry, then the acknowledged line's place. */
    private String drawn() {
        StringBuilder b = new StringBuilder();
        for (QpackTable.Entry e : encoder.table().entries()) {
            b.append(e.index()).append(' ').append(encoder.references(e.index())).append(' ').append(e.name()).append('=')
                    .append(e.value()).append('\n');
        }
        return b.append("acknowledged below ").append(encoder.knownReceivedCount()).append(", size ").append(encoder.table().size()).toString();
    }

    private void appendixB2() {
        encoder.setCapacity(220);
        Qpack.Encoded section = encoder.encode(4, List.of(AUTHORITY, PATH));
        assertArrayEquals(hex("3fbd01 c00f 7777 772e 6578 616d 706c 652e 636f 6d c10c 2f73 616d 706c 652f 7061 7468"),
                encoder.takeEncoderStream(), "B.2 encoder stream: capacity 220, two inserts with static name references");
        assertArrayEquals(hex("0381 10 11"), section.bytes(), "B.2 stream 4: Required Insert Count 2, Base 0, two post-base indexes");
        assertEquals("0 1 :authority=www.example.com\n1 1 :path=/sample/path\nacknowledged below 0, size 106", drawn());

        decoder.encoderStream(hex("3fbd01 c00f 7777 772e 6578 616d 706c 652e 636f 6d c10c 2f73 616d 706c 652f 7061 7468"));
        assertEquals(Optional.of(List.of(AUTHORITY, PATH)), decoder.decode(4, hex("0381 10 11")));
        byte[] ack = decoder.takeDecoderStream();
        assertArrayEquals(hex("84"), ack, "B.2 decoder stream: Section Acknowledgment (stream 4)");
        encoder.decoderStream(ack);
        assertEquals("0 0 :authority=www.example.com\n1 0 :path=/sample/path\nacknowledged below 2, size 106", drawn());
    }

    private void appendixB3() {
        encoder.insert(CUSTOM.name(), CUSTOM.value());
        byte[] insert = encoder.takeEncoderStream();
        assertArrayEquals(hex("4a63 7573 746f 6d2d 6b65 790c 6375 7374 6f6d 2d76 616c 7565"), insert, "B.3: Insert With Literal Name");
        assertEquals("0 0 :authority=www.example.com\n1 0 :path=/sample/path\n2 0 custom-key=custom-value\n"
                + "acknowledged below 2, size 160", drawn());
        decoder.encoderStream(insert);
        decoder.acknowledgeInserts();
        byte[] increment = decoder.takeDecoderStream();
        assertArrayEquals(hex("01"), increment, "B.3 decoder stream: Insert Count Increment (1)");
        encoder.decoderStream(increment);
        assertEquals(3, encoder.knownReceivedCount());
    }

    @Test
    void appendixB2DynamicTable() {
        appendixB2();
    }

    @Test
    void appendixB3SpeculativeInsert() {
        appendixB2();
        appendixB3();
    }

    @Test
    void appendixB4DuplicateAndStreamCancellation() {
        appendixB2();
        appendixB3();
        encoder.duplicate(0);
        byte[] duplicate = encoder.takeEncoderStream();
        assertArrayEquals(hex("02"), duplicate, "B.4: Duplicate (Relative Index = 2)");
        Qpack.Encoded section = encoder.encode(8, List.of(AUTHORITY, new Qpack.FieldLine(":path", "/"), CUSTOM));
        assertArrayEquals(hex("0500 80 c1 81"), section.bytes(), "B.4 stream 8: Required Insert Count 4, Base 4");
        assertEquals(List.of(":authority: indexed, dynamic entry 3 (1 byte)", ":path: indexed, static entry 1 (1 byte)",
                "custom-key: indexed, dynamic entry 2 (1 byte)"), section.choices());
        assertEquals("0 0 :authority=www.example.com\n1 0 :path=/sample/path\n2 1 custom-key=custom-value\n"
                + "3 1 :authority=www.example.com\nacknowledged below 3, size 217", drawn());

        // the packet with the Duplicate is late: stream 8's section arrives first and blocks (§2.1.2)
        assertEquals(Optional.empty(), decoder.decode(8, section.bytes()));
        assertEquals(List.of(8L), decoder.blockedStreams());
        decoder.cancel(8);
        byte[] cancel = decoder.takeDecoderStream();
        assertArrayEquals(hex("48"), cancel, "B.4 decoder stream: Stream Cancellation (stream 8)");
        encoder.decoderStream(cancel);
        assertEquals("0 0 :authority=www.example.com\n1 0 :path=/sample/path\n2 0 custom-key=custom-value\n"
                + "3 0 :authority=www.example.com\nacknowledged below 3, size 217", drawn());
        decoder.encoderStream(duplicate);
        assertEquals(4, decoder.table().insertCount());
    }

    @Test
    void appendixB5InsertThatEvictsTheOldestEntry() {
        appendixB4DuplicateAndStreamCancellation();
        encoder.insert("custom-key", "custom-value2");
        byte[] insert = encoder.takeEncoderStream();
        assertArrayEquals(hex("810d 6375 7374 6f6d 2d76 616c 7565 32"), insert, "B.5: Insert With Name Reference, dynamic relative 1");
        assertEquals("1 0 :path=/sample/path\n2 0 custom-key=custom-value\n3 0 :authority=www.example.com\n"
                + "4 0 custom-key=custom-value2\nacknowledged below 3, size 215", drawn());
        decoder.encoderStream(insert);
        assertEquals(encoder.table().entries(), decoder.table().entries(), "both ends evicted entry 0");
    }

    @Test
    void aSectionBlockedByALateInsertIsDecodedWhenItArrives() {
        encoder.setCapacity(220);
        Qpack.Encoded section = encoder.encode(0, List.of(CUSTOM));
        byte[] stream = encoder.takeEncoderStream();
        assertEquals(Optional.empty(), decoder.decode(0, section.bytes()), "its Required Insert Count (1) is above 0 inserts");
        decoder.encoderStream(java.util.Arrays.copyOf(stream, 5)); // an instruction cut in two by the network
        assertTrue(decoder.unblocked().isEmpty());
        decoder.encoderStream(java.util.Arrays.copyOfRange(stream, 5, stream.length));
        assertEquals(java.util.Map.of(0L, List.of(CUSTOM)), decoder.unblocked());
        assertArrayEquals(hex("80"), decoder.takeDecoderStream(), "Section Acknowledgment (stream 0)");
    }

    @Test
    void moreBlockedStreamsThanAnnouncedIsAnError() {
        QpackEncoder e = new QpackEncoder(220, 1);
        QpackDecoder d = new QpackDecoder(220, 1);
        e.setCapacity(220);
        byte[] first = e.encode(0, List.of(CUSTOM)).bytes(); // inserts and refers to an entry the decoder does not have yet
        Qpack.Encoded second = e.encode(4, List.of(AUTHORITY, CUSTOM));
        assertEquals(List.of(":authority: literal value, name from static entry 0 (17 bytes)", "custom-key: literal name and value (25 bytes)"),
                second.choices(), "one stream may block: stream 4 neither inserts nor refers to the unacknowledged entry");
        assertEquals(Optional.empty(), d.decode(0, first));
        H3Exception x = assertThrows(H3Exception.class, () -> d.decode(12, hex("0200 80")), "a second blocked stream");
        assertEquals(H3Exception.QPACK_DECOMPRESSION_FAILED, x.code());
    }

    @Test
    void anEntryInUseIsNeverEvicted() {
        QpackEncoder e = new QpackEncoder(100, 10);
        e.setCapacity(100);
        e.encode(0, List.of(CUSTOM)); // inserted (54 bytes) and referenced, not acknowledged
        assertFalse(e.canInsert("other-key", "other-value"), "a second entry needs the first's room");
        assertThrows(IllegalStateException.class, () -> e.insert("other-key", "other-value"));
        Qpack.Encoded literal = e.encode(4, List.of(new Qpack.FieldLine("other-key", "other-value")));
        assertEquals("other-key: literal name and value (23 bytes)", literal.choices().get(0));
    }

    @Test
    void theRequiredInsertCountWrapsAroundTwiceMaxEntries() {
        QpackTable t = new QpackTable(220); // MaxEntries 6, so counts are sent modulo 12, plus one (§4.5.1.1)
        assertEquals(0, t.encodeInsertCount(0));
        assertEquals(5, t.encodeInsertCount(4));
        assertEquals(2, t.encodeInsertCount(13));
        t.capacity(220);
        for (int i = 0; i < 10; i++) {
            t.insert("k", "v" + i);
        }
        assertEquals(10, t.decodeInsertCount(t.encodeInsertCount(10)));
        assertEquals(13, t.decodeInsertCount(t.encodeInsertCount(13)), "up to MaxEntries above the inserts received");
        assertEquals(5, t.decodeInsertCount(t.encodeInsertCount(5)));
        assertThrows(H3Exception.class, () -> t.decodeInsertCount(13), "above 2 * MaxEntries");
    }

    @Test
    void aCapacityAboveTheDecodersSettingIsAnEncoderStreamError() {
        H3Exception x = assertThrows(H3Exception.class, () -> decoder.encoderStream(hex("3fbe01")));
        assertEquals(H3Exception.QPACK_ENCODER_STREAM_ERROR, x.code(), "221 > SETTINGS_QPACK_MAX_TABLE_CAPACITY 220");
    }
}
