package org.wirewise.model.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Ipv4PacketTest {

    private static final byte[] WELL_KNOWN_HEADER =
            Hex.bytes("45 00 00 73 00 00 40 00 40 11 b8 61 c0 a8 00 01 c0 a8 00 c7");

    private static Ipv4Packet wellKnown() {
        return new Ipv4Packet(0, 0, true, 64, IpProtocol.UDP, Hex.v4("192.168.0.1"), Hex.v4("192.168.0.199"),
                new byte[0x73 - 20]);
    }

    @Test
    void rfc791_section3_1_encode_givesTheWellKnownHeaderAndChecksum() {
        byte[] b = wellKnown().encode();
        assertThat(b).hasSize(0x73);
        assertThat(Arrays.copyOf(b, 20)).isEqualTo(WELL_KNOWN_HEADER);
    }

    @Test
    void rfc791_section3_1_decode_readsTheWellKnownHeader() {
        byte[] b = Arrays.copyOf(WELL_KNOWN_HEADER, 0x73);
        assertThat(Ipv4Packet.decode(b, 0, b.length)).isEqualTo(wellKnown());
    }

    @Test
    void decode_usesTotalLength_soEthernetPaddingIsIgnored() {
        Ipv4Packet packet = new Ipv4Packet(0x02, 0x1234, false, 1, IpProtocol.TCP, Hex.v4("10.0.0.1"),
                Hex.v4("10.0.0.2"), new byte[] {1, 2, 3});
        byte[] frame = new byte[14 + 46];
        System.arraycopy(packet.encode(), 0, frame, 14, 23);

        Ipv4Packet decoded = Ipv4Packet.decode(frame, 14, frame.length - 14);
        assertThat(decoded).isEqualTo(packet);
        assertThat(decoded.payload()).containsExactly(1, 2, 3);
    }

    @Test
    void rfc791_optionsAreSkipped_thePayloadStartsAfterTheHeaderLength() {
        byte[] b = Hex.bytes("46 00 00 1a 00 01 00 00 40 06 00 00 0a 00 00 01 0a 00 00 02 01 01 01 00 aa bb");
        assertThat(Ipv4Packet.decode(b, 0, b.length).payload()).containsExactly(0xaa, 0xbb);
    }

    @Test
    void decode_rejectsWhatIsNotAWholeIpv4Packet() {
        byte[] b = wellKnown().encode();
        assertThatThrownBy(() -> Ipv4Packet.decode(b, 0, 19))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessage("IPv4 header truncated: needs 20 bytes, 19 remain (at offset 0)");
        assertThatThrownBy(() -> Ipv4Packet.decode(b, 0, 50))
                .hasMessage("IPv4 packet truncated: Total Length says 115 bytes, 50 remain (at offset 2)");

        byte[] version6 = b.clone();
        version6[0] = 0x65;
        assertThatThrownBy(() -> Ipv4Packet.decode(version6, 0, version6.length))
                .hasMessage("not IPv4: version field is 6 (at offset 0)");

        byte[] shortHeader = b.clone();
        shortHeader[0] = 0x44;
        assertThatThrownBy(() -> Ipv4Packet.decode(shortHeader, 0, shortHeader.length))
                .hasMessageContaining("Header Length 16 bytes is less than the minimum 20");

        byte[] shortTotal = b.clone();
        shortTotal[3] = 10;
        assertThatThrownBy(() -> Ipv4Packet.decode(shortTotal, 0, shortTotal.length))
                .hasMessageContaining("Total Length 10 is less than its Header Length 20");
    }

    @Test
    void rfc791_fragmentsAreNotDecodedAsPackets() {
        byte[] moreFragments = wellKnown().encode();
        moreFragments[6] = 0x20;
        assertThatThrownBy(() -> Ipv4Packet.decode(moreFragments, 0, moreFragments.length))
                .hasMessageContaining("IPv4 fragment (offset 0 bytes, more fragments true)");
        byte[] laterFragment = wellKnown().encode();
        laterFragment[6] = 0;
        laterFragment[7] = 0x0a;
        assertThatThrownBy(() -> Ipv4Packet.decode(laterFragment, 0, laterFragment.length))
                .hasMessageContaining("offset 80 bytes");
    }

    @Test
    void fieldRanges_areChecked() {
        assertThatThrownBy(() -> new Ipv4Packet(0, 0, true, 256, 6, Hex.v4("10.0.0.1"), Hex.v4("10.0.0.2"),
                new byte[0])).hasMessageContaining("TTL");
        assertThatThrownBy(() -> new Ipv4Packet(0, 0, true, 64, 6, Hex.v4("10.0.0.1"), Hex.v4("10.0.0.2"),
                new byte[65516])).hasMessageContaining("IPv4 payload length");
    }
}
