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

    String forged(int count, AttackPackets.Sent query, int matching, boolean beforeQuery) {
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

    String query(AttackPackets.Sent query) {
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
                + "section, a name outside example.com. Of the " + poisoned + " fixed-port run" + (poisoned == 1 ? "" : "s")
                + " poisoned, "
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

    private static String bytes(double b) {
        return b >= 1000 ? String.format(Locale.ROOT, "%.1f kB", b / 1000) : String.format(Locale.ROOT, "%.0f B", b);
    }

    private static String times(double f) {
        return String.format(Locale.ROOT, "%.1f×", f);
    }

    /** Part 2: amplification. */
    static final class Amplification {
        private final AttacksScenario s;

        Amplification(AttacksScenario s) {
            this.s = s;
        }

        String label(String from, DnsMessage m, int port, boolean tcp, int size) {
            String type = m.question().type().toString();
            if (!m.response()) {
                return from.equals(org.wirewise.model.dns.Amplification.ATTACKER) ? "Spoofed " + type + " query"
                        : "Query " + type + (tcp ? " over TCP" : "");
            }
            return m.truncated() ? "Truncated (TC), " + size + " B" : type + " answer" + (tcp ? " over TCP" : "") + ", "
                    + size + " B";
        }

        String introTitle() {
            return "Amplification: small spoofed queries, large answers at the victim";
        }

        String intro() {
            return "The attacker's provider does not check source addresses (BCP 38, RFC 2827 §3, asks it to), so "
                    + "it can send UDP with any source. It puts the victim's address, "
                    + org.wirewise.model.dns.Amplification.VICTIM_IP + ", and the victim's game port "
                    + org.wirewise.model.dns.Amplification.VICTIM_PORT + " on small queries to example.com.'s "
                    + "server. The server answers whoever the source says; the answers, larger than the questions, "
                    + "land on the victim, who never asked. Open resolvers serve any name this way (RFC 5358 §2).";
        }

        String spoofedTitle() {
            return "A spoofed query reaches the server";
        }

        String spoofed(AttackPackets.Sent query, AmplificationSimulator.Factor f) {
            return "The query for " + f.question() + " is " + f.queryDns() + " bytes of DNS, " + f.queryWire()
                    + " bytes on the wire with its Ethernet, IP and UDP headers. Its source says "
                    + org.wirewise.model.dns.Amplification.VICTIM_IP + ":" + query.port() + ", the victim; nothing "
                    + "in UDP lets the server check that. It advertises an EDNS(0) buffer of "
                    + org.wirewise.model.dns.Amplification.ATTACK_EDNS + " bytes, so no answer is cut for size.";
        }

        String answerTitle() {
            return "The answer goes to the victim";
        }

        String answer(AmplificationSimulator.Factor f) {
            return "The server answers " + f.answerDns() + " bytes of DNS (" + f.answerWire() + " on the wire) to "
                    + "the address in the query: the victim. For an A record that is " + times(f.dns()) + " the "
                    + "query's DNS bytes, " + times(f.wire()) + " on the wire: the headers both carry make small "
                    + "answers poor amplifiers.";
        }

        String factorsTitle() {
            return "Amplification factor, measured from the packets (DNS message; whole frame)";
        }

        List<String> factorsColumns() {
            return List.of("Question", "Query", "Answer", "Factor", "On the wire", "Factor");
        }

        List<Table.Row> factorsRows(List<AmplificationSimulator.Factor> factors) {
            return factors.stream().map(f -> Table.Row.of(f.question().toString(), f.queryDns() + " B",
                    f.answerDns() + " B", times(f.dns()), f.queryWire() + " → " + f.answerWire() + " B",
                    times(f.wire()))).toList();
        }

        String factorsStepTitle() {
            return "Bigger questions: TXT and ANY";
        }

        String factors(List<AmplificationSimulator.Factor> factors) {
            AmplificationSimulator.Factor best = factors.stream()
                    .max(java.util.Comparator.comparingDouble(AmplificationSimulator.Factor::dns)).orElseThrow();
            return "The same query asking for TXT or ANY costs the attacker about the same bytes, but the answers "
                    + "grow: " + best.question() + " comes back at " + times(best.dns()) + " its query's DNS bytes, "
                    + times(best.wire()) + " on the wire. This server answers ANY with every record at the name, as "
                    + "servers did before RFC 8482 (2019) let them answer it minimally; attackers moved to TXT and "
                    + "DNSSEC's DNSKEY answers, which reach several kilobytes.";
        }

        String floodsTitle() {
            return "The flood at the victim, " + s.attackRate() + " spoofed " + s.floodType() + " queries/s for "
                    + AmplificationSimulator.FLOOD_NS / AmplificationSimulator.SECOND + " s";
        }

        List<String> floodsColumns() {
            return List.of("Rate limit", "Queries", "Answered", "Truncated", "Dropped", "Sent", "At victim");
        }

        List<Table.Row> floodsRows(List<AmplificationSimulator.Flood> floods) {
            return floods.stream().map(f -> Table.Row.of(f.limited() ? rrl() : "off", Long.toString(f.queries()),
                    Long.toString(f.full()), Long.toString(f.truncated()), Long.toString(f.dropped()),
                    bytes(f.attackerPerSecond()) + "/s", bytes(f.victimPerSecond()) + "/s")).toList();
        }

        private String rrl() {
            return s.rateLimit() + "/s, slip " + s.slip();
        }

        String openTitle(AmplificationSimulator.Flood f) {
            return "The flood: " + bytes(f.victimPerSecond()) + "/s at the victim";
        }

        String open(AmplificationSimulator.Flood f, DnsMessage.Question q) {
            return "The attacker sends " + f.queries() + " spoofed queries for " + q + ", "
                    + bytes(f.attackerPerSecond()) + "/s; the victim receives " + f.full() + " answers, " + bytes(f.victimPerSecond()) + "/s, "
                    + times(f.victimBytes() / (double) f.attackerBytes()) + " what the attacker spent. The victim "
                    + "cannot filter them without dropping real DNS; thousands of servers answering at once fill "
                    + "its link. The server sees only ordinary questions.";
        }

        String limitedTitle() {
            return "Rate limiting on: the same answer to the same /24, " + s.rateLimit() + " a second";
        }

        /** @param at the first limited answer (or unanswered query), null when the limit limited nothing */
        String limited(AttackPackets.Sent at) {
            String slip = s.slip() == 0 ? "Slip is 0: every limited answer is dropped."
                    : "Every " + (s.slip() == 1 ? "" : ordinal(s.slip()) + " ") + "limited answer slips out truncated "
                    + "(TC set, no records), the others are dropped.";
            return "The server now counts identical answers (same name, type and rcode) per client /24 and second, as "
                    + "BIND's responses-per-second does: beyond " + s.rateLimit() + " it stops answering in full. "
                    + slip + (at == null ? " This flood, " + s.attackRate() + " a second, never went over the limit: "
                    + "every answer went out whole." : at.message().response() ? " This one is " + at.dnsBytes()
                    + " bytes, about the size of the query: nothing left to amplify."
                    : " This query gets no answer at all.");
        }

        String clientTitle(AmplificationSimulator.ClientOutcome o) {
            return !o.answered() ? "A real client in the victim's /24 gets no answer"
                    : o.overTcp() ? "A real client in the victim's /24 gets its answer over TCP"
                    : "A real client in the victim's /24 gets its answer";
        }

        String client(AmplificationSimulator.ClientOutcome o) {
            String udp = o.attempts() == 1 ? "It asked once over UDP" : "It asked " + o.attempts() + " times over UDP ("
                    + o.dropped() + " went unanswered, each retried after 1 s, as resolv.conf's timeout:1 does)";
            if (!o.answered()) {
                return "The mail server next to the victim asks the flood's own question, so it shares the victim's "
                        + "account. It asked " + o.attempts() + " times over UDP, 1 s apart (resolv.conf's timeout:1), "
                        + "and every answer was dropped" + (s.slip() == 0 ? " (slip is 0)" : "") + ": while the flood "
                        + "lasts, real clients behind the victim's prefix get nothing. This is why slip exists.";
            }
            return "The mail server next to the victim asks the flood's own question, so it shares the victim's "
                    + "account. " + udp + (o.truncated() ? "; the answer came back truncated, so it asked again over "
                    + "TCP (RFC 7766 §5) and got it whole. A spoofer cannot finish a TCP handshake for the victim's "
                    + "address, so TCP cannot be amplified." : "; the answer came back whole.")
                    + " This is why slip exists: dropping everything would starve real clients too.";
        }

        String measuredTitle() {
            return "Measured: bytes at the victim with and without rate limiting";
        }

        String measured(AmplificationSimulator.Flood open, AmplificationSimulator.Flood limited) {
            return "Without rate limiting the victim received " + bytes(open.victimPerSecond()) + "/s; with "
                    + rrl() + ", " + bytes(limited.victimPerSecond()) + "/s (" + limited.full() + " full answers, "
                    + limited.truncated() + " truncated, " + limited.dropped() + " dropped), "
                    + times(open.victimPerSecond() / Math.max(1, limited.victimPerSecond())) + " less. The attacker "
                    + "spent the same " + bytes(limited.attackerPerSecond()) + "/s both times.";
        }

        String defencesTitle() {
            return "Defences: filter spoofing, close resolvers, limit answers";
        }

        String defences() {
            return "At the source, providers drop packets whose source address is not theirs (BCP 38, RFC 2827 §3): "
                    + "no spoofing, no reflection. Recursive resolvers answer only their own clients (RFC 5358 §3). "
                    + "Authoritative servers must answer everyone, so they limit identical answers per prefix, answer "
                    + "ANY minimally (RFC 8482 §4), and keep answers under 1232 bytes.";
        }

        private static String ordinal(long n) {
            return n + (n == 2 ? "nd" : n == 3 ? "rd" : "th");
        }
    }

    /** Part 3: tunneling. */
    static final class Tunneling {
        private final AttacksScenario s;

        Tunneling(AttacksScenario s) {
            this.s = s;
        }

        String label(String from, DnsMessage m, int port, boolean tcp, int size) {
            DnsMessage.Question q = m.question();
            boolean tunnel = DnsName.isWithin(q.name(), org.wirewise.model.dns.Tunneling.DOMAIN);
            String what = tunnel ? "TXT #" + DnsName.labels(q.name()).get(DnsName.labels(q.name()).size()
                    - DnsName.labels(org.wirewise.model.dns.Tunneling.DOMAIN).size() - 1) : q.toString();
            if (!m.response()) {
                return (tunnel ? "Query " + what + ", " + size + " B" : "Query " + what);
            }
            return m.answers().isEmpty() ? m.rcode() + " " + what : tunnel ? "Answer " + what + ", " + size + " B"
                    : "Answer " + m.answers().get(m.answers().size() - 1).data();
        }

        String introTitle() {
            return "Tunneling: a file carried out in query names";
        }

        String intro(TunnelCodec codec) {
            return "Malware on an office laptop holds a " + s.fileBytes() + "-byte file. The firewall lets nothing "
                    + "out but the office resolver's DNS, and the resolver asks any server on the Internet on the "
                    + "laptop's behalf. So the malware writes the file, " + codec.perName() + " bytes per query, as "
                    + "base32 into the names of TXT queries for " + DnsName.display(codec.domain())
                    + ", a domain whose name server the attacker runs.";
        }

        String upTitle() {
            return "The first piece of the file, in a name";
        }

        String up(AttackPackets.Sent q, TunnelCodec codec) {
            String name = q.message().question().name();
            List<String> labels = DnsName.labels(name);
            int data = labels.size() - DnsName.labels(codec.domain()).size() - 1;
            return "The name holds " + data + " labels of up to " + TunnelCodec.LABEL + " base32 characters (a "
                    + "label may hold 63), a sequence label " + labels.get(data) + ", then the domain: "
                    + TunnelCodec.wire(name) + " bytes on the wire, a name's limit being 255 (RFC 1035 §2.3.4). "
                    + "Base32 (RFC 4648 §6) uses only letters and digits 2–7, which survive resolvers that change "
                    + "letter case. Each 8 characters carry 5 bytes: the query is " + q.dnsBytes() + " bytes of DNS "
                    + "for " + codec.perName() + " bytes of file.";
        }

        String forwardedTitle() {
            return "The resolver forwards it to the attacker's server";
        }

        String forwarded() {
            return "The resolver has never seen this name, and no resolver could have: every name is new. It asks the "
                    + "server " + DnsName.display(org.wirewise.model.dns.Tunneling.DOMAIN) + " delegates to, as it "
                    + "must (RFC 1034 §5.3.3). That server is the attacker's: it reads the labels back into bytes.";
        }

        String backTitle() {
            return "Data comes back in a TXT answer";
        }

        String back(AttackPackets.Sent a) {
            return "The answer's TXT record carries base32 again, this time the attacker's command, "
                    + TunnelServer.DOWN_PER_ANSWER + " bytes at most per answer, with TTL 0 so no cache keeps it. "
                    + "The answer is " + a.dnsBytes() + " bytes: the question is echoed back in full (RFC 1035 "
                    + "§4.1.2), so the name's data crosses the network twice. Only then does the malware send the "
                    + "next piece.";
        }

        String carriedTitle() {
            return "The whole file is out";
        }

        String carried(int fileBytes, int queries, long wireBytes, boolean identical, String command, long ns) {
            return queries + " queries carried the " + fileBytes + " bytes in " + millis(ns) + " ms, "
                    + bytes(wireBytes) + " on the wire from the laptop (" + times(wireBytes / (double) fileBytes)
                    + " the file). The attacker's server put the pieces together by sequence number: "
                    + (identical ? "identical to the file." : "different from the file.") + " The answers "
                    + "carried back \"" + command + "\".";
        }

        String browsingTitle() {
            return "Meanwhile, ordinary lookups";
        }

        String browsing(AttackPackets.Sent q) {
            return "The same laptop's browser asks for " + q.message().question() + ": " + q.dnsBytes() + " bytes, "
                    + "short labels that spell words, the same few names on every page load (" + org.wirewise.model
                    .dns.Tunneling.PAGES + " loads, " + org.wirewise.model.dns.Tunneling.PAGE.size() * 2
                    + " lookups each), mostly answered from the resolver's cache.";
        }

        String detectorTitle() {
            return "Detector per domain (label: chars; entropy: bits/char)";
        }

        List<String> detectorColumns() {
            return List.of("Domain", "Queries", "Label", "Entropy", "Peak", "Names", "Verdict");
        }

        List<Table.Row> detectorRows(List<TunnelDetector.Domain> figures) {
            List<Table.Row> rows = new ArrayList<>();
            for (TunnelDetector.Domain d : figures) {
                rows.add(new Table.Row(List.of(d.domain(), Integer.toString(d.queries()),
                        Integer.toString(d.longestLabel()), String.format(Locale.ROOT, "%.2f", d.entropy()),
                        d.peakRate() + "/s", Integer.toString(d.uniqueNames()), verdict(d)), d.suspected()));
            }
            rows.add(Table.Row.of("Threshold", "", "≥ " + TunnelDetector.LONG_LABEL,
                    String.format(Locale.ROOT, "≥ %.1f", TunnelDetector.HIGH_ENTROPY),
                    "≥ " + TunnelDetector.HIGH_RATE + "/s", "≥ " + TunnelDetector.MANY_NAMES,
                    TunnelDetector.VERDICT + "/4"));
            return rows;
        }

        private static String verdict(TunnelDetector.Domain d) {
            return (d.suspected() ? "tunnel " : "normal ") + d.signals() + "/4";
        }

        String detectorStepTitle(List<TunnelDetector.Domain> figures) {
            long suspected = figures.stream().filter(TunnelDetector.Domain::suspected).count();
            return suspected == 0 ? "The detector: nothing suspected" : "The detector: " + figures.stream()
                    .filter(TunnelDetector.Domain::suspected).map(TunnelDetector.Domain::domain).findFirst()
                    .orElseThrow() + " looks like a tunnel";
        }

        String detector(List<TunnelDetector.Domain> figures) {
            StringBuilder text = new StringBuilder("Per registered domain, from the queries the resolver read: ");
            for (TunnelDetector.Domain d : figures) {
                text.append(d.domain()).append(" had ").append(d.queries()).append(" queries, ")
                        .append(d.uniqueNames()).append(" distinct names, labels up to ").append(d.longestLabel())
                        .append(" characters at ").append(String.format(Locale.ROOT, "%.2f", d.entropy()))
                        .append(" bits per character, at most ").append(d.peakRate()).append(" in one second: ")
                        .append(d.suspected() ? "tunnel suspected" : "normal").append(" (").append(d.signals())
                        .append(" of 4 signals). ");
            }
            return text.append("Base32 tops out at 5 bits per character; words stay near 2 to 3, and a short label "
                    + "cannot score high at all (at most log2 of its length).").toString();
        }

        String limitsTitle() {
            return "What the detector misses, and what stops tunnels";
        }

        String limits() {
            return "A patient tunnel sends a query a minute in short labels and stays under every threshold; a CDN's "
                    + "hashed names or an antivirus's lookups can trip them. So networks also log and rate-limit "
                    + "per client, let only the office resolver reach port 53 outside, and block domains by "
                    + "reputation. Encrypted DNS (DoH, RFC 8484; DoT, RFC 7858) sent straight to an outside "
                    + "resolver hides the names from the office resolver altogether.";
        }

        private static String millis(long ns) {
            return String.format(Locale.ROOT, "%.0f", ns / 1e6);
        }
    }
}
