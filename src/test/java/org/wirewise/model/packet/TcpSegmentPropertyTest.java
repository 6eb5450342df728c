package org.wirewise.model.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.testing.RandomCases;

/**
 * RFC 9293 §3.1/§3.2: whatever a sender may put in a segment comes back from its bytes. Each
 * property runs over {@link #TRIES} seeded random segments ({@link RandomCases#tcpSegment()}) and
 * over the fixed {@link #edgeSegments()}.
 */
class TcpSegmentPropertyTest {

    static final int TRIES = 1000;
    private static final long U32_MAX = 0xFFFF_FFFFL;

    static LongStream seeds() {
        return RandomCases.seeds(TRIES);
    }

    /** Segments at the edges of every field's range and of the 40 option bytes, as (name, segment). */
    static Stream<Arguments> edgeSegments() {
        return Stream.of(
                edge("zeros: ports 0, seq and ack 0, no flags, no options, empty payload",
                        new TcpSegment(0, 0, 0, 0, 0, 0, 0, List.of(), new byte[0])),
                edge("maxima: ports 65535, seq and ack 2^32-1, all 12 flag bits, 40 option bytes, 1500 payload bytes",
                        new TcpSegment(65535, 65535, U32_MAX, U32_MAX, 0xFFF, 65535, 65535, List.of(
                                new TcpOption.Sack(List.of(new SackBlock(0, U32_MAX), new SackBlock(U32_MAX, 0),
                                        new SackBlock(U32_MAX, U32_MAX), new SackBlock(0, 0))),
                                new TcpOption.Mss(65535), new TcpOption.SackPermitted()), filled(1500, 0xFF))),
                edge("one unknown option of 40 bytes (kind 255, 38 data bytes)",
                        segment(List.of(new TcpOption.Unknown(255, filled(38, 0xA5))), new byte[1])),
                edge("39 option bytes then End of Option List",
                        segment(List.of(new TcpOption.Unknown(6, filled(27, 0)), new TcpOption.Timestamps(0, U32_MAX),
                                new TcpOption.EndOfOptions()), new byte[0])),
                edge("39 option bytes: the padding byte reads back as End of Option List",
                        segment(List.of(new TcpOption.Unknown(254, filled(37, 0x01))), new byte[0])),
                edge("End of Option List alone",
                        segment(List.of(new TcpOption.EndOfOptions()), new byte[0])),
                edge("3 option bytes: window scale 255 padded",
                        segment(List.of(new TcpOption.WindowScale(255)), new byte[0])),
                edge("unknown option without data, MSS 0, window scale 0, timestamps 2^32-1 and 0",
                        segment(List.of(new TcpOption.Unknown(6, new byte[0]), new TcpOption.Mss(0),
                                new TcpOption.WindowScale(0), new TcpOption.Timestamps(U32_MAX, 0)), new byte[0])),
                edge("a Linux SYN: MSS, SACK-permitted, timestamps, NOP, window scale",
                        new TcpSegment(50000, 80, 1000, 0, TcpFlags.SYN, 64240, 0, List.of(new TcpOption.Mss(1460),
                                new TcpOption.SackPermitted(), new TcpOption.Timestamps(123, 0), new TcpOption.Nop(),
                                new TcpOption.WindowScale(7)), new byte[0])),
                edge("only the AE and reserved flag bits, seq 2^31, 8 NOPs",
                        new TcpSegment(1, 65534, 1L << 31, (1L << 31) - 1, TcpFlags.AE | TcpFlags.RESERVED, 1, 1,
                                List.of(new TcpOption.Nop(), new TcpOption.Nop(), new TcpOption.Nop(),
                                        new TcpOption.Nop(), new TcpOption.Nop(), new TcpOption.Nop(),
                                        new TcpOption.Nop(), new TcpOption.Nop()), filled(1, 0))));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void encodeThenDecode_givesTheSegmentBack(long seed) {
        RandomCases random = new RandomCases(seed);
        assertRoundTrip(random.tcpSegment(), random.bool(), "seed " + seed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeSegments")
    void encodeThenDecode_givesTheSegmentBack_atTheEdges(String name, TcpSegment segment) {
        assertRoundTrip(segment, false, name + " over IPv4");
        assertRoundTrip(segment, true, name + " over IPv6");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void decodingStopsAtTheGivenLength(long seed) {
        assertDecodesInPlace(new RandomCases(seed).tcpSegment(), "seed " + seed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeSegments")
    void decodingStopsAtTheGivenLength_atTheEdges(String name, TcpSegment segment) {
        assertDecodesInPlace(segment, name);
    }

    private static void assertRoundTrip(TcpSegment segment, boolean overIpv6, String testCase) {
        InetAddress src = overIpv6 ? Hex.v6("2001:db8::10") : Hex.v4("192.168.0.10");
        InetAddress dst = overIpv6 ? Hex.v6("2001:db8::1") : Hex.v4("93.184.216.34");

        byte[] bytes = segment.encode(src, dst);
        TcpSegment decoded = TcpSegment.decode(bytes, 0, bytes.length);

        assertThat(bytes).as(testCase).hasSize(segment.headerLength() + segment.payloadLength());
        assertThat(decoded).as(testCase).isEqualTo(asOnTheWire(segment));
        assertThat(Checksum.pseudoHeaderChecksum(src, dst, IpProtocol.TCP, bytes)).as(testCase).isZero();
        assertThat(decoded.encode(src, dst)).as(testCase).isEqualTo(bytes);
    }

    /** Decoding reads only the given slice: the segment sits 5 bytes into a buffer with 5 bytes after it. */
    private static void assertDecodesInPlace(TcpSegment segment, String testCase) {
        byte[] bytes = segment.encode(Hex.v4("10.0.0.1"), Hex.v4("10.0.0.2"));
        byte[] embedded = new byte[bytes.length + 10];
        Arrays.fill(embedded, (byte) 0xEE);
        System.arraycopy(bytes, 0, embedded, 5, bytes.length);

        assertThat(TcpSegment.decode(embedded, 5, bytes.length)).as(testCase).isEqualTo(asOnTheWire(segment));
    }

    /**
     * Zero padding after options that end off a 4-byte boundary reads back as End of Option List
     * (RFC 9293 §3.2: EOL is a zero byte), so a decoded list gains an EOL where padding was.
     */
    static TcpSegment asOnTheWire(TcpSegment s) {
        List<TcpOption> options = new ArrayList<>(s.options());
        boolean endsWithEol = !options.isEmpty() && options.get(options.size() - 1) instanceof TcpOption.EndOfOptions;
        if (!endsWithEol && TcpOptionCodec.rawLength(options) % 4 != 0) {
            options.add(new TcpOption.EndOfOptions());
        }
        return new TcpSegment(s.sourcePort(), s.destinationPort(), s.sequenceNumber(), s.acknowledgmentNumber(),
                s.flags(), s.window(), s.urgentPointer(), options, s.payload());
    }

    private static Arguments edge(String name, TcpSegment segment) {
        return Arguments.of(name, segment);
    }

    private static TcpSegment segment(List<TcpOption> options, byte[] payload) {
        return new TcpSegment(40000, 443, 1, 2, TcpFlags.ACK, 512, 0, options, payload);
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
