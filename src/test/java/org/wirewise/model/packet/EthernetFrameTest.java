package org.wirewise.model.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EthernetFrameTest {

    private static final MacAddress CLIENT = MacAddress.of("02:00:00:00:00:01");
    private static final MacAddress ROUTER = MacAddress.of("02:00:00:00:00:02");

    @Test
    void encode_isDestinationSourceTypePayload_withoutFcsOrPadding() {
        byte[] b = new EthernetFrame(ROUTER, CLIENT, EtherType.ARP, new byte[] {9}).encode();
        assertThat(b).isEqualTo(Hex.bytes("02 00 00 00 00 02 02 00 00 00 00 01 08 06 09"));
    }

    @Test
    void decode_splitsHeaderAndPayload() {
        EthernetFrame frame = EthernetFrame.decode(Hex.bytes("02 00 00 00 00 02 02 00 00 00 00 01 86 dd 60 00"));
        assertThat(frame).isEqualTo(new EthernetFrame(ROUTER, CLIENT, EtherType.IPV6, new byte[] {0x60, 0}));
    }

    @Test
    void decode_ofAFrameShorterThanTheHeader_isMalformed() {
        assertThatThrownBy(() -> EthernetFrame.decode(new byte[13]))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessage("Ethernet II header truncated: needs 14 bytes, 13 remain (at offset 0)");
    }
}
