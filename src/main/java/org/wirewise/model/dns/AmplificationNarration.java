package org.wirewise.model.dns;

import java.util.List;
import java.util.Locale;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Table;

/**
 * Every sentence of the DNS attacks lesson's amplification part in one language, from the lesson's bundle
 * ({@link AttacksNarration#TEXTS}). Packet labels are wire notation and stay English; each number comes from
 * the recorded packets.
 */
final class AmplificationNarration {

    private final AttacksScenario s;
    private final Texts texts;
    private final AttacksUnits units;

    AmplificationNarration(AttacksScenario s, Locale language) {
        this.s = s;
        this.texts = Texts.of(AttacksNarration.TEXTS, language);
        this.units = new AttacksUnits(texts.language());
    }

    String lane(String key) {
        return texts.get("lane." + key);
    }

    String label(String from, DnsMessage m, int port, boolean tcp, int size) {
        String type = m.question().type().toString();
        if (!m.response()) {
            return from.equals(Amplification.ATTACKER) ? "Spoofed " + type + " query"
                    : "Query " + type + (tcp ? " over TCP" : "");
        }
        return m.truncated() ? "Truncated (TC), " + size + " B" : type + " answer" + (tcp ? " over TCP" : "") + ", "
                + size + " B";
    }

    String introTitle() {
        return texts.get("amplification.intro.title");
    }

    String intro() {
        return texts.get("amplification.intro", Amplification.VICTIM_IP, Long.toString(Amplification.VICTIM_PORT));
    }

    String spoofedTitle() {
        return texts.get("spoofed.title");
    }

    String spoofed(AttackPackets.Sent query, AmplificationSimulator.Factor f) {
        return texts.get("spoofed", f.question().toString(), units.count(f.queryDns()), units.count(f.queryWire()),
                Amplification.VICTIM_IP, Long.toString(query.port()), units.count(Amplification.ATTACK_EDNS));
    }

    String answerTitle() {
        return texts.get("answer.title");
    }

    String answer(AmplificationSimulator.Factor f) {
        return texts.get("answer", units.count(f.answerDns()), units.count(f.answerWire()), units.times(f.dns()),
                units.times(f.wire()));
    }

    String factorsTitle() {
        return texts.get("factors.table");
    }

    List<String> factorsColumns() {
        return List.of(texts.get("factors.question"), texts.get("factors.query"), texts.get("factors.answer"),
                texts.get("factors.factor"), texts.get("factors.wire"), texts.get("factors.factor"));
    }

    List<Table.Row> factorsRows(List<AmplificationSimulator.Factor> factors) {
        return factors.stream().map(f -> Table.Row.of(f.question().toString(), units.count(f.queryDns()) + " B",
                units.count(f.answerDns()) + " B", units.times(f.dns()), units.count(f.queryWire()) + " → "
                        + units.count(f.answerWire()) + " B", units.times(f.wire()))).toList();
    }

    String factorsStepTitle() {
        return texts.get("factors.title");
    }

    String factors(List<AmplificationSimulator.Factor> factors) {
        AmplificationSimulator.Factor best = factors.stream()
                .max(java.util.Comparator.comparingDouble(AmplificationSimulator.Factor::dns)).orElseThrow();
        return texts.get("factors", best.question().toString(), units.times(best.dns()), units.times(best.wire()));
    }

    String floodsTitle() {
        return texts.get("floods.table", units.count(s.attackRate()), s.floodType().toString(),
                Long.toString(AmplificationSimulator.FLOOD_NS / AmplificationSimulator.SECOND));
    }

    List<String> floodsColumns() {
        return List.of(texts.get("floods.limit"), texts.get("floods.queries"), texts.get("floods.answered"),
                texts.get("floods.truncated"), texts.get("floods.dropped"), texts.get("floods.sent"),
                texts.get("floods.atVictim"));
    }

    List<Table.Row> floodsRows(List<AmplificationSimulator.Flood> floods) {
        return floods.stream().map(f -> Table.Row.of(f.limited() ? rrl() : texts.get("floods.off"),
                units.count(f.queries()), units.count(f.full()), units.count(f.truncated()), units.count(f.dropped()),
                units.bytes(f.attackerPerSecond()) + "/s", units.bytes(f.victimPerSecond()) + "/s")).toList();
    }

    private String rrl() {
        return texts.get("floods.rrl", units.count(s.rateLimit()), Long.toString(s.slip()));
    }

    String openTitle(AmplificationSimulator.Flood f) {
        return texts.get("open.title", units.bytes(f.victimPerSecond()));
    }

    String open(AmplificationSimulator.Flood f, DnsMessage.Question q) {
        return texts.get("open", units.count(f.queries()), q.toString(), units.bytes(f.attackerPerSecond()),
                units.count(f.full()), units.bytes(f.victimPerSecond()),
                units.times(f.victimBytes() / (double) f.attackerBytes()));
    }

    String limitedTitle() {
        return texts.get("limited.title", units.count(s.rateLimit()));
    }

    /** @param at the first limited answer (or unanswered query), null when the limit limited nothing */
    String limited(AttackPackets.Sent at) {
        String slip = s.slip() == 0 ? texts.get("limited.slip0") : s.slip() == 1 ? texts.get("limited.slip1")
                : texts.get("limited.slip", texts.get(s.slip() == 2 ? "ordinal.2" : s.slip() == 3 ? "ordinal.3"
                : "ordinal", Long.toString(s.slip())));
        String shown = at == null ? texts.get("limited.never", units.count(s.attackRate()))
                : at.message().response() ? texts.get("limited.small", units.count(at.dnsBytes()))
                : texts.get("limited.none");
        return texts.get("limited", units.count(s.rateLimit()), slip, shown);
    }

    String clientTitle(AmplificationSimulator.ClientOutcome o) {
        return texts.get(!o.answered() ? "client.title.none" : o.overTcp() ? "client.title.tcp" : "client.title");
    }

    String client(AmplificationSimulator.ClientOutcome o) {
        if (!o.answered()) {
            return texts.get("client.none", Long.toString(o.attempts()),
                    s.slip() == 0 ? texts.get("client.slip0") : "");
        }
        String udp = o.attempts() == 1 ? texts.get("client.once")
                : texts.get("client.retried", Long.toString(o.attempts()), Long.toString(o.dropped()));
        return texts.get("client", udp, texts.get(o.truncated() ? "client.truncated" : "client.whole"));
    }

    String measuredTitle() {
        return texts.get("measured.title");
    }

    String measured(AmplificationSimulator.Flood open, AmplificationSimulator.Flood limited) {
        return texts.get("measured", units.bytes(open.victimPerSecond()), rrl(), units.bytes(limited.victimPerSecond()),
                units.count(limited.full()), units.count(limited.truncated()), units.count(limited.dropped()),
                units.times(open.victimPerSecond() / Math.max(1, limited.victimPerSecond())),
                units.bytes(limited.attackerPerSecond()));
    }

    String defencesTitle() {
        return texts.get("defences.title");
    }

    String defences() {
        return texts.get("defences");
    }
}
