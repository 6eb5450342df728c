package org.wirewise.model.tls.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DER encodings pinned by hand from X.690 and RFC 5280, and read back. */
class DerTest {

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    @Test
    void oids_encodeTheFirstTwoArcsTogether_andLargeArcsInBase128() {
        assertThat(hex(Der.oid("1.3.101.112"))).isEqualTo("06032b6570"); // id-Ed25519, RFC 8410 §3
        assertThat(hex(Der.oid("2.5.29.19"))).isEqualTo("0603551d13"); // basicConstraints
        assertThat(hex(Der.oid("1.2.840.113549"))).isEqualTo("06062a864886f70d"); // 840 = 0x86 0x48
        assertThat(DerReader.read(Der.oid("1.2.840.113549")).oid()).isEqualTo("1.2.840.113549");
    }

    @Test
    void lengths_useTheShortFormBelow128_andTheLongFormAbove() {
        assertThat(hex(Der.octetString(new byte[127])).substring(0, 4)).isEqualTo("047f");
        assertThat(hex(Der.octetString(new byte[128])).substring(0, 6)).isEqualTo("048180");
        assertThat(hex(Der.octetString(new byte[300])).substring(0, 8)).isEqualTo("0482012c");
        assertThat(DerReader.read(Der.octetString(new byte[300])).contents()).hasSize(300);
    }

    @Test
    void integers_areMinimalTwosComplement_andBooleanTrueIsFF() {
        assertThat(hex(Der.integer(2))).isEqualTo("020102");
        assertThat(hex(Der.integer(128))).isEqualTo("02020080"); // a leading 0 keeps it positive
        assertThat(hex(Der.bool(true))).isEqualTo("0101ff");
    }

    @Test
    void times_areUtcTimeUntil2049_andGeneralizedTimeFrom2050() {
        ZonedDateTime last = ZonedDateTime.of(2049, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC);
        ZonedDateTime first = ZonedDateTime.of(2050, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        assertThat(new String(Der.time(last), java.nio.charset.StandardCharsets.US_ASCII).substring(2))
                .isEqualTo("491231235959Z");
        assertThat(Der.time(last)[0]).isEqualTo((byte) 0x17);
        assertThat(new String(Der.time(first), java.nio.charset.StandardCharsets.US_ASCII).substring(2))
                .isEqualTo("20500101000000Z");
        assertThat(Der.time(first)[0]).isEqualTo((byte) 0x18);
        assertThat(DerReader.read(Der.time(last)).time()).isEqualTo(last);
        assertThat(DerReader.read(Der.time(first)).time()).isEqualTo(first);
        // RFC 5280 §4.1.2.5.1: a two-digit year of 50 or more is 19YY.
        assertThat(DerReader.read(Der.time(ZonedDateTime.of(1950, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC))).time().getYear())
                .isEqualTo(1950);
    }

    @Test
    void theRootUsesGeneralizedTimeForItsNotAfterIn2050() {
        Certificate root = Chains.of(ChainFault.NONE).root();
        Certificate.Field validity = root.fields().stream().filter(f -> f.name().equals("validity")).findFirst().orElseThrow();
        DerReader.Value v = DerReader.read(root.der(), validity.start(), validity.end());
        assertThat(v.children()).extracting(DerReader.Value::tag).containsExactly(Der.UTC_TIME, Der.GENERALIZED_TIME);
    }

    @Test
    void keyUsage_andBasicConstraints_encodeAsRfc5280Asks() {
        CertificateChain chain = Chains.of(ChainFault.NONE);
        String intermediate = hex(chain.intermediate().der());
        // basicConstraints, critical, SEQUENCE { cA TRUE, pathLenConstraint 0 }
        assertThat(intermediate).contains("0603551d13" + "0101ff" + "0408" + "3006" + "0101ff" + "020100");
        // keyUsage, critical, BIT STRING with 1 unused bit: keyCertSign (5) and cRLSign (6) = 0x06
        assertThat(intermediate).contains("0603551d0f" + "0101ff" + "0404" + "03020106");
        String leaf = hex(chain.leaf().der());
        // cA FALSE is the DEFAULT, so DER leaves an empty SEQUENCE; keyUsage digitalSignature (0) = 0x80, 7 unused
        assertThat(leaf).contains("0603551d13" + "0101ff" + "0402" + "3000");
        assertThat(leaf).contains("0603551d0f" + "0101ff" + "0404" + "03020780");
        assertThat(chain.leaf().dnsNames()).isEqualTo(List.of("shop.example.com", "www.shop.example.com"));
    }
}
