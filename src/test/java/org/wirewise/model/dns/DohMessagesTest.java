package org.wirewise.model.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.http.hpack.HeaderField;

/** DoH's requests against RFC 8484 §4.1's examples, byte for byte. */
class DohMessagesTest {

    private static final String AUTHORITY = "dnsserver.example.net";

    /** The stub's query for www.example.com A with RD, a random ID and no EDNS: DoH sends it with ID 0. */
    private static DnsMessage query(String name) {
        return DnsMessage.query(0x4d2f, new DnsMessage.Question(name, RecordType.A), true, 0);
    }

    @Test
    void theGetExampleOfRfc8484Section41IsReproducedExactly() {
        assertThat(DohMessages.request(DohMessages.Method.GET, AUTHORITY, query("www.example.com"))).containsExactly(
                new HeaderField(":method", "GET"), new HeaderField(":scheme", "https"),
                new HeaderField(":authority", AUTHORITY),
                new HeaderField(":path", "/dns-query?dns=AAABAAABAAAAAAAAA3d3dwdleGFtcGxlA2NvbQAAAQAB"),
                new HeaderField("accept", "application/dns-message"));
    }

    @Test
    void thePostExampleOfRfc8484Section41CarriesTheSame33Bytes() {
        DnsMessage q = query("www.example.com");
        assertThat(DohMessages.request(DohMessages.Method.POST, AUTHORITY, q)).containsExactly(
                new HeaderField(":method", "POST"), new HeaderField(":scheme", "https"),
                new HeaderField(":authority", AUTHORITY), new HeaderField(":path", "/dns-query"),
                new HeaderField("accept", "application/dns-message"),
                new HeaderField("content-type", "application/dns-message"), new HeaderField("content-length", "33"));
        assertThat(HexFormat.of().formatHex(DohMessages.body(DohMessages.Method.POST, q)))
                // RFC 8484 §4.1's hex, as printed there
                .isEqualTo("00000100000100000000000003777777" + "076578616d706c6503636f6d00000100" + "01");
        assertThat(DohMessages.body(DohMessages.Method.GET, q)).isEmpty();
    }

    @Test
    void theThirdExampleUsesBase64urlWhereBase64WouldWriteAPlus() {
        String name = "a.62characterlabel-makes-base64url-distinct-from-standard-base64.example.com";
        assertThat(DohMessages.getPath(query(name))).isEqualTo("/dns-query?dns=AAABAAABAAAAAAAAAWE-NjJjaGFyYWN0ZXJsYWJlbC1tYWtl"
                + "cy1iYXNlNjR1cmwtZGlzdGluY3QtZnJvbS1zdGFuZGFyZC1iYXNlNjQHZXhhbXBsZQNjb20AAAEAAQ");
    }

    @Test
    void aServerReadsBothFormsBackAndRefusesWhatIsNotAQuery() {
        DnsMessage q = query("www.example.com");
        for (DohMessages.Method m : DohMessages.Method.values()) {
            assertThat(DohMessages.query(DohMessages.request(m, AUTHORITY, q), DohMessages.body(m, q)))
                    .as("%s", m).contains(q.withId(0));
        }
        List<HeaderField> bad = List.of(new HeaderField(":method", "GET"), new HeaderField(":path", "/dns-query?dns=%%%"));
        assertThat(DohMessages.query(bad, new byte[0])).isEmpty();
        assertThat(DohMessages.badRequest().headers()).first().isEqualTo(new HeaderField(":status", "400"));
    }

    @Test
    void theResponseMayBeCachedNoLongerThanItsShortestTtl() {
        DnsMessage answer = DnsMessage.reply(query("www.example.com"), false, true, DnsMessage.Rcode.NOERROR, List.of(
                ResourceRecord.in("www.example.com", RecordType.CNAME, 600, new Rdata.Target("web.example.com")),
                ResourceRecord.in("web.example.com", RecordType.A, 300, Rdata.Address.of("192.0.2.10"))), List.of(), List.of());
        assertThat(DohMessages.response(answer).headers()).contains(new HeaderField(":status", "200"),
                new HeaderField("content-type", "application/dns-message"), new HeaderField("cache-control", "max-age=300"));
    }
}
