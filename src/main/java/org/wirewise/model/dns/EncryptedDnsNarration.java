package org.wirewise.model.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.wirewise.model.http.h2.FrameType;
import org.wirewise.model.http.hpack.HeaderField;
import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;
import org.wirewise.model.tls.HandshakeType;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;

/**
 * Every sentence of the {@code encrypted-dns} lesson in one language ({@code encrypted-dns.properties} and its
 * translations): titles, narration and the tables' words. The diagram's labels are wire notation, as Wireshark
 * shows the capture with its key log, and stay English in every language.
 */
final class EncryptedDnsNarration {

    private final Texts texts;
    private final Units units;

    EncryptedDnsNarration(Locale language) {
        this.texts = Texts.of("org.wirewise.model.dns.encrypted-dns", language);
        this.units = new Units(texts.language());
    }

    /** A text of the bundle (a lane's title) as it stands. */
    String text(String key) {
        return texts.get(key);
    }

    // ---- labels on the diagram, as Wireshark shows the capture with its key log

    static String label(WireReading r) {
        if (!r.dns().isEmpty()) {
            DnsMessage m = r.dns().get(0);
            String what = m.response() ? "Answer " + answers(m, "no records") : "Query " + question(m.question());
            return r.transport().title() + " " + what;
        }
        if (!r.handshake().isEmpty()) {
            List<HandshakeType> h = r.handshake();
            return h.size() > 2 ? name(h.get(0)) + " … " + name(h.get(h.size() - 1)) : h.stream()
                    .map(EncryptedDnsNarration::name).collect(Collectors.joining(", "));
        }
        if (!r.frames().isEmpty()) {
            return r.frames().stream().map(f -> f.type().name()).collect(Collectors.joining(", "));
        }
        return r.seen().payload() > 0 ? "TLS " + r.seen().payload() + " B" : r.seen().flags();
    }

    // ---- the opening step

    String introTitle() {
        return texts.get("intro.title");
    }

    String intro(EncryptedDnsScenario s, TransportTimes udp) {
        return texts.get("intro", ms(udp.first()), question(s.questions().get(0)), question(s.questions().get(1)));
    }

    // ---- a packet's step

    String title(EncryptedDnsSimulator.Kind kind, WireReading r) {
        String key = "title." + kind.name();
        String t = r.transport().title();
        return switch (kind) {
            case QUERY -> texts.get(key, t, question(r.dns().get(0).question()));
            case ANSWER -> texts.get(key, t, answers(r.dns().get(0)));
            case SYN -> texts.get(key, t, Integer.toString(r.transport().port()));
            case OTHER -> texts.get(key, t, label(r));
            case CLIENT_HELLO, SERVER_FLIGHT, CLIENT_FINISHED -> texts.get(key, t);
        };
    }

    /** @param index which question a query or answer belongs to: 0 the first, 1 the second */
    String text(EncryptedDnsSimulator.Kind kind, WireReading r, TransportTimes times, int index) {
        return switch (kind) {
            case QUERY -> query(r, index);
            case ANSWER -> answer(r, times, index);
            case SYN -> texts.get(r.transport() == DnsTransport.DOT ? "syn.dot" : "syn.doh",
                    Integer.toString(r.transport().port()));
            case CLIENT_HELLO -> clientHello(r);
            case SERVER_FLIGHT -> serverFlight(r);
            case CLIENT_FINISHED -> texts.get("clientFinished", ms(times.tls()), ms(times.tcp() + times.tls()),
                    Integer.toString(recordBytes(r)));
            case OTHER -> "";
        };
    }

    private String query(WireReading r, int index) {
        DnsMessage m = r.dns().get(0);
        return switch (r.transport()) {
            case UDP -> texts.get("query.udp", question(m.question()), Integer.toString(r.seen().payload()),
                    Integer.toString(m.id()));
            case DOT -> texts.get("query.dot", Integer.toString(recordBytes(r)), reuse(index));
            case DOH -> doh(r, m, index);
        };
    }

