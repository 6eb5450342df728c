package org.wirewise.model.http.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Frames against the examples of RFC 6455 §5.7, byte for byte, and the parser fed in every split. */
class WsFrameTest {

    // RFC 6455 §5.7, copied from the RFC's text.
    private static final byte[] HELLO_UNMASKED = bytes(0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f);
    private static final byte[] HELLO_MASKED = bytes(0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58);
    private static final byte[] HEL = bytes(0x01, 0x03, 0x48, 0x65, 0x6c);
    private static final byte[] LO = bytes(0x80, 0x02, 0x6c, 0x6f);
    private static final byte[] PING_HELLO = bytes(0x89, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f);
    private static final byte[] PONG_HELLO_MASKED = bytes(0x8a, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58);
    private static final int RFC_KEY = 0x37fa213d;

    @Test
    void theSection57FramesEncodeByteForByte() {
        assertThat(WsFrame.text("Hello").encode()).isEqualTo(HELLO_UNMASKED);
        assertThat(WsFrame.text("Hello").maskedWith(RFC_KEY).encode()).isEqualTo(HELLO_MASKED);
        assertThat(new WsFrame(false, WsOpcode.TEXT, false, 0, "Hel".getBytes()).encode()).isEqualTo(HEL);
        assertThat(new WsFrame(true, WsOpcode.CONTINUATION, false, 0, "lo".getBytes()).encode()).isEqualTo(LO);
        assertThat(WsFrame.ping("Hello".getBytes()).encode()).isEqualTo(PING_HELLO);
        assertThat(WsFrame.pongFor(WsFrame.ping("Hello".getBytes())).maskedWith(RFC_KEY).encode()).isEqualTo(PONG_HELLO_MASKED);
    }

    @Test
    void theSection57LengthsUse16And64BitForms() {
        byte[] b256 = WsFrame.binary(new byte[256]).encode();
        assertThat(Arrays.copyOf(b256, 4)).isEqualTo(bytes(0x82, 0x7E, 0x01, 0x00));
        assertThat(b256).hasSize(4 + 256);
        byte[] b64k = WsFrame.binary(new byte[65536]).encode();
        assertThat(Arrays.copyOf(b64k, 10)).isEqualTo(bytes(0x82, 0x7F, 0, 0, 0, 0, 0, 0x01, 0x00, 0x00));
        assertThat(b64k).hasSize(10 + 65536);
        assertThat(WsFrame.binary(new byte[125]).encode()[1]).as("125 still fits 7 bits").isEqualTo((byte) 125);
        assertThat(WsFrame.binary(new byte[65535]).headerLength()).as("65535 still fits 16 bits").isEqualTo(4);
    }

    @Test
    void theParserReadsTheServerExamplesInEverySplit() {
        byte[] stream = concat(HELLO_UNMASKED, HEL, PING_HELLO, LO, WsFrame.binary(new byte[256]).encode());
        for (int a = 0; a <= stream.length; a++) {
            for (int b = a; b <= stream.length; b += 7) {
                WsFrameParser p = new WsFrameParser(WsFrameParser.Sender.SERVER);
                List<WsFrame> got = new ArrayList<>(p.feed(Arrays.copyOfRange(stream, 0, a)));
                got.addAll(p.feed(Arrays.copyOfRange(stream, a, b)));
                got.addAll(p.feed(Arrays.copyOfRange(stream, b, stream.length)));
                assertThat(got).as("split at %d and %d", a, b).extracting(WsFrame::opcode).containsExactly(
                        WsOpcode.TEXT, WsOpcode.TEXT, WsOpcode.PING, WsOpcode.CONTINUATION, WsOpcode.BINARY);
                assertThat(got.get(0).text()).isEqualTo("Hello");
                assertThat(got.get(1).fin()).isFalse();
                assertThat(got.get(4).payloadLength()).isEqualTo(256);
                assertThat(p.pending()).isZero();
                assertThat(p.error()).isEmpty();
            }
        }
    }

    @Test
    void theParserUnmasksClientFramesFedOneByteAtATime() {
        WsFrameParser p = new WsFrameParser(WsFrameParser.Sender.CLIENT);
        List<WsFrame> got = new ArrayList<>();
        for (byte b : concat(HELLO_MASKED, PONG_HELLO_MASKED)) {
            got.addAll(p.feed(new byte[] {b}));
        }
        assertThat(got).extracting(WsFrame::text).containsExactly("Hello", "Hello");
        assertThat(got).extracting(WsFrame::maskKey).containsExactly(RFC_KEY, RFC_KEY);
        assertThat(got.get(1).opcode()).isEqualTo(WsOpcode.PONG);
    }

    @Test
    void a64KiBFrameArrivesWholeOnlyWithItsLastByte() {
        byte[] wire = WsFrame.binary(new byte[65536]).maskedWith(7).encode();
        WsFrameParser p = new WsFrameParser(WsFrameParser.Sender.CLIENT);
        assertThat(p.feed(Arrays.copyOf(wire, wire.length - 1))).isEmpty();
        assertThat(p.feed(new byte[] {wire[wire.length - 1]})).singleElement()
                .satisfies(f -> assertThat(f.payload()).isEqualTo(new byte[65536]));
    }

