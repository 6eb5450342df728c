package org.wirewise.model.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.testing.Tshark;

class DnsWireTest {

    private static final DnsMessage.Question WWW = new DnsMessage.Question("www.example.com", RecordType.A);

    /** A response carrying every record type the lessons use, compressed. */
    static DnsMessage everyType() {
        DnsMessage q = DnsMessage.query(0xBEEF, WWW, true, 1232);
        return DnsMessage.reply(q, true, true, DnsMessage.Rcode.NOERROR, List.of(
                ResourceRecord.in("www.example.com", RecordType.CNAME, 300, new Rdata.Target("web.example.com")),
                ResourceRecord.in("web.example.com", RecordType.A, 300, Rdata.Address.of("192.0.2.10")),
                ResourceRecord.in("web.example.com", RecordType.AAAA, 300, Rdata.Address.of("2001:db8::10")),
                ResourceRecord.in("example.com", RecordType.MX, 3600, new Rdata.Mx(10, "mail.example.com")),
                ResourceRecord.in("example.com", RecordType.TXT, 3600, new Rdata.Txt(List.of("v=spf1 -all", "hello")))),
                List.of(ResourceRecord.in("example.com", RecordType.NS, 86400, new Rdata.Target("ns1.example.com")),
                        ResourceRecord.in("example.com", RecordType.SOA, 3600, new Rdata.Soa("ns1.example.com",
                                "hostmaster.example.com", 2026120601, 7200, 3600, 1209600, 300))),
                List.of(ResourceRecord.in("ns1.example.com", RecordType.A, 86400, Rdata.Address.of("192.0.2.53")),
                        ResourceRecord.opt(1232)));
    }

    @Test
    void aQueryIsTheBytesRfc1035Lays() throws Exception {
        byte[] b = DnsWire.encode(DnsMessage.query(0x1234, WWW, true, 0));
        // header: ID, RD only, one question; then 3www7example3com0, type A, class IN
        assertThat(b).containsExactly(0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0,
                3, 'w', 'w', 'w', 7, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 3, 'c', 'o', 'm', 0, 0, 1, 0, 1);
    }

