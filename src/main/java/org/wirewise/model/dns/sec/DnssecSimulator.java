package org.wirewise.model.dns.sec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.dns.DatagramOrigins;
import org.wirewise.model.dns.DnsMessage;
import org.wirewise.model.dns.DnsNetwork;
import org.wirewise.model.dns.Verdict;
import org.wirewise.model.dns.Zones;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;

/**
 * The {@code dnssec} lesson: the laptop asks its validating resolver with DO; every query and answer on the
 * network is a step (the resolver fetching each zone's DNSKEY RRset, referrals carrying signed DS records, the
 * signed answer); then the verdict, then each link of the chain of trust from the root's trust anchor down,
 * and last the answer's bytes, signed but readable by anyone on the path.
 */
public final class DnssecSimulator {

    public static final String LESSON_ID = "dnssec";
    public static final TableKey CHAIN = TableKey.of("dnssec-chain");

    /** One recorded DNS datagram: its packet id, sender and receiver lanes, arrival and message. */
    record Sent(int id, String from, String to, long arrival, DnsMessage message, byte[] frame) {
    }

    private final DnssecScenario s;
    private final DnssecNarration n;
    private final TraceBuilder trace;
    private final DatagramOrigins origins = new DatagramOrigins();
    private final List<Sent> sent = new ArrayList<>();

    private DnssecSimulator(DnssecScenario s, Locale language) {
        this.s = s;
        this.n = new DnssecNarration(language);
        trace = new TraceBuilder(LESSON_ID, List.of(
                new Lane(DnsNetwork.LAPTOP, n.lane("laptop"), "192.168.1.20"),
                new Lane(DnsNetwork.RESOLVER, n.lane("resolver"), DnsNetwork.RESOLVER_IP.getHostAddress()),
                new Lane(DnsNetwork.ROOT, n.lane("root"), Zones.ROOT_SERVER),
                new Lane(DnsNetwork.TLD, "com.", Zones.TLD_SERVER),
                new Lane(DnsNetwork.AUTH, "example.com.", Zones.EXAMPLE_SERVER)));
    }

    /** The lesson in English. */
    public static Trace simulate(DnssecScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with every word in {@code language}; packets and numbers are the same in every language. */
    public static Trace simulate(DnssecScenario scenario, Locale language) {
        return new DnssecSimulator(scenario, language).run();
    }

    private Trace run() {
        SecureLookup.Result r = SecureLookup.run(s, org.wirewise.model.dns.DnsObserver.NONE,
                net -> net.network().observe(this::transmission));
        step(0, n.introTitle(s), n.intro(s, r.zones()), List.of("RFC 4033 §2", "RFC 4035 §5"), -1, List.of());
        for (Sent x : sent) {
            step(x.arrival(), n.messageTitle(x), n.message(x, r.zones()), n.messageRefs(x), x.id(), List.of());
        }
        Verdict v = r.verdict().orElseThrow(() -> new IllegalStateException("the resolver judged nothing"));
        Sent answer = sent.get(sent.size() - 1);
        long end = answer.arrival();
        step(end, n.verdictTitle(v), n.verdict(v, r.answer()), List.of("RFC 4035 §5.5", "RFC 4035 §3.2.3"),
                answer.id(), List.of(chain(v, v.firstBroken().map(v.links()::indexOf).orElse(-1))));
        for (int i = 0; i < v.links().size(); i++) {
            Verdict.Link link = v.links().get(i);
            step(end, n.linkTitle(i, link), n.link(link), n.linkRefs(link), evidence(link), List.of(chain(v, i)));
        }
        Sent clear = sent.stream().filter(x -> x.from().equals(DnsNetwork.AUTH) && x.message().response()
                && !x.message().answers().isEmpty()).reduce((a, b) -> b).orElse(answer);
        step(end, n.clearTitle(), n.clear(clear), List.of("RFC 4033 §4", "RFC 7858 §1"), clear.id(), List.of());
        return trace.build();
    }

    /** The answer that brought what {@code link} checks (the RRset it names), so its bytes show beside it. */
    private int evidence(Verdict.Link link) {
        List<Sent> answers = sent.stream().filter(x -> x.to().equals(DnsNetwork.RESOLVER) && x.message().response())
                .toList();
        return answers.stream().filter(x -> java.util.stream.Stream.of(x.message().answers(), x.message().authority())
                        .flatMap(List::stream).anyMatch(r -> r.name().equals(link.name()) && r.type() == link.type()))
                .findFirst().or(() -> answers.stream().reduce((a, b) -> b)).map(Sent::id).orElse(-1);
    }

    private Table chain(Verdict v, int highlighted) {
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < v.links().size(); i++) {
            rows.add(new Table.Row(n.chainRow(i, v.links().get(i)), i == highlighted));
        }
        return new Table(CHAIN, n.chainTitle(v), n.chainColumns(), rows);
    }

    private void step(long time, String title, String text, List<String> refs, int packet, List<Table> tables) {
        trace.step(time, title, text, refs, packet, new Snapshot(List.of(), List.of(), tables));
    }

    /** Records each DNS datagram from the host that sent it to the host it reached. */
    private void transmission(Transmission t) {
        origins.deliveredDns(t).ifPresent(x -> {
            DatagramOrigins.Origin o = x.origin();
            String to = t.to().node().name();
            int id = trace.packet(o.lane(), to, o.start(), t.arrival(), t.fate(), n.label(x.message()), o.frame());
            sent.add(new Sent(id, o.lane(), to, t.arrival(), x.message(), o.frame()));
        });
    }
}
