package org.wirewise.model.dns;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;

/**
 * Part 2 of the DNS attacks lesson: one spoofed query per probe question (the amplification factor
 * measured from those packets' bytes), then a flood of the scenario's question at its rate, first
 * with every answer sent, then with response rate limiting on, while a real client in the victim's
 * prefix asks the same question. Every number comes from the recorded packets.
 */
final class AmplificationSimulator {

    static final TableKey FACTORS = TableKey.of("amplification-factors");
    static final TableKey FLOODS = TableKey.of("amplification-floods");
    static final long SECOND = 1_000_000_000L;
    /** How long each flood lasts. */
    static final long FLOOD_NS = 2 * SECOND;
    private static final long PROBE_GAP = 100_000_000L;
    private static final long UNLIMITED_AT = SECOND;
    private static final long LIMITED_AT = UNLIMITED_AT + FLOOD_NS + SECOND;
    /** When, into the limited flood, the real client asks. */
    private static final long CLIENT_DELAY = SECOND / 4;

    /** One probe's bytes: the query as sent and its answer at the victim, DNS message alone and whole frame. */
    record Factor(DnsMessage.Question question, int queryDns, int queryWire, int answerDns, int answerWire) {
        double dns() {
            return answerDns / (double) queryDns;
        }

        double wire() {
            return answerWire / (double) queryWire;
        }
    }

    /** One flood, counted from the packets: queries at the server, answers and bytes at the victim's site. */
    record Flood(boolean limited, long queries, long full, long truncated, long attackerBytes, long victimBytes) {
        long dropped() {
            return queries - full - truncated;
        }

        double victimPerSecond() {
            return victimBytes / (FLOOD_NS / (double) SECOND);
        }

        double attackerPerSecond() {
            return attackerBytes / (FLOOD_NS / (double) SECOND);
        }
    }

    /** What happened to the real client's question: its UDP attempts, and whether TCP carried the answer. */
    record ClientOutcome(long attempts, long dropped, boolean truncated, boolean overTcp, boolean answered) {
    }

    private final AttacksScenario s;
    private final AmplificationNarration n;
    private final TraceBuilder trace;
    private final AttackPackets packets;

    private AmplificationSimulator(AttacksScenario s, Locale language) {
        this.s = s;
        this.n = new AmplificationNarration(s, language);
        trace = new TraceBuilder(AttacksSimulator.LESSON_ID, List.of(
                new Lane(Amplification.ATTACKER, n.lane("attacker"), Amplification.ATTACKER_IP),
                new Lane(Amplification.SERVER, "example.com.", Zones.EXAMPLE_SERVER),
                new Lane(Amplification.VICTIM, n.lane("victim"), Amplification.VICTIM_IP),
                new Lane(Amplification.CLIENT, n.lane("mailServer"), Amplification.CLIENT_IP)));
        packets = new AttackPackets(trace, n::label);
    }

    static Trace simulate(AttacksScenario scenario, Locale language) {
        return new AmplificationSimulator(scenario, language).run();
    }

    private Trace run() {
        Amplification net = new Amplification(s.seed());
        net.network.observe(t -> packets.transmission(t, true));
        for (int i = 0; i < Amplification.PROBES.size(); i++) {
            net.spoof(i * PROBE_GAP, Amplification.PROBES.get(i));
        }
        DnsMessage.Question flood = probe(s.floodType());
        net.flood(UNLIMITED_AT, FLOOD_NS, flood, s.attackRate());
        ResponseRateLimit rrl = new ResponseRateLimit((int) s.rateLimit(), (int) s.slip());
        net.limitFrom(LIMITED_AT - SECOND / 2, rrl);
        net.flood(LIMITED_AT, FLOOD_NS, flood, s.attackRate());
        net.realClientAsks(LIMITED_AT + CLIENT_DELAY, flood, reply -> { });
        net.run();

        step(0, n.introTitle(), n.intro(), List.of("RFC 5358 §2", "RFC 2827 §3"), -1, List.of());
        List<Factor> factors = Amplification.PROBES.stream().map(this::factor).toList();
        AttackPackets.Sent firstQuery = probeQuery(Amplification.PROBES.get(0));
        step(firstQuery.arrival(), n.spoofedTitle(), n.spoofed(firstQuery, factors.get(0)),
                List.of("RFC 2827 §3", "RFC 1035 §4.1.1"), firstQuery.id(), List.of());
        AttackPackets.Sent firstAnswer = probeAnswer(firstQuery);
        step(firstAnswer.arrival(), n.answerTitle(), n.answer(factors.get(0)), List.of("RFC 1035 §4.2.1"),
                firstAnswer.id(), List.of());
        Table factorTable = new Table(FACTORS, n.factorsTitle(), n.factorsColumns(), n.factorsRows(factors));
        AttackPackets.Sent lastAnswer = probeAnswer(probeQuery(Amplification.PROBES.get(factors.size() - 1)));
        step(lastAnswer.arrival(), n.factorsStepTitle(), n.factors(factors),
                List.of("RFC 6891 §6.2.5", "RFC 8482 §4"), lastAnswer.id(), List.of(factorTable));

        Flood open = flood(false, UNLIMITED_AT, LIMITED_AT);
        AttackPackets.Sent openLast = packets.last(p -> p.to().equals(Amplification.VICTIM)
                && p.arrival() < LIMITED_AT);
        Table floods = new Table(FLOODS, n.floodsTitle(), n.floodsColumns(), n.floodsRows(List.of(open)));
        step(openLast.arrival(), n.openTitle(open), n.open(open, flood), List.of("RFC 5358 §2"), openLast.id(),
                List.of(factorTable, floods));

        Flood limited = flood(true, LIMITED_AT, Long.MAX_VALUE);
        floods = new Table(FLOODS, n.floodsTitle(), n.floodsColumns(), n.floodsRows(List.of(open, limited)));
        Optional<AttackPackets.Sent> firstLimited = firstLimited();
        // a limit above the flood's rate limits nothing: the step shows an answer that went out whole
        AttackPackets.Sent limitedShown = firstLimited.orElseGet(() -> packets.first(p -> p.to()
                .equals(Amplification.VICTIM) && p.start() >= LIMITED_AT));
        step(limitedShown.arrival(), n.limitedTitle(), n.limited(firstLimited.isPresent() ? limitedShown : null),
                List.of("RFC 1035 §4.2.1"), limitedShown.id(), List.of(factorTable, floods));
        ClientOutcome outcome = clientOutcome();
        AttackPackets.Sent answered = outcome.answered() ? packets.last(p -> p.to().equals(Amplification.CLIENT)
                && p.message() != null) : packets.last(p -> p.from().equals(Amplification.CLIENT));
        step(answered.arrival(), n.clientTitle(outcome), n.client(outcome), List.of("RFC 7766 §5", "RFC 1035 §4.2.1"),
                answered.id(), List.of(factorTable, floods));
        // the last packet, not the clock: TCP's TIME-WAIT keeps the simulation going two minutes longer
        long end = packets.last(p -> true).arrival();
        step(end, n.measuredTitle(), n.measured(open, limited), List.of("RFC 5358 §3"), -1,
                List.of(factorTable, floods));
        step(end, n.defencesTitle(), n.defences(), List.of("RFC 2827 §3",
                "RFC 5358 §3", "RFC 8482 §4"), -1, List.of(factorTable, floods));
        return trace.build();
    }

