package org.wirewise.model.packet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TcpFlagsTest {

    @Test
    void rfc9293_section3_1_controlBitsHaveTheirHeaderPositions() {
        assertThat(new int[] {TcpFlags.FIN, TcpFlags.SYN, TcpFlags.RST, TcpFlags.PSH, TcpFlags.ACK, TcpFlags.URG,
                TcpFlags.ECE, TcpFlags.CWR}).containsExactly(1, 2, 4, 8, 16, 32, 64, 128);
    }

    @Test
    void names_followWiresharksInfoColumn_lowestBitFirst() {
        assertThat(TcpFlags.names(TcpFlags.SYN)).isEqualTo("SYN");
        assertThat(TcpFlags.names(TcpFlags.SYN | TcpFlags.ACK)).isEqualTo("SYN, ACK");
        assertThat(TcpFlags.names(TcpFlags.FIN | TcpFlags.ACK)).isEqualTo("FIN, ACK");
        assertThat(TcpFlags.names(TcpFlags.PSH | TcpFlags.ACK)).isEqualTo("PSH, ACK");
        assertThat(TcpFlags.names(TcpFlags.RST | TcpFlags.ACK)).isEqualTo("RST, ACK");
        // Wireshark 4.0 prints an ECN-setup SYN as "[SYN, ECE, CWR]".
        assertThat(TcpFlags.names(TcpFlags.SYN | TcpFlags.ECE | TcpFlags.CWR)).isEqualTo("SYN, ECE, CWR");
    }

    @Test
    void names_ofNoBits_andOfReservedBits() {
        assertThat(TcpFlags.names(0)).isEqualTo("<None>");
        assertThat(TcpFlags.names(TcpFlags.AE | TcpFlags.ACK)).isEqualTo("ACK, AE");
        assertThat(TcpFlags.names(0x800 | TcpFlags.SYN)).isEqualTo("SYN, Reserved");
    }
}