    private String doh(WireReading r, DnsMessage m, int index) {
        WireReading.H2Frame headers = r.frames().stream().filter(f -> f.type() == FrameType.HEADERS).findFirst()
                .orElseThrow();
        boolean get = field(headers.fields(), ":method").equals("GET");
        boolean withSettings = r.frames().stream().anyMatch(f -> f.type() == FrameType.SETTINGS);
        String how = get
                ? texts.get("doh.get", Integer.toString(headers.stream()), field(headers.fields(), ":path"))
                : texts.get("doh.post", Integer.toString(headers.stream()), Integer.toString(DnsWire.encode(m).length),
                        DohMessages.MEDIA_TYPE);
        String settings = withSettings ? texts.get("doh.settings") : "";
        return texts.get("query.doh", how, settings, Integer.toString(recordBytes(r)), reuse(index));
    }

    /** For the second query: the connection is open, so no handshake this time. */
    private String reuse(int index) {
        return index == 0 ? "" : texts.get("reuse");
    }

    private String answer(WireReading r, TransportTimes times, int index) {
        DnsMessage m = r.dns().get(0);
        long took = index == 0 ? times.first() : times.second();
        String clear = texts.get("answer", answers(m), ms(took));
        return switch (r.transport()) {
            case UDP -> texts.get("answer.udp", clear);
            case DOT -> texts.get("answer.dot", clear, Integer.toString(recordBytes(r)), index == 0
                    ? texts.get("answer.dot.first", ms(times.tcp()), ms(times.tls()), ms(times.query()))
                    : texts.get("answer.dot.second"));
            case DOH -> texts.get("answer.doh", clear, responseField(r, ":status"), responseField(r, "cache-control"),
                    Integer.toString(m.id()), index == 0 ? texts.get("answer.doh.first", ms(times.tcp()), ms(times.tls()))
                            : texts.get("answer.doh.second"));
        };
    }

    /** A header field of the response this packet carries, as the key log opens it. */
    private String responseField(WireReading r, String name) {
        return r.frames().stream().filter(f -> f.type() == FrameType.HEADERS).map(f -> field(f.fields(), name))
                .filter(v -> !v.isEmpty()).findFirst().orElse(texts.get("noneInBrackets"));
    }

    private String clientHello(WireReading r) {
        String name = r.seen().serverName().orElse(texts.get("none"));
        String alpn = r.seen().alpn().isEmpty() ? texts.get("clientHello.noAlpn")
                : texts.get("clientHello.alpn", String.join(", ", r.seen().alpn()));
        String check = texts.get(r.transport() == DnsTransport.DOT ? "clientHello.check.dot" : "clientHello.check.doh");
        return texts.get("clientHello", name, check, alpn);
    }

    private String serverFlight(WireReading r) {
        List<String> records = r.seen().records().stream().map(this::record).toList();
        return texts.get("serverFlight", records.stream().reduce((a, b) -> texts.get("both", a, b)).orElse(""));
    }

    List<String> references(EncryptedDnsSimulator.Kind kind, WireReading r) {
        boolean dot = r.transport() == DnsTransport.DOT;
        return switch (kind) {
            case QUERY -> switch (r.transport()) {
                case UDP -> List.of("RFC 1035 §4.1", "RFC 1035 §4.2.1");
                case DOT -> List.of("RFC 7858 §3.3", "RFC 7830 §3");
                case DOH -> List.of("RFC 8484 §4.1", "RFC 8484 §6", "RFC 9113 §3.4");
            };
            case ANSWER -> switch (r.transport()) {
                case UDP -> List.of("RFC 1035 §4.1.3");
                case DOT -> List.of("RFC 7858 §3.3", "RFC 7858 §3.4");
                case DOH -> List.of("RFC 8484 §4.2", "RFC 8484 §5.1", "RFC 8484 §4.1");
            };
            case SYN -> dot ? List.of("RFC 7858 §3.1") : List.of("RFC 8484 §3");
            case CLIENT_HELLO -> List.of("RFC 6066 §3", dot ? "RFC 7858 §3.2" : "RFC 7301 §3.1");
            case SERVER_FLIGHT -> List.of("RFC 8446 §2", "RFC 8446 §4.3");
            case CLIENT_FINISHED -> List.of("RFC 8446 §4.4.4", dot ? "RFC 7858 §3.2" : "RFC 8484 §5.2");
            case OTHER -> List.of();
        };
    }

