package org.wirewise.model.nat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class StunTest {

    private static final byte[] TX = HexFormat.of().parseHex("b7e7a701bc34d686fa87dfae");

    @Test
    void xorMappedAddressMatchesTheRfc5769Section22TestVector() {
        // RFC 5769 §2.2: XOR-MAPPED-ADDRESS for 192.0.2.1 port 32853 is 0020 0008 0001 a147 e112 a643.
        assertThat(HexFormat.of().formatHex(Stun.xorMappedAddress(Endpoint.of("192.0.2.1", 32853))))
                .isEqualTo("002000080001a147e112a643");
    }

    @Test
    void aBindingRequestIsTheBareRfc5389Header() {
        assertThat(HexFormat.of().formatHex(Stun.bindingRequest(TX)))
                .isEqualTo("000100002112a442b7e7a701bc34d686fa87dfae");
    }

    @Test
    void theSuccessResponseCarriesTheReflexiveAddressAndAValidFingerprint() {
        byte[] m = Stun.bindingSuccess(TX, Endpoint.of("203.0.113.1", 40000));
        assertThat(Stun.type(m)).isEqualTo(Stun.BINDING_SUCCESS);
        assertThat(m).hasSize(20 + 12 + 8);
        assertThat(((m[2] & 0xFF) << 8) | (m[3] & 0xFF)).as("Message Length excludes the header").isEqualTo(20);
        assertThat(Stun.transactionId(m)).isEqualTo(TX);
        assertThat(Stun.reflexiveAddress(m)).isEqualTo(Endpoint.of("203.0.113.1", 40000));
        CRC32 crc = new CRC32();
        crc.update(m, 0, m.length - 8);
        long fingerprint = ((m[m.length - 4] & 0xFFL) << 24) | ((m[m.length - 3] & 0xFF) << 16)
                | ((m[m.length - 2] & 0xFF) << 8) | (m[m.length - 1] & 0xFF);
        assertThat(fingerprint).as("RFC 5389 §15.5: CRC-32 XOR 0x5354554e").isEqualTo(crc.getValue() ^ 0x5354554EL);
    }

    @Test
    void somethingWithoutTheMagicCookieIsNotStun() {
        assertThatThrownBy(() -> Stun.type(new byte[20])).hasMessageContaining("magic cookie");
    }
}
