package org.wirewise.model.dns.sec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.wirewise.model.dns.DnsWire;
import org.wirewise.model.dns.Rdata;
import org.wirewise.model.dns.RecordType;
import org.wirewise.model.dns.ResourceRecord;

/**
 * The RFCs' own examples, byte for byte: RFC 4034 §5.4's DS and RFC 8080 §6.1's Ed25519 keys, DS records and
 * RRSIGs. RFC 8080's printed RRSIGs were made with a label count of 3 and do not verify; verified Errata ID 4935
 * replaces them with signatures over labels 2. Both are reproduced here, so the erratum's story is checked too.
 */
class DnssecVectorsTest {

    private static final Base64.Decoder B64 = Base64.getDecoder();
    private static final HexFormat HEX = HexFormat.of();

    /** RFC 4034 §5.4: dskey.example.com.'s DNSKEY 256 3 5 (RSA/SHA-1), key id 60485. */
    private static final String DSKEY = "AQOeiiR0GOMYkDshWoSKz9XzfwJr1AYtsmx3TGkJaNXVbfi/2pHm822aJ5iI9BMzNXxeYCmZ"
            + "DRD99WYwYqUSdjMmmAphXdvxegXd/M5+X7OrzKBaMbCVdFLUUh6DhweJBjEVv5f2wwjM9XzcnOf+EPbtG9DMBmADjFDc2w/r"
            + "ljwvFw==";

    @Test
    void rfc4034Section54DsDigestAndKeyTag() {
        Rdata.Dnskey key = new Rdata.Dnskey(256, 3, 5, B64.decode(DSKEY));
        Rdata.Ds ds = Dnssec.ds("dskey.example.com.", key, Dnssec.SHA1);
        assertThat(ds.keyTag()).isEqualTo(60485);
        assertThat(ds.algorithm()).isEqualTo(5);
        assertThat(ds.digestType()).isEqualTo(1);
        assertThat(HEX.formatHex(ds.digest())).isEqualToIgnoringCase("2BB183AF5F22588179A53B0A98631FAD1A292118");
        // and its wire form, RFC 4034 §5.1: tag EC45, algorithm 05, type 01, the digest
        assertThat(HEX.formatHex(DnsWire.canonicalRdata(ds)))
                .isEqualToIgnoringCase("EC4505012BB183AF5F22588179A53B0A98631FAD1A292118");
    }

    /** RFC 8080 §6.1's two Ed25519 examples: private key → DNSKEY → key tag → DS → RRSIG over the MX RRset. */
    @ParameterizedTest
    @CsvSource({
        "ODIyNjAzODQ2MjgwODAxMjI2NDUxOTAyMDQxNDIyNjI=, l02Woi0iS8Aa25FQkUd9RMzZHJpBoRQwAQEX1SxZJA4=, 3613, "
                + "3aa5ab37efce57f737fc1627013fee07bdf241bd10f3b1964ab55c78e79a304b, "
                + "oL9krJun7xfBOIWcGHi7mag5/hdZrKWw15jPGrHpjQeRAvTdszaPD+QLs3fx8A4M3e23mRZ9VrbpMngwcrqNAg==, "
                + "Edk+IB9KNNWg0HAjm7FazXyrd5m3Rk8zNZbvNpAcM+eysqcUOMIjWoevFkjH5GaMWeG96GUVZu6ECKOQmemHDg==",
        "DSSF3o0s0f+ElWzj9E/Osxw8hLpk55chkmx0LYN5WiY=, zPnZ/QwEe7S8C5SPz2OfS5RR40ATk2/rYnE9xHIEijs=, 35217, "
                + "401781b934e392de492ec77ae2e15d70f6575a1c0bc59c5275c04ebe80c6614c, "
                + "zXQ0bkYgQTEFyfLyi9QoiY6D8ZdYo4wyUhVioYZXFdT410QPRITQSqJSnzQoSm5poJ7gD7AQR0O7KuI5k2pcBg==, "
                + "5LL2obmzdqjWI+Xto5eP5adXt/T5tMhasWvwcyW4L3SzfcRawOle9bodhC+oip9ayUGjY9T/rL4rN3bOuESGDA=="
    })
    void rfc8080Section6Ed25519(String privateKey, String publicKey, int keyTag, String dsDigest, String errataSignature,
                                String printedSignature) {
        ZoneKey key = ZoneKey.ed25519("example.com.", 257, B64.decode(privateKey));
        assertThat(key.dnskey().toString()).isEqualTo("257 3 15 " + publicKey);
        assertThat(key.keyTag()).isEqualTo(keyTag);
        assertThat(Dnssec.ds("example.com.", key.dnskey(), Dnssec.SHA256))
                .hasToString(keyTag + " 15 2 " + dsDigest);

        List<ResourceRecord> mx = List.of(ResourceRecord.in("example.com.", RecordType.MX, 3600,
                new Rdata.Mx(10, "mail.example.com.")));
        ResourceRecord rrsig = key.sign(mx, 1438207200L, 1440021600L);
        Rdata.Rrsig sig = (Rdata.Rrsig) rrsig.data();
        assertThat(sig).hasToString("MX 15 2 3600 1440021600 1438207200 " + keyTag + " example.com. " + errataSignature);
        assertThat(Verifier.verifies(sig, mx, key.dnskey())).isTrue();

        // the RFC as printed: labels 3 (the root counted). The signature is sound over those bytes, but the
        // field claims more labels than example.com. has, so a validator refuses it (RFC 4035 §5.3.1)
        Rdata.Rrsig printed = new Rdata.Rrsig(RecordType.MX, 15, 3, 3600, 1440021600L, 1438207200L, keyTag,
                "example.com.", new byte[0]);
        assertThat(Base64.getEncoder().encodeToString(key.signature(Dnssec.signedData(printed, mx))))
                .isEqualTo(printedSignature);
        assertThat(printed.labels()).isGreaterThan(Dnssec.labels("example.com."));
    }

