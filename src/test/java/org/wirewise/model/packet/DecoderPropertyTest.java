package org.wirewise.model.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.model.pcap.LinkType;
import org.wirewise.testing.RandomCases;

/**
 * Bad bytes give a MalformedPacketException or a "Malformed" field, never an unchecked surprise.
 * Each property runs over {@link #TRIES} seeded random cases; the fixed cases below add empty and
 * uniform inputs and every cut and every single-byte corruption of the {@link #SEEDS} frames.
 */
class DecoderPropertyTest {

    static final int TRIES = 1000;

    private static final MacAddress A = MacAddress.of("02:00:00:00:00:01");
    private static final MacAddress B = MacAddress.of("02:00:00:00:00:02");
    private static final TcpSegment SYN = new TcpSegment(50000, 80, 1000, 0, TcpFlags.SYN, 64240, 0,
            List.of(new TcpOption.Mss(1460), new TcpOption.SackPermitted(), new TcpOption.Timestamps(123, 0),
                    new TcpOption.Nop(), new TcpOption.WindowScale(7)), "GET / HTTP/1.1\r\nHost: a\r\n\r\n".getBytes());

    /** Valid frames of every kind the dissector knows, to corrupt and cut. */
    private static final List<byte[]> SEEDS = List.of(
            Frames.tcpOverIpv4(A, B, Hex.v4("192.168.0.10"), Hex.v4("93.184.216.34"), 1, 64, SYN),
            Frames.tcpOverIpv6(A, B, Hex.v6("2001:db8::10"), Hex.v6("2001:db8::1"), 64, SYN),
            Frames.udpOverIpv4(A, B, Hex.v4("10.0.0.1"), Hex.v4("10.0.0.2"), 2, 64, new UdpDatagram(53, 53, new byte[9])),
            // IPv6 with a Hop-by-Hop header (8 bytes) before ICMPv6 echo request (RFC 8200 §4.3)
            new EthernetFrame(B, A, EtherType.IPV6, new Ipv6Packet(0, 0, IpProtocol.HOP_BY_HOP, 1,
                    Hex.v6("fe80::1"), Hex.v6("ff02::1"),
                    Hex.bytes("3a 00 01 04 00 00 00 00 80 00 00 00 00 01 00 01 61 62")).encode()).encode(),
            new EthernetFrame(MacAddress.BROADCAST, A, EtherType.ARP,
                    Hex.bytes("0001 0800 06 04 0001 020000000001 0a000001 000000000000 0a000002")).encode());

    private static final int[] LINK_TYPES = {LinkType.ETHERNET, LinkType.NULL, LinkType.RAW};

    static LongStream seeds() {
        return RandomCases.seeds(TRIES);
    }

