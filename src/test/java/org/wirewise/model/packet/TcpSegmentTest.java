package org.wirewise.model.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TcpSegmentTest {

    private static final Inet4Address CLIENT = Hex.v4("192.168.0.10");
    private static final Inet4Address SERVER = Hex.v4("93.184.216.34");

    private static TcpSegment segment(int flags, List<TcpOption> options, byte[] payload) {
        return new TcpSegment(50000, 80, 1000, 0, flags, 64240, 0, options, payload);
    }

    @Test
    void rfc9293_section3_1_headerLayout() {
        TcpSegment seg = new TcpSegment(0xC350, 0x0050, 0x01020304L, 0xA0B0C0D0L, TcpFlags.PSH | TcpFlags.ACK,
                0x1234, 0x5678, List.of(), new byte[] {'h', 'i'});
        byte[] b = seg.encode(CLIENT, SERVER);

        assertThat(b).hasSize(22);
        assertThat(Arrays.copyOfRange(b, 0, 16)).isEqualTo(Hex.bytes(
                "c3 50 00 50 01 02 03 04 a0 b0 c0 d0 50 18 12 34"));
        assertThat(Arrays.copyOfRange(b, 18, 22)).isEqualTo(Hex.bytes("56 78 68 69"));
    }

    @Test
    void rfc9293_section3_1_checksumCoversThePseudoHeader() {
        byte[] b = segment(TcpFlags.SYN, List.of(new TcpOption.Mss(1460)), new byte[0]).encode(CLIENT, SERVER);

        assertThat(Checksum.pseudoHeaderChecksum(CLIENT, SERVER, IpProtocol.TCP, b)).isZero();
        // The same bytes do not verify between other addresses: the pseudo-header is part of the sum.
        assertThat(Checksum.pseudoHeaderChecksum(SERVER, Hex.v4("10.0.0.1"), IpProtocol.TCP, b)).isNotZero();
    }

    @Test
    void rfc9293_section3_2_optionsArePaddedWithZerosToAFourByteBoundary() {
        TcpSegment seg = segment(TcpFlags.SYN, List.of(new TcpOption.Mss(1460), new TcpOption.WindowScale(7)),
                new byte[0]);
        byte[] b = seg.encode(CLIENT, SERVER);

        assertThat(seg.headerLength()).isEqualTo(28);
        assertThat(b[12] & 0xFF).isEqualTo(7 << 4); // data offset: 7 words
        assertThat(Arrays.copyOfRange(b, 20, 28)).isEqualTo(Hex.bytes("02 04 05 b4 03 03 07 00"));
    }

    @Test
    void headerLength_withoutOptions_is20_andWithAlignedOptions_isExact() {
        assertThat(segment(TcpFlags.ACK, List.of(), new byte[0]).headerLength()).isEqualTo(20);
        assertThat(segment(TcpFlags.ACK, List.of(new TcpOption.Nop(), new TcpOption.Nop(),
                new TcpOption.Timestamps(1, 2)), new byte[0]).headerLength()).isEqualTo(32);
    }

    @Test
    void rfc9293_section3_1_optionsBeyond40Bytes_doNotFitTheDataOffset() {
        List<TcpOption> tooMany = List.of(new TcpOption.Timestamps(1, 2), new TcpOption.Timestamps(1, 2),
                new TcpOption.Timestamps(1, 2), new TcpOption.Timestamps(1, 2), new TcpOption.Nop());
        assertThatThrownBy(() -> segment(TcpFlags.ACK, tooMany, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("41 bytes");
    }

    @Test
    void endOfOptionList_mustBeLast() {
        assertThatThrownBy(() -> segment(TcpFlags.SYN, List.of(new TcpOption.EndOfOptions(), new TcpOption.Mss(1)),
                new byte[0])).hasMessageContaining("must be the last option");
    }

    @Test
    void fieldRanges_areChecked() {
        assertThatThrownBy(() -> new TcpSegment(65536, 80, 0, 0, 0, 0, 0, List.of(), new byte[0]))
                .hasMessageContaining("source port");
        assertThatThrownBy(() -> new TcpSegment(1, 80, 1L << 32, 0, 0, 0, 0, List.of(), new byte[0]))
                .hasMessageContaining("sequence number");
        assertThatThrownBy(() -> new TcpSegment(1, 80, 0, -1, 0, 0, 0, List.of(), new byte[0]))
                .hasMessageContaining("acknowledgment number");
        assertThatThrownBy(() -> new TcpSegment(1, 80, 0, 0, 0x1000, 0, 0, List.of(), new byte[0]))
                .hasMessageContaining("flags");
        assertThatThrownBy(() -> new TcpSegment(1, 80, 0, 0, 0, 70000, 0, List.of(), new byte[0]))
                .hasMessageContaining("window");
    }

    @Test
    void decode_readsEveryFieldBack() {
        TcpSegment seg = new TcpSegment(443, 50001, 4_000_000_000L, 7, TcpFlags.ACK, 501, 0,
                List.of(new TcpOption.Nop(), new TcpOption.Nop(),
                        new TcpOption.Sack(List.of(new SackBlock(2000, 3000), new SackBlock(4000, 5000)))),
                "hello".getBytes());
        byte[] framed = new byte[3 + seg.headerLength() + 5];
        byte[] b = seg.encode(CLIENT, SERVER);
        System.arraycopy(b, 0, framed, 3, b.length);

        assertThat(TcpSegment.decode(framed, 3, b.length)).isEqualTo(seg);
    }

    @Test
    void decode_stopsAtEndOfOptionList_andIgnoresThePaddingAfterIt() {
        // RFC 9293 §3.2: after EOL comes padding; a receiver does not read options there.
        byte[] b = segment(TcpFlags.SYN, List.of(new TcpOption.Mss(1460), new TcpOption.EndOfOptions()), new byte[0])
                .encode(CLIENT, SERVER);
        assertThat(b).hasSize(28);

        TcpSegment decoded = TcpSegment.decode(b, 0, b.length);
        assertThat(decoded.options()).containsExactly(new TcpOption.Mss(1460), new TcpOption.EndOfOptions());
        assertThat(decoded.encode(CLIENT, SERVER)).isEqualTo(b);
    }

    @Test
    void decode_keepsUnknownOptionsSoTheyReEncodeUnchanged() {
        TcpOption fastOpen = new TcpOption.Unknown(34, Hex.bytes("01 02 03 04 05 06 07 08"));
        byte[] b = segment(TcpFlags.SYN, List.of(new TcpOption.Mss(1460), fastOpen, new TcpOption.Nop(),
                new TcpOption.Nop()), new byte[0]).encode(CLIENT, SERVER);

        TcpSegment decoded = TcpSegment.decode(b, 0, b.length);
        assertThat(decoded.options()).contains(fastOpen);
        assertThat(decoded.encode(CLIENT, SERVER)).isEqualTo(b);
    }

    @Test
    void decode_truncatedHeader_saysWhatAndWhere() {
        byte[] b = new byte[30];
        assertThatThrownBy(() -> TcpSegment.decode(b, 18, 12))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessage("TCP header truncated: needs 20 bytes, 12 remain (at offset 18)")
                .extracting(e -> ((MalformedPacketException) e).offset()).isEqualTo(18);
    }

    @Test
    void decode_dataOffsetBelowFive_isMalformed() {
        byte[] b = segment(TcpFlags.ACK, List.of(), new byte[0]).encode(CLIENT, SERVER);
        b[12] = 0x40;
        assertThatThrownBy(() -> TcpSegment.decode(b, 0, b.length))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining("Data Offset says 16 header bytes")
                .hasMessageContaining("at offset 12");
    }

    @Test
    void decode_dataOffsetPastTheEnd_isMalformed() {
        byte[] b = segment(TcpFlags.ACK, List.of(), new byte[0]).encode(CLIENT, SERVER);
        b[12] = (byte) 0xF0;
        assertThatThrownBy(() -> TcpSegment.decode(b, 0, b.length))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining("Data Offset says 60 bytes, 20 remain");
    }

    @Test
    void rfc9293_section3_2_optionLengthsThatContradictTheHeader_areMalformed() {
        assertMalformedOptions("02 03 05 b4", "kind 2 must have length 4, has 3");
        assertMalformedOptions("08 00 00 00", "kind 8 has length 0");
        assertMalformedOptions("01 01 01 22", "kind 34 has no length byte");
        assertMalformedOptions("22 08 00 00", "kind 34 has length 8 but only 4 bytes of options remain");
        assertMalformedOptions("05 06 00 00 00 00 00 00", "SACK option length 6");
    }

    private static void assertMalformedOptions(String optionsHex, String expected) {
        byte[] options = Hex.bytes(optionsHex);
        byte[] b = new byte[20 + options.length];
        b[12] = (byte) ((b.length / 4) << 4);
        System.arraycopy(options, 0, b, 20, options.length);
        assertThatThrownBy(() -> TcpSegment.decode(b, 0, b.length))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void has_asksForEveryGivenBit() {
        TcpSegment synAck = segment(TcpFlags.SYN | TcpFlags.ACK, List.of(), new byte[0]);
        assertThat(synAck.has(TcpFlags.SYN)).isTrue();
        assertThat(synAck.has(TcpFlags.SYN | TcpFlags.ACK)).isTrue();
        assertThat(synAck.has(TcpFlags.FIN)).isFalse();
        assertThat(synAck.has(TcpFlags.SYN | TcpFlags.FIN)).isFalse();
    }

    @Test
    void isImmutable_andEqualByContent() {
        byte[] payload = {1, 2, 3};
        TcpSegment seg = segment(TcpFlags.ACK, List.of(), payload);
        payload[0] = 9;
        seg.payload()[1] = 9;

        assertThat(seg.payload()).containsExactly(1, 2, 3);
        assertThat(seg).isEqualTo(segment(TcpFlags.ACK, List.of(), new byte[] {1, 2, 3}))
                .hasSameHashCodeAs(segment(TcpFlags.ACK, List.of(), new byte[] {1, 2, 3}));
        assertThat(seg.toString()).contains("50000 → 80 [ACK]").contains("Len=3");
    }
}
