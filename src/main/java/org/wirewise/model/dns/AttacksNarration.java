package org.wirewise.model.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Table;

/**
 * Every sentence of the DNS attacks lesson's poisoning part in one language. The lesson's three parts share
 * one bundle, {@code dns-attacks.properties} and its translations ({@link AmplificationNarration} and
 * {@link TunnelingNarration} read it too). Packet labels are wire notation, like Wireshark's Info column, and
 * stay English; each number comes from the run.
 */
final class AttacksNarration {

    static final String TEXTS = "org.wirewise.model.dns.dns-attacks";
    private static final int IDS = 65536;
    private final AttacksScenario s;
    private final Texts texts;
    private final AttacksUnits units;

    AttacksNarration(AttacksScenario s, Locale language) {
        this.s = s;
        this.texts = Texts.of(TEXTS, language);
        this.units = new AttacksUnits(texts.language());
    }

    String lane(String key) {
        return texts.get("lane." + key);
    }

    String label(String from, DnsMessage m, int port) {
        String id = String.format(Locale.ROOT, "id %04x", m.id());
        if (!m.response()) {
            return from.equals(AttacksSimulator.ATTACKER) ? "Query " + m.question().type() + " "
                    + DnsName.display(m.question().name()) : "Query " + id + " from :" + port;
        }
        if (from.equals(AttacksSimulator.ATTACKER)) {
            return "Forged " + id + " to :" + port;
        }
        if (from.equals(AttacksSimulator.AUTH)) {
            return m.rcode() + " " + id;
        }
        return m.answers().isEmpty() ? m.rcode().toString() : "A " + m.answers().get(0).data();
    }

    String introTitle() {
        return texts.get("poisoning.intro.title");
    }

    String intro() {
        String port = s.randomPort() ? texts.get("poisoning.intro.randomPort")
                : texts.get("poisoning.intro.fixedPort", Long.toString(PoisoningRace.FIXED_PORT));
        return texts.get("poisoning.intro", units.count(s.spoofs()), port);
    }

    String triggerTitle() {
        return texts.get("trigger.title");
    }

    String trigger(DnsMessage m) {
        return texts.get("trigger", DnsName.display(m.question().name()));
    }

    String forgedTitle(int count) {
        return texts.get("forged.title", units.count(count));
    }

    String forged(int count, AttackPackets.Sent query, int matching, boolean beforeQuery) {
        String ports = s.randomPort() ? texts.get("forged.randomPort", units.count(PoisoningRace.PORTS))
                : texts.get("forged.fixedPort", Long.toString(PoisoningRace.FIXED_PORT));
        return texts.get("forged", units.count(count), Zones.EXAMPLE_SERVER, ports,
                texts.get(beforeQuery ? "forged.before" : "forged.after"), hex(query.message().id()),
                Long.toString(query.port()), texts.get(matching == 0 ? "forged.noMatch" : "forged.match"));
    }

    String queryTitle() {
        return texts.get("query.title");
    }

    String query(AttackPackets.Sent query) {
        return texts.get("query", hex(query.message().id()), Long.toString(query.port()));
    }

    String realTitle(boolean won) {
        return texts.get(won ? "real.title.late" : "real.title.accepted");
    }

    String real(boolean won, DnsMessage m) {
        return texts.get("real", String.valueOf(m.rcode()), texts.get(won ? "real.late" : "real.accepted"));
    }

    String verdictTitle(boolean won) {
        return texts.get(won ? "verdict.title.poisoned" : "verdict.title.failed");
    }

    String verdict(boolean won, boolean planted) {
        if (!won) {
            return texts.get("verdict.failed", units.count(s.spoofs()), units.count(space()));
        }
        String additional = DnsName.display(PoisoningRace.PLANTED);
        return texts.get("verdict.poisoned", PoisoningRace.FORGED, planted ? texts.get("verdict.planted", additional)
                : texts.get("verdict.dropped", additional));
    }

    String oddsTitle() {
        return texts.get("odds.table", units.count(s.runs()));
    }

    List<String> oddsColumns() {
        return List.of(texts.get("odds.queries"), texts.get("odds.fixed"), texts.get("odds.expected"),
                texts.get("odds.random"), texts.get("odds.expected"));
    }

    List<Table.Row> oddsRows(PoisoningRace.Result fixed, PoisoningRace.Result random) {
        List<Table.Row> rows = new ArrayList<>();
        for (int q : counts()) {
            rows.add(Table.Row.of(Integer.toString(q), units.percent(fixed.successRate(q)),
                    units.percent(fixed.expectedRate(q)), units.percent(random.successRate(q)),
                    units.percent(random.expectedRate(q))));
        }
        return rows;
    }

    /** 1, 2, 4 … up to the scenario's query count, and that count. */
    private List<Integer> counts() {
        List<Integer> counts = new ArrayList<>();
        for (int q = 1; q < s.queries(); q *= 2) {
            counts.add(q);
        }
        counts.add((int) s.queries());
        return counts;
    }

    String oddsStepTitle() {
        return texts.get("odds.title");
    }

    String odds(PoisoningRace.Result fixed, PoisoningRace.Result random) {
        int q = (int) s.queries();
        return texts.get("odds", units.count(s.spoofs()), units.count(IDS), units.count(q),
                units.percent(fixed.successRate(q)), units.percent(fixed.expectedRate(q)),
                units.count(PoisoningRace.PORTS), units.percent(random.successRate(q)),
                units.percent(random.expectedRate(q)));
    }

    String bailiwickTitle() {
        return texts.get(s.bailiwick() ? "bailiwick.title.on" : "bailiwick.title.off");
    }

    String bailiwick(PoisoningRace.Result fixed) {
        long poisoned = fixed.successAt().stream().filter(a -> a > 0).count();
        return texts.get("bailiwick", DnsName.display(PoisoningRace.PLANTED), units.count(poisoned),
                texts.get(poisoned == 1 ? "bailiwick.run" : "bailiwick.runs"), units.count(fixed.planted()));
    }

    private long space() {
        return IDS * (s.randomPort() ? (long) PoisoningRace.PORTS : 1);
    }

    private static String hex(int id) {
        return String.format(Locale.ROOT, "%04x", id);
    }
}
