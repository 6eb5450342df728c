package org.wirewise.model.http.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The protobuf encoding guide's own examples, byte for byte, and what the lesson's bytes pane says of each byte. */
class ProtobufEncodingTest {

    private static String hex(byte[] b) {
        return HexFormat.ofDelimiter(" ").formatHex(b);
    }

    @Test
    void theGuidesVarintExampleIs150InThreeBytes() {
        ProtoMessage m = new ProtoWriter().varint(1, "a", 150).toMessage();
        assertThat(hex(m.bytes())).isEqualTo("08 96 01");
        assertThat(m.spans()).extracting(ProtoSpan::part, ProtoSpan::offset, ProtoSpan::length, ProtoSpan::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProtoSpan.Part.TAG, 0, 1, "8"),
                        org.assertj.core.groups.Tuple.tuple(ProtoSpan.Part.VALUE, 1, 2, "150"));
    }

    @Test
    void theGuidesStringExampleIsTagLengthAndUtf8() {
        ProtoMessage m = new ProtoWriter().string(2, "b", "testing").toMessage();
        assertThat(hex(m.bytes())).isEqualTo("12 07 74 65 73 74 69 6e 67");
        assertThat(m.spans()).extracting(ProtoSpan::part).containsExactly(ProtoSpan.Part.TAG, ProtoSpan.Part.LENGTH,
                ProtoSpan.Part.VALUE);
        assertThat(m.spans().get(0).wireType()).isEqualTo(ProtoWireType.LEN);
        assertThat(m.spans().get(0).field()).isEqualTo(2);
    }

    @Test
    void theGuidesEmbeddedMessageExampleWrapsTheVarintExample() {
        ProtoMessage inner = new ProtoWriter().varint(1, "a", 150).toMessage();
        ProtoMessage m = new ProtoWriter().message(3, "c", inner).toMessage();
        assertThat(hex(m.bytes())).isEqualTo("1a 03 08 96 01");
        assertThat(m.spans().get(2).path()).isEqualTo("c.a");
        assertThat(m.spans().get(3).offset()).isEqualTo(3);
    }

    @Test
    void theGuidesPackedExampleHasOneTagForThreeElements() {
        // the guide's is int32 [3, 270, 86942]; as sint32 the same bytes come from [-2, 135, 43471]
        ProtoMessage m = new ProtoWriter().packedSint(6, "d", new long[] {-2, 135, 43471}).toMessage();
        assertThat(hex(m.bytes())).isEqualTo("32 06 03 8e 02 9e a7 05");
        assertThat(m.spans()).filteredOn(s -> s.part() == ProtoSpan.Part.VALUE).extracting(ProtoSpan::value)
                .containsExactly("-2", "135", "43471");
    }

    @Test
    void theGuidesZigZagTable() {
        assertThat(List.of(0L, -1L, 1L, -2L, 2L).stream().map(Varint::zigzag)).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(Varint.zigzag32(0x7fffffff)).isEqualTo(0xfffffffeL);
        assertThat(Varint.zigzag32(0x80000000)).isEqualTo(0xffffffffL);
        assertThat(Varint.zigzag(Long.MIN_VALUE)).isEqualTo(-1L); // 2^64 - 1 unsigned
        assertThat(Varint.unzigzag(3)).isEqualTo(-2);
    }

    @Test
    void aNegativeInt64TakesTenBytesButAsSint64One() {
        assertThat(new ProtoWriter().varint(1, "n", -1).toMessage().length()).isEqualTo(1 + 10);
        assertThat(hex(new ProtoWriter().sint(1, "n", -1).toMessage().bytes())).isEqualTo("08 01");
    }

    @Test
    void varintsReadBackAndRefuseTruncation() {
        byte[] b = {(byte) 0x96, 0x01};
        assertThat(Varint.read(b, 0, 2)).isEqualTo(new Varint.Read(150, 2));
        assertThat(Varint.read(b, 0, 1)).isNull();
        assertThat(Varint.size(Long.MIN_VALUE)).isEqualTo(10);
    }

    @Test
    void aQuoteExplainsEveryByteOnce() {
        QuoteMessages.Quote q = new QuoteMessages.Quote("ACME", 12_345, 1_796_551_200_250_000_000L, new long[] {-3, 5});
        ProtoMessage m = q.proto();
        boolean[] covered = new boolean[m.length()];
        for (ProtoSpan s : m.spans()) {
            for (int i = s.offset(); i < s.offset() + s.length(); i++) {
                assertThat(covered[i]).as("byte %d explained twice", i).isFalse();
                covered[i] = true;
            }
        }
        assertThat(covered).doesNotContain(false);
        assertThat(m.spans()).extracting(ProtoSpan::path).contains("time.seconds", "time.nanos", "moves");
    }

    @Test
    void theSameQuoteAsProto3JsonIsLonger() {
        QuoteMessages.Quote q = new QuoteMessages.Quote("ACME", 12_345, 1_796_551_200_250_000_000L, new long[] {-3, 5});
        assertThat(q.json()).isEqualTo("{\"symbol\":\"ACME\",\"priceCents\":\"12345\",\"time\":\"2026-12-06T10:00:00.250Z\","
                + "\"moves\":[-3,5]}");
        assertThat(q.json().length()).isGreaterThan(3 * q.proto().length());
        assertThat(new QuoteMessages.GetQuote("ACME").json()).isEqualTo("{\"symbol\":\"ACME\"}");
        long at = 1_796_551_200L * 1_000_000_000L;
        assertThat(QuoteMessages.rfc3339(at)).isEqualTo("2026-12-06T10:00:00Z");
        assertThat(QuoteMessages.rfc3339(at + 172_018_640)).isEqualTo("2026-12-06T10:00:00.172018640Z");
        assertThat(QuoteMessages.rfc3339(at + 172_018_000)).isEqualTo("2026-12-06T10:00:00.172018Z");
    }
}
