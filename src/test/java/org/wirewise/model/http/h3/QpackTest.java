package org.wirewise.model.http.h3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QPACK's static-only sections (what HTTP/3 sends here) against RFC 9204: Appendix B.1 and entries
 * of the static table of Appendix A; B.2-B.5 (the dynamic table) are in {@link QpackDynamicTableTest}.
 */
class QpackTest {

    @Test
    void appendixB1IsALiteralWithAStaticNameReference() {
        byte[] b1 = HexFormat.of().parseHex("0000510b2f696e6465782e68746d6c");
        List<Qpack.FieldLine> fields = List.of(new Qpack.FieldLine(":path", "/index.html"));
        assertEquals(fields, Qpack.decode(b1));
        Qpack.Encoded encoded = Qpack.encode(fields);
        assertArrayEquals(b1, encoded.bytes());
        assertEquals(":path: literal value, name from static entry 1 (13 bytes)", encoded.choices().get(0));
    }

    @Test
    void theStaticTableHasTheEntriesOfAppendixA() {
        assertEquals(99, QpackStaticTable.ENTRIES.size());
        assertEquals(new QpackStaticTable.Entry(":authority", ""), QpackStaticTable.ENTRIES.get(0));
        assertEquals(new QpackStaticTable.Entry(":method", "GET"), QpackStaticTable.ENTRIES.get(17));
        assertEquals(new QpackStaticTable.Entry(":scheme", "https"), QpackStaticTable.ENTRIES.get(23));
        assertEquals(new QpackStaticTable.Entry(":status", "200"), QpackStaticTable.ENTRIES.get(25));
        assertEquals(new QpackStaticTable.Entry("content-type", "text/html; charset=utf-8"), QpackStaticTable.ENTRIES.get(52));
        assertEquals(new QpackStaticTable.Entry("x-frame-options", "sameorigin"), QpackStaticTable.ENTRIES.get(98));
    }

    @Test
    void aWholeEntryTakesOneByteAndAnUnknownNameIsSpelledOut() {
        Qpack.Encoded e = Qpack.encode(List.of(new Qpack.FieldLine(":method", "GET"), new Qpack.FieldLine(":status", "200"),
                new Qpack.FieldLine("x-lesson", "quic")));
        // 0xd1 = 11 010001: indexed, static, 17; 0xd9 = static 25; 0x28 = 001 0 0 000 + length 8 on 3 bits (7, then 1).
        assertArrayEquals(HexFormat.of().parseHex("0000d1d9" + "2701" + "782d6c6573736f6e" + "04" + "71756963"), e.bytes());
        assertEquals(3, Qpack.decode(e.bytes()).size());
    }

    @Test
    void aHuffmanCodedValueIsRead() {
        // :authority (static 0) with a literal value, H = 1: RFC 7541 C.4.1's Huffman code of www.example.com
        byte[] section = HexFormat.of().parseHex("0000" + "50" + "8cf1e3c2e5f23a6ba0ab90f4ff");
        assertEquals(List.of(new Qpack.FieldLine(":authority", "www.example.com")), Qpack.decode(section));
    }

    @Test
    void dynamicTableReferencesAreRefused() {
        H3Exception e = assertThrows(H3Exception.class, () -> Qpack.decode(HexFormat.of().parseHex("03811011")));
        assertEquals(H3Exception.QPACK_DECOMPRESSION_FAILED, e.code(), "RFC 9204 B.2's section needs two dynamic entries");
    }
}
