package org.wirewise.model.pcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PcapRoundTripPropertyTest {

    @Property(tries = 300)
    void writeThenRead_givesThePacketsBack(@ForAll("captures") List<CapturedPacket> packets,
                                           @ForAll("linkTypes") int linkType) throws IOException {
        byte[] file = write(linkType, packets);

        Capture read = PcapReader.read(new ByteArrayInputStream(file));

        assertThat(read.linkType()).isEqualTo(linkType);
        assertThat(read.packets()).isEqualTo(packets);
    }

    @Property(tries = 300)
    void aCutFile_readsOrFailsWithAPcapFormatException(@ForAll("captures") List<CapturedPacket> packets,
                                                       @ForAll @IntRange(min = 0, max = 1000) int permille)
            throws IOException {
        byte[] file = write(LinkType.ETHERNET, packets);
        byte[] cut = Arrays.copyOf(file, (int) ((long) file.length * permille / 1000));

        assertThatCode(() -> {
            try {
                Capture capture = PcapReader.read(new ByteArrayInputStream(cut));
                // A cut at a record boundary is a valid, shorter file.
                assertThat(capture.packets()).isEqualTo(packets.subList(0, capture.packets().size()));
            } catch (PcapFormatException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }).doesNotThrowAnyException();
    }

    @Property
    void aCorruptedFile_readsOrFailsWithAPcapFormatException(@ForAll boolean pcapng,
                                                             @ForAll @Size(max = 4) List<@IntRange(max = 400) Integer> positions,
                                                             @ForAll byte value) {
        byte[] file = pcapng
                ? new Blocks(ByteOrder.LITTLE_ENDIAN).sectionHeader()
                        .interfaceDescription(LinkType.ETHERNET, 0, (byte) 9, 3L)
                        .enhancedPacket(0, 1, new byte[60], 60)
                        .simplePacket(new byte[20])
                        .obsoletePacket(0, 5, new byte[14])
                        .block(5, new byte[24])
                        .enhancedPacket(0, 7, new byte[33], 1514)
                        .bytes()
                : new Blocks(ByteOrder.BIG_ENDIAN).pcapHeader(0xA1B23C4D, LinkType.ETHERNET)
                        .pcapRecord(1, 2, new byte[60], 60).pcapRecord(3, 4, new byte[100], 1514).bytes();
        for (int position : positions) {
            file[position % file.length] ^= value;
        }

        assertThatCode(() -> {
            try {
                PcapReader.read(new ByteArrayInputStream(file));
            } catch (PcapFormatException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }).doesNotThrowAnyException();
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

    /** Packets with microsecond timestamps anywhere in the format's range (1970..2106). */
    @Provide
    Arbitrary<List<CapturedPacket>> captures() {
        Arbitrary<Long> micros = Arbitraries.longs().between(0, 0xFFFF_FFFFL * 1_000_000L + 999_999L);
        Arbitrary<byte[]> frame = Arbitraries.bytes().array(byte[].class).ofMaxSize(1600);
        return Combinators.combine(micros, frame).as((us, data) -> CapturedPacket.of(us * 1_000L, data))
                .list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<Integer> linkTypes() {
        return Arbitraries.of(LinkType.ETHERNET, LinkType.RAW, LinkType.NULL, LinkType.LINUX_SLL);
    }
}