    String span(EncryptedDnsRun.Asked a) {
        return a.transport().title() + " " + DnsName.display(a.question().name()) + ": " + ms(a.answeredAt() - a.askedAt());
    }

    // ---- the observer's table for one packet

    String observerTitle(WireReading r) {
        return texts.get("observer.title", r.transport().title());
    }

    List<String> observerColumns() {
        return List.of(texts.get("observer.field"), texts.get("observer.read"));
    }

    List<Table.Row> observerRows(WireReading r, long sinceFirst) {
        WireReading.Observed o = r.seen();
        List<Table.Row> rows = new ArrayList<>();
        rows.add(Table.Row.of(texts.get("row.fromTo"), o.source() + " → " + o.destination()));
        rows.add(Table.Row.of(texts.get("row.transport"), o.flags().isEmpty() ? "UDP"
                : texts.get("row.tcpFlags", o.flags())));
        rows.add(Table.Row.of(texts.get("row.payload"), texts.get("row.bytes", Integer.toString(o.payload()))));
        o.clearDns().ifPresent(m -> {
            rows.add(Table.Row.of(texts.get("row.dnsId"), Integer.toString(m.id())));
            rows.add(new Table.Row(List.of(texts.get("row.question"), question(m.question())), true));
            if (m.response()) {
                rows.add(new Table.Row(List.of(texts.get("row.answer"), answersWithTtl(m)), true));
            }
        });
        if (!o.records().isEmpty()) {
            rows.add(Table.Row.of(texts.get("row.records"), o.records().stream().map(this::record)
                    .collect(Collectors.joining("; "))));
        }
        o.serverName().ifPresent(name -> rows.add(new Table.Row(List.of(texts.get("row.serverName"), name), true)));
        if (o.serverName().isPresent()) {
            rows.add(Table.Row.of(texts.get("row.alpn"), o.alpn().isEmpty() ? texts.get("none")
                    : String.join(", ", o.alpn())));
        }
        if (r.transport().encrypted() && o.payload() > 0) {
            rows.add(new Table.Row(List.of(texts.get("row.hidden"), texts.get("row.notReadable")), !r.dns().isEmpty()));
        }
        rows.add(Table.Row.of(texts.get("row.since", r.transport().title()), "+" + ms(sinceFirst)));
        return rows;
    }

    // ---- the closing steps

    String observerSummaryTitle() {
        return texts.get("summary.title");
    }

    String observerSummary(List<EncryptedDnsSimulator.Exposure> exposures) {
        EncryptedDnsSimulator.Exposure udp = exposures.get(0);
        return texts.get("summary", String.join(", ", udp.names()),
                udp.answers().stream().map(this::answers).collect(Collectors.joining("; ")),
                exposures.get(1).serverNames().stream().findFirst().orElse(texts.get("noneInBrackets")),
                Long.toString(exposures.get(1).bytes()), Long.toString(exposures.get(2).bytes()),
                Long.toString(udp.bytes()));
    }

    /** Counts, not the names: the names are in each packet's table, and the summary must fit a 1280-px window. */
    Table exposureTable(TableKey key, List<EncryptedDnsSimulator.Exposure> exposures, int questions) {
        String of = Integer.toString(questions);
        List<Table.Row> rows = exposures.stream().map(e -> new Table.Row(List.of(e.transport().title(),
                Integer.toString(e.transport().port()), texts.get("exposure.count", Integer.toString(e.names().size()), of),
                texts.get("exposure.count", Integer.toString(e.answers().size()), of),
                e.serverNames().isEmpty() ? texts.get("none") : String.join(", ", e.serverNames()), e.bytes() + " B"),
                !e.transport().encrypted())).toList();
        return new Table(key, texts.get("exposure.title"), List.of(texts.get("exposure.transport"),
                texts.get("exposure.port"), texts.get("exposure.names"), texts.get("exposure.answers"),
                texts.get("exposure.serverName"), texts.get("exposure.bytes")), rows);
    }

