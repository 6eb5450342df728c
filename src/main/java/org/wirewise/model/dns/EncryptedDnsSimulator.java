package org.wirewise.model.dns;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirewise.model.tls.HandshakeType;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;

/**
 * The {@code encrypted-dns} lesson: the same two questions as plain DNS over UDP, DNS over TLS and DNS over HTTPS
 * ({@link EncryptedDnsRun}); a step for each packet that moves an exchange on (a query or answer, a SYN, the TLS
 * handshake's flights), each with what an on-path observer reads from its bytes; then what the observer learned
 * per transport, the latency each adds, and where each is used. The trace carries both TLS connections' key logs,
 * so the laptop's capture decrypts in Wireshark with no settings.
 */
public final class EncryptedDnsSimulator {

    public static final String LESSON_ID = "encrypted-dns";
    /** What an on-path observer reads from the step's packet. */
    public static final TableKey OBSERVER = TableKey.of("observer-view");
    /** Per transport: what the observer learned over the whole exchange. */
    public static final TableKey EXPOSURE = TableKey.of("observer-summary");
    /** Per transport: the measured times. */
    public static final TableKey LATENCY = TableKey.of("latency");

    /** What a packet does in its exchange, for the step that shows it. */
    enum Kind { QUERY, ANSWER, SYN, CLIENT_HELLO, SERVER_FLIGHT, CLIENT_FINISHED, OTHER }

    /** What an observer gathered from one transport's packets, with no key. */
    record Exposure(DnsTransport transport, List<String> names, List<DnsMessage> answers, List<String> serverNames,
                    int packets, long bytes) {
    }

    /** The run and what was measured, for the lesson and for {@code wirewise dns resolve --transport}. */
    public record Result(Trace trace, Map<DnsTransport, TransportTimes> times, Map<DnsTransport, List<Integer>> packets) {
    }

    private final EncryptedDnsScenario s;
    private final EncryptedDnsNarration n;
    private final TraceBuilder trace;

    private EncryptedDnsSimulator(EncryptedDnsScenario s, Locale language) {
        this.s = s;
        this.n = new EncryptedDnsNarration(language);
        trace = new TraceBuilder(LESSON_ID, List.of(new Lane(DnsNetwork.LAPTOP, n.text("lane.laptop"), "192.168.1.20"),
                new Lane(DnsNetwork.RESOLVER, n.text("lane.resolver"), DnsNetwork.RESOLVER_IP.getHostAddress())));
    }

