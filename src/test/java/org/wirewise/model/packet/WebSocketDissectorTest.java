package org.wirewise.model.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The WebSocket heuristic: RFC 6455 §5.7's frames read as tshark shows them; anything else declined. */
class WebSocketDissectorTest {

    private static final byte[] HELLO_MASKED = bytes(0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58);
    private static final byte[] CLOSE_1000 = bytes(0x88, 0x02, 0x03, 0xE8);

    @Test
    void aMaskedTextFrameShowsItsKeyAndTheUnmaskedText() {
        List<Field> layers = new ArrayList<>();
        assertThat(WebSocketDissector.dissect(HELLO_MASKED, 0, HELLO_MASKED.length, layers)).isTrue();
        assertThat(layers).singleElement().satisfies(ws -> {
            assertThat(ws.name()).isEqualTo("WebSocket");
            assertThat(ws.length()).isEqualTo(HELLO_MASKED.length);
            assertThat(ws.children()).extracting(Field::summary).containsExactly("Fin: True", "Opcode: Text (1)",
                    "Mask: True", "Payload length: 5", "Masking-Key: 0x37fa213d", "Payload: Text: Hello");
        });
    }

    @Test
    void twoFramesInOneSegmentAreTwoLayersAndACloseShowsItsCode() {
        byte[] two = new byte[7 + 4];
        System.arraycopy(bytes(0x81, 0x05, 'H', 'e', 'l', 'l', 'o'), 0, two, 0, 7);
        System.arraycopy(CLOSE_1000, 0, two, 7, 4);
        List<Field> layers = new ArrayList<>();
        assertThat(WebSocketDissector.dissect(two, 0, two.length, layers)).isTrue();
        assertThat(layers).hasSize(2);
        assertThat(layers.get(1).offset()).isEqualTo(7);
        Field payload = layers.get(1).children().get(layers.get(1).children().size() - 1);
        assertThat(payload.children()).extracting(Field::summary).containsExactly("Close: 1000", "Reason");
    }

    @Test
    void bytesThatAreNotWholeWellFormedFramesAreDeclined() {
        for (byte[] b : List.of("GET / HTTP/1.1\r\n\r\n".getBytes(), new byte[64], bytes(0x81, 0x05, 'H', 'e'),
                bytes(0x81, 0x02, 'H', 'i', 0x00), bytes(0x89, 0x7E, 0x00, 0x7E), bytes(0x81, 0x02, 'H', 'i', 0x81, 0x82, 1, 2, 3, 4, 5, 6))) {
            List<Field> layers = new ArrayList<>();
            assertThat(WebSocketDissector.dissect(b, 0, b.length, layers)).as(new String(b)).isFalse();
            assertThat(layers).isEmpty();
        }
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
