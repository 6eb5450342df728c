package org.wirewise.model.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.wirewise.model.pcap.LinkType;

/** Bad bytes give a MalformedPacketException or a "Malformed" field, never an unchecked surprise. */
class DecoderPropertyTest {

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

    @Property
    void decoders_onArbitraryBytes_throwOnlyMalformedPacketException(@ForAll @Size(max = 120) byte[] bytes) {
        assertOnlyMalformed(() -> EthernetFrame.decode(bytes));
        assertOnlyMalformed(() -> Ipv4Packet.decode(bytes, 0, bytes.length));
        assertOnlyMalformed(() -> Ipv6Packet.decode(bytes, 0, bytes.length));
        assertOnlyMalformed(() -> TcpSegment.decode(bytes, 0, bytes.length));
        assertOnlyMalformed(() -> UdpDatagram.decode(bytes, 0, bytes.length));
    }

    @Property
    void dissector_onArbitraryBytes_neverThrows_andKeepsFieldsInsideTheFrame(
            @ForAll @Size(max = 200) byte[] bytes, @ForAll("linkTypes") int linkType) {
        Field root = Dissector.dissect(bytes, linkType);
        FieldTrees.assertWellFormed(root, bytes);
    }

    @Property
    void dissector_onACorruptedOrCutFrame_neverThrows(@ForAll @IntRange(min = 0, max = 4) int seed,
                                                      @ForAll @Size(max = 3) List<@IntRange(max = 127) Integer> positions,
                                                      @ForAll byte value, @ForAll @IntRange(min = 0, max = 100) int cut) {
        byte[] frame = SEEDS.get(seed).clone();
        for (int position : positions) {
            frame[position % frame.length] ^= value;
        }
        frame = java.util.Arrays.copyOf(frame, Math.min(frame.length, frame.length * cut / 100 + 1));

        FieldTrees.assertWellFormed(Dissector.dissect(frame), frame);
        byte[] finalFrame = frame;
        assertOnlyMalformed(() -> EthernetFrame.decode(finalFrame));
        if (frame.length >= 34) {
            assertOnlyMalformed(() -> Ipv4Packet.decode(finalFrame, 14, finalFrame.length - 14));
            assertOnlyMalformed(() -> Ipv6Packet.decode(finalFrame, 14, finalFrame.length - 14));
            assertOnlyMalformed(() -> TcpSegment.decode(finalFrame, 34, finalFrame.length - 34));
            assertOnlyMalformed(() -> UdpDatagram.decode(finalFrame, 34, finalFrame.length - 34));
        }
    }

    @Property
    void dissector_showsTheValuesOfAnyValidSegment(@ForAll("segments") TcpSegment segment) {
        byte[] frame = Frames.tcpOverIpv4(MacAddress.of("02:00:00:00:00:01"), MacAddress.of("02:00:00:00:00:02"),
                Hex.v4("10.0.0.1"), Hex.v4("10.0.0.2"), 7, 64, segment);
        Field root = Dissector.dissect(frame);
        Field tcp = FieldTrees.layer(root, "Transmission Control Protocol");

        FieldTrees.assertWellFormed(root, frame);
        assertThat(FieldTrees.child(tcp, "Source Port").value()).isEqualTo(Integer.toString(segment.sourcePort()));
        assertThat(FieldTrees.child(tcp, "Sequence Number").value())
                .isEqualTo(Long.toString(segment.sequenceNumber()));
        assertThat(FieldTrees.child(tcp, "Flags").value()).endsWith("(" + TcpFlags.names(segment.flags()) + ")");
        assertThat(FieldTrees.child(tcp, "Checksum").value()).endsWith("[correct]");
        assertThat(FieldTrees.child(FieldTrees.layer(root, "Internet Protocol Version 4"), "Header Checksum").value())
                .endsWith("[correct]");
        assertThat(FieldTrees.all(root)).extracting(Field::name).doesNotContain(Dissector.MALFORMED);
    }

    @Provide
    Arbitrary<TcpSegment> segments() {
        return new TcpSegmentPropertyTest().segments();
    }

    @Provide
    Arbitrary<Integer> linkTypes() {
        return Arbitraries.of(LinkType.ETHERNET, LinkType.NULL, LinkType.RAW);
    }

    private static void assertOnlyMalformed(org.assertj.core.api.ThrowableAssert.ThrowingCallable decode) {
        assertThatCode(() -> {
            try {
                decode.call();
            } catch (MalformedPacketException expected) {
                assertThat(expected.getMessage()).contains("(at offset ");
            }
        }).doesNotThrowAnyException();
    }
}