    /** The lesson in English, the language of the command line and the tests. */
    public static Trace simulate(EncryptedDnsScenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with every word in {@code language}; packets and times are the same in every language. */
    public static Trace simulate(EncryptedDnsScenario scenario, Locale language) {
        return new EncryptedDnsSimulator(scenario, language).build().trace();
    }

    public static Result run(EncryptedDnsScenario scenario) {
        return new EncryptedDnsSimulator(scenario, Locale.ENGLISH).build();
    }

    private Result build() {
        EncryptedDnsRun run = EncryptedDnsRun.run(s);
        run.keyLogs.values().forEach(log -> log.forEach(trace::secret));
        List<WireReading> readings = WireReader.read(run);
        Map<DnsTransport, TransportTimes> times = new EnumMap<>(DnsTransport.class);
        for (DnsTransport t : DnsTransport.values()) {
            times.put(t, TransportTimes.measure(t, readings, run.asked));
        }
        Map<DnsTransport, List<Integer>> ids = new EnumMap<>(DnsTransport.class);
        List<Integer> packetIds = new ArrayList<>();
        for (WireReading r : readings) {
            EncryptedDnsRun.Wire w = r.wire();
            int id = trace.packet(w.from(), w.to(), w.sent(), w.arrival(), w.fate(), EncryptedDnsNarration.label(r), w.frame());
            packetIds.add(id);
            ids.computeIfAbsent(w.transport(), k -> new ArrayList<>()).add(id);
        }
        step(readings.get(0).wire().sent(), n.introTitle(), n.intro(s, times.get(DnsTransport.UDP)),
                List.of("RFC 7858 §1", "RFC 8484 §1"), -1, List.of(), List.of());
        for (int i = 0; i < readings.size(); i++) {
            WireReading r = readings.get(i);
            Kind kind = kind(r);
            if (kind == Kind.OTHER) {
                continue;
            }
            long since = r.wire().sent() - firstOf(readings, r.transport()).wire().sent();
            java.util.Optional<EncryptedDnsRun.Asked> asked = question(r, run);
            step(r.wire().arrival(), n.title(kind, r), n.text(kind, r, times.get(r.transport()),
                    asked.map(EncryptedDnsRun.Asked::index).orElse(0)), n.references(kind, r), packetIds.get(i),
                    List.of(observer(r, since)), kind == Kind.ANSWER ? asked.map(a -> List.of(new Measurement(n.span(a),
                            DnsNetwork.LAPTOP, a.askedAt(), r.wire().arrival()))).orElse(List.of()) : List.of());
        }
        long end = readings.get(readings.size() - 1).wire().arrival();
        List<Exposure> exposures = java.util.Arrays.stream(DnsTransport.values()).map(t -> exposure(t, readings))
                .toList();
        Table exposure = n.exposureTable(EXPOSURE, exposures, (int) s.questions().stream().distinct().count());
        Table latency = n.latencyTable(LATENCY, List.copyOf(times.values()));
        step(end, n.observerSummaryTitle(), n.observerSummary(exposures), List.of("RFC 8484 §8.1", "RFC 7858 §1",
                "RFC 6066 §3"), -1, List.of(exposure), List.of());
        step(end, n.latencyTitle(), n.latency(times), List.of("RFC 7858 §3.4", "RFC 8484 §5.2", "RFC 9113 §3.4"), -1,
                List.of(latency), List.of());
        step(end, n.whereTitle(), n.where(exposures), List.of("RFC 7858 §3.1", "RFC 8484 §8.2", "RFC 8484 §5.2"), -1,
                List.of(exposure, latency), List.of());
        return new Result(trace.build(), times, ids);
    }

    private static WireReading firstOf(List<WireReading> readings, DnsTransport t) {
        return readings.stream().filter(r -> r.transport() == t).findFirst().orElseThrow();
    }

    static Kind kind(WireReading r) {
        if (!r.dns().isEmpty()) {
            return r.dns().get(0).response() ? Kind.ANSWER : Kind.QUERY;
        }
        if (r.seen().flags().equals("SYN")) {
            return Kind.SYN;
        }
        if (r.handshake().contains(HandshakeType.CLIENT_HELLO)) {
            return Kind.CLIENT_HELLO;
        }
        if (r.handshake().contains(HandshakeType.SERVER_HELLO)) {
            return Kind.SERVER_FLIGHT;
        }
        return r.handshake().contains(HandshakeType.FINISHED) ? Kind.CLIENT_FINISHED : Kind.OTHER;
    }

    /** The question a packet carrying DNS belongs to: the latest of its transport asked before it left with its name. */
    private static java.util.Optional<EncryptedDnsRun.Asked> question(WireReading r, EncryptedDnsRun run) {
        return r.dns().isEmpty() ? java.util.Optional.empty() : run.asked.stream().filter(a -> a.transport() == r.transport()
                && a.askedAt() <= r.wire().sent() && a.question().equals(r.dns().get(0).question())).reduce((a, b) -> b);
    }

    private Table observer(WireReading r, long since) {
        return new Table(OBSERVER, n.observerTitle(r), n.observerColumns(), n.observerRows(r, since));
    }

    private static Exposure exposure(DnsTransport t, List<WireReading> readings) {
        List<WireReading> mine = readings.stream().filter(r -> r.transport() == t).toList();
        List<String> names = new ArrayList<>();
        List<DnsMessage> answers = new ArrayList<>();
        List<String> servers = new ArrayList<>();
        long bytes = 0;
        for (WireReading r : mine) {
            bytes += r.wire().frame().length;
            r.seen().clearDns().ifPresent(m -> {
                addOnce(names, DnsName.display(m.question().name()));
                if (m.response()) {
                    answers.add(m);
                }
            });
            r.seen().serverName().ifPresent(name -> addOnce(servers, name));
        }
        return new Exposure(t, names, answers, servers, mine.size(), bytes);
    }

    private static void addOnce(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    private void step(long time, String title, String text, List<String> refs, int packet, List<Table> tables,
                      List<Measurement> spans) {
        trace.step(time, title, text, refs, packet, new Snapshot(List.of(), spans, tables));
    }
}
