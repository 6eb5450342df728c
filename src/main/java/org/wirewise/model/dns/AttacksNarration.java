package org.wirewise.model.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.trace.Table;

/** Every sentence of the DNS attacks lesson; each number in them comes from the run. */
final class AttacksNarration {

    private static final int IDS = 65536;
    private final AttacksScenario s;

    AttacksNarration(AttacksScenario s) {
        this.s = s;
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
        return "Cache poisoning: an off-path attacker races the real answer";
    }

    String intro() {
        return "The attacker cannot see the resolver's packets: it is off the path. It asks the resolver for a name "
                + "nobody has asked before, so the resolver must ask example.com.'s server, 30 ms away, and then "
                + "sends " + s.spoofs() + " answers forged from that server's address, each with a guessed query ID. "
                + "The resolver takes the first answer whose source, port and ID match its query (RFC 5452 §9.1). "
                + (s.randomPort() ? "This resolver picks a fresh random source port per query, so the attacker must "
                + "guess the port too." : "This resolver asks from one fixed port, " + PoisoningRace.FIXED_PORT
                + ", as resolvers did before 2008: only the 16-bit ID is left to guess.");
    }

    String triggerTitle() {
        return "The trigger: a query for a fresh name";
    }

    String trigger(DnsMessage m) {
        return "The attacker asks for " + DnsName.display(m.question().name()) + " itself. The name is new, so "
                + "nothing in the resolver's cache answers it; the attacker knows to the millisecond when the "
                + "resolver's query to example.com.'s server leaves.";
    }

    String forgedTitle(int count) {
        return count + " forged answers race the real one";
    }

    String forged(int count, AttacksSimulator.Sent query, int matching, boolean beforeQuery) {
        String ports = s.randomPort() ? " and a guessed port among " + PoisoningRace.PORTS : " to port "
                + PoisoningRace.FIXED_PORT;
        return count + " answers, source address spoofed as " + Zones.EXAMPLE_SERVER + ", each with a different "
                + "guessed ID" + ports + ", reach the resolver" + (beforeQuery ? " before its own query reaches the server"
                : "; a burst this long is still arriving after the query reaches the server") + ". The query "
                + "went out with ID " + String.format(Locale.ROOT, "%04x", query.message().id()) + " from port "
                + query.port() + "; " + (matching == 0 ? "no forged answer matched both, so the resolver dropped "
                + "them all." : "one forged answer matched both: the resolver accepted it.");
    }

    String queryTitle() {
        return "The resolver's query reaches example.com.'s server";
    }

    String query(AttacksSimulator.Sent query) {
        return "The real query arrives 30 ms after it left. Everything forged was already at the resolver; only "
                + "the ID " + String.format(Locale.ROOT, "%04x", query.message().id()) + " and port " + query.port()
                + " decide which answer it believes.";
    }

    String realTitle(boolean won) {
        return won ? "The real answer comes too late" : "The real answer arrives and is accepted";
    }

    String real(boolean won, DnsMessage m) {
        return "example.com.'s server answers " + m.rcode() + ": the name does not exist. "
                + (won ? "The resolver already took a forged answer for this ID, so it drops the real one."
                : "It matches the query's ID and port, so the resolver takes it, and caches the NXDOMAIN.");
    }

    String verdictTitle(boolean won) {
        return won ? "Verdict: the cache is poisoned" : "Verdict: this attempt failed";
    }

    String verdict(boolean won, boolean planted) {
        if (!won) {
            return "The attacker's answer carries no forged address. It tries again with another fresh name; each "
                    + "attempt has the odds " + s.spoofs() + " / " + space() + ", whatever the attempts before.";
        }
        return "The attacker's answer carries " + PoisoningRace.FORGED + ", the forged address. "
                + (planted ? "The forged answer's additional record for " + DnsName.display(PoisoningRace.PLANTED)
                + " is in the cache too: a name example.com.'s server has no say over."
                : "Its additional record for " + DnsName.display(PoisoningRace.PLANTED) + " was dropped by the "
                + "bailiwick check.");
    }

    String oddsTitle() {
        return "Share of runs poisoned, measured (" + s.runs() + " runs) and expected";
    }

    List<String> oddsColumns() {
        return List.of("Queries", "Fixed port", "Expected", "Random port", "Expected");
    }

    List<Table.Row> oddsRows(PoisoningRace.Result fixed, PoisoningRace.Result random) {
        List<Table.Row> rows = new ArrayList<>();
        for (int q : counts()) {
            rows.add(Table.Row.of(Integer.toString(q), percent(fixed.successRate(q)), percent(fixed.expectedRate(q)),
                    percent(random.successRate(q)), percent(random.expectedRate(q))));
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
        return "The odds: 16 bits of ID, and a random port";
    }

    String odds(PoisoningRace.Result fixed, PoisoningRace.Result random) {
        int q = (int) s.queries();
        return "Each attempt covers " + s.spoofs() + " of " + IDS + " IDs with a fixed port: 1 − (1 − "
                + s.spoofs() + "/" + IDS + ")^queries. Within " + q + " queries, " + percent(fixed.successRate(q))
                + " of the runs were poisoned (expected " + percent(fixed.expectedRate(q)) + "). A random source "
                + "port multiplies the space by " + PoisoningRace.PORTS + ": " + percent(random.successRate(q))
                + " measured, " + percent(random.expectedRate(q)) + " expected. Each run had its own seed. "
                + "The attacker simply asks again with a new name, so the per-query odds, not the TTL, decide.";
    }

    String bailiwickTitle() {
        return s.bailiwick() ? "Bailiwick check on: out-of-zone records are dropped"
                : "Bailiwick check off: out-of-zone records stick";
    }

    String bailiwick(PoisoningRace.Result fixed) {
        long poisoned = fixed.successAt().stream().filter(a -> a > 0).count();
        return "Every forged answer also claims " + DnsName.display(PoisoningRace.PLANTED) + " in its additional "
                + "section, a name outside example.com. Of the " + poisoned + " fixed-port runs poisoned, "
                + fixed.planted() + " cached that record too. A resolver with the bailiwick check keeps only records "
                + "within the zone of the server it asked (RFC 5452 §6); the forged answer for the name asked still "
                + "lands, which is why the ID and port must be unguessable.";
    }

    private long space() {
        return IDS * (s.randomPort() ? (long) PoisoningRace.PORTS : 1);
    }

    private static String percent(double share) {
        return share == 0 ? "0 %" : share < 0.001 ? String.format(Locale.ROOT, "%.1e", share)
                : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