    private static DnsMessage.Question probe(RecordType type) {
        return Amplification.PROBES.stream().filter(q -> q.type() == type).findFirst().orElseThrow();
    }

    private Factor factor(DnsMessage.Question q) {
        AttackPackets.Sent query = probeQuery(q);
        AttackPackets.Sent answer = probeAnswer(query);
        return new Factor(q, query.dnsBytes(), query.wireBytes(), answer.dnsBytes(), answer.wireBytes());
    }

    private AttackPackets.Sent probeQuery(DnsMessage.Question q) {
        return packets.first(p -> p.from().equals(Amplification.ATTACKER) && p.message().question().equals(q));
    }

    private AttackPackets.Sent probeAnswer(AttackPackets.Sent query) {
        return packets.first(p -> p.to().equals(Amplification.VICTIM) && p.message().id() == query.message().id());
    }

    private Flood flood(boolean limited, long from, long until) {
        Predicate<AttackPackets.Sent> in = p -> p.start() >= from && p.start() < until;
        List<AttackPackets.Sent> queries = packets.all().stream().filter(in)
                .filter(p -> p.from().equals(Amplification.ATTACKER)).toList();
        List<AttackPackets.Sent> answers = packets.all().stream().filter(in)
                .filter(p -> p.to().equals(Amplification.VICTIM)).toList();
        return new Flood(limited, queries.size(), answers.stream().filter(a -> !a.message().truncated()).count(),
                answers.stream().filter(a -> a.message().truncated()).count(),
                queries.stream().mapToLong(AttackPackets.Sent::wireBytes).sum(),
                answers.stream().mapToLong(AttackPackets.Sent::wireBytes).sum());
    }

    /** The first flood answer RRL limited: a truncated one at the victim, else the first query left unanswered. */
    private Optional<AttackPackets.Sent> firstLimited() {
        Optional<AttackPackets.Sent> slipped = packets.all().stream().filter(p -> p.to().equals(Amplification.VICTIM)
                && p.message().truncated()).findFirst();
        return slipped.isPresent() ? slipped : packets.all().stream().filter(q -> q.from()
                .equals(Amplification.ATTACKER) && q.start() >= LIMITED_AT && packets.all().stream().noneMatch(a ->
                a.to().equals(Amplification.VICTIM) && a.message().id() == q.message().id()
                        && a.start() >= LIMITED_AT)).findFirst();
    }

    private ClientOutcome clientOutcome() {
        List<AttackPackets.Sent> asked = packets.all().stream().filter(p -> p.from().equals(Amplification.CLIENT)
                && !p.tcp() && p.message() != null).toList();
        List<AttackPackets.Sent> heard = packets.all().stream().filter(p -> p.to().equals(Amplification.CLIENT)
                && !p.tcp() && p.message() != null).toList();
        boolean tcp = packets.all().stream().anyMatch(p -> p.to().equals(Amplification.CLIENT) && p.tcp()
                && p.message() != null);
        return new ClientOutcome(asked.size(), asked.size() - heard.size(),
                heard.stream().anyMatch(h -> h.message().truncated()), tcp,
                tcp || heard.stream().anyMatch(h -> !h.message().truncated()));
    }

    private void step(long time, String title, String text, List<String> refs, int packet, List<Table> tables) {
        trace.step(time, title, text, refs, packet, new Snapshot(List.of(), List.of(), tables));
    }
}
