package org.wirewise.model.tls.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 6125 §6.4 as clients apply it: exact labels ignoring case, one left-most wildcard label. */
class HostNamesTest {

    @Test
    void exactNames_matchIgnoringCase_andAFinalDot() {
        assertThat(HostNames.matches("shop.example.com", "SHOP.Example.com")).isTrue();
        assertThat(HostNames.matches("shop.example.com", "shop.example.com.")).isTrue();
        assertThat(HostNames.matches("shop.example.com", "shop.example.org")).isFalse();
        assertThat(HostNames.matches("shop.example.com", "example.com")).isFalse();
    }

    @Test
    void aWildcardStandsForExactlyOneLeftMostLabel() {
        assertThat(HostNames.matches("*.example.com", "shop.example.com")).isTrue();
        assertThat(HostNames.matches("*.example.com", "example.com")).isFalse();
        assertThat(HostNames.matches("*.example.com", "a.shop.example.com")).isFalse();
        assertThat(HostNames.matches("shop.*.com", "shop.example.com")).isFalse();
        assertThat(HostNames.matches("f*.example.com", "foo.example.com")).isFalse();
        assertThat(HostNames.matches("*.com", "example.com")).isFalse();
    }

    @Test
    void theFirstMatchingNameIsReported() {
        assertThat(HostNames.matching(List.of("a.example.com", "*.example.com"), "b.example.com")).isEqualTo("*.example.com");
        assertThat(HostNames.matching(List.of("a.example.com"), "b.example.com")).isNull();
    }
}
