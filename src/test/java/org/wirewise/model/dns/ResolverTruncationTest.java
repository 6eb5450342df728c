package org.wirewise.model.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.sim.SimTime;

/**
 * The recursive resolver's own upstream query: an answer larger than the 1232 bytes it offers in EDNS(0) comes back
 * from the authoritative server over UDP with TC set and only the question, and the resolver asks again over TCP
 * (RFC 7766 §5, RFC 6891 §7), as the stub does; the whole RRset then reaches the stub and the resolver's cache.
 */
class ResolverTruncationTest {

    /** What a process read: where, whether truncated, whether over TCP, how many answers. */
    private record Read(String at, boolean response, boolean truncated, boolean overTcp, int answers) {
    }

    @Test
    void aTruncatedUpstreamAnswerIsAskedAgainOverTcpAndTheWholeRrsetReachesTheStub() {
        // the apex's TXT RRset grown past the resolver's 1232 bytes, as a domain with many verification strings
        List<ResourceRecord> extra = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            extra.add(ResourceRecord.in(Zones.BIG_TXT, RecordType.TXT, 3600,
                    new Rdata.Txt(List.of("verification-" + i + "=" + "k".repeat(200)))));
        }
        Zone example = new Zone("example.com", Stream.concat(Zones.example().records().stream(), extra.stream()).toList());
        List<Read> reads = new ArrayList<>();
        DnsObserver observer = new DnsObserver() {
            @Override
            public void received(HostNode at, DnsMessage m, boolean overTcp) {
                reads.add(new Read(at.name(), m.response(), m.truncated(), overTcp, m.answers().size()));
            }
        };
        DnsScenario s = new DnsScenario("example.com", RecordType.TXT, CacheState.COLD, 4, 60, 4096, 1);
        DnsNetwork net = new DnsNetwork(s, List.of(Zones.root(), Zones.com(), example), observer);
        net.start();
        List<StubResolver.Result> results = new ArrayList<>();
        net.laptop.lookup(s.question(), results::add);
        net.network.simulation().runUntil(SimTime.seconds(5));

        int txt = (int) example.records().stream().filter(r -> r.type() == RecordType.TXT).count();
        DnsMessage whole = DnsMessage.reply(DnsMessage.query(1, s.question(), false, RecursiveResolver.EDNS_SIZE),
                true, false, DnsMessage.Rcode.NOERROR, example.find(Zones.BIG_TXT, RecordType.TXT), List.of(), List.of());
        assertThat(DnsWire.encode(whole).length).as("the RRset does not fit the resolver's EDNS buffer")
                .isGreaterThan(RecursiveResolver.EDNS_SIZE);
        List<Read> atResolver = reads.stream().filter(r -> r.at().equals(DnsNetwork.RESOLVER) && r.response()).toList();
        assertThat(atResolver).as("the referrals, then the truncated answer over UDP, then the whole one over TCP")
                .endsWith(new Read(DnsNetwork.RESOLVER, true, true, false, 0),
                        new Read(DnsNetwork.RESOLVER, true, false, true, txt));
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.records()).hasSize(txt);
            assertThat(r.overTcp()).as("the stub offered 4096 bytes: its own answer fits UDP").isFalse();
        });
        assertThat(net.resolver.cache().get(Zones.BIG_TXT, RecordType.TXT, net.network.now())).hasSize(txt);
    }
}
