package org.wirewise.model.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Ipv6PacketTest {

    private static final Ipv6Packet PACKET = new Ipv6Packet(0xB8, 0xABCDE, IpProtocol.UDP, 64,
            Hex.v6("2001:db8::10"), Hex.v6("2001:db8::1"), new byte[] {1, 2, 3});

    @Test
    void rfc8200_section3_headerLayout() {
        byte[] b = PACKET.encode();
        // version 6, traffic class 0xb8, flow label 0xabcde; payload length 3; next header 17; hop limit 64
        assertThat(Arrays.copyOf(b, 8)).isEqualTo(Hex.bytes("6b 8a bc de 00 03 11 40"));
        assertThat(Arrays.copyOfRange(b, 8, 24)).isEqualTo(Hex.v6("2001:db8::10").getAddress());
        assertThat(Arrays.copyOfRange(b, 24, 40)).isEqualTo(Hex.v6("2001:db8::1").getAddress());
        assertThat(b).hasSize(43).endsWith(1, 2, 3);
    }

    @Test
    void decode_readsItBack_ignoringPaddingAfterThePayloadLength() {
        byte[] padded = Arrays.copyOf(PACKET.encode(), 60);
        assertThat(Ipv6Packet.decode(padded, 0, padded.length)).isEqualTo(PACKET);
    }

    @Test
    void ipv4MappedAddressesStayIpv6() {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 10;
        mapped[15] = 1;
        byte[] b = new byte[40];
        b[0] = 0x60;
        System.arraycopy(mapped, 0, b, 8, 16);
        Ipv6Packet decoded = Ipv6Packet.decode(b, 0, 40);
        assertThat(decoded.source()).isInstanceOf(Inet6Address.class);
        assertThat(decoded.source().getAddress()).isEqualTo(mapped);
    }

    @Test
    void decode_rejectsShortOrForeignBytes() {
        byte[] b = PACKET.encode();
        assertThatThrownBy(() -> Ipv6Packet.decode(b, 0, 39))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessage("IPv6 header truncated: needs 40 bytes, 39 remain (at offset 0)");
        assertThatThrownBy(() -> Ipv6Packet.decode(b, 0, 42))
                .hasMessage("IPv6 packet truncated: Payload Length says 3 bytes, 2 remain (at offset 4)");
        byte[] v4 = b.clone();
        v4[0] = 0x45;
        assertThatThrownBy(() -> Ipv6Packet.decode(v4, 0, v4.length)).hasMessage("not IPv6: version field is 4 (at offset 0)");
    }

    @Test
    void fieldRanges_areChecked() {
        assertThatThrownBy(() -> new Ipv6Packet(0, 0x100000, 6, 64, Hex.v6("::1"), Hex.v6("::1"), new byte[0]))
                .hasMessageContaining("flow label");
        assertThatThrownBy(() -> new Ipv6Packet(0, 0, 6, 64, Hex.v6("::1"), Hex.v6("::1"), new byte[65536]))
                .hasMessageContaining("IPv6 payload length");
    }
}
