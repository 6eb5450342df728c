package org.wirewise.model.packet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest
    @CsvSource({
            "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
            "0:0:0:0:0:0:0:1,                          ::1",
            "0:0:0:0:0:0:0:0,                          ::",
            "2001:db8:0:1:1:1:1:1,                     2001:db8:0:1:1:1:1:1", // one zero group stays (RFC 5952 §4.2.2)
            "2001:0:0:1:0:0:0:1,                       2001:0:0:1::1",        // the longest run is shortened (§4.2.3)
            "2001:db8:0:0:1:0:0:1,                     2001:db8::1:0:0:1",    // of equal runs, the first (§4.2.3)
            "fe80:0:0:0:0:0:0:0,                       fe80::",
            "0:0:0:0:0:ffff:a00:1,                     ::ffff:10.0.0.1",      // IPv4-mapped (§5)
    })
    void rfc5952_ipv6Text(String literal, String expected) {
        // Java turns an IPv4-mapped literal into an Inet4Address, so format the 16 bytes directly.
        byte[] bytes = new byte[16];
        String[] groups = literal.split(":");
        for (int i = 0; i < 8; i++) {
            int group = Integer.parseInt(groups[i], 16);
            bytes[2 * i] = (byte) (group >>> 8);
            bytes[2 * i + 1] = (byte) group;
        }
        assertThat(Names.ipv6(bytes)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, CS0", "8, CS1", "46, EF PHB", "10, AF11", "38, AF43", "1, LE", "3, Unknown"})
    void dscpNames(int dscp, String name) {
        assertThat(Names.dscp(dscp)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource({"0x00, '0x00 (DSCP: CS0, ECN: Not-ECT)'", "0xb8, '0xb8 (DSCP: EF PHB, ECN: Not-ECT)'",
            "0x03, '0x03 (DSCP: CS0, ECN: CE)'", "0x02, '0x02 (DSCP: CS0, ECN: ECT(0))'"})
    void rfc3168_trafficClassSummary(String value, String text) {
        assertThat(Names.trafficClass(Integer.decode(value))).isEqualTo(text);
    }
}
