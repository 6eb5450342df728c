package org.wirewise.model.dns.sec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.dns.DnsMessage;
import org.wirewise.model.dns.DnsObserver;
import org.wirewise.model.dns.RecordType;
import org.wirewise.model.dns.Verdict;
import org.wirewise.model.dns.Verdict.Outcome;
import org.wirewise.model.dns.Verdict.Step;
import org.wirewise.model.net.HostNode;

/** The validating resolver on the lesson's network: AD on a sound chain, SERVFAIL on each broken link. */
class ValidatingResolverTest {

    /** Every message each host read, in order. */
    private static final class Heard implements DnsObserver {
        final List<String> lines = new ArrayList<>();
        final List<DnsMessage> atLaptop = new ArrayList<>();

        @Override
        public void received(HostNode at, DnsMessage m, boolean overTcp) {
            lines.add(at.name() + " " + (m.response() ? "answer " : "query ") + m.question()
                    + (m.dnssecOk() ? " DO" : ""));
            if (at.name().equals("laptop")) {
                atLaptop.add(m);
            }
        }

        /** The resolver's answer as the laptop read it. */
        DnsMessage last() {
            return atLaptop.get(atLaptop.size() - 1);
        }
    }

    private static SecureLookup.Result run(SignedZones.Fault fault, String name, Heard heard) {
        return SecureLookup.run(new DnssecScenario(name, RecordType.A, fault, 1), heard);
    }

    @Test
    void aSoundChainGivesTheAnswerWithAdAndEveryLinkHolds() {
        Heard heard = new Heard();
        SecureLookup.Result r = run(SignedZones.Fault.NONE, "www.example.com", heard);
        assertThat(r.answer().rcode()).isEqualTo(DnsMessage.Rcode.NOERROR);
        DnsMessage last = heard.last();
        assertThat(last.authenticData()).as("AD, RFC 4035 §3.2.3").isTrue();
        assertThat(last.answers()).extracting(x -> x.type()).containsExactly(RecordType.A, RecordType.RRSIG);
        Verdict v = r.verdict().orElseThrow();
        assertThat(v.secure()).isTrue();
        assertThat(v.links()).extracting(l -> l.step() + " " + l.zone()).containsExactly(
                "ANCHOR .", "DNSKEY .",
                "DS_SIGNATURE .", "DS_DIGEST com.", "DNSKEY com.",
                "DS_SIGNATURE com.", "DS_DIGEST example.com.", "DNSKEY example.com.",
                "ANSWER example.com.");
        // the resolver fetched each zone's keys, with DO, before asking that zone the question
        assertThat(heard.lines.stream().filter(l -> l.startsWith("root ") || l.startsWith("tld ")
                || l.startsWith("auth ")).toList()).containsExactly(
                "root query . DNSKEY DO", "root query www.example.com A DO",
                "tld query com DNSKEY DO", "tld query www.example.com A DO",
                "auth query example.com DNSKEY DO", "auth query www.example.com A DO");
    }

    @Test
    void anAskerWithoutDoGetsNeitherSignaturesNorAdThoughTheResolverValidated() {
        Heard heard = new Heard();
        SecureLookup.Result r = SecureLookup.run(DnssecScenario.DEFAULTS, heard,
                net -> net.laptop().askWithDnssecOk(false));
        assertThat(r.verdict().orElseThrow().secure()).isTrue();
        assertThat(heard.last().answers()).extracting(x -> x.type()).containsExactly(RecordType.A);
        assertThat(heard.last().authenticData()).as("RFC 6840 §5.7: AD only if the query had DO or AD").isFalse();
    }

    @Test
    void aBadSignatureEndsInServfail() {
        assertBogus(SignedZones.Fault.BAD_SIGNATURE, Step.ANSWER, Outcome.BAD_SIGNATURE, "example.com.");
    }

    @Test
    void anExpiredSignatureEndsInServfail() {
        Verdict.Link broken = assertBogus(SignedZones.Fault.EXPIRED_SIGNATURE, Step.ANSWER, Outcome.EXPIRED,
                "example.com.");
        assertThat(broken.expiration()).isLessThan(DnssecScenario.START_EPOCH);
    }

    @Test
    void aDsThatMatchesNoKeyEndsInServfail() {
        Heard heard = new Heard();
        SecureLookup.Result r = run(SignedZones.Fault.DS_MISMATCH, "www.example.com", heard);
        assertThat(r.answer().rcode()).isEqualTo(DnsMessage.Rcode.SERVFAIL);
        // the DS names no key example.com. publishes, so no key of its DNSKEY set is vouched for, and the
        // answer's signature, sound in itself, is by a key nothing trusts
        assertThat(r.verdict().orElseThrow().links().stream().filter(l -> !l.holds()))
                .extracting(l -> l.step() + " " + l.zone() + " " + l.outcome())
                .containsExactly("DS_DIGEST example.com. DS_MISMATCH", "DNSKEY example.com. NO_KEY",
                        "ANSWER example.com. NO_KEY");
    }

    private static Verdict.Link assertBogus(SignedZones.Fault fault, Step step, Outcome outcome, String zone) {
        Heard heard = new Heard();
        SecureLookup.Result r = run(fault, "www.example.com", heard);
        assertThat(r.answer().rcode()).isEqualTo(DnsMessage.Rcode.SERVFAIL);
        DnsMessage last = heard.last();
        assertThat(last.authenticData()).isFalse();
        assertThat(last.answers()).as("no bogus record reaches the laptop").isEmpty();
        Verdict.Link broken = r.verdict().orElseThrow().firstBroken().orElseThrow();
        assertThat(broken.step()).isEqualTo(step);
        assertThat(broken.outcome()).isEqualTo(outcome);
        assertThat(broken.zone()).isEqualTo(zone);
        assertThat(r.verdict().get().links().stream().filter(l -> !l.holds())).as("only the broken link").hasSize(1);
        return broken;
    }

    @Test
    void aNameThatDoesNotExistIsProvenAbsentBySignedNsecs() {
        Heard heard = new Heard();
        SecureLookup.Result r = run(SignedZones.Fault.NONE, "nosuch.example.com", heard);
        assertThat(r.answer().rcode()).isEqualTo(DnsMessage.Rcode.NXDOMAIN);
        DnsMessage last = heard.last();
        assertThat(last.authenticData()).isTrue();
        assertThat(last.authority()).extracting(x -> x.name() + " " + x.type()).contains(
                "mail.example.com. NSEC", "example.com. NSEC");
        Verdict v = r.verdict().orElseThrow();
        assertThat(v.secure()).isTrue();
        assertThat(v.links()).extracting(l -> l.step() + " " + l.outcome()).contains("DENIAL VALID");
    }

    @Test
    void theSameSeedSignsTheSameZones() {
        assertThat(SecureLookup.zones(DnssecScenario.DEFAULTS).zones())
                .isEqualTo(SecureLookup.zones(DnssecScenario.DEFAULTS).zones());
    }
}