    @Test
    void namesAreCompressedToPointersAtTheirFirstOccurrence() throws Exception {
        byte[] b = DnsWire.encode(everyType());
        // the first answer's owner is the question's name at offset 12: a pointer C0 0C (§4.1.4)
        int afterQuestion = 12 + 17 + 4;
        assertThat(Arrays.copyOfRange(b, afterQuestion, afterQuestion + 2)).containsExactly(0xC0, 0x0C);
        String text = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text.split("example", -1)).as("'example' written once").hasSize(2);
        assertThat(DnsReader.decode(b)).isEqualTo(everyType());
    }

    @Test
    void tcpFramingPrefixesTheLength() throws Exception {
        byte[] framed = DnsWire.encodeForTcp(everyType());
        assertThat(((framed[0] & 0xFF) << 8) | (framed[1] & 0xFF)).isEqualTo(framed.length - 2);
        assertThat(DnsReader.decodeFromTcp(framed)).isEqualTo(everyType());
    }

    @Test
    void aPointerLoopIsRefusedWithAReason() {
        byte[] b = DnsWire.encode(DnsMessage.query(1, WWW, true, 0));
        byte[] looped = Arrays.copyOf(b, b.length);
        looped[12] = (byte) 0xC0; // the question's name points at itself
        looped[13] = 12;
        assertThatThrownBy(() -> DnsReader.decode(looped)).isInstanceOf(DnsFormatException.class)
                .hasMessageContaining("loop");
    }

    @Test
    void aPointerOrLengthPastTheEndIsRefusedWithAReason() {
        byte[] b = DnsWire.encode(everyType());
        for (int cut = 0; cut < b.length; cut++) {
            byte[] shorter = Arrays.copyOf(b, cut);
            assertThatThrownBy(() -> DnsReader.decode(shorter)).isInstanceOf(DnsFormatException.class)
                    .hasMessageContaining("ends before");
        }
        byte[] forward = DnsWire.encode(DnsMessage.query(1, WWW, true, 0));
        forward[12] = (byte) 0xFF; // a pointer to offset 16383, far beyond the message
        assertThatThrownBy(() -> DnsReader.decode(forward)).isInstanceOf(DnsFormatException.class);
    }

    @Test
    void everyByteFlippedEitherDecodesOrIsRefusedNeverCrashes() {
        byte[] b = DnsWire.encode(everyType());
        for (int i = 0; i < b.length; i++) {
            for (int v : new int[] {0x00, 0xC0, 0xFF, 0x3F}) {
                byte[] damaged = b.clone();
                damaged[i] = (byte) v;
                try {
                    DnsReader.decode(damaged);
                } catch (DnsFormatException expected) {
                    assertThat(expected.getMessage()).isNotBlank();
                }
            }
        }
    }

    @Test
    void dnsjavaReadsTheSameRecords() throws Exception {
        org.xbill.DNS.Message m = new org.xbill.DNS.Message(DnsWire.encode(everyType()));
        assertThat(m.getHeader().getID()).isEqualTo(0xBEEF);
        assertThat(m.getHeader().getFlag(org.xbill.DNS.Flags.AA)).isTrue();
        assertThat(m.getSection(org.xbill.DNS.Section.ANSWER)).extracting(r -> r.getName() + " " + r.getTTL() + " "
                + org.xbill.DNS.Type.string(r.getType()) + " " + r.rdataToString()).containsExactly(
                "www.example.com. 300 CNAME web.example.com.",
                "web.example.com. 300 A 192.0.2.10",
                "web.example.com. 300 AAAA 2001:db8:0:0:0:0:0:10",
                "example.com. 3600 MX 10 mail.example.com.",
                "example.com. 3600 TXT \"v=spf1 -all\" \"hello\"");
        assertThat(m.getSection(org.xbill.DNS.Section.AUTHORITY).get(1).rdataToString())
                .isEqualTo("ns1.example.com. hostmaster.example.com. 2026120601 7200 3600 1209600 300");
        assertThat(m.getOPT().getPayloadSize()).isEqualTo(1232);
        // and dnsjava's own compressed bytes read back to the same message here
        assertThat(DnsReader.decode(m.toWire())).isEqualTo(everyType());
    }

    @Test
    void tsharkReadsEveryFieldWithNothingMalformed(@TempDir Path dir) throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Path pcap = dir.resolve("dns.pcap");
        DnsCapture.write(pcap, everyType());
        byte[] frame = DnsCapture.frame(everyType());
        // the bytes view names SOA and TXT fields as Wireshark does
        List<String> ours = new java.util.ArrayList<>();
        collect(org.wirewise.model.packet.Dissector.dissect(frame), ours);
        assertThat(ours).contains("Primary name server=ns1.example.com", "Minimum TTL=300", "TXT=v=spf1 -all",
                "TXT Length=5", "UDP payload size=1232").noneMatch(f -> f.startsWith("Malformed"));
        List<String[]> rows = Tshark.fields(pcap, "dns.id", "dns.flags.authoritative", "dns.qry.name",
                "dns.cname", "dns.a", "dns.aaaa", "dns.mx.mail_exchange", "dns.txt", "dns.ns", "dns.soa.mname",
                "dns.soa.rname", "dns.soa.minimum_ttl", "dns.rr.udp_payload_size", "_ws.malformed", "_ws.expert");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsExactly("0xbeef", "1", "www.example.com", "web.example.com", "192.0.2.10,192.0.2.53",
                "2001:db8::10", "mail.example.com", "v=spf1 -all,hello", "ns1.example.com", "ns1.example.com",
                "hostmaster.example.com", "300", "1232", "", "");
    }

    private static void collect(org.wirewise.model.packet.Field f, List<String> out) {
        out.add(f.name() + "=" + f.value());
        f.children().forEach(c -> collect(c, out));
    }
}
