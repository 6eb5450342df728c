package org.wirewise.model.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TcpOptionTest {

    @Test
    void rfc9293_section3_2_kindsAndWireLengths() {
        assertThat(new TcpOption.EndOfOptions()).extracting(TcpOption::kind, TcpOption::length).containsExactly(0, 1);
        assertThat(new TcpOption.Nop()).extracting(TcpOption::kind, TcpOption::length).containsExactly(1, 1);
        assertThat(new TcpOption.Mss(1460)).extracting(TcpOption::kind, TcpOption::length).containsExactly(2, 4);
    }

    @Test
    void rfc7323_windowScaleAndTimestamps() {
        assertThat(new TcpOption.WindowScale(7)).extracting(TcpOption::kind, TcpOption::length).containsExactly(3, 3);
        assertThat(new TcpOption.Timestamps(0xFFFF_FFFFL, 0))
                .extracting(TcpOption::kind, TcpOption::length).containsExactly(8, 10);
        assertThatThrownBy(() -> new TcpOption.Timestamps(1L << 32, 0)).hasMessageContaining("TSval");
    }

    @Test
    void rfc2018_sackPermittedAndSackBlocks() {
        assertThat(new TcpOption.SackPermitted()).extracting(TcpOption::kind, TcpOption::length).containsExactly(4, 2);
        TcpOption.Sack two = new TcpOption.Sack(List.of(new SackBlock(1, 2), new SackBlock(3, 4)));
        assertThat(two).extracting(TcpOption::kind, TcpOption::length).containsExactly(5, 18);
        assertThatThrownBy(() -> new TcpOption.Sack(List.of())).hasMessageContaining("1 to 4 blocks");
        assertThatThrownBy(() -> new TcpOption.Sack(List.of(new SackBlock(1, 2), new SackBlock(1, 2),
                new SackBlock(1, 2), new SackBlock(1, 2), new SackBlock(1, 2)))).hasMessageContaining("got 5");
        assertThatThrownBy(() -> new SackBlock(-1, 0)).hasMessageContaining("left edge");
    }

    @Test
    void unknown_keepsItsBytes_comparesByContent_andRefusesKindsThatHaveARecord() {
        TcpOption.Unknown fastOpen = new TcpOption.Unknown(34, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertThat(fastOpen.length()).isEqualTo(10);
        assertThat(fastOpen).isEqualTo(new TcpOption.Unknown(34, new byte[] {1, 2, 3, 4, 5, 6, 7, 8}))
                .hasSameHashCodeAs(new TcpOption.Unknown(34, new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
        fastOpen.data()[0] = 9;
        assertThat(fastOpen.data()[0]).isEqualTo((byte) 1);
        for (int kind : new int[] {0, 1, 2, 3, 4, 5, 8}) {
            assertThatThrownBy(() -> new TcpOption.Unknown(kind, new byte[0]))
                    .hasMessageContaining("has its own TcpOption record");
        }
    }
}
