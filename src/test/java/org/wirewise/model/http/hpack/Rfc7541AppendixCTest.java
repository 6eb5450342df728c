package org.wirewise.model.http.hpack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.http.hpack.HpackEncoder.HuffmanMode;

/**
 * Every example of RFC 7541 Appendix C, byte for byte, through both the encoder and the decoder,
 * with the dynamic tables (entries, newest first, and sizes) the appendix prints after each.
 */
class Rfc7541AppendixCTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void c1IntegerExamples() {
        assertThat(HpackInteger.encode(10, 5)).containsExactly(0x0a);
        assertThat(HpackInteger.encode(1337, 5)).containsExactly(0x1f, 0x9a, 0x0a);
        assertThat(HpackInteger.encode(42, 8)).containsExactly(0x2a);
        assertThat(HpackInteger.decode(new HpackReader(new byte[] {(byte) 0xff, (byte) 0x9a, 0x0a}), 5))
                .isEqualTo(1337);
    }

    @Test
    void c21LiteralWithIndexing() {
        oneField(f("custom-key", "custom-header"), Representation.INCREMENTAL_INDEXING,
                "400a637573746f6d2d6b65790d637573746f6d2d686561646572", List.of("custom-key: custom-header"), 55);
    }

    @Test
    void c22LiteralWithoutIndexing() {
        oneField(f(":path", "/sample/path"), Representation.WITHOUT_INDEXING,
                "040c2f73616d706c652f70617468", List.of(), 0);
    }

    @Test
    void c23LiteralNeverIndexed() {
        oneField(f("password", "secret"), Representation.NEVER_INDEXED,
                "100870617373776f726406736563726574", List.of(), 0);
    }

    @Test
    void c24Indexed() {
        oneField(f(":method", "GET"), Representation.INCREMENTAL_INDEXING, "82", List.of(), 0);
    }

    private static void oneField(HeaderField field, Representation literal, String hex, List<String> table, int size) {
        HpackEncoder encoder = new HpackEncoder(4096, x -> literal, HuffmanMode.NEVER);
        HeaderBlock block = encoder.encode(List.of(field));
        assertThat(HEX.formatHex(block.octets())).isEqualTo(hex);
        assertThat(block.table()).extracting(HeaderField::toString).containsExactlyElementsOf(table);
        assertThat(block.tableSize()).isEqualTo(size);
        HpackDecoder decoder = new HpackDecoder();
        assertThat(decoder.decode(HEX.parseHex(hex))).containsExactly(field);
        assertThat(decoder.table()).extracting(HeaderField::toString).containsExactlyElementsOf(table);
        assertThat(decoder.tableSize()).isEqualTo(size);
    }

    private static final List<HeaderField> REQUEST_1 = List.of(f(":method", "GET"), f(":scheme", "http"),
            f(":path", "/"), f(":authority", "www.example.com"));
    private static final List<HeaderField> REQUEST_2 = List.of(f(":method", "GET"), f(":scheme", "http"),
            f(":path", "/"), f(":authority", "www.example.com"), f("cache-control", "no-cache"));
    private static final List<HeaderField> REQUEST_3 = List.of(f(":method", "GET"), f(":scheme", "https"),
            f(":path", "/index.html"), f(":authority", "www.example.com"), f("custom-key", "custom-value"));

    private static final List<List<String>> REQUEST_TABLES = List.of(
            List.of(":authority: www.example.com"),
            List.of("cache-control: no-cache", ":authority: www.example.com"),
            List.of("custom-key: custom-value", "cache-control: no-cache", ":authority: www.example.com"));

    @Test
    void c3RequestsWithoutHuffman() {
        sequence(4096, HuffmanMode.NEVER, List.of(REQUEST_1, REQUEST_2, REQUEST_3), List.of(
                "828684410f7777772e6578616d706c652e636f6d",
                "828684be58086e6f2d6361636865",
                "828785bf400a637573746f6d2d6b65790c637573746f6d2d76616c7565"),
                REQUEST_TABLES, List.of(57, 110, 164));
    }

    @Test
    void c4RequestsWithHuffman() {
        sequence(4096, HuffmanMode.ALWAYS, List.of(REQUEST_1, REQUEST_2, REQUEST_3), List.of(
                "828684418cf1e3c2e5f23a6ba0ab90f4ff",
                "828684be5886a8eb10649cbf",
                "828785bf408825a849e95ba97d7f8925a849e95bb8e8b4bf"),
                REQUEST_TABLES, List.of(57, 110, 164));
    }

    private static final String COOKIE = "foo=ASDJKHQKBZXOQWEOPIUAXQWEOIU; max-age=3600; version=1";
    private static final List<HeaderField> RESPONSE_1 = List.of(f(":status", "302"), f("cache-control", "private"),
            f("date", "Mon, 21 Oct 2013 20:13:21 GMT"), f("location", "https://www.example.com"));
    private static final List<HeaderField> RESPONSE_2 = List.of(f(":status", "307"), f("cache-control", "private"),
            f("date", "Mon, 21 Oct 2013 20:13:21 GMT"), f("location", "https://www.example.com"));
    private static final List<HeaderField> RESPONSE_3 = List.of(f(":status", "200"), f("cache-control", "private"),
            f("date", "Mon, 21 Oct 2013 20:13:22 GMT"), f("location", "https://www.example.com"),
            f("content-encoding", "gzip"), f("set-cookie", COOKIE));

    private static final List<List<String>> RESPONSE_TABLES = List.of(
            List.of("location: https://www.example.com", "date: Mon, 21 Oct 2013 20:13:21 GMT",
                    "cache-control: private", ":status: 302"),
            List.of(":status: 307", "location: https://www.example.com", "date: Mon, 21 Oct 2013 20:13:21 GMT",
                    "cache-control: private"),
            List.of("set-cookie: " + COOKIE, "content-encoding: gzip", "date: Mon, 21 Oct 2013 20:13:22 GMT"));

    @Test
    void c5ResponsesWithoutHuffmanEvict() {
        sequence(256, HuffmanMode.NEVER, List.of(RESPONSE_1, RESPONSE_2, RESPONSE_3), List.of(
                "4803333032580770726976617465611d4d6f6e2c203231204f637420323031332032303a31333a323120474d54"
                        + "6e1768747470733a2f2f7777772e6578616d706c652e636f6d",
                "4803333037c1c0bf",
                "88c1611d4d6f6e2c203231204f637420323031332032303a31333a323220474d54c05a04677a69707738666f6f3d"
                        + "4153444a4b48514b425a584f5157454f50495541585157454f49553b206d61782d6167653d333630303b20"
                        + "76657273696f6e3d31"),
                RESPONSE_TABLES, List.of(222, 222, 215));
    }

    @Test
    void c6ResponsesWithHuffmanEvict() {
        sequence(256, HuffmanMode.ALWAYS, List.of(RESPONSE_1, RESPONSE_2, RESPONSE_3), List.of(
                "488264025885aec3771a4b6196d07abe941054d444a8200595040b8166e082a62d1bff6e919d29ad171863c78f0b"
                        + "97c8e9ae82ae43d3",
                "4883640effc1c0bf",
                "88c16196d07abe941054d444a8200595040b8166e084a62d1bffc05a839bd9ab77ad94e7821dd7f2e6c7b335dfdf"
                        + "cd5b3960d5af27087f3672c1ab270fb5291f9587316065c003ed4ee5b1063d5007"),
                RESPONSE_TABLES, List.of(222, 222, 215));
    }

    @Test
    void c5EvictionsAreReportedWhereTheAppendixShowsThem() {
        HpackEncoder encoder = new HpackEncoder(256, IndexingPolicy.INDEX_ALL, HuffmanMode.NEVER);
        encoder.encode(RESPONSE_1);
        HeaderBlock second = encoder.encode(RESPONSE_2);
        assertThat(second.fields().get(0).evicted()).containsExactly(f(":status", "302"));
        HeaderBlock third = encoder.encode(RESPONSE_3);
        assertThat(third.fields()).extracting(e -> e.evicted().toString()).containsExactly("[]", "[]",
                "[cache-control: private]", "[]", "[date: Mon, 21 Oct 2013 20:13:21 GMT]",
                "[location: https://www.example.com, :status: 307]");
    }

    private static void sequence(int tableSize, HuffmanMode mode, List<List<HeaderField>> lists, List<String> hex,
                                 List<List<String>> tables, List<Integer> sizes) {
        HpackEncoder encoder = new HpackEncoder(tableSize, IndexingPolicy.INDEX_ALL, mode);
        HpackDecoder decoder = new HpackDecoder(tableSize, HpackDecoder.DEFAULT_MAX_LIST_SIZE);
        List<String> encoded = new ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            HeaderBlock block = encoder.encode(lists.get(i));
            encoded.add(HEX.formatHex(block.octets()));
            assertThat(block.table()).as("encoder table after %d", i + 1).extracting(HeaderField::toString)
                    .containsExactlyElementsOf(tables.get(i));
            assertThat(block.tableSize()).isEqualTo(sizes.get(i));
            assertThat(decoder.decode(HEX.parseHex(hex.get(i)))).as("decoded %d", i + 1)
                    .containsExactlyElementsOf(lists.get(i));
            assertThat(decoder.table()).as("decoder table after %d", i + 1).extracting(HeaderField::toString)
                    .containsExactlyElementsOf(tables.get(i));
            assertThat(decoder.tableSize()).isEqualTo(sizes.get(i));
        }
        assertThat(encoded).containsExactlyElementsOf(hex);
    }

    private static HeaderField f(String name, String value) {
        return new HeaderField(name, value);
    }
}
