package org.wirewise.model.addr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Parsing and RFC 5952 text, with the RFC's own examples. */
class IpAddressTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // RFC 5952 §4.1: leading zeros are suppressed; "0001" becomes "1".
            "2001:0db8::0001, 2001:db8::1",
            // §4.2.1: "::" is used to its maximum capability.
            "2001:db8:0:0:0:0:2:1, 2001:db8::2:1",
            // §4.2.2: "::" must not shorten just one 16-bit 0 field.
            "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
            // §4.2.3: the longest run is shortened; on a tie, the first.
            "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
            "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
            // §4.3: lower case.
            "2001:DB8::1, 2001:db8::1",
            // §5: an IPv4-mapped address keeps its dotted tail.
            "::ffff:192.0.2.1, ::ffff:192.0.2.1",
            "0:0:0:0:0:FFFF:C000:0201, ::ffff:192.0.2.1",
            "::, ::",
            "::1, ::1",
            "1::, 1::",
            "fe80:0:0:0:0:0:0:0, fe80::",
            "0:0:0:0:0:0:0:1, ::1"})
    void canonicalTextFollowsRfc5952(String typed, String canonical) {
        assertThat(IpAddress.parse(typed).toString()).isEqualTo(canonical);
    }

    /** RFC 5952 §2.1–2.3: every one of these is the same address, 2001:db8::1:0:0:1. */
    @ParameterizedTest
    @ValueSource(strings = {"2001:db8:0:0:1:0:0:1", "2001:0db8:0:0:1:0:0:1", "2001:db8::1:0:0:1",
            "2001:db8::0:1:0:0:1", "2001:0db8::1:0:0:1", "2001:db8:0:0:1::1", "2001:db8:0000:0:1::1",
            "2001:DB8:0:0:1::1"})
    void rfc5952Section2VariantsAreOneAddress(String typed) {
        assertThat(IpAddress.parse(typed).toString()).isEqualTo("2001:db8::1:0:0:1");
    }

    @Test
    void stepsLeadFromTheFullFormToTheCanonicalOne() {
        List<Rfc5952.Step> steps = Rfc5952.steps(IpAddress.parse("2001:0DB8:0000:0000:0000:FF00:0042:8329"), true);
        assertThat(steps).extracting(Rfc5952.Step::text).containsExactly(
                "2001:0DB8:0000:0000:0000:FF00:0042:8329",
                "2001:DB8:0:0:0:FF00:42:8329",
                "2001:DB8::FF00:42:8329",
                "2001:db8::ff00:42:8329");
        assertThat(steps).extracting(Rfc5952.Step::reference)
                .containsExactly("RFC 4291 §2.2", "RFC 5952 §4.1", "RFC 5952 §4.2", "RFC 5952 §4.3");
        List<Rfc5952.Step> mapped = Rfc5952.steps(IpAddress.parse("::ffff:198.51.100.7"), false);
        assertThat(mapped.get(mapped.size() - 1).text()).isEqualTo("::ffff:198.51.100.7");
        assertThat(mapped.get(mapped.size() - 2).text()).isEqualTo("::ffff:c633:6407");
    }

    @Test
    void ipv4IsDottedDecimalWithHexAndBits() {
        IpAddress a = IpAddress.parse("192.0.2.1");
        assertThat(a.value()).isEqualTo(BigInteger.valueOf(0xC0000201L));
        assertThat(a.hex()).isEqualTo("0xC0000201");
        assertThat(a.groupedBits()).isEqualTo("11000000.00000000.00000010.00000001");
        assertThat(IpAddress.parse("255.255.255.255").toString()).isEqualTo("255.255.255.255");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "10.0.0.256|octet 4 of \"10.0.0.256\" is 256; each octet is a number from 0 to 255",
            "1:2:3:4:5:6:7:8:9|has 9 groups; an IPv6 address has 8 groups",
            "::1::|has \"::\" twice",
            "' 10.0.0.1'|has a space at position 1",
            "''|empty address",
            "10.0.0|has 3 parts",
            "10.0.0.01|leading zeros are not allowed",
            "12345::|5 hex digits",
            "1:2:3:4:5:6:7:8::|8 groups besides \"::\"",
            "fe80::1%eth0|zone index",
            "::1.2.3.4:5|a dotted IPv4 part may only end the address",
            "1:2:3:4:5:6:7|has 7 groups",
            ":1:2:3:4:5:6:7|empty group",
            "g::|has 'g'"})
    void malformedAddressesAreRefusedWithWhatIsWrong(String text, String message) {
        assertThatThrownBy(() -> IpAddress.parse(text)).isInstanceOf(AddressFormatException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "10.0.0.0/33|prefix length /33 is too long; IPv4 allows /0 to /32",
            "2001:db8::/129|IPv6 allows /0 to /128",
            "10.0.0.0/|is missing",
            "10.0.0.0/-1|not a whole number",
            "10.0.0.0/8/8|two '/'",
            "/8|no address",
            "10.0.0.1/8|has host bits set; the /8 block that holds it is 10.0.0.0/8"})
    void malformedBlocksAreRefusedWithWhatIsWrong(String text, String message) {
        assertThatThrownBy(() -> Cidr.parse(text)).isInstanceOf(AddressFormatException.class)
                .hasMessageContaining(message);
    }
}
