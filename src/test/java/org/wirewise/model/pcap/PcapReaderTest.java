package org.wirewise.model.pcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PcapReaderTest {

    private static final byte[] FRAME_A = {1, 2, 3, 4, 5};
    private static final byte[] FRAME_B = {6, 7, 8, 9, 10, 11, 12, 13};

    // ---- the shared captures: values as Wireshark (tshark 4.0, capinfos) reports them ----

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // file,                          link, packets, first timestamp (ns),  first len, bytes in all
            "arkime_dns-udp.pcap,             1,    5,       1385400647217572000,   74,        752",
            "arkime_http-simple-get.pcap,     1,    16,      1385391358382163000,   78,        6465",
            "arkime_websocket.pcap,           1,    19,      1475155930793984000,   66,        1972",
            "arkime_wireshark-retrans.pcap,   1,    108,     1259023909119790000,   74,        30384",
            "illustrated-tls13_capture.pcap,  0,    22,      1648774116286233000,   68,        3480",
            "ndpi_http.pcapng,                1,    10,      1643129441023341461,   74,        1278",
    })
    void readsEverySharedCapture(String file, int linkType, int packets, long firstNanos, int firstLength,
                                 int totalBytes) throws IOException {
        Capture capture = TestCaptures.read(file);

        assertThat(capture.linkType()).isEqualTo(linkType);
        assertThat(capture.packets()).hasSize(packets);
        CapturedPacket first = capture.packets().get(0);
        assertThat(first.timestampNanos()).isEqualTo(firstNanos);
        assertThat(first.capturedLength()).isEqualTo(firstLength);
        assertThat(capture.packets()).allSatisfy(p -> assertThat(p.originalLength()).isEqualTo(p.capturedLength()));
        assertThat(capture.packets().stream().mapToInt(CapturedPacket::capturedLength).sum()).isEqualTo(totalBytes);
    }

    @Test
    void classicPcap_microsecondTimestampsBecomeNanoseconds() throws IOException {
        List<CapturedPacket> packets = TestCaptures.read(TestCaptures.HTTP_SIMPLE_GET).packets();

        assertThat(Instant.ofEpochSecond(0, packets.get(0).timestampNanos()))
                .isEqualTo(Instant.parse("2013-11-25T14:55:58.382163Z"));
        assertThat(packets.get(15).timestampNanos()).isEqualTo(1385391358387631000L);
        assertThat(packets).isSortedAccordingTo((a, b) -> Long.compare(a.timestampNanos(), b.timestampNanos()));
    }

    @Test
    void pcapng_nanosecondInterface_keepsEveryDigit_andSkipsTheStatisticsBlock() throws IOException {
        // ndpi_http.pcapng: SHB, IDB with if_tsresol = 9, ten EPBs, then an Interface Statistics Block.
        List<CapturedPacket> packets = TestCaptures.read(TestCaptures.NDPI_HTTP_PCAPNG).packets();

        assertThat(packets.get(1).timestampNanos()).isEqualTo(1643129441030591673L);
        assertThat(packets.get(9).timestampNanos()).isEqualTo(1643129441065505469L);
        assertThat(packets.get(5).capturedLength()).isEqualTo(594);
    }

    @Test
    void readsFromAStream_sameAsFromTheFile() throws IOException {
        byte[] file = Files.readAllBytes(TestCaptures.DIR.resolve(TestCaptures.WEBSOCKET));
        assertThat(PcapReader.read(new ByteArrayInputStream(file)))
                .isEqualTo(TestCaptures.read(TestCaptures.WEBSOCKET));
    }

    // ---- classic pcap variants ----

    @ParameterizedTest(name = "magic 0x{0} in {1} order")
    @CsvSource({"a1b2c3d4, BIG_ENDIAN, 1000", "a1b2c3d4, LITTLE_ENDIAN, 1000",
            "a1b23c4d, BIG_ENDIAN, 1", "a1b23c4d, LITTLE_ENDIAN, 1"})
    void classicPcap_bothByteOrders_microAndNanoMagics(String magicHex, String orderName, long nanosPerUnit)
            throws IOException {
        ByteOrder order = orderName.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        byte[] file = new Blocks(order).pcapHeader(Integer.parseUnsignedInt(magicHex, 16), LinkType.RAW)
                .pcapRecord(1_700_000_000L, 123_456, FRAME_A, 5)
                .pcapRecord(4_000_000_000L, 999_999, FRAME_B, 1514)
                .bytes();

        Capture capture = PcapReader.read(new ByteArrayInputStream(file));

        assertThat(capture.linkType()).isEqualTo(LinkType.RAW);
        assertThat(capture.packets()).containsExactly(
                new CapturedPacket(1_700_000_000L * 1_000_000_000L + 123_456 * nanosPerUnit, 5, FRAME_A),
                // seconds are unsigned 32 bits: 4e9 is past 2038, not negative
                new CapturedPacket(4_000_000_000L * 1_000_000_000L + 999_999 * nanosPerUnit, 1514, FRAME_B));
    }

    @Test
    void classicPcap_withNoRecords_isAnEmptyCapture() throws IOException {
        byte[] file = new Blocks(ByteOrder.LITTLE_ENDIAN).pcapHeader(0xA1B2C3D4, LinkType.ETHERNET).bytes();
        assertThat(PcapReader.read(new ByteArrayInputStream(file))).isEqualTo(new Capture(1, List.of()));
    }

    @Test
    void classicPcap_originalLengthBelowTheCapturedBytes_isRaisedToThem() throws IOException {
        byte[] file = new Blocks(ByteOrder.LITTLE_ENDIAN).pcapHeader(0xA1B2C3D4, 1).pcapRecord(1, 0, FRAME_B, 3)
                .bytes();
        assertThat(PcapReader.read(new ByteArrayInputStream(file)).packets().get(0).originalLength()).isEqualTo(8);
    }

    // ---- pcapng variants ----

    @Test
    void pcapng_bigEndianSection_withMicrosecondDefault() throws IOException {
        byte[] file = new Blocks(ByteOrder.BIG_ENDIAN).sectionHeader()
                .interfaceDescription(LinkType.ETHERNET, 0, null, null)
                .enhancedPacket(0, 1_700_000_000_123_456L, FRAME_A, 60)
                .bytes();

        Capture capture = PcapReader.read(new ByteArrayInputStream(file));

        assertThat(capture.linkType()).isEqualTo(LinkType.ETHERNET);
        assertThat(capture.packets()).containsExactly(new CapturedPacket(1_700_000_000_123_456_000L, 60, FRAME_A));
    }

    @Test
    void pcapng_timestampsAreConvertedPerInterface() throws IOException {
        byte[] file = new Blocks(ByteOrder.LITTLE_ENDIAN).sectionHeader()
                .interfaceDescription(LinkType.ETHERNET, 0, (byte) 9, null)           // nanoseconds
                .interfaceDescription(LinkType.ETHERNET, 0, (byte) 3, null)           // milliseconds
                .interfaceDescription(LinkType.ETHERNET, 0, (byte) 0x8A, null)        // 2^-10 s
                .interfaceDescription(LinkType.ETHERNET, 0, null, 1_000L)             // µs, 1000 s offset
                .enhancedPacket(0, 1_500_000_000_987_654_321L, FRAME_A, 5)
                .enhancedPacket(1, 1_500_000_000_987L, FRAME_A, 5)
                .enhancedPacket(2, 3 * 1024 + 512, FRAME_A, 5)
                .enhancedPacket(3, 5_000_000L, FRAME_A, 5)
                .bytes();

        List<Long> nanos = PcapReader.read(new ByteArrayInputStream(file)).packets().stream()
                .map(CapturedPacket::timestampNanos).toList();

        assertThat(nanos).containsExactly(1_500_000_000_987_654_321L, 1_500_000_000_987_000_000L,
                3_500_000_000L, 1_005_000_000_000L);
    }

    @Test
    void pcapng_packetsOfInterfacesWithAnotherLinkTypeAreRefusedWithAMessage() {
        byte[] file = new Blocks(ByteOrder.LITTLE_ENDIAN).sectionHeader()
                .interfaceDescription(LinkType.ETHERNET, 0, null, null)
                .interfaceDescription(LinkType.LINUX_SLL, 0, null, null)
                .enhancedPacket(0, 1, FRAME_A, 5)
                .enhancedPacket(1, 2, FRAME_B, 8)
                .bytes();
        assertRejected(file, "packet 2 was captured on an interface of link type Linux cooked capture, the first "
                + "interface's is Ethernet; captures with one link type can be opened (split this one by interface "
                + "with tshark -Y frame.interface_id==N -w FILE)");
    }

    @Test
    void pcapng_linkTypeIsTheFirstInterfaces_andSectionsRestartInterfaceNumbers() throws IOException {
        byte[] file = new Blocks(ByteOrder.LITTLE_ENDIAN).sectionHeader()
                .interfaceDescription(LinkType.RAW, 0, (byte) 9, null)
                .enhancedPacket(0, 1, FRAME_A, 5)
                .raw(new Blocks(ByteOrder.BIG_ENDIAN).sectionHeader()
                        .interfaceDescription(LinkType.RAW, 0, (byte) 6, null)
                        .block(4, new byte[8])                                    // name resolution: skipped
                        .enhancedPacket(0, 2, FRAME_B, 8)
                        .bytes())
                .bytes();

        Capture capture = PcapReader.read(new ByteArrayInputStream(file));

        assertThat(capture.linkType()).isEqualTo(LinkType.RAW);
        assertThat(capture.packets()).extracting(CapturedPacket::timestampNanos).containsExactly(1L, 2_000L);
    }

    @Test
    void pcapng_simpleAndObsoletePacketBlocks() throws IOException {
        byte[] file = new Blocks(ByteOrder.LITTLE_ENDIAN).sectionHeader()
                .interfaceDescription(LinkType.ETHERNET, 4, null, null)
                .simplePacket(FRAME_A)
                .obsoletePacket(0, 7, FRAME_B)
                .bytes();

        List<CapturedPacket> packets = PcapReader.read(new ByteArrayInputStream(file)).packets();

        // A Simple Packet Block has no timestamp, and the interface's snap length (4) cuts it.
        assertThat(packets.get(0)).isEqualTo(new CapturedPacket(0, 5, new byte[] {1, 2, 3, 4}));
        assertThat(packets.get(1)).isEqualTo(new CapturedPacket(7_000, 8, FRAME_B));
    }

    // ---- files that are not readable captures: messages a person understands ----

    @Test
    void notACapture_namesTheMagic() {
        assertRejected(new byte[] {0x12, 0x34, 0x56, 0x78, 0, 0}, "not a pcap or pcapng file: magic 0x12345678");
        assertRejected(new byte[] {0x1f, (byte) 0x8b, 8, 0}, "not a pcap or pcapng file: magic 0x1f8b0800"
                + " (gzip-compressed: decompress it first)");
        assertRejected(new byte[0], "not a pcap or pcapng file: only 0 bytes");
    }

    @Test
    void classicPcap_truncations() {
        byte[] header = new Blocks(ByteOrder.LITTLE_ENDIAN).pcapHeader(0xA1B2C3D4, 1).bytes();
        assertRejected(java.util.Arrays.copyOf(header, 20), "pcap file header truncated: needs 24 bytes, the file has 20");

        byte[] twoRecords = new Blocks(ByteOrder.LITTLE_ENDIAN).pcapHeader(0xA1B2C3D4, 1)
                .pcapRecord(1, 0, FRAME_A, 5).pcapRecord(2, 0, new byte[1514], 1514).bytes();
        assertRejected(java.util.Arrays.copyOf(twoRecords, twoRecords.length - 1214),
                "record 2 truncated: header says 1514 bytes, 300 remain");
        assertRejected(java.util.Arrays.copyOf(twoRecords, 24 + 21 + 10),
                "record 2 truncated: only 10 of its 16 header bytes remain");
    }

    @Test
    void classicPcap_unknownVersion() {
        byte[] file = new Blocks(ByteOrder.LITTLE_ENDIAN).pcapHeader(0xA1B2C3D4, 1).bytes();
        file[4] = 3;
        assertRejected(file, "unsupported pcap version 3.4 (only 2.x is defined)");
    }

    @Test
    void pcapng_structuralErrors() {
        Blocks section = new Blocks(ByteOrder.LITTLE_ENDIAN).sectionHeader();
        byte[] good = new Blocks(ByteOrder.LITTLE_ENDIAN).sectionHeader()
                .interfaceDescription(1, 0, null, null).enhancedPacket(0, 1, FRAME_A, 5).bytes();

        assertRejected(java.util.Arrays.copyOf(good, good.length - 4),
                "pcapng block at offset 52 truncated: it says 40 bytes, 36 remain");
        byte[] badTrailer = good.clone();
        badTrailer[badTrailer.length - 4] = 44;
        assertRejected(badTrailer, "pcapng block at offset 52: trailing length 44 does not match leading length 40");
        byte[] oddLength = good.clone();
        oddLength[56] = 41; // the EPB starts at 52: SHB 28 bytes, IDB 24
        assertRejected(oddLength, "pcapng block at offset 52 has length 41, which is not a multiple of 4 of at least 12");

        assertRejected(section.bytes(), "pcapng file has no interface description block, so its link type is unknown");
        assertRejected(new Blocks(ByteOrder.LITTLE_ENDIAN).sectionHeader().interfaceDescription(1, 0, null, null)
                        .enhancedPacket(1, 0, FRAME_A, 5).bytes(),
                "packet 1 refers to interface 1, but its section describes 1 interface");

        byte[] badMagic = good.clone();
        badMagic[8] = 0;
        assertRejected(badMagic, "pcapng section header at offset 0 has byte-order magic 0x003c2b1a, expected 0x1a2b3c4d");
    }

    @Test
    void pcapng_capturedLengthBeyondItsBlock() {
        byte[] file = new Blocks(ByteOrder.LITTLE_ENDIAN).sectionHeader().interfaceDescription(1, 0, null, null)
                .enhancedPacket(0, 1, FRAME_B, 8).bytes();
        file[52 + 8 + 12] = 100; // captured length of the EPB
        assertRejected(file, "packet 1 truncated: block says 100 captured bytes, the block holds 8");
    }

    @Test
    void readingAPath_putsTheFileNameInTheMessage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "hello, world");
        assertThatThrownBy(() -> PcapReader.read(file))
                .isInstanceOf(PcapFormatException.class)
                .hasMessage("notes.txt: not a pcap or pcapng file: magic 0x68656c6c");
    }

    private static void assertRejected(byte[] file, String message) {
        assertThatThrownBy(() -> PcapReader.read(new ByteArrayInputStream(file)))
                .isInstanceOf(PcapFormatException.class)
                .hasMessage(message);
    }
}