    String latencyTitle() {
        return texts.get("latency.title");
    }

    String latency(Map<DnsTransport, TransportTimes> times) {
        TransportTimes udp = times.get(DnsTransport.UDP);
        TransportTimes dot = times.get(DnsTransport.DOT);
        TransportTimes doh = times.get(DnsTransport.DOH);
        return texts.get("latency", ms(udp.first()), ms(dot.first()), ratio(dot.first(), udp.first()), ms(dot.tcp()),
                ms(dot.tls()), ms(dot.query()), ms(doh.first()), ratio(doh.first(), udp.first()), ms(doh.tcp()),
                ms(doh.tls()), ms(dot.second()), ms(doh.second()));
    }

    Table latencyTable(TableKey key, List<TransportTimes> times) {
        long udp = times.get(0).first();
        long longest = times.stream().mapToLong(TransportTimes::first).max().orElse(1);
        List<Table.Row> rows = times.stream().map(t -> Table.Row.of(t.transport().title(), ms(t.first()),
                t.tcp() == 0 ? "—" : ms(t.tcp()), t.tls() == 0 ? "—" : ms(t.tls()), ms(t.second()),
                bar(t.first(), longest) + " " + ratio(t.first(), udp) + "×")).toList();
        return new Table(key, texts.get("latencyTable.title"), List.of(texts.get("latencyTable.transport"),
                texts.get("latencyTable.first"), texts.get("latencyTable.tcp"), texts.get("latencyTable.tls"),
                texts.get("latencyTable.second"), texts.get("latencyTable.ratio")), rows);
    }

    String whereTitle() {
        return texts.get("where.title");
    }

    String where(List<EncryptedDnsSimulator.Exposure> exposures) {
        return texts.get("where", Integer.toString(exposures.get(2).transport().port()),
                Integer.toString(exposures.get(1).transport().port()));
    }

    // ---- small words

    private String record(WireReading.SeenRecord r) {
        return texts.get("record." + r.type().name(), Integer.toString(r.length()));
    }

    private static int recordBytes(WireReading r) {
        return r.seen().records().stream().mapToInt(WireReading.SeenRecord::length).sum();
    }

    private static String name(HandshakeType t) {
        String[] words = t.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    private static String question(DnsMessage.Question q) {
        return DnsName.display(q.name()) + " " + q.type();
    }

    private String answers(DnsMessage m) {
        return answers(m, texts.get("noRecords"));
    }

    private static String answers(DnsMessage m, String noRecords) {
        if (m.rcode() != DnsMessage.Rcode.NOERROR) {
            return m.rcode().name();
        }
        return m.answers().isEmpty() ? noRecords : m.answers().stream().map(a -> a.data().toString())
                .collect(Collectors.joining(", "));
    }

    private String answersWithTtl(DnsMessage m) {
        if (m.answers().isEmpty()) {
            return answers(m);
        }
        return m.answers().stream().map(a -> a.data() + " (TTL " + a.ttl() + " s)").collect(Collectors.joining(", "));
    }

    private static String field(List<HeaderField> fields, String name) {
        return fields.stream().filter(f -> f.name().equals(name)).map(HeaderField::value).findFirst().orElse("");
    }

    private static String bar(long value, long longest) {
        return "█".repeat((int) Math.max(1, Math.round(8.0 * value / longest)));
    }

    /** How many times {@code base} {@code value} is: "3.1". */
    private String ratio(long value, long base) {
        return units.fixed((double) value / base, 1);
    }

    /** Milliseconds with one decimal: "20.4 ms", "20,4 ms". */
    private String ms(long nanos) {
        return units.fixed(nanos / 1e6, 1) + " ms";
    }
}
