package org.wirewise.model.http.sse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** RFC 9112 §7.1 chunks as a streaming response sends them, read back in every split. */
class ChunkedTest {

    @Test
    void chunksReadBackInEverySplitAndTheLastChunkEndsTheBody() {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        wire.writeBytes(Chunked.chunk(utf8("retry: 3000\n\n")));
        wire.writeBytes(Chunked.chunk(utf8("id: 1\ndata: {\"id\":1}\n\n")));
        wire.writeBytes(Chunked.LAST);
        byte[] all = wire.toByteArray();
        assertThat(new String(all, StandardCharsets.US_ASCII)).startsWith("D\r\nretry: 3000\n\n\r\n16\r\n");
        for (int a = 0; a <= all.length; a++) {
            Chunked c = new Chunked();
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            content.writeBytes(c.feed(Arrays.copyOfRange(all, 0, a)));
            // the body ends with the last chunk's size line, "0" CRLF; the blank line after it is not awaited
            assertThat(c.ended()).as("split at %d", a).isEqualTo(a >= all.length - 2);
            content.writeBytes(c.feed(Arrays.copyOfRange(all, a, all.length)));
            assertThat(content.toString(StandardCharsets.UTF_8)).as("split at %d", a)
                    .isEqualTo("retry: 3000\n\nid: 1\ndata: {\"id\":1}\n\n");
            assertThat(c.ended()).isTrue();
            assertThat(c.broken()).isFalse();
        }
    }

    @Test
    void chunkExtensionsAreSkippedAndASizeThatIsNotHexBreaksTheBody() {
        Chunked c = new Chunked();
        assertThat(new String(c.feed(utf8("4;name=value\r\nabcd\r\n")), StandardCharsets.US_ASCII)).isEqualTo("abcd");
        c.feed(utf8("zz\r\n"));
        assertThat(c.broken()).isTrue();
        assertThat(c.ended()).isFalse();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
