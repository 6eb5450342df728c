package org.wirewise.model.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirewise.model.packet.Dissector;
import org.wirewise.model.packet.Field;
import org.wirewise.model.pcap.Capture;
import org.wirewise.model.pcap.CapturedPacket;
import org.wirewise.model.pcap.LinkType;
import org.wirewise.model.pcap.PcapFormatException;
import org.wirewise.model.pcap.PcapWriter;
import org.wirewise.model.pcap.TestCaptures;
import org.wirewise.testing.Tshark;

/**
 * The same TCP conversation captured with each link-layer header Wirewise reads (the Ethernet
 * capture's IP packets re-wrapped) gives the same conversation, and tshark reads the re-wrapped
 * file as the same TCP stream: the headers written here are the real formats, not ours.
 */
class LinkTypesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {LinkType.NULL, LinkType.LOOP, LinkType.RAW, LinkType.IPV4, LinkType.LINUX_SLL,
            LinkType.LINUX_SLL2})
    void aConversationReadsTheSameWhateverTheLinkHeader(int linkType) throws Exception {
        Capture ethernet = TestCaptures.read(TestCaptures.HTTP_SIMPLE_GET);
        Capture wrapped = rewrap(ethernet, linkType);
        Conversation original = OpenedCapture.of(ethernet).conversations().get(0);
        List<Conversation> conversations = OpenedCapture.of(wrapped).conversations();

        assertThat(conversations).hasSize(1);
        Conversation c = conversations.get(0);
        assertThat(c.a()).isEqualTo(original.a());
        assertThat(c.b()).isEqualTo(original.b());
        assertThat(c.framesTotal()).isEqualTo(16);
        assertThat(c.frames()).extracting(f -> f.tcp().seq())
                .containsExactlyElementsOf(original.frames().stream().map(f -> f.tcp().seq()).toList());

        Field frame = Dissector.dissect(1, wrapped.packets().get(0).data(), linkType);
        assertThat(frame.children()).extracting(Field::name).contains("Transmission Control Protocol");

        assumeTrue(Tshark.available(), Tshark.MISSING);
        Path file = dir.resolve("wrapped.pcap");
        PcapWriter.write(file, wrapped);
        assertThat(Tshark.fields(file, "tcp.srcport", "tcp.len")).extracting(r -> r[0] + "/" + r[1])
                .containsExactlyElementsOf(original.frames().stream()
                        .map(f -> f.source().port() + "/" + f.payloadLength()).toList());
    }

    @Test
    void anUnknownLinkTypeIsRefusedWithAMessageThatNamesItAndWhatIsRead() {
        Capture token = new Capture(6, List.of(CapturedPacket.of(0, new byte[40])));
        assertThatThrownBy(() -> OpenedCapture.of(token))
                .isInstanceOf(PcapFormatException.class)
                .hasMessageContaining("link type 6")
                .hasMessageContaining("Ethernet")
                .hasMessageContaining("SLL2");
    }

    @Test
    void framesThatCarryNoIpBelongToNoConversation() throws Exception {
        byte[] arp = new byte[42];
        arp[12] = 0x08;
        arp[13] = 0x06;
        Capture capture = new Capture(LinkType.ETHERNET, List.of(CapturedPacket.of(0, arp)));
        assertThat(OpenedCapture.of(capture).conversations()).isEmpty();
    }

    /** The Ethernet frames' IP packets under another link-layer header. */
    private static Capture rewrap(Capture ethernet, int linkType) {
        List<CapturedPacket> packets = new ArrayList<>();
        for (CapturedPacket p : ethernet.packets()) {
            byte[] ip = Arrays.copyOfRange(p.data(), 14, p.capturedLength());
            byte[] header = switch (linkType) {
                case LinkType.NULL -> new byte[] {2, 0, 0, 0}; // AF_INET, little-endian host
                case LinkType.LOOP -> new byte[] {0, 0, 0, 2}; // AF_INET, always big-endian
                case LinkType.LINUX_SLL -> sll(p.data());
                case LinkType.LINUX_SLL2 -> sll2(p.data());
                default -> new byte[0];
            };
            byte[] frame = new byte[header.length + ip.length];
            System.arraycopy(header, 0, frame, 0, header.length);
            System.arraycopy(ip, 0, frame, header.length, ip.length);
            packets.add(new CapturedPacket(p.timestampNanos(), p.originalLength() - 14 + header.length, frame));
        }
        return new Capture(linkType, packets);
    }

    private static byte[] sll(byte[] ethernet) {
        byte[] h = new byte[16];
        h[3] = 1; // ARPHRD_ETHER
        h[5] = 6;
        System.arraycopy(ethernet, 6, h, 6, 6);
        h[14] = 0x08; // IPv4
        return h;
    }

    private static byte[] sll2(byte[] ethernet) {
        byte[] h = new byte[20];
        h[0] = 0x08; // IPv4
        h[7] = 2; // interface index
        h[9] = 1; // ARPHRD_ETHER
        h[11] = 6;
        System.arraycopy(ethernet, 6, h, 12, 6);
        return h;
    }
}