    @Test
    void theSignedDataIsRrsigFieldsThenTheCanonicalRrset() {
        // RFC 8080 §6.1's MX RRset: RRSIG fields (type MX, alg 15, labels 2, TTL 3600, expiration, inception,
        // tag 3613, signer) then owner, type, class, TTL, RDLENGTH 20 and "10 mail.example.com." uncompressed
        Rdata.Rrsig sig = new Rdata.Rrsig(RecordType.MX, 15, 2, 3600, 1440021600L, 1438207200L, 3613, "example.com.",
                new byte[0]);
        byte[] data = Dnssec.signedData(sig, List.of(ResourceRecord.in("example.com.", RecordType.MX, 3600,
                new Rdata.Mx(10, "mail.example.com."))));
        assertThat(HEX.formatHex(data)).isEqualTo("000f0f0200000e1055d4fc6055b94ce00e1d076578616d706c6503636f6d00"
                + "076578616d706c6503636f6d00000f000100000e100014000a046d61696c076578616d706c6503636f6d00");
    }

    @Test
    void anRrsetIsSignedInCanonicalOrderWhateverOrderItIsGiven() {
        ZoneKey key = ZoneKey.ed25519("example.com.", 256, new byte[32]);
        ResourceRecord a = ResourceRecord.in("www.example.com.", RecordType.A, 300, Rdata.Address.of("192.0.2.10"));
        ResourceRecord b = ResourceRecord.in("www.example.com.", RecordType.A, 300, Rdata.Address.of("192.0.2.9"));
        Rdata.Rrsig one = (Rdata.Rrsig) key.sign(List.of(a, b), 0, 100).data();
        Rdata.Rrsig other = (Rdata.Rrsig) key.sign(List.of(b, a), 0, 100).data();
        assertThat(one).isEqualTo(other);
        assertThat(Verifier.verifies(one, List.of(b, a), key.dnskey())).isTrue();
        assertThat(Verifier.verifies(one, List.of(a), key.dnskey())).as("a record left out").isFalse();
    }

    @Test
    void canonicalNameOrderIsRfc4034Section61s() {
        // RFC 4034 §6.1's example list in canonical order, without \001 and \200, which DnsName does not hold
        // ('~', 0x7E, stands in for \200: it too sorts after '*')
        List<String> ordered = List.of("example.", "a.example.", "yljkjljk.a.example.", "Z.a.example.",
                "zABC.a.EXAMPLE.", "z.example.", "*.z.example.", "~.z.example.");
        List<String> shuffled = new java.util.ArrayList<>(ordered);
        java.util.Collections.reverse(shuffled);
        shuffled.sort(org.wirewise.model.dns.DnsName.CANONICAL_ORDER);
        assertThat(shuffled).isEqualTo(ordered);
    }
}
