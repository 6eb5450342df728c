package org.wirewise.model.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class ChecksumTest {

    /** The header every checksum tutorial uses; its checksum field holds 0xb861. */
    private static final byte[] WELL_KNOWN_HEADER =
            Hex.bytes("45 00 00 73 00 00 40 00 40 11 b8 61 c0 a8 00 01 c0 a8 00 c7");

    @Test
    void rfc1071_section3_numericalExample() {
        // RFC 1071 §3: the words 0001 f203 f4f5 f6f7 sum to ddf2 (end-around carry); the checksum is ~ddf2.
        assertThat(Checksum.internet(Hex.bytes("00 01 f2 03 f4 f5 f6 f7"), 0, 8)).isEqualTo(0x220d);
    }

    @Test
    void rfc791_ipv4HeaderChecksum_isComputedOverTheHeaderWithAZeroField() {
        byte[] header = WELL_KNOWN_HEADER.clone();
        header[10] = 0;
        header[11] = 0;
        assertThat(Checksum.internet(header, 0, 20)).isEqualTo(0xb861);
    }

    @Test
    void rfc1071_dataCarryingItsChecksum_sumsToZero() {
        assertThat(Checksum.internet(WELL_KNOWN_HEADER, 0, 20)).isZero();
    }

    @Test
    void rfc1071_oddLength_padsTheLastByteWithZero() {
        assertThat(Checksum.internet(new byte[] {0x01}, 0, 1)).isEqualTo(0xfeff);
        assertThat(Checksum.internet(new byte[] {0x12, 0x34, 0x56}, 0, 3))
                .isEqualTo(Checksum.internet(new byte[] {0x12, 0x34, 0x56, 0x00}, 0, 4));
    }

    @Test
    void allZeroData_givesFfff_andEmptyDataToo() {
        assertThat(Checksum.internet(new byte[8], 0, 8)).isEqualTo(0xffff);
        assertThat(Checksum.internet(new byte[0], 0, 0)).isEqualTo(0xffff);
    }

    @Test
    void onlyTheGivenSliceIsSummed() {
        byte[] padded = new byte[WELL_KNOWN_HEADER.length + 7];
        padded[0] = (byte) 0xff;
        padded[padded.length - 1] = (byte) 0xff;
        System.arraycopy(WELL_KNOWN_HEADER, 0, padded, 3, 20);
        assertThat(Checksum.internet(padded, 3, 20)).isZero();
    }

    @Test
    void sumsWithManyCarries_foldCorrectly() {
        byte[] ones = new byte[70_000];
        java.util.Arrays.fill(ones, (byte) 0xff);
        // Every word is 0xffff (ones' complement -0), so the sum is 0xffff and the checksum 0.
        assertThat(Checksum.internet(ones, 0, ones.length)).isZero();
    }

    @Test
    void sliceOutsideTheArray_isAProgrammingError() {
        assertThatThrownBy(() -> Checksum.internet(new byte[4], 2, 4))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void rfc9293_section3_1_ipv4PseudoHeader_matchesAnExplicitPseudoHeader() {
        byte[] segment = Hex.bytes("c3 50 00 50 00 00 03 e8 00 00 00 00 50 02 fa f0 00 00 00 00");
        ByteArrayOutputStream pseudo = new ByteArrayOutputStream();
        pseudo.writeBytes(Hex.bytes("c0 a8 00 0a 5d b8 d8 22")); // 192.168.0.10 → 93.184.216.34
        pseudo.writeBytes(new byte[] {0, IpProtocol.TCP, 0, (byte) segment.length});
        pseudo.writeBytes(segment);
        byte[] explicit = pseudo.toByteArray();

        assertThat(Checksum.pseudoHeaderChecksum(Hex.v4("192.168.0.10"), Hex.v4("93.184.216.34"), IpProtocol.TCP,
                segment)).isEqualTo(Checksum.internet(explicit, 0, explicit.length));
    }

    @Test
    void rfc8200_section8_1_ipv6PseudoHeader_matchesAnExplicitPseudoHeader() {
        byte[] segment = Hex.bytes("14 e9 00 35 00 0d 00 00 01 02 03 04 05");
        ByteArrayOutputStream pseudo = new ByteArrayOutputStream();
        pseudo.writeBytes(Hex.v6("2001:db8::10").getAddress());
        pseudo.writeBytes(Hex.v6("2001:db8::1:0:0:1").getAddress());
        pseudo.writeBytes(new byte[] {0, 0, 0, (byte) segment.length, 0, 0, 0, IpProtocol.UDP});
        pseudo.writeBytes(segment);
        byte[] explicit = pseudo.toByteArray();

        assertThat(Checksum.pseudoHeaderChecksum(Hex.v6("2001:db8::10"), Hex.v6("2001:db8::1:0:0:1"),
                IpProtocol.UDP, segment)).isEqualTo(Checksum.internet(explicit, 0, explicit.length));
    }

    @Test
    void ipv6TcpSyn_checksumThatWiresharkCalledCorrect_verifies() {
        // TCP SYN 50001 → 443 from 2001:db8::10 to 2001:db8::1:0:0:1 with MSS and window scale;
        // Wireshark 4.0 shows its checksum 0x5fbb as "[correct]".
        byte[] segment = Hex.bytes("c3 51 01 bb 00 00 00 07 00 00 00 00 70 c2 fd 20 5f bb 00 00"
                + " 02 04 05 a0 03 03 07 00");
        assertThat(Checksum.pseudoHeaderChecksum(Hex.v6("2001:db8::10"), Hex.v6("2001:db8::1:0:0:1"),
                IpProtocol.TCP, segment)).isZero();
    }

    @Test
    void addressesOfDifferentVersions_areRejected() {
        assertThatThrownBy(() -> Checksum.pseudoHeaderChecksum(Hex.v4("10.0.0.1"), Hex.v6("::1"), IpProtocol.TCP,
                new byte[20]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not the same IP version");
    }
}
