package org.wirewise.model.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class UdpDatagramTest {

    private static final Inet4Address A = Hex.v4("10.180.156.141");
    private static final Inet4Address B = Hex.v4("10.2.95.39");

    @Test
    void rfc768_headerIsPortsLengthChecksum() {
        byte[] b = new UdpDatagram(62563, 53, new byte[] {1, 2, 3}).encode(A, B);
        assertThat(Arrays.copyOfRange(b, 0, 6)).isEqualTo(Hex.bytes("f4 63 00 35 00 0b"));
        assertThat(b).hasSize(11).endsWith(1, 2, 3);
        assertThat(Checksum.pseudoHeaderChecksum(A, B, IpProtocol.UDP, b)).isZero();
    }

    @Test
    void rfc768_aComputedZeroChecksumIsSentAsAllOnes() {
        // Search a two-byte payload whose datagram sums to a computed checksum of 0: on the wire
        // that must be 0xffff, because 0 would mean "no checksum".
        int found = -1;
        for (int word = 0; word <= 0xFFFF && found < 0; word++) {
            byte[] b = new UdpDatagram(1, 2, new byte[] {(byte) (word >>> 8), (byte) word}).encode(A, B);
            if ((b[6] & 0xFF) == 0xFF && (b[7] & 0xFF) == 0xFF) {
                found = word;
                assertThat(Checksum.pseudoHeaderChecksum(A, B, IpProtocol.UDP, b)).isZero();
            }
        }
        assertThat(found).isNotNegative();
    }

    @Test
    void rfc8200_section8_1_overIpv6TheChecksumUsesTheIpv6PseudoHeader() {
        byte[] b = new UdpDatagram(5353, 53, new byte[] {1, 2, 3, 4, 5}).encode(Hex.v6("2001:db8::10"),
                Hex.v6("2001:db8::1:0:0:1"));
        assertThat(Checksum.pseudoHeaderChecksum(Hex.v6("2001:db8::10"), Hex.v6("2001:db8::1:0:0:1"),
                IpProtocol.UDP, b)).isZero();
        assertThat(b[6] | b[7]).isNotZero();
    }

    @Test
    void decode_usesTheLengthField_soLinkPaddingIsIgnored() {
        byte[] b = new UdpDatagram(1, 2, new byte[] {7, 8}).encode(A, B);
        byte[] padded = Arrays.copyOf(b, b.length + 6);

        assertThat(UdpDatagram.decode(padded, 0, padded.length)).isEqualTo(new UdpDatagram(1, 2, new byte[] {7, 8}));
    }

    @Test
    void decode_badLengths_areMalformed() {
        assertThatThrownBy(() -> UdpDatagram.decode(new byte[7], 0, 7))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessage("UDP header truncated: needs 8 bytes, 7 remain (at offset 0)");
        byte[] shortLength = Hex.bytes("00 01 00 02 00 04 00 00");
        assertThatThrownBy(() -> UdpDatagram.decode(shortLength, 0, 8))
                .hasMessage("UDP Length 4 is less than the 8-byte header (at offset 4)");
        byte[] longLength = Hex.bytes("00 00 00 01 00 02 00 40 00 00");
        assertThatThrownBy(() -> UdpDatagram.decode(longLength, 2, 8))
                .hasMessage("UDP datagram truncated: Length says 64 bytes, 8 remain (at offset 6)");
    }

    @Test
    void payloadLimit_isWhatTheLengthFieldCanSay() {
        assertThatThrownBy(() -> new UdpDatagram(1, 2, new byte[65528])).hasMessageContaining("UDP payload length");
        assertThat(new UdpDatagram(1, 2, new byte[65527]).encode(Hex.v6("::1"), Hex.v6("::1"))).hasSize(65535);
    }
}
