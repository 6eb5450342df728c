package org.wirewise.model.pcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.testing.RandomCases;

/**
 * Classic pcap written by {@link PcapWriter} reads back unchanged; cut or corrupted files read or
 * fail with a {@link PcapFormatException}, never anything else. Seeded random cases plus fixed
 * ones: empty captures, the timestamp range's ends, every cut and every single-byte corruption.
 */
class PcapRoundTripPropertyTest {

    static final int ROUND_TRIP_TRIES = 300;
    static final int CUT_TRIES = 300;
    static final int CORRUPTION_TRIES = 1000;

    private static final int[] LINK_TYPES = {LinkType.ETHERNET, LinkType.RAW, LinkType.NULL, LinkType.LINUX_SLL};
    /** The last microsecond the format can hold: 2^32-1 seconds after the epoch (2106). */
    private static final long MAX_MICROS = 0xFFFF_FFFFL * 1_000_000L + 999_999L;

    static LongStream roundTripSeeds() {
        return RandomCases.seeds(ROUND_TRIP_TRIES);
    }

    static LongStream cutSeeds() {
        return RandomCases.seeds(CUT_TRIES);
    }

    static LongStream corruptionSeeds() {
        return RandomCases.seeds(CORRUPTION_TRIES);
    }

    /** Captures at the edges, as (name, packets). */
    static Stream<Arguments> edgeCaptures() {
        List<CapturedPacket> twenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            twenty.add(CapturedPacket.of(i * 1_000L, new byte[i]));
        }
        return Stream.of(
                Arguments.of("no packets", List.of()),
                Arguments.of("one empty frame at the epoch", List.of(CapturedPacket.of(0, new byte[0]))),
                Arguments.of("the last microsecond of 2106, 1600 bytes",
                        List.of(CapturedPacket.of(MAX_MICROS * 1_000L, filled(1600, 0xFF)))),
                Arguments.of("timestamps out of order, a byte 0 and a byte 0xff",
                        List.of(CapturedPacket.of(MAX_MICROS * 1_000L, new byte[] {0}),
                                CapturedPacket.of(999_999_000L, new byte[] {(byte) 0xFF}),
                                CapturedPacket.of(1_000_000_000L, filled(60, 0x5A)))),
                Arguments.of("twenty packets of 0..19 bytes", twenty));
    }

    // ---- write, then read ----

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("roundTripSeeds")
    void writeThenRead_givesThePacketsBack(long seed) throws IOException {
        RandomCases random = new RandomCases(seed);
        assertRoundTrip(capture(random), random.pick(LINK_TYPES), "seed " + seed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeCaptures")
    void writeThenRead_givesThePacketsBack_atTheEdges(String name, List<CapturedPacket> packets) throws IOException {
        for (int linkType : LINK_TYPES) {
            assertRoundTrip(packets, linkType, name + ", link type " + linkType);
        }
    }

    // ---- cut files ----

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("cutSeeds")
    void aCutFile_readsOrFailsWithAPcapFormatException(long seed) throws IOException {
        RandomCases random = new RandomCases(seed);
        List<CapturedPacket> packets = capture(random);
        int permille = random.intBetween(0, 1000);
        byte[] file = write(LinkType.ETHERNET, packets);
        byte[] cut = Arrays.copyOf(file, (int) ((long) file.length * permille / 1000));

        assertReadsAPrefixOrFailsWithAPcapFormatException(cut, packets, "seed " + seed);
    }

    /** Every length of each edge capture's file, the empty file included; at a record boundary the cut reads. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeCaptures")
    void aCutFile_readsOrFailsWithAPcapFormatException_atEveryLength(String name, List<CapturedPacket> packets)
            throws IOException {
        byte[] file = write(LinkType.ETHERNET, packets);
        List<Integer> recordEnds = new ArrayList<>(List.of(PcapWriter.FILE_HEADER_LENGTH));
        for (CapturedPacket packet : packets) {
            recordEnds.add(recordEnds.get(recordEnds.size() - 1) + PcapWriter.RECORD_HEADER_LENGTH
                    + packet.capturedLength());
        }
        for (int length = 0; length <= file.length; length++) {
            byte[] cut = Arrays.copyOf(file, length);
            String testCase = name + ", cut to " + length + " of " + file.length + " bytes";
            assertReadsAPrefixOrFailsWithAPcapFormatException(cut, packets, testCase);
            int records = recordEnds.indexOf(length);
            if (records >= 0) {
                assertThat(PcapReader.read(new ByteArrayInputStream(cut)).packets()).as(testCase)
                        .isEqualTo(packets.subList(0, records));
            }
        }
    }

    // ---- corrupted files ----

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("corruptionSeeds")
    void aCorruptedFile_readsOrFailsWithAPcapFormatException(long seed) {
        RandomCases random = new RandomCases(seed);
        byte[] file = random.bool() ? pcapngFile() : pcapFile();
        List<Integer> positions = random.list(0, 4, () -> random.intBetween(0, 400));
        byte value = random.anyByte();
        for (int position : positions) {
            file[position % file.length] ^= value;
        }

        assertReadsOrFailsWithAPcapFormatException(file, "seed " + seed);
    }

    @Test
    void aCorruptedFile_readsOrFailsWithAPcapFormatException_forEverySingleByteCorruption() {
        for (boolean pcapng : new boolean[] {false, true}) {
            byte[] original = pcapng ? pcapngFile() : pcapFile();
            for (int position = 0; position < original.length; position++) {
                for (int mask : new int[] {0xFF, 0x80, 0x01}) {
                    byte[] file = original.clone();
                    file[position] ^= (byte) mask;
                    assertReadsOrFailsWithAPcapFormatException(file, String.format("%s, byte %d xor 0x%02x",
                            pcapng ? "pcapng" : "pcap", position, mask));
                }
            }
        }
    }

    // ---- the checks ----

    private static void assertRoundTrip(List<CapturedPacket> packets, int linkType, String testCase)
            throws IOException {
        byte[] file = write(linkType, packets);

        Capture read = PcapReader.read(new ByteArrayInputStream(file));

        assertThat(read.linkType()).as(testCase).isEqualTo(linkType);
        assertThat(read.packets()).as(testCase).isEqualTo(packets);
    }

    private static void assertReadsAPrefixOrFailsWithAPcapFormatException(byte[] cut, List<CapturedPacket> packets,
                                                                          String testCase) {
        assertThatCode(() -> {
            try {
                Capture capture = PcapReader.read(new ByteArrayInputStream(cut));
                // A cut at a record boundary is a valid, shorter file.
                assertThat(capture.packets()).as(testCase).isEqualTo(packets.subList(0, capture.packets().size()));
            } catch (PcapFormatException expected) {
                assertThat(expected.getMessage()).as(testCase).isNotBlank();
            }
        }).as(testCase).doesNotThrowAnyException();
    }

    private static void assertReadsOrFailsWithAPcapFormatException(byte[] file, String testCase) {
        assertThatCode(() -> {
            try {
                PcapReader.read(new ByteArrayInputStream(file));
            } catch (PcapFormatException expected) {
                assertThat(expected.getMessage()).as(testCase).isNotBlank();
            }
        }).as(testCase).doesNotThrowAnyException();
    }

    // ---- inputs ----

    /** Up to 20 packets of up to 1600 bytes, microsecond timestamps anywhere in the format's range (1970..2106). */
    private static List<CapturedPacket> capture(RandomCases random) {
        return random.list(0, 20, () -> CapturedPacket.of(random.longBetween(0, MAX_MICROS) * 1_000L,
                random.bytes(1600)));
    }

    /** A pcapng section with every packet block kind and an unknown block, little-endian. */
    private static byte[] pcapngFile() {
        return new Blocks(ByteOrder.LITTLE_ENDIAN).sectionHeader()
                .interfaceDescription(LinkType.ETHERNET, 0, (byte) 9, 3L)
                .enhancedPacket(0, 1, new byte[60], 60)
                .simplePacket(new byte[20])
                .obsoletePacket(0, 5, new byte[14])
                .block(5, new byte[24])
                .enhancedPacket(0, 7, new byte[33], 1514)
                .bytes();
    }

    /** A big-endian, nanosecond pcap file of two records, the second cut by its snap length. */
    private static byte[] pcapFile() {
        return new Blocks(ByteOrder.BIG_ENDIAN).pcapHeader(0xA1B23C4D, LinkType.ETHERNET)
                .pcapRecord(1, 2, new byte[60], 60).pcapRecord(3, 4, new byte[100], 1514).bytes();
    }

    private static byte[] write(int linkType, List<CapturedPacket> packets) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter writer = new PcapWriter(out, linkType)) {
            for (CapturedPacket packet : packets) {
                writer.write(packet.timestampNanos(), packet.data());
            }
        }
        return out.toByteArray();
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
