package org.wirewise.model.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MacAddressTest {

    @Test
    void parsesAndPrintsInWiresharkForm() {
        MacAddress mac = MacAddress.of("02:00:00:00:00:01");
        assertThat(mac.toString()).isEqualTo("02:00:00:00:00:01");
        assertThat(mac.toBytes()).containsExactly(2, 0, 0, 0, 0, 1);
    }

    @Test
    void acceptsDashesAndUpperCase_printsLowerCaseColons() {
        assertThat(MacAddress.of("00-1F-5B-FF-51-CB").toString()).isEqualTo("00:1f:5b:ff:51:cb");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "02:00:00:00:00", "02:00:00:00:00:01:02", "02:00-00:00:00:01", "0g:00:00:00:00:01",
            "020000000001"})
    void rejectsTextThatIsNotAMacAddress(String text) {
        assertThatThrownBy(() -> MacAddress.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a MAC address");
    }

    @Test
    void fromBytes_needsSixAndCopiesThem() {
        byte[] six = {0, 0x13, 0x72, (byte) 0xc4, (byte) 0xf1, (byte) 0xe1};
        MacAddress mac = MacAddress.of(six);
        six[0] = 9;
        assertThat(mac.toString()).isEqualTo("00:13:72:c4:f1:e1");
        mac.toBytes()[1] = 9;
        assertThat(mac.toString()).isEqualTo("00:13:72:c4:f1:e1");
        assertThatThrownBy(() -> MacAddress.of(new byte[5])).hasMessageContaining("6 bytes, got 5");
    }

    @Test
    void equalityIsByValue() {
        assertThat(MacAddress.of("02:00:00:00:00:01"))
                .isEqualTo(MacAddress.of(new byte[] {2, 0, 0, 0, 0, 1}))
                .hasSameHashCodeAs(MacAddress.of("02-00-00-00-00-01"))
                .isNotEqualTo(MacAddress.of("02:00:00:00:00:02"));
    }

    @Test
    void groupBit_marksMulticastAndBroadcast() {
        assertThat(MacAddress.BROADCAST.isMulticast()).isTrue();
        assertThat(MacAddress.of("01:00:5e:00:00:fb").isMulticast()).isTrue();
        assertThat(MacAddress.of("02:00:00:00:00:01").isMulticast()).isFalse();
    }
}
