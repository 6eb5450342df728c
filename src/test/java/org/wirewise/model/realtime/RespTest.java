package org.wirewise.model.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RESP as the Redis protocol specification writes its examples, and read back in any cuts. */
class RespTest {

    @Test
    void commandsAreArraysOfBulkStrings() {
        assertThat(new String(Resp.array("PUBLISH", "chat", "hello"), StandardCharsets.US_ASCII))
                .isEqualTo("*3\r\n$7\r\nPUBLISH\r\n$4\r\nchat\r\n$5\r\nhello\r\n");
        assertThat(new String(Resp.subscribed("chat", 1), StandardCharsets.US_ASCII))
                .isEqualTo("*3\r\n$9\r\nsubscribe\r\n$4\r\nchat\r\n:1\r\n");
        assertThat(new String(Resp.integer(2), StandardCharsets.US_ASCII)).isEqualTo(":2\r\n");
    }

    @Test
    void theReaderGetsTheSameValuesWhereverTheStreamIsCut() {
        byte[] stream = concat(Resp.subscribed("chat", 1), Resp.integer(3),
                Resp.array("message", "chat", "{\"to\":\"bob\",\"text\":\"é\"}"));
        for (int cut = 0; cut <= stream.length; cut++) {
            Resp reader = new Resp();
            List<List<String>> values = new ArrayList<>(reader.feed(Arrays.copyOf(stream, cut)));
            values.addAll(reader.feed(Arrays.copyOfRange(stream, cut, stream.length)));
            assertThat(values).as("cut at %d", cut).containsExactly(List.of("subscribe", "chat", "1"), List.of("3"),
                    List.of("message", "chat", "{\"to\":\"bob\",\"text\":\"é\"}"));
        }
    }

    private static byte[] concat(byte[]... parts) {
        byte[] all = new byte[0];
        for (byte[] p : parts) {
            int at = all.length;
            all = Arrays.copyOf(all, at + p.length);
            System.arraycopy(p, 0, all, at, p.length);
        }
        return all;
    }
}
