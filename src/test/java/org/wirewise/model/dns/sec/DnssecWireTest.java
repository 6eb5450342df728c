package org.wirewise.model.dns.sec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.dns.DnsCapture;
import org.wirewise.model.dns.DnsFormatException;
import org.wirewise.model.dns.DnsMessage;
import org.wirewise.model.dns.DnsReader;
import org.wirewise.model.dns.DnsWire;
import org.wirewise.model.dns.Rdata;
import org.wirewise.model.dns.RecordType;
import org.wirewise.model.dns.ResourceRecord;
import org.wirewise.testing.Tshark;

/** DNSKEY, DS, RRSIG and NSEC on the wire: read back, read by dnsjava and tshark, and RSA signatures dnsjava accepts. */
class DnssecWireTest {

    private static final String WWW = "www.example.com.";
    private static final ZoneKey ZSK = ZoneKey.ed25519("example.com.", 256, new SplittableRandom(7));
    private static final ZoneKey KSK = ZoneKey.ed25519("example.com.", 257, new SplittableRandom(8));

    private static DnsMessage signedAnswer() {
        DnsMessage q = DnsMessage.query(0x5EC5, new DnsMessage.Question(WWW, RecordType.A), false, 1232, true);
        List<ResourceRecord> a = List.of(ResourceRecord.in(WWW, RecordType.A, 300, Rdata.Address.of("192.0.2.10")));
        List<ResourceRecord> keys = List.of(KSK.dnskeyRecord(3600), ZSK.dnskeyRecord(3600));
        return DnsMessage.reply(q, true, false, DnsMessage.Rcode.NOERROR,
                List.of(a.get(0), ZSK.sign(a, 1_764_979_200L, 1_767_571_200L)),
                List.of(ResourceRecord.in("example.com.", RecordType.DS, 86400,
                                Dnssec.ds("example.com.", KSK.dnskey(), Dnssec.SHA256)),
                        ResourceRecord.in("mail.example.com.", RecordType.NSEC, 300, new Rdata.Nsec("ns1.example.com.",
                                List.of(RecordType.A, RecordType.RRSIG, RecordType.NSEC)))),
                List.of(keys.get(0), keys.get(1), KSK.sign(keys, 1_764_979_200L, 1_767_571_200L),
                        ResourceRecord.opt(1232, true)));
    }

    @Test
    void everyDnssecRecordReadsBackAndTheDoAndAdBitsSurvive() throws Exception {
        DnsMessage m = signedAnswer().withAuthenticData(true);
        byte[] bytes = DnsWire.encode(m);
        assertThat(bytes[3] & 0x20).as("AD, RFC 4035 §3.2.3").isEqualTo(0x20);
        DnsMessage back = DnsReader.decode(bytes);
        assertThat(back).isEqualTo(m);
        assertThat(back.dnssecOk()).isTrue();
        assertThat(DnsMessage.query(1, new DnsMessage.Question(WWW, RecordType.A), false, 1232).dnssecOk()).isFalse();
    }

    @Test
    void signerAndNextNamesAreNeverCompressed() {
        byte[] bytes = DnsWire.encode(signedAnswer());
        // the RRSIG's signer "example.com." appears whole after the question already wrote it (RFC 4034 §3.1.7)
        byte[] name = DnsWire.canonicalName("example.com.");
        int count = 0;
        for (int i = 0; i + name.length <= bytes.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(bytes, i, i + name.length), name)) {
                count++;
            }
        }
        assertThat(count).as("written in full by the question, each RRSIG's signer").isGreaterThanOrEqualTo(3);
    }

    @Test
    void aTruncatedDnssecRecordIsRefusedWithAReason() {
        byte[] bytes = DnsWire.encode(signedAnswer());
        for (int cut = 12; cut < bytes.length; cut += 7) {
            byte[] shorter = Arrays.copyOf(bytes, cut);
            assertThatThrownBy(() -> DnsReader.decode(shorter)).isInstanceOf(DnsFormatException.class);
        }
    }

    @Test
    void dnsjavaReadsTheRecordsAndAcceptsOurRsaSignatures() throws Exception {
        org.xbill.DNS.Message m = new org.xbill.DNS.Message(DnsWire.encode(signedAnswer()));
        assertThat(m.getSection(org.xbill.DNS.Section.AUTHORITY).get(0).rdataToString())
                .isEqualToIgnoringCase(Dnssec.ds("example.com.", KSK.dnskey(), Dnssec.SHA256).toString());
        assertThat(m.getSection(org.xbill.DNS.Section.AUTHORITY).get(1).rdataToString())
                .isEqualTo("ns1.example.com. A RRSIG NSEC");
        assertThat(((org.xbill.DNS.DNSKEYRecord) m.getSection(org.xbill.DNS.Section.ADDITIONAL).get(0)).getFootprint())
                .isEqualTo(KSK.keyTag());
        assertThat(m.getOPT().getFlags() & org.xbill.DNS.ExtendedFlags.DO).isNotZero();

        ZoneKey rsa = ZoneKey.rsa(".", 257, 2048, new SplittableRandom(1));
        List<ResourceRecord> soa = List.of(ResourceRecord.in(".", RecordType.SOA, 86400, new Rdata.Soa(
                "a.root-servers.net.", "nstld.verisign-grs.com.", 2026120600, 1800, 900, 604800, 86400)));
        ResourceRecord sig = rsa.sign(soa, 1_764_979_200L, 1_767_571_200L);
        assertThat(((Rdata.Rrsig) sig.data()).signature()).hasSize(256);
        org.xbill.DNS.RRset set = new org.xbill.DNS.RRset(dnsjava(soa.get(0)));
        org.xbill.DNS.DNSSEC.verify(set, (org.xbill.DNS.RRSIGRecord) dnsjava(sig),
                (org.xbill.DNS.DNSKEYRecord) dnsjava(rsa.dnskeyRecord(172800)),
                java.time.Instant.ofEpochSecond(1_765_000_000L));
        // the same seed, the same key and signature: RSA PKCS#1 v1.5 is deterministic
        ZoneKey again = ZoneKey.rsa(".", 257, 2048, new SplittableRandom(1));
        assertThat(again.dnskey()).isEqualTo(rsa.dnskey());
        assertThat(again.sign(soa, 1_764_979_200L, 1_767_571_200L)).isEqualTo(sig);
    }

    static org.xbill.DNS.Record dnsjava(ResourceRecord r) throws Exception {
        DnsMessage carrier = DnsMessage.reply(DnsMessage.query(1, new DnsMessage.Question(r.name(), r.type()), false, 0),
                true, false, DnsMessage.Rcode.NOERROR, List.of(r), List.of(), List.of());
        return new org.xbill.DNS.Message(DnsWire.encode(carrier)).getSection(org.xbill.DNS.Section.ANSWER).get(0);
    }

    @Test
    void tsharkReadsEveryDnssecFieldWithNothingMalformed(@TempDir Path dir) throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Path pcap = dir.resolve("dnssec.pcap");
        DnsCapture.write(pcap, signedAnswer());
        List<String[]> rows = Tshark.fields(pcap, "dns.rrsig.key_tag", "dns.rrsig.signers_name", "dns.dnskey.key_id",
                "dns.ds.key_id", "dns.nsec.next_domain_name", "dns.resp.z.do", "_ws.malformed", "_ws.expert");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsExactly(ZSK.keyTag() + "," + KSK.keyTag(), "example.com,example.com",
                KSK.keyTag() + "," + ZSK.keyTag(), String.format("0x%04x", KSK.keyTag()), "ns1.example.com", "1", "", "");
    }
}
