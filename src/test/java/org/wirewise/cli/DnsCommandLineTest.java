package org.wirewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.wirewise.model.dns.DnsResolutionSimulator;
import org.wirewise.model.dns.DnsScenario;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.Trace;

/** {@code wirewise dns resolve}: the lesson's first lookup, its packets and time, and one-line refusals. */
class DnsCommandLineTest extends CommandLineHarness {

    private String printed() {
        return stdout.toString(StandardCharsets.UTF_8) + out;
    }

    @Test
    void aColdLookupPrintsTheWalkDownAndTheLessonsOwnTime() {
        assertThat(run("dns", "resolve", "www.example.com", "--type", "A")).isZero();
        Trace lesson = DnsResolutionSimulator.simulate(DnsScenario.DEFAULTS);
        Measurement first = lesson.steps().stream().flatMap(s -> s.snapshot().measurements().stream()).findFirst()
                .orElseThrow();
        assertThat(printed()).contains("laptop    resolver  Query A www.example.com", "root      resolver  Referral: com NS",
                "auth      resolver  Answer A 192.0.2.10",
                String.format(java.util.Locale.ROOT, "answered after %.3f ms (resolver + 3 servers)",
                        first.duration() / 1e6));
    }

    @Test
    void aWarmLookupAsJsonIsOneRoundTripToTheResolver() throws Exception {
        assertThat(run("dns", "resolve", "www.example.com", "--cache", "warm", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(printed());
        assertThat(json.get("packets").size()).isEqualTo(2);
        assertThat(json.get("answeredBy").asText()).isEqualTo("resolver cache");
        assertThat(json.get("totalMs").asDouble()).isBetween(4.0, 4.1);
    }

    @Test
    void badInputExitsTwoWithOneLineSayingWhatIsAllowed() {
        assertThat(run("dns", "resolve", "www.example.com", "--type", "PTR")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo(
                "wirewise: --type: expected one of A, AAAA, CNAME, NS, MX, TXT, SOA, got \"PTR\"");
        err.getBuffer().setLength(0);
        assertThat(run("dns", "resolve", "a..b")).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("wirewise: NAME: a name has an empty label")
                .contains("expected labels of 1 to 63").doesNotContain("\n");
        err.getBuffer().setLength(0);
        assertThat(run("dns", "resolve", "x", "--cache", "hot")).isEqualTo(2);
        assertThat(err.toString()).contains("--cache: expected one of cold, warm");
    }

    @Test
    void dnssecPrintsTheVerdictAndEveryLinkOfTheLessonsChain() throws Exception {
        assertThat(run("dns", "resolve", "www.example.com", "--dnssec")).isZero();
        assertThat(printed()).contains("resolver  root      DNSKEY .? +DO", "resolver  laptop    A 192.0.2.10 +RRSIG AD",
                "Verdict: secure", "  1  Trust anchor → root KSK", "  9  www.example.com A signed");
        stdout.reset();
        out.getBuffer().setLength(0);
        assertThat(run("dns", "resolve", "www.example.com", "--dnssec", "--fault", "ds-mismatch", "--format",
                "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(printed());
        assertThat(json.get("verdict").asText()).contains("bogus", "SERVFAIL");
        assertThat(json.get("chain").get(6).get("result").asText()).isEqualTo("ds mismatch");
        assertThat(json.get("packets").get(json.get("packets").size() - 1).get("message").asText())
                .isEqualTo("SERVFAIL");
    }

    @Test
    void dnssecOptionsOutsideItsLookupAreRefusedSayingWhy() {
        assertThat(run("dns", "resolve", "www.example.com", "--dnssec", "--fault", "forged")).isEqualTo(2);
        assertThat(err.toString()).contains("--fault: expected one of none, bad-signature, expired-signature, "
                + "ds-mismatch");
        err.getBuffer().setLength(0);
        assertThat(run("dns", "resolve", "www.example.com", "--dnssec", "--cache", "warm")).isEqualTo(2);
        assertThat(err.toString()).contains("--dnssec: the validated lookup starts cold");
        err.getBuffer().setLength(0);
        assertThat(run("dns", "resolve", "www.example.com", "--fault", "ds-mismatch")).isEqualTo(2);
        assertThat(err.toString()).contains("--fault: only with --dnssec");
    }

    @Test
    void poisonPrintsTheMeasuredRateBesideTheOdds() {
        assertThat(run("dns", "poison", "--attempts", "10", "--randomize-port", "off", "--spoofs", "8192",
                "--runs", "3")).isZero();
        org.wirewise.model.dns.PoisoningRace.Result r = org.wirewise.model.dns.PoisoningRace.run(3, 10, 8192, false, 1);
        assertThat(printed()).contains("resolver source port: fixed", String.format(java.util.Locale.ROOT,
                "%10d %9.1f%% %9.4f%%", 10, 100 * r.successRate(10), 100 * r.expectedRate(10)));
        assertThat(run("dns", "poison", "--randomize-port", "maybe")).isEqualTo(2);
        assertThat(err.toString()).contains("--randomize-port: expected on or off");
    }

    @Test
    void overDotTheFirstAnswerPaysTcpAndTlsAndTheNextOneRoundTrip() throws Exception {
        assertThat(run("dns", "resolve", "www.example.com", "--transport", "dot", "--resolver-rtt", "10")).isZero();
        assertThat(printed()).contains("laptop    resolver  SYN", "laptop    resolver  ClientHello",
                "laptop    resolver  DoT Query www.example.com A", "resolver  laptop    DoT Answer 192.0.2.10",
                "answered after 30.", "TCP handshake 10.", "TLS handshake 10.",
                "the next question (mail.example.com) on the open connection: 10.");
        stdout.reset();
        out.getBuffer().setLength(0);
        assertThat(run("dns", "resolve", "mail.example.com", "--transport", "doh", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(printed());
        assertThat(json.get("transport").asText()).isEqualTo("doh");
        assertThat(json.get("totalMs").asDouble()).isBetween(12.0, 12.5); // three round trips of the default 4 ms
        JsonNode packets = json.get("packets");
        assertThat(packets.get(0).get("message").asText()).isEqualTo("SYN");
        assertThat(packets.get(packets.size() - 1).get("message").asText()).isEqualTo("DoH Answer 192.0.2.25");
    }

    @Test
    void aTransportOutsideTheListOrWithOptionsItDoesNotUseIsRefusedSayingWhy() {
        assertThat(run("dns", "resolve", "www.example.com", "--transport", "doq")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("wirewise: --transport: expected one of udp, dot, doh, got \"doq\"");
        err.getBuffer().setLength(0);
        assertThat(run("dns", "resolve", "www.example.com", "--transport", "dot", "--dnssec")).isEqualTo(2);
        assertThat(err.toString()).contains("--transport dot: the resolver answers from a warm cache")
                .contains("leave out --dnssec");
    }
}
