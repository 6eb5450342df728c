package org.wirewise.model.http.hpack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.MetaData;
import org.eclipse.jetty.http.compression.HuffmanDecoder;
import org.junit.jupiter.api.Test;
import org.wirewise.model.http.hpack.HpackEncoder.HuffmanMode;

/** A second opinion: Jetty's HPACK decoder (test scope only) reads what this encoder writes. */
class JettyJudgesHpackTest {

    @Test
    void jettyDecodesTheHuffmanCodeOfEveryOctet() throws Exception {
        for (int sym = 0; sym < 256; sym++) {
            byte[] raw = {(byte) sym, 'a', (byte) sym};
            byte[] coded = Huffman.encode(raw);
            HuffmanDecoder jetty = new HuffmanDecoder();
            jetty.setLength(coded.length);
            assertThat(jetty.decode(ByteBuffer.wrap(coded))).as("symbol %d", sym)
                    .isEqualTo(HeaderField.string(raw));
        }
    }

    @Test
    void jettyReadsABrowsersRequestsOnOneConnection() throws Exception {
        HpackEncoder encoder = new HpackEncoder();
        org.eclipse.jetty.http2.hpack.HpackDecoder jetty = new org.eclipse.jetty.http2.hpack.HpackDecoder(65536, () -> 0L);
        String page = "https://shop.example.com/";
        List<List<HeaderField>> lists = List.of(BrowserHeaders.page("shop.example.com", "/"),
                BrowserHeaders.stylesheet("shop.example.com", "/css/site.css", page),
                BrowserHeaders.asset("shop.example.com", "/js/app.js?v=3", "*/*", "script", page),
                withAuthorization(BrowserHeaders.asset("shop.example.com", "/api/cart", "application/json", "empty", page)));
        for (List<HeaderField> list : lists) {
            HeaderBlock block = encoder.encode(list);
            MetaData.Request request = (MetaData.Request) jetty.decode(ByteBuffer.wrap(block.octets()));
            assertThat(request.getMethod()).isEqualTo("GET");
            assertThat(request.getHttpURI().getAuthority()).isEqualTo("shop.example.com");
            assertThat(request.getHttpURI().getPathQuery()).isEqualTo(value(list, ":path"));
            assertThat(regular(request)).containsExactlyElementsOf(
                    list.stream().filter(f -> !f.name().startsWith(":")).map(HeaderField::toString).toList());
        }
    }

    @Test
    void jettyFollowsSizeUpdatesAndEvictions() throws Exception {
        HpackEncoder encoder = new HpackEncoder(4096, IndexingPolicy.INDEX_ALL, HuffmanMode.SHORTER);
        org.eclipse.jetty.http2.hpack.HpackDecoder jetty = new org.eclipse.jetty.http2.hpack.HpackDecoder(65536, () -> 0L);
        List<HeaderField> list = BrowserHeaders.page("a.example", "/");
        jetty.decode(ByteBuffer.wrap(encoder.encode(list).octets()));
        encoder.setMaxTableSize(0);
        encoder.setMaxTableSize(300);
        HeaderBlock shrunk = encoder.encode(list);
        assertThat(shrunk.octets()[0]).isEqualTo((byte) 0x20);
        assertThat(shrunk.tableSize()).isLessThanOrEqualTo(300);
        MetaData.Request request = (MetaData.Request) jetty.decode(ByteBuffer.wrap(shrunk.octets()));
        assertThat(regular(request)).hasSize(list.size() - 4);
        assertThat(jetty.getHpackContext().getDynamicTableSize()).isEqualTo(shrunk.tableSize());
    }

    private static List<HeaderField> withAuthorization(List<HeaderField> fields) {
        List<HeaderField> out = new ArrayList<>(fields);
        out.add(new HeaderField("authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.x"));
        return out;
    }

    private static List<String> regular(MetaData meta) {
        List<String> out = new ArrayList<>();
        for (HttpField f : meta.getHttpFields()) {
            out.add(f.getName() + ": " + f.getValue());
        }
        return out;
    }

    private static String value(List<HeaderField> list, String name) {
        return list.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().value();
    }
}