    // ---- arbitrary bytes ----

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void decoders_onArbitraryBytes_throwOnlyMalformedPacketException(long seed) {
        assertDecodersThrowOnlyMalformed(new RandomCases(seed).bytes(120), "seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void dissector_onArbitraryBytes_neverThrows_andKeepsFieldsInsideTheFrame(long seed) {
        RandomCases random = new RandomCases(seed);
        byte[] bytes = random.bytes(200);
        wellFormedDissection(bytes, random.pick(LINK_TYPES), "seed " + seed);
    }

    /** Every length up to 200, filled with bytes a header field treats specially, under every link type. */
    @Test
    void decodersAndDissector_onUniformBytesOfEveryLength_failOnlyAsMalformed() {
        for (int fill : new int[] {0x00, 0xFF, 0x45, 0x60}) {
            for (int length = 0; length <= 200; length++) {
                byte[] bytes = new byte[length];
                Arrays.fill(bytes, (byte) fill);
                String testCase = String.format("%d bytes of 0x%02x", length, fill);
                if (length <= 120) {
                    assertDecodersThrowOnlyMalformed(bytes, testCase);
                }
                for (int linkType : LINK_TYPES) {
                    wellFormedDissection(bytes, linkType, testCase + ", link type " + linkType);
                }
            }
        }
    }

    // ---- valid frames, corrupted and cut ----

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void dissector_onACorruptedOrCutFrame_neverThrows(long seed) {
        RandomCases random = new RandomCases(seed);
        byte[] frame = random.pick(SEEDS).clone();
        List<Integer> positions = random.list(0, 3, () -> random.intBetween(0, 127));
        byte value = random.anyByte();
        int cut = random.intBetween(0, 100);
        for (int position : positions) {
            frame[position % frame.length] ^= value;
        }
        frame = Arrays.copyOf(frame, Math.min(frame.length, frame.length * cut / 100 + 1));

        assertCorruptedFrameFailsOnlyAsMalformed(frame, "seed " + seed);
    }

    /** Every prefix of every seed frame, from empty to whole, and every byte of it flipped. */
    @Test
    void dissector_onEveryCutAndEverySingleByteCorruption_neverThrows() {
        for (int s = 0; s < SEEDS.size(); s++) {
            byte[] seedFrame = SEEDS.get(s);
            for (int length = 0; length <= seedFrame.length; length++) {
                assertCorruptedFrameFailsOnlyAsMalformed(Arrays.copyOf(seedFrame, length),
                        "seed frame " + s + " cut to " + length + " bytes");
            }
            for (int position = 0; position < seedFrame.length; position++) {
                for (int mask : new int[] {0xFF, 0x80, 0x01}) {
                    byte[] frame = seedFrame.clone();
                    frame[position] ^= (byte) mask;
                    assertCorruptedFrameFailsOnlyAsMalformed(frame,
                            String.format("seed frame %d, byte %d xor 0x%02x", s, position, mask));
                }
            }
        }
    }

    // ---- valid segments ----

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void dissector_showsTheValuesOfAnyValidSegment(long seed) {
        assertDissectorShows(new RandomCases(seed).tcpSegment(), "seed " + seed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.wirewise.model.packet.TcpSegmentPropertyTest#edgeSegments")
    void dissector_showsTheValuesOfAnyValidSegment_atTheEdges(String name, TcpSegment segment) {
        assertDissectorShows(segment, name);
    }

    // ---- the checks ----

    private static void assertDecodersThrowOnlyMalformed(byte[] bytes, String testCase) {
        assertOnlyMalformed(() -> EthernetFrame.decode(bytes), testCase + ", Ethernet");
        assertOnlyMalformed(() -> Ipv4Packet.decode(bytes, 0, bytes.length), testCase + ", IPv4");
        assertOnlyMalformed(() -> Ipv6Packet.decode(bytes, 0, bytes.length), testCase + ", IPv6");
        assertOnlyMalformed(() -> TcpSegment.decode(bytes, 0, bytes.length), testCase + ", TCP");
        assertOnlyMalformed(() -> UdpDatagram.decode(bytes, 0, bytes.length), testCase + ", UDP");
    }

    /** Dissects, failing with {@code testCase} in the message if that throws or breaks a tree invariant. */
    private static Field wellFormedDissection(byte[] bytes, int linkType, String testCase) {
        List<Field> root = new ArrayList<>(1);
        assertThatCode(() -> {
            root.add(Dissector.dissect(bytes, linkType));
            FieldTrees.assertWellFormed(root.get(0), bytes);
        }).as(testCase).doesNotThrowAnyException();
        return root.get(0);
    }

    private static void assertCorruptedFrameFailsOnlyAsMalformed(byte[] frame, String testCase) {
        wellFormedDissection(frame, LinkType.ETHERNET, testCase);
        assertOnlyMalformed(() -> EthernetFrame.decode(frame), testCase + ", Ethernet");
        if (frame.length >= 34) {
            assertOnlyMalformed(() -> Ipv4Packet.decode(frame, 14, frame.length - 14), testCase + ", IPv4");
            assertOnlyMalformed(() -> Ipv6Packet.decode(frame, 14, frame.length - 14), testCase + ", IPv6");
            assertOnlyMalformed(() -> TcpSegment.decode(frame, 34, frame.length - 34), testCase + ", TCP");
            assertOnlyMalformed(() -> UdpDatagram.decode(frame, 34, frame.length - 34), testCase + ", UDP");
        }
    }

    private static void assertDissectorShows(TcpSegment segment, String testCase) {
        byte[] frame = Frames.tcpOverIpv4(A, B, Hex.v4("10.0.0.1"), Hex.v4("10.0.0.2"), 7, 64, segment);
        Field root = wellFormedDissection(frame, LinkType.ETHERNET, testCase);
        Field ip = child(root, "Internet Protocol Version 4", testCase);
        Field tcp = child(root, "Transmission Control Protocol", testCase);

        assertThat(child(tcp, "Source Port", testCase).value()).as(testCase)
                .isEqualTo(Integer.toString(segment.sourcePort()));
        assertThat(child(tcp, "Sequence Number", testCase).value()).as(testCase)
                .isEqualTo(Long.toString(segment.sequenceNumber()));
        assertThat(child(tcp, "Flags", testCase).value()).as(testCase)
                .endsWith("(" + TcpFlags.names(segment.flags()) + ")");
        assertThat(child(tcp, "Checksum", testCase).value()).as(testCase).endsWith("[correct]");
        assertThat(child(ip, "Header Checksum", testCase).value()).as(testCase).endsWith("[correct]");
        assertThat(FieldTrees.all(root)).as(testCase).extracting(Field::name).doesNotContain(Dissector.MALFORMED);
    }

    /** The first direct child (a layer, under the root) with this name. */
    private static Field child(Field parent, String name, String testCase) {
        assertThat(FieldTrees.names(parent)).as("%s: fields of %s", testCase, parent.name()).contains(name);
        return FieldTrees.child(parent, name);
    }

    /** The decoder returns, or throws a MalformedPacketException that says where. */
    private static void assertOnlyMalformed(ThrowingCallable decode, String testCase) {
        assertThatCode(() -> {
            try {
                decode.call();
            } catch (MalformedPacketException expected) {
                assertThat(expected.getMessage()).as(testCase).contains("(at offset ");
            }
        }).as(testCase).doesNotThrowAnyException();
    }
}
