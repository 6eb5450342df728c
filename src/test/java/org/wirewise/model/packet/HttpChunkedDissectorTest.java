package org.wirewise.model.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bytes pane explains a chunked body chunk by chunk, with Wireshark's names and each chunk's exact bytes. */
class HttpChunkedDissectorTest {

    private static final String HEAD = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";

    @Test
    void eachChunkHasItsSizeDataAndBoundaryThenTheEnd() {
        byte[] b = (HEAD + "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        Field chunked = chunkedPart(b);
        assertThat(chunked.children()).extracting(Field::name).containsExactly("Data chunk (5 octets)",
                "Data chunk (7 octets)", "End of chunked encoding", "Trailer and end of body");
        Field second = chunked.children().get(1);
        Field data = second.children().get(1);
        assertThat(new String(b, data.offset(), data.length(), StandardCharsets.US_ASCII)).isEqualTo(", world");
        assertThat(second.children().get(0).value()).isEqualTo("7 octets");
        assertThat(chunked.end()).as("the trailer's empty line included").isEqualTo(b.length);
    }

    @Test
    void aChunkCutByTheSegmentEndAndABadSizeAreSaidSo() {
        Field cut = chunkedPart((HEAD + "A\r\nhel").getBytes(StandardCharsets.US_ASCII));
        assertThat(cut.children().get(0).children().get(1).length()).isEqualTo(3);
        Field bad = chunkedPart((HEAD + "zz\r\nhello\r\n").getBytes(StandardCharsets.US_ASCII));
        assertThat(bad.children().get(0).name()).isEqualTo(Dissector.MALFORMED);
    }

    private static Field chunkedPart(byte[] b) {
        List<Field> layers = new ArrayList<>();
        assertThat(HttpDissector.dissect(b, 0, b.length, layers)).isTrue();
        return layers.get(0).children().stream().filter(f -> f.name().equals("HTTP chunked response")).findFirst()
                .orElseThrow();
    }
}
