package org.wirewise.model.dns.sec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirewise.model.dns.DnsMessage;
import org.wirewise.model.dns.DnsName;
import org.wirewise.model.dns.DnsReader;
import org.wirewise.model.dns.DnsWire;
import org.wirewise.model.dns.RecordType;
import org.wirewise.model.dns.Zone;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.Type;
import org.xbill.DNS.dnssec.ValidatingResolver;

/**
 * The second judge: dnsjava's validator, given the same signed zones and the same trust anchor, reaches the same
 * verdict as ours (secure, or bogus) for the sound chain and for each fault.
 */
class DnsjavaJudgeTest {

    /** Answers as a recursive resolver would, with DNSSEC records, straight from the signed zones' data. */
    private static final class Zones implements Resolver {
        private final List<Zone> zones;

        Zones(List<Zone> zones) {
            this.zones = zones;
        }

        @Override
        public CompletionStage<Message> sendAsync(Message query, Executor executor) {
            try {
                DnsMessage q = DnsReader.decode(query.toWire());
                DnsMessage.Question question = q.question();
                // a DS is the parent's to answer (RFC 4035 §3.1.4.1); everything else the deepest zone's
                String lookupName = question.type() == RecordType.DS ? DnsName.parent(question.name()) : question.name();
                Zone zone = zones.get(0);
                for (Zone z : zones) {
                    if (DnsName.isWithin(lookupName, z.origin())) {
                        zone = z;
                    }
                }
                Zone.Answer a = zone.lookup(question, true);
                DnsMessage reply = DnsMessage.reply(q, a.authoritative(), true, a.rcode(), a.answers(), a.authority(),
                        List.of(org.wirewise.model.dns.ResourceRecord.opt(4096, true)));
                return CompletableFuture.completedFuture(new Message(DnsWire.encode(reply)));
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        }

        @Override
        public void setPort(int port) {
        }

        @Override
        public void setTCP(boolean flag) {
        }

        @Override
        public void setIgnoreTruncation(boolean flag) {
        }

        @Override
        public void setEDNS(int version, int payloadSize, int flags, List<org.xbill.DNS.EDNSOption> options) {
        }

        @Override
        public void setTSIGKey(TSIG key) {
        }

        @Override
        public void setTimeout(Duration timeout) {
        }
    }

    @ParameterizedTest
    @CsvSource({"NONE, www.example.com", "BAD_SIGNATURE, www.example.com", "EXPIRED_SIGNATURE, www.example.com",
        "DS_MISMATCH, www.example.com", "NONE, nosuch.example.com"})
    void dnsjavasValidatorAgreesWithOurs(SignedZones.Fault fault, String name) throws Exception {
        DnssecScenario s = new DnssecScenario(name, RecordType.A, fault, 1);
        SecureLookup.Result ours = SecureLookup.run(s, org.wirewise.model.dns.DnsObserver.NONE);

        Clock clock = Clock.fixed(Instant.ofEpochSecond(DnssecScenario.START_EPOCH + 1), ZoneOffset.UTC);
        ValidatingResolver judge = new ValidatingResolver(new Zones(ours.zones().zones()), clock);
        String anchor = ". 172800 IN DS " + ours.zones().trustAnchor().get(0) + "\n";
        judge.loadTrustAnchors(new ByteArrayInputStream(anchor.getBytes(StandardCharsets.US_ASCII)));
        Message answer = judge.send(Message.newQuery(org.xbill.DNS.Record.newRecord(Name.fromString(name + "."),
                Type.A, DClass.IN)));

        boolean theirsSecure = answer.getHeader().getFlag(Flags.AD);
        boolean theirsBogus = answer.getRcode() == Rcode.SERVFAIL;
        assertThat(theirsSecure).as("dnsjava: " + answer).isEqualTo(ours.verdict().orElseThrow().secure());
        assertThat(theirsBogus).isEqualTo(!ours.verdict().get().secure());
        assertThat(answer.getRcode()).isEqualTo(ours.answer().rcode().code());
    }
}
