package org.wirewise.model.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Table;

/**
 * Every sentence of the DNS attacks lesson's tunneling part in one language, from the lesson's bundle
 * ({@link AttacksNarration#TEXTS}). Packet labels are wire notation and stay English; each number comes from
 * the run.
 */
final class TunnelingNarration {

    private final AttacksScenario s;
    private final Texts texts;
    private final AttacksUnits units;

    TunnelingNarration(AttacksScenario s, Locale language) {
        this.s = s;
        this.texts = Texts.of(AttacksNarration.TEXTS, language);
        this.units = new AttacksUnits(texts.language());
    }

    String lane(String key) {
        return texts.get("lane." + key);
    }

    String label(String from, DnsMessage m, int port, boolean tcp, int size) {
        DnsMessage.Question q = m.question();
        boolean tunnel = DnsName.isWithin(q.name(), Tunneling.DOMAIN);
        String what = tunnel ? "TXT #" + DnsName.labels(q.name()).get(DnsName.labels(q.name()).size()
                - DnsName.labels(Tunneling.DOMAIN).size() - 1) : q.toString();
        if (!m.response()) {
            return (tunnel ? "Query " + what + ", " + size + " B" : "Query " + what);
        }
        return m.answers().isEmpty() ? m.rcode() + " " + what : tunnel ? "Answer " + what + ", " + size + " B"
                : "Answer " + m.answers().get(m.answers().size() - 1).data();
    }

    String introTitle() {
        return texts.get("tunneling.intro.title");
    }

    String intro(TunnelCodec codec) {
        return texts.get("tunneling.intro", units.count(s.fileBytes()), units.count(codec.perName()),
                DnsName.display(codec.domain()));
    }

    String upTitle() {
        return texts.get("up.title");
    }

    String up(AttackPackets.Sent q, TunnelCodec codec) {
        String name = q.message().question().name();
        List<String> labels = DnsName.labels(name);
        int data = labels.size() - DnsName.labels(codec.domain()).size() - 1;
        return texts.get("up", Long.toString(data), Long.toString(TunnelCodec.LABEL), labels.get(data),
                units.count(TunnelCodec.wire(name)), units.count(q.dnsBytes()), units.count(codec.perName()));
    }

    String forwardedTitle() {
        return texts.get("forwarded.title");
    }

    String forwarded() {
        return texts.get("forwarded", DnsName.display(Tunneling.DOMAIN));
    }

    String backTitle() {
        return texts.get("back.title");
    }

    String back(AttackPackets.Sent a) {
        return texts.get("back", units.count(TunnelServer.DOWN_PER_ANSWER), units.count(a.dnsBytes()));
    }

    String carriedTitle() {
        return texts.get("carried.title");
    }

    String carried(int fileBytes, int queries, long wireBytes, boolean identical, String command, long ns) {
        return texts.get("carried", units.count(queries), units.count(fileBytes), units.millis(ns),
                units.bytes(wireBytes), units.times(wireBytes / (double) fileBytes),
                texts.get(identical ? "carried.identical" : "carried.different"), command);
    }

    String browsingTitle() {
        return texts.get("browsing.title");
    }

    String browsing(AttackPackets.Sent q) {
        return texts.get("browsing", q.message().question().toString(), units.count(q.dnsBytes()),
                Long.toString(Tunneling.PAGES), Long.toString(Tunneling.PAGE.size() * 2L));
    }

    String detectorTitle() {
        return texts.get("detector.table");
    }

    List<String> detectorColumns() {
        return List.of(texts.get("detector.domain"), texts.get("detector.queries"), texts.get("detector.label"),
                texts.get("detector.entropy"), texts.get("detector.peak"), texts.get("detector.names"),
                texts.get("detector.verdict"));
    }

    List<Table.Row> detectorRows(List<TunnelDetector.Domain> figures) {
        List<Table.Row> rows = new ArrayList<>();
        for (TunnelDetector.Domain d : figures) {
            rows.add(new Table.Row(List.of(d.domain(), units.count(d.queries()), Integer.toString(d.longestLabel()),
                    units.fixed(d.entropy(), 2), units.count(d.peakRate()) + "/s", units.count(d.uniqueNames()),
                    texts.get(d.suspected() ? "detector.tunnel" : "detector.normal", Long.toString(d.signals()))),
                    d.suspected()));
        }
        rows.add(Table.Row.of(texts.get("detector.threshold"), "", "≥ " + TunnelDetector.LONG_LABEL,
                "≥ " + units.fixed(TunnelDetector.HIGH_ENTROPY, 1), "≥ " + units.count(TunnelDetector.HIGH_RATE) + "/s",
                "≥ " + units.count(TunnelDetector.MANY_NAMES), TunnelDetector.VERDICT + "/4"));
        return rows;
    }

    String detectorStepTitle(List<TunnelDetector.Domain> figures) {
        return figures.stream().filter(TunnelDetector.Domain::suspected).map(TunnelDetector.Domain::domain)
                .findFirst().map(d -> texts.get("detector.title", d)).orElseGet(() -> texts.get("detector.title.none"));
    }

    String detector(List<TunnelDetector.Domain> figures) {
        List<String> parts = new ArrayList<>();
        for (TunnelDetector.Domain d : figures) {
            parts.add(texts.get("detector.domainSaid", d.domain(), units.count(d.queries()),
                    units.count(d.uniqueNames()), Integer.toString(d.longestLabel()), units.fixed(d.entropy(), 2),
                    units.count(d.peakRate()), texts.get(d.suspected() ? "detector.suspected" : "detector.normalSaid"),
                    Long.toString(d.signals())));
        }
        return texts.get("detector", String.join(" ", parts));
    }

    String limitsTitle() {
        return texts.get("limits.title");
    }

    String limits() {
        return texts.get("limits");
    }
}