    @Test
    void maskingByTheWrongSideIsAProtocolError1002() {
        WsFrameParser server = new WsFrameParser(WsFrameParser.Sender.CLIENT);
        assertThat(server.feed(HELLO_UNMASKED)).isEmpty();
        assertThat(server.error()).get().satisfies(e -> {
            assertThat(e.code().code()).isEqualTo(1002);
            assertThat(e.reason()).contains("unmasked frame from the client");
        });
        WsFrameParser client = new WsFrameParser(WsFrameParser.Sender.SERVER);
        assertThat(client.feed(concat(HELLO_UNMASKED, HELLO_MASKED))).hasSize(1);
        assertThat(client.error()).get().satisfies(e -> {
            assertThat(e.code().code()).isEqualTo(1002);
            assertThat(e.offset()).as("after the good frame").isEqualTo(HELLO_UNMASKED.length);
        });
        assertThat(client.feed(HELLO_UNMASKED)).as("a failed parser reads no more").isEmpty();
    }

    @Test
    void malformedHeadersFailWith1002AndOversizedPayloadsWith1009() {
        assertThat(errorOf(bytes(0xC1, 0x00))).contains("RSV");
        assertThat(errorOf(bytes(0x83, 0x00))).contains("reserved opcode 0x3");
        assertThat(errorOf(bytes(0x09, 0x00))).contains("fragmented");
        assertThat(errorOf(bytes(0x89, 0x7E, 0x00, 0x7E))).contains("longer than 125");
        assertThat(errorOf(bytes(0x82, 0x7E, 0x00, 0x05))).contains("length 5 not in the shortest form");
        assertThat(errorOf(bytes(0x82, 0x7F, 0x80, 0, 0, 0, 0, 0, 0, 0))).contains("most significant bit");
        WsFrameParser small = new WsFrameParser(WsFrameParser.Sender.SERVER, 100);
        small.feed(WsFrame.binary(new byte[101]).encode());
        assertThat(small.error()).get().extracting(e -> e.code().code()).isEqualTo(1009);
    }

    @Test
    void controlFramesCannotBeBuiltFragmentedOrLong() {
        assertThatThrownBy(() -> WsFrame.ping(new byte[126])).hasMessageContaining("at most 125");
        assertThatThrownBy(() -> new WsFrame(false, WsOpcode.PONG, false, 0, new byte[0])).hasMessageContaining("§5.5");
        assertThatThrownBy(() -> WsFrame.close(WsCloseCode.NO_STATUS, "")).hasMessageContaining("1005");
    }

    @Test
    void aCloseFrameCarriesItsCodeBigEndianThenTheReason() {
        WsFrame close = WsFrame.close(WsCloseCode.NORMAL, "bye");
        assertThat(close.encode()).isEqualTo(bytes(0x88, 0x05, 0x03, 0xE8, 'b', 'y', 'e'));
        WsFrame read = new WsFrameParser(WsFrameParser.Sender.SERVER).feed(close.encode()).get(0);
        assertThat(read.closeCode()).isEqualTo(WsCloseCode.NORMAL);
        assertThat(read.closeReason()).isEqualTo("bye");
        assertThat(new WsFrame(true, WsOpcode.CLOSE, false, 0, new byte[0]).closeCode().code()).isEqualTo(1005);
    }

    @Test
    void fragmentsJoinIntoOneMessageWithAPingBetweenThem() {
        WsMessages m = new WsMessages();
        List<WsMessages.Message> out = new ArrayList<>();
        for (WsFrame f : new WsFrameParser(WsFrameParser.Sender.SERVER).feed(concat(HEL, PING_HELLO, LO))) {
            m.accept(f, 0).ifPresent(out::add);
        }
        assertThat(out).singleElement().satisfies(msg -> {
            assertThat(msg.text()).isEqualTo("Hello");
            assertThat(msg.frames()).isEqualTo(2);
            assertThat(msg.type()).isEqualTo(WsOpcode.TEXT);
        });
    }

    @Test
    void aContinuationWithoutAStartOrANewMessageInsideOneFails1002AndBadUtf8Fails1007() {
        WsMessages lone = new WsMessages();
        lone.accept(new WsFrame(true, WsOpcode.CONTINUATION, false, 0, new byte[1]), 3);
        assertThat(lone.error()).get().satisfies(e -> {
            assertThat(e.code().code()).isEqualTo(1002);
            assertThat(e.offset()).isEqualTo(3);
        });
        WsMessages interleaved = new WsMessages();
        interleaved.accept(new WsFrame(false, WsOpcode.TEXT, false, 0, new byte[1]), 0);
        interleaved.accept(WsFrame.binary(new byte[1]), 0);
        assertThat(interleaved.error()).get().extracting(e -> e.code().code()).isEqualTo(1002);
        WsMessages utf8 = new WsMessages();
        assertThat(utf8.accept(new WsFrame(true, WsOpcode.TEXT, false, 0, bytes(0xC3, 0x28)), 0)).isEmpty();
        assertThat(utf8.error()).get().extracting(e -> e.code().code()).isEqualTo(1007);
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static String errorOf(byte[] wire) {
        WsFrameParser p = new WsFrameParser(WsFrameParser.Sender.SERVER);
        assertThat(p.feed(wire)).isEmpty();
        WsProtocolError e = p.error().orElseThrow();
        assertThat(e.code().code()).isEqualTo(1002);
        return e.reason();
    }
}
