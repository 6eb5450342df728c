package org.wirewise.model.dns.sec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.dns.RecordType;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.testing.Tshark;

/** The dnssec lesson as a learner steps through it: the queries, a verdict first, each link, the clear bytes. */
class DnssecSimulatorTest {

    private static Trace run(SignedZones.Fault fault) {
        return DnssecSimulator.simulate(new DnssecScenario("www.example.com", RecordType.A, fault, 1));
    }

    private static Table chain(Step s) {
        return s.snapshot().table(DnssecSimulator.CHAIN).orElseThrow();
    }

    @Test
    void aVerdictComesFirstThenEachLinkFromTheAnchorDown() {
        Trace t = run(SignedZones.Fault.NONE);
        // laptop → resolver, three DNSKEY fetches and three questions with their answers, resolver → laptop
        assertThat(t.packets()).hasSize(14);
        int verdict = t.steps().size() - 11;
        assertThat(t.steps().get(verdict).title()).contains("secure").contains("AD");
        assertThat(chain(t.steps().get(verdict)).rows()).hasSize(9).allMatch(r -> r.cells().get(3).equals("holds"));
        for (int i = 0; i < 9; i++) {
            Step link = t.steps().get(verdict + 1 + i);
            assertThat(link.title()).startsWith("Link " + (i + 1) + ":");
            assertThat(chain(link).rows().get(i).highlighted()).isTrue();
        }
        assertThat(t.steps().get(verdict + 1).title()).contains("trust anchor");
        assertThat(t.steps().get(verdict + 9).title()).contains("A RRset of www.example.com");
    }

    @Test
    void eachFaultIsNamedInTheVerdictAndItsLinkIsHighlighted() {
        for (SignedZones.Fault f : List.of(SignedZones.Fault.BAD_SIGNATURE, SignedZones.Fault.EXPIRED_SIGNATURE,
                SignedZones.Fault.DS_MISMATCH)) {
            Trace t = run(f);
            Step verdict = t.steps().get(t.steps().size() - 11);
            assertThat(verdict.title()).as(f.name()).contains("bogus").contains("SERVFAIL");
            assertThat(t.packets().get(t.packets().size() - 1).label()).startsWith("SERVFAIL");
            Table.Row broken = chain(verdict).rows().stream().filter(Table.Row::highlighted).findFirst().orElseThrow();
            String expected = switch (f) {
                case BAD_SIGNATURE -> "bad signature";
                case EXPIRED_SIGNATURE -> "expired";
                default -> "ds mismatch";
            };
            assertThat(broken.cells().get(3)).isEqualTo(expected);
            assertThat(verdict.narration()).contains("Link " + broken.cells().get(0) + " of 9 is broken");
        }
    }

    @Test
    void theLastStepPointsAtTheAddressInTheClearBytes() {
        Trace t = run(SignedZones.Fault.NONE);
        Step clear = t.steps().get(t.steps().size() - 1);
        assertThat(clear.title()).isEqualTo("DNSSEC authenticates; it does not encrypt");
        Matcher m = Pattern.compile("bytes (\\d+) to (\\d+)").matcher(clear.narration());
        assertThat(m.find()).isTrue();
        byte[] frame = t.packets().get(clear.packetId()).frame();
        int at = Integer.parseInt(m.group(1));
        assertThat(new byte[] {frame[at], frame[at + 1], frame[at + 2], frame[at + 3]})
                .containsExactly(192, 0, 2, 10);
        assertThat(t.packets().get(clear.packetId()).from()).isEqualTo("auth");
    }

    @Test
    void tsharkReadsTheSignaturesAndTheAdBit(@TempDir Path dir) throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Trace t = run(SignedZones.Fault.NONE);
        List<String[]> rows = Tshark.fields(t, "laptop", dir, "dns.flags.response", "dns.flags.authenticated",
                "dns.rrsig.signers_name", "_ws.malformed");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsExactly("1", "1", "example.com", "");
        List<String[]> resolver = Tshark.fields(t, "resolver", dir, "dns.dnskey.key_id", "_ws.malformed");
        assertThat(resolver.stream().map(r -> r[0]).filter(s -> !s.isEmpty())).hasSize(3);
        assertThat(resolver).allMatch(r -> r[1].isEmpty());
    }
}
