package org.wirewise.model.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;

/**
 * The DNS attacks lesson: one {@link PoisoningRace} attempt recorded packet by packet (the trigger,
 * the resolver's real query, the forged answers, the real answer, the verdict), then the odds measured
 * over many runs at one seed per run, fixed and random source port, beside the formula, and what the
 * bailiwick check kept out of the caches.
 */
public final class AttacksSimulator {

    public static final String LESSON_ID = "dns-attacks";
    public static final String ATTACKER = "attacker";
    public static final String RESOLVER = "resolver";
    public static final String AUTH = "auth";
    public static final TableKey ODDS = TableKey.of("poisoning-odds");
    public static final TableKey FACTORS = AmplificationSimulator.FACTORS;
    public static final TableKey FLOODS = AmplificationSimulator.FLOODS;
    public static final TableKey DETECTOR = TableKey.of("tunnel-detector");

    /** A step of the race, made once every packet is known and put in time order. */
    private record Pending(AttackPackets.Sent at, String title, String text, List<String> refs) {
    }

    private final AttacksScenario s;
    private final AttacksNarration n;
    private final TraceBuilder trace;
    private final AttackPackets packets;

    private AttacksSimulator(AttacksScenario s, Locale language) {
        this.s = s;
        this.n = new AttacksNarration(s, language);
        trace = new TraceBuilder(LESSON_ID, List.of(
                new Lane(ATTACKER, n.lane("attacker"), "100.64.0.66"),
                new Lane(RESOLVER, n.lane("resolver"), "198.51.100.53"),
                new Lane(AUTH, "example.com.", Zones.EXAMPLE_SERVER)));
        packets = new AttackPackets(trace, (from, m, port, tcp, bytes) -> n.label(from, m, port));
    }

    /** The lesson in English. */
    public static Trace simulate(AttacksScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with every word in {@code language}; packets and numbers are the same in every language. */
    public static Trace simulate(AttacksScenario scenario, Locale language) {
        return switch (scenario.part()) {
            case POISONING -> new AttacksSimulator(scenario, language).run();
            case AMPLIFICATION -> AmplificationSimulator.simulate(scenario, language);
            case TUNNELING -> TunnelingSimulator.simulate(scenario, language);
        };
    }

    private Trace run() {
        PoisoningRace.Run attack = new PoisoningRace.Run(s.seed(), (int) s.spoofs(), s.randomPort(), s.bailiwick());
        attack.network.observe(t -> packets.transmission(t, false));
        step(0, n.introTitle(), n.intro(), List.of("RFC 5452 §4", "RFC 1035 §7.3"), -1, List.of());
        boolean won = attack.attempt(1);
        attack.network.simulation().run(); // a won race ends before the real answer lands: let it land
        boolean planted = !attack.resolver.cache().get(PoisoningRace.PLANTED, RecordType.A,
                attack.network.now()).isEmpty();
        AttackPackets.Sent trigger = first(ATTACKER, RESOLVER, false);
        AttackPackets.Sent query = first(RESOLVER, AUTH, false);
        List<AttackPackets.Sent> forged = packets.all().stream()
                .filter(x -> x.from().equals(ATTACKER) && x.message().response()).toList();
        AttackPackets.Sent real = first(AUTH, RESOLVER, true);
        AttackPackets.Sent reply = first(RESOLVER, ATTACKER, true);
        List<AttackPackets.Sent> matching = forged.stream().filter(f -> f.message().id() == query.message().id()
                && f.port() == query.port()).toList();
        // the step is at the forgery that matched, else at the last one: a long burst may outlast the real answer
        AttackPackets.Sent shown = matching.isEmpty() ? forged.get(forged.size() - 1) : matching.get(0);
        List<Pending> race = new ArrayList<>(List.of(
                new Pending(trigger, n.triggerTitle(), n.trigger(trigger.message()), List.of("RFC 5452 §4.1")),
                new Pending(shown, n.forgedTitle(forged.size()), n.forged(forged.size(), query, matching.size(),
                        shown.arrival() < query.arrival()), List.of("RFC 5452 §9.1", "RFC 5452 §4.3")),
                new Pending(query, n.queryTitle(), n.query(query), List.of("RFC 5452 §9.2")),
                new Pending(real, n.realTitle(won), n.real(won, real.message()), List.of("RFC 5452 §9.1")),
                new Pending(reply, n.verdictTitle(won), n.verdict(won, planted), List.of("RFC 5452 §3"))));
        race.sort(java.util.Comparator.comparingLong(x -> x.at().arrival()));
        race.forEach(x -> step(x.at().arrival(), x.title(), x.text(), x.refs(), x.at().id(), List.of()));
        PoisoningRace.Result fixed = PoisoningRace.run((int) s.runs(), (int) s.queries(), (int) s.spoofs(), false,
                s.bailiwick(), s.seed());
        PoisoningRace.Result random = PoisoningRace.run((int) s.runs(), (int) s.queries(), (int) s.spoofs(), true,
                s.bailiwick(), s.seed());
        Table odds = new Table(ODDS, n.oddsTitle(), n.oddsColumns(), n.oddsRows(fixed, random));
        long end = attack.network.now();
        step(end, n.oddsStepTitle(), n.odds(fixed, random), List.of("RFC 5452 §7", "RFC 5452 §9.2"), -1,
                List.of(odds));
        step(end, n.bailiwickTitle(), n.bailiwick(fixed), List.of("RFC 5452 §6", "RFC 2181 §5.4.1"), -1,
                List.of(odds));
        return trace.build();
    }

    private AttackPackets.Sent first(String from, String to, boolean response) {
        return packets.all().stream().filter(x -> x.from().equals(from) && x.to().equals(to)
                && x.message().response() == response).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + from + " → " + to + " message"));
    }

    private void step(long time, String title, String text, List<String> refs, int packet, List<Table> tables) {
        trace.step(time, title, text, refs, packet, new Snapshot(List.of(), List.of(), tables));
    }
}
