package org.wirewise.model.http.hpack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.http.hpack.EncodedField.Reason;
import org.wirewise.model.http.hpack.HpackEncoder.HuffmanMode;

class HpackTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void huffmanCodesAreAppendixBs() {
        // rows of Appendix B: symbol, code as hex (LSB aligned), length
        int[][] rows = {{0, 0x1ff8, 13}, {1, 0x7fffd8, 23}, {9, 0xffffea, 24}, {10, 0x3ffffffc, 30},
            {13, 0x3ffffffd, 30}, {22, 0x3ffffffe, 30}, {' ', 0x14, 6}, {'/', 0x18, 6}, {'0', 0x0, 5},
            {':', 0x5c, 7}, {'<', 0x7ffc, 15}, {'A', 0x21, 6}, {'X', 0xfc, 8}, {'\\', 0x7fff0, 19},
            {'a', 0x3, 5}, {'z', 0x7b, 7}, {'~', 0x1ffd, 13}, {127, 0xffffffc, 28}, {128, 0xfffe6, 20},
            {153, 0x1fffdc, 21}, {199, 0x1ffffec, 25}, {203, 0x7ffffde, 27}, {220, 0xffffffd, 28},
            {249, 0xffffffe, 28}, {255, 0x3ffffee, 26}, {256, 0x3fffffff, 30}};
        for (int[] row : rows) {
            assertThat(Huffman.code(row[0])).as("code of %d", row[0]).isEqualTo(row[1]);
            assertThat(Huffman.length(row[0])).as("length of %d", row[0]).isEqualTo(row[2]);
        }
    }

    @Test
    void huffmanCodeIsCompleteSoEveryBitStringDecodes() {
        double kraft = 0;
        for (int sym = 0; sym <= Huffman.EOS; sym++) {
            kraft += Math.pow(2, -Huffman.length(sym));
        }
        assertThat(kraft).isEqualTo(1.0);
    }

    @Test
    void huffmanRoundTripsEveryOctet() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        assertThat(Huffman.decode(Huffman.encode(all), 0)).containsExactly(all);
    }

    @Test
    void huffmanPaddingRulesOfSection52() {
        // 'a' is 00011: padded with ones is 0x1f; padded with zeros is not the start of EOS
        assertThat(Huffman.decode(new byte[] {0x1f}, 0)).containsExactly('a');
        assertThatThrownBy(() -> Huffman.decode(new byte[] {0x18}, 0)).hasMessageContaining("not the start of EOS");
        assertThatThrownBy(() -> Huffman.decode(new byte[] {0x1f, (byte) 0xff}, 0))
                .hasMessageContaining("longer than 7 bits");
        assertThatThrownBy(() -> Huffman.decode(new byte[] {-1, -1, -1, -1}, 0)).hasMessageContaining("EOS");
    }

    @Test
    void decoderRefusesBadBlocksSayingWhereAndWhy() {
        assertThatThrownBy(() -> new HpackDecoder().decode(HEX.parseHex("80"))).hasMessageContaining("index 0");
        assertThatThrownBy(() -> new HpackDecoder().decode(HEX.parseHex("be")))
                .hasMessageContaining("index 62 beyond the 61 static and 0 dynamic entries");
        assertThatThrownBy(() -> new HpackDecoder().decode(HEX.parseHex("400a6375")))
                .hasMessageContaining("runs past the block's end").hasMessageContaining("at octet 2");
        assertThatThrownBy(() -> new HpackDecoder().decode(HEX.parseHex("3fe21f")))
                .hasMessageContaining("above the announced 4096");
        assertThatThrownBy(() -> new HpackDecoder().decode(HEX.parseHex("8220")))
                .hasMessageContaining("after a field").hasMessageContaining("at octet 1");
        assertThatThrownBy(() -> new HpackDecoder().decode(HEX.parseHex("1fffffffff0f")))
                .isInstanceOf(HpackException.class);
    }

    @Test
    void decoderCapsTheListAnIndexCanAmplify() {
        HpackEncoder encoder = new HpackEncoder(4096, IndexingPolicy.INDEX_ALL, HuffmanMode.NEVER);
        HeaderField big = new HeaderField("x-big", "v".repeat(3000));
        HpackDecoder decoder = new HpackDecoder(4096, 10_000);
        decoder.decode(encoder.encode(List.of(big)).octets());
        byte[] repeated = encoder.encode(List.of(big, big, big, big)).octets();
        assertThat(repeated).hasSize(4);
        assertThatThrownBy(() -> decoder.decode(repeated)).hasMessageContaining("exceeds 10000 octets");
    }

    @Test
    void encoderExplainsEachChoice() {
        HpackEncoder encoder = new HpackEncoder();
        HeaderField authority = new HeaderField(":authority", "www.example.com");
        HeaderField token = new HeaderField("authorization", "Bearer abc");
        HeaderField huge = new HeaderField("x-huge", "<".repeat(5000));
        HeaderBlock first = encoder.encode(List.of(new HeaderField(":method", "GET"), authority, token, huge));
        assertThat(first.fields()).extracting(EncodedField::representation, EncodedField::reason, EncodedField::index)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Representation.INDEXED, Reason.STATIC_MATCH, 2),
                        org.assertj.core.groups.Tuple.tuple(Representation.INCREMENTAL_INDEXING, Reason.NEW_ENTRY, 1),
                        org.assertj.core.groups.Tuple.tuple(Representation.NEVER_INDEXED, Reason.SENSITIVE, 23),
                        org.assertj.core.groups.Tuple.tuple(Representation.WITHOUT_INDEXING, Reason.LARGER_THAN_TABLE, 0));
        StringChoice value = first.fields().get(1).value().orElseThrow();
        assertThat(value).isEqualTo(new StringChoice(15, 12, true, 13));
        assertThat(first.fields().get(3).value().orElseThrow().huffman()).isFalse();
        HeaderBlock second = encoder.encode(List.of(authority, token));
        assertThat(second.fields()).extracting(EncodedField::reason).containsExactly(Reason.DYNAMIC_MATCH, Reason.SENSITIVE);
        assertThat(second.fields().get(0).octets()).containsExactly(0xbe);
        assertThat(second.table()).containsExactly(authority);
    }

    @Test
    void secondBrowserRequestIsMostlyIndexes() {
        HpackEncoder encoder = new HpackEncoder();
        HeaderBlock page = encoder.encode(BrowserHeaders.page("shop.example.com", "/"));
        HeaderBlock css = encoder.encode(BrowserHeaders.stylesheet("shop.example.com", "/css/site.css",
                "https://shop.example.com/"));
        assertThat(page.length()).isLessThan(page.http1Octets());
        assertThat(css.length() * 5).isLessThan(css.http1Octets());
        assertThat(css.fields().stream().filter(f -> f.reason() == Reason.DYNAMIC_MATCH).count()).isGreaterThanOrEqualTo(8);
    }
}
