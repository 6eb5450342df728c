package org.wirewise.model.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** QUIC headers read from RFC 9001 A.3's server Initial and A.5's short-header packet, field by field. */
class QuicDissectorTest {

    private static final byte[] A3 = HexFormat.of().parseHex("cf000000010008f067a5502a4262b5004075c0d95a482cd0991cd25b0aac406a"
            + "5816b6394100f37a1c69797554780bb38cc5a99f5ede4cf73c3ec2493a1839b3dbcba3f6ea46c5b7684df3548e7ddeb9"
            + "c3bf9c73cc3f3bded74b562bfb19fb84022f8ef4cdd93795d77d06edbb7aaf2f58891850abbdca3d20398c276456cbc4"
            + "2158407dd074ee");

    @Test
    void theServerInitialOfA3HasItsLongHeaderFields() {
        List<Field> layers = new ArrayList<>();
        assertThat(QuicDissector.dissect(A3, 0, A3.length, layers)).isTrue();
        Field quic = layers.get(0);
        assertThat(quic.name()).isEqualTo("QUIC IETF");
        assertThat(FieldTrees.child(quic, "Packet Type").value()).isEqualTo("Initial (0)");
        assertThat(FieldTrees.child(quic, "Destination Connection ID Length").value()).isEqualTo("0");
        assertThat(FieldTrees.child(quic, "Source Connection ID").value()).isEqualTo("f067a5502a4262b5");
        assertThat(FieldTrees.child(quic, "Length").value()).isEqualTo("117"); // 0x4075: packet number, frames and tag
        assertThat(FieldTrees.child(quic, "Protected Payload").length()).isEqualTo(117);
    }

    @Test
    void aCoalescedShortHeaderFollowsTheLongOne() {
        byte[] a5 = HexFormat.of().parseHex("4cfe4189655e5cd55c41f69080575d7999c25a5bfb");
        byte[] both = new byte[A3.length + a5.length];
        System.arraycopy(A3, 0, both, 0, A3.length);
        System.arraycopy(a5, 0, both, A3.length, a5.length);
        List<Field> layers = new ArrayList<>();
        assertThat(QuicDissector.dissect(both, 0, both.length, layers)).isTrue();
        assertThat(layers).hasSize(2);
        assertThat(FieldTrees.child(layers.get(1), "Header Form").value()).isEqualTo("Short Header (0)");
        assertThat(layers.get(1).offset()).isEqualTo(A3.length);
    }

    @Test
    void aDnsLookingPayloadIsNotQuic() {
        byte[] notQuic = new byte[30]; // the fixed bit is clear
        assertThat(QuicDissector.dissect(notQuic, 0, notQuic.length, new ArrayList<>())).isFalse();
    }
}
