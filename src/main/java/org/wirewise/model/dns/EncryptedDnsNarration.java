package org.wirewise.model.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.wirewise.model.http.h2.FrameType;
import org.wirewise.model.http.hpack.HeaderField;
import org.wirewise.model.tls.HandshakeType;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;

/** Every sentence of the {@code encrypted-dns} lesson: titles, narration, labels, and the tables' words. */
final class EncryptedDnsNarration {

    private static final String NOT_READABLE = "not readable: encrypted";

    // ---- labels on the diagram, as Wireshark shows the capture with its key log

    String label(WireReading r) {
        if (!r.dns().isEmpty()) {
            DnsMessage m = r.dns().get(0);
            String what = m.response() ? "Answer " + answers(m) : "Query " + question(m.question());
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
        return "One question, three ways";
    }

    String intro(EncryptedDnsScenario s, TransportTimes udp) {
        return String.format(Locale.ROOT, "The laptop asks its resolver (round trip %s) for %s, then %s: first as plain "
                        + "DNS over UDP, then over TLS (DoT, RFC 7858), then over HTTPS (DoH, RFC 8484, HTTP/2). The phone "
                        + "asked both names a moment before, so the resolver answers from its cache and every time below "
                        + "is the transport's own. For each packet the table shows what someone on the path reads from "
                        + "its bytes without any key: the Wi-Fi's owner, the ISP, a tap. DNS over QUIC (RFC 9250, UDP port "
                        + "853) is a fourth way, not shown here.",
                ms(udp.first()), question(s.questions().get(0)), question(s.questions().get(1)));
    }

    // ---- a packet's step

    String title(EncryptedDnsSimulator.Kind kind, WireReading r) {
        String t = r.transport().title() + ": ";
        return t + switch (kind) {
            case QUERY -> "the query for " + question(r.dns().get(0).question());
            case ANSWER -> "the answer, " + answers(r.dns().get(0));
            case SYN -> "TCP to port " + r.transport().port();
            case CLIENT_HELLO -> "ClientHello, name in the clear";
            case SERVER_FLIGHT -> "the server's flight, encrypted";
            case CLIENT_FINISHED -> "the handshake is done";
            case OTHER -> label(r);
        };
    }

    /** @param index which question a query or answer belongs to: 0 the first, 1 the second */
    String text(EncryptedDnsSimulator.Kind kind, WireReading r, TransportTimes times, int index) {
        return switch (kind) {
            case QUERY -> query(r, index);
            case ANSWER -> answer(r, times, index);
            case SYN -> String.format(Locale.ROOT, r.transport() == DnsTransport.DOT
                    ? "The laptop opens a TCP connection to the resolver's port %d, DoT's own port (RFC 7858 §3.1). "
                            + "The observer reads the port, and that port carries nothing but DNS over TLS: a network "
                            + "that wants to stop DoT drops it, and the laptop falls back to plain DNS or fails."
                    : "The laptop opens a TCP connection to the resolver's port %d, the port of every HTTPS site. "
                            + "By port alone this is web traffic: blocking it would block the web.",
                    r.transport().port());
            case CLIENT_HELLO -> clientHello(r);
            case SERVER_FLIGHT -> serverFlight(r);
            case CLIENT_FINISHED -> String.format(Locale.ROOT, "The laptop's Finished closes the TLS 1.3 handshake, "
                    + "%s after the ClientHello and %s after the SYN: time spent before the first query can "
                    + "leave. The observer sees one more application-data record of %d bytes.",
                    ms(times.tls()), ms(times.tcp() + times.tls()), recordBytes(r));
            case OTHER -> "";
        };
    }

    private String query(WireReading r, int index) {
        DnsMessage m = r.dns().get(0);
        return switch (r.transport()) {
            case UDP -> String.format(Locale.ROOT, "The laptop asks for %s in one UDP datagram to port 53: %d bytes of "
                    + "DNS with ID %d, a fresh ID and source port per query. Nothing is hidden: anyone on the path "
                    + "reads the name, the type and the ID straight from the packet (RFC 1035 §4.1), as the table "
                    + "shows.", question(m.question()), r.seen().payload(), m.id());
            case DOT -> String.format(Locale.ROOT, "The query goes on the TLS connection, behind a two-byte length as "
                    + "over TCP (RFC 7858 §3.3), in an application-data record of %d bytes. The observer sees that "
                    + "length and no name. A length still hints at the name's length: EDNS(0) padding (RFC 7830, "
                    + "RFC 8467) would round it up; this stub pads nothing.%s", recordBytes(r), reuse(index));
            case DOH -> doh(r, m, index);
        };
    }

    private String doh(WireReading r, DnsMessage m, int index) {
        WireReading.H2Frame headers = r.frames().stream().filter(f -> f.type() == FrameType.HEADERS).findFirst()
                .orElseThrow();
        boolean get = field(headers.fields(), ":method").equals("GET");
        boolean withSettings = r.frames().stream().anyMatch(f -> f.type() == FrameType.SETTINGS);
        String how = get
                ? String.format(Locale.ROOT, "a GET on stream %d whose :path carries the query in base64url, "
                        + "%s, with ID 0 so that equal queries are equal URLs an HTTP cache can share (RFC 8484 §4.1)",
                        headers.stream(), field(headers.fields(), ":path"))
                : String.format(Locale.ROOT, "a POST on stream %d whose body is the %d-byte query, %s (RFC 8484 §4.1, "
                        + "§6)", headers.stream(), DnsWire.encode(m).length, DohMessages.MEDIA_TYPE);
        String settings = withSettings ? " It leaves in the same packet as the client's SETTINGS: a client may send "
                + "requests right after its preface without waiting for the server's (RFC 9113 §3.4), so HTTP/2 adds "
                + "bytes here, not a round trip." : "";
        return String.format(Locale.ROOT, "The question as an HTTP/2 request: %s.%s The observer sees a record of %d "
                + "bytes.%s", how, settings, recordBytes(r), reuse(index));
    }

    /** For the second query: the connection is open, so no handshake this time. */
    private static String reuse(int index) {
        return index == 0 ? "" : " It goes on the open connection at once: no new handshake (RFC 7858 §3.4, RFC 8484 §5.2).";
    }

    private String answer(WireReading r, TransportTimes times, int index) {
        DnsMessage m = r.dns().get(0);
        long took = index == 0 ? times.first() : times.second();
        String clear = String.format(Locale.ROOT, "The answer: %s, %s after the question.", answers(m), ms(took));
        return switch (r.transport()) {
            case UDP -> clear + " One round trip: the resolver had it cached. The observer reads the answer too, "
                    + "so it knows the address the laptop is about to contact.";
            case DOT -> clear + String.format(Locale.ROOT, " It comes in an application-data record of %d bytes: to the "
                    + "observer, a size and a time. %s", recordBytes(r), index == 0
                    ? String.format(Locale.ROOT, "The first answer paid TCP's round trip (%s) and TLS's (%s) before the "
                    + "query's own (%s).", ms(times.tcp()), ms(times.tls()), ms(times.query()))
                    : "On the open connection it cost one round trip, as over UDP.");
            case DOH -> clear + String.format(Locale.ROOT, " The response is HEADERS with :status %s and "
                    + "cache-control %s, no longer than the smallest TTL (RFC 8484 §5.1), then DATA with the DNS "
                    + "message, ID %d like the query. %s", responseField(r, ":status"), responseField(r, "cache-control"),
                    m.id(), index == 0 ? String.format(Locale.ROOT, "The first paid TCP (%s) and TLS (%s) before its "
                    + "own round trip.", ms(times.tcp()), ms(times.tls())) : "On the open connection, one round trip.");
        };
    }

    /** A header field of the response this packet carries, as the key log opens it. */
    private static String responseField(WireReading r, String name) {
        return r.frames().stream().filter(f -> f.type() == FrameType.HEADERS).map(f -> field(f.fields(), name))
                .filter(v -> !v.isEmpty()).findFirst().orElse("(none)");
    }

    private String clientHello(WireReading r) {
        String name = r.seen().serverName().orElse("none");
        String alpn = r.seen().alpn().isEmpty()
                ? " It offers no ALPN: RFC 7858 names none for DoT, so the port is what tells it is DNS."
                : " It also offers ALPN " + String.join(", ", r.seen().alpn()) + " (RFC 7301): HTTP/2, as for any "
                        + "web page.";
        String check = r.transport() == DnsTransport.DOT ? " (DoT's strict profile, RFC 8310, as Android's Private DNS "
                + "with a named provider)" : " (as for any HTTPS site)";
        return String.format(Locale.ROOT, "TLS 1.3 starts with a ClientHello that crosses in the clear: the observer "
                + "reads server_name %s (RFC 6066 §3), the resolver's name, which the laptop checks the certificate "
                + "against%s.%s Encrypted Client Hello would hide the name; this ClientHello has none.", name, check,
                alpn);
    }

    private String serverFlight(WireReading r) {
        List<String> records = r.seen().records().stream().map(EncryptedDnsNarration::record).toList();
        return String.format(Locale.ROOT, "The resolver answers with %s. Only the ServerHello is readable; "
                + "EncryptedExtensions, the certificate for the resolver's name, CertificateVerify and Finished "
                + "travel encrypted (RFC 8446 §2): the observer sees their total size, not which certificate.",
                String.join(" and ", records));
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
        return "What an on-path observer reads (" + r.transport().title() + ")";
    }

    List<String> observerColumns() {
        return List.of("Field", "Read from the bytes");
    }

    List<Table.Row> observerRows(WireReading r, long sinceFirst) {
        WireReading.Observed o = r.seen();
        List<Table.Row> rows = new ArrayList<>();
        rows.add(Table.Row.of("From → to", o.source() + " → " + o.destination()));
        rows.add(Table.Row.of("Transport", o.flags().isEmpty() ? "UDP" : "TCP, flags " + o.flags()));
        rows.add(Table.Row.of("Payload", o.payload() + " bytes"));
        o.clearDns().ifPresent(m -> {
            rows.add(Table.Row.of("DNS ID", Integer.toString(m.id())));
            rows.add(new Table.Row(List.of("Question", question(m.question())), true));
            if (m.response()) {
                rows.add(new Table.Row(List.of("Answer", answersWithTtl(m)), true));
            }
        });
        if (!o.records().isEmpty()) {
            rows.add(Table.Row.of("TLS records", o.records().stream().map(EncryptedDnsNarration::record)
                    .collect(Collectors.joining("; "))));
        }
        o.serverName().ifPresent(name -> rows.add(new Table.Row(List.of("Server name (SNI)", name), true)));
        if (o.serverName().isPresent()) {
            rows.add(Table.Row.of("ALPN offered", o.alpn().isEmpty() ? "none" : String.join(", ", o.alpn())));
        }
        if (r.transport().encrypted() && o.payload() > 0) {
            rows.add(new Table.Row(List.of("Name, type, answer", NOT_READABLE), !r.dns().isEmpty()));
        }
        rows.add(Table.Row.of("Time since " + r.transport().title() + "'s first packet", "+" + ms(sinceFirst)));
        return rows;
    }

    // ---- the closing steps

    String observerSummaryTitle() {
        return "What the observer learned";
    }

    String observerSummary(List<EncryptedDnsSimulator.Exposure> exposures) {
        EncryptedDnsSimulator.Exposure udp = exposures.get(0);
        return String.format(Locale.ROOT, "Over UDP the observer read every name (%s) and every answer (%s). Over DoT "
                        + "and DoH it read no name the laptop asked: only the resolver's address and port, the server "
                        + "name %s in each ClientHello, and the records' sizes and times. The encrypted transports cost "
                        + "%d and %d bytes on the wire against UDP's %d. The name's length and the timing still leak "
                        + "something (RFC 8484 §8.1).",
                String.join(", ", udp.names()), udp.answers().stream().map(EncryptedDnsNarration::answers)
                        .collect(Collectors.joining("; ")),
                exposures.get(1).serverNames().stream().findFirst().orElse("(none)"),
                exposures.get(1).bytes(), exposures.get(2).bytes(), udp.bytes());
    }

    /** Counts, not the names: the names are in each packet's table, and the summary must fit a 1280-px window. */
    Table exposureTable(TableKey key, List<EncryptedDnsSimulator.Exposure> exposures, int questions) {
        List<Table.Row> rows = exposures.stream().map(e -> new Table.Row(List.of(e.transport().title(),
                Integer.toString(e.transport().port()), e.names().size() + " of " + questions,
                e.answers().size() + " of " + questions, e.serverNames().isEmpty() ? "none"
                        : String.join(", ", e.serverNames()), e.bytes() + " B"), !e.transport().encrypted())).toList();
        return new Table(key, "What an observer read, per transport", List.of("Transport", "Port", "Names",
                "Answers", "Server name", "Bytes"), rows);
    }

    String latencyTitle() {
        return "The latency each adds";
    }

    String latency(Map<DnsTransport, TransportTimes> times) {
        TransportTimes udp = times.get(DnsTransport.UDP);
        TransportTimes dot = times.get(DnsTransport.DOT);
        TransportTimes doh = times.get(DnsTransport.DOH);
        return String.format(Locale.ROOT, "Measured from the packets: UDP answered in %s, one round trip. DoT's first "
                        + "answer took %s (%.1f times UDP's): TCP's handshake (%s) and TLS 1.3's (%s) before the query's "
                        + "own %s. DoH's took %s (%.1f times), its TCP %s and TLS %s. The second question cost %s over "
                        + "DoT and %s over DoH: on an open connection an encrypted query costs what a plain one does. "
                        + "Keeping the connection open is what makes encrypted DNS cheap (RFC 7858 §3.4); TLS resumption "
                        + "or TCP Fast Open trim a new one.",
                ms(udp.first()), ms(dot.first()), (double) dot.first() / udp.first(), ms(dot.tcp()), ms(dot.tls()),
                ms(dot.query()), ms(doh.first()), (double) doh.first() / udp.first(), ms(doh.tcp()), ms(doh.tls()),
                ms(dot.second()), ms(doh.second()));
    }

    Table latencyTable(TableKey key, List<TransportTimes> times) {
        long udp = times.get(0).first();
        long longest = times.stream().mapToLong(TransportTimes::first).max().orElse(1);
        List<Table.Row> rows = times.stream().map(t -> Table.Row.of(t.transport().title(), ms(t.first()),
                t.tcp() == 0 ? "—" : ms(t.tcp()), t.tls() == 0 ? "—" : ms(t.tls()), ms(t.second()),
                bar(t.first(), longest) + String.format(Locale.ROOT, " %.1f×", (double) t.first() / udp))).toList();
        return new Table(key, "Measured latency", List.of("Transport", "1st answer", "TCP", "TLS", "2nd answer",
                "1st vs UDP"), rows);
    }

    String whereTitle() {
        return "Where each is used";
    }

    String where(List<EncryptedDnsSimulator.Exposure> exposures) {
        return String.format(Locale.ROOT, "Browsers use DoH: Firefox (on by default in some countries) and Chrome "
                + "(when the system's resolver offers it) send lookups over HTTPS on port %d beside the pages' own "
                + "traffic, which a network cannot block by port without blocking the web; it can still block known "
                + "resolvers by address or name. Android's Private DNS uses DoT on port %d: in automatic mode it tries "
                + "the network's resolver and falls back to plain DNS if that port does not answer; with a named "
                + "provider it refuses to fall back. Either way the resolver decrypts and sees every name and who "
                + "asked (RFC 8484 §8.2): encryption moves the trust from the path to the resolver's operator, and "
                + "the addresses the laptop connects to next stay visible on the path.",
                exposures.get(2).transport().port(), exposures.get(1).transport().port());
    }

    // ---- small words

    private static String readOrNot(List<String> values) {
        return values.isEmpty() ? "none" : String.join(", ", values);
    }

    private static String record(WireReading.SeenRecord r) {
        String type = switch (r.type()) {
            case HANDSHAKE -> "handshake";
            case APPLICATION_DATA -> "application data";
            case ALERT -> "alert";
            case CHANGE_CIPHER_SPEC -> "change_cipher_spec";
        };
        return type + " " + r.length() + " B";
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

    private static String answers(DnsMessage m) {
        if (m.rcode() != DnsMessage.Rcode.NOERROR) {
            return m.rcode().name();
        }
        return m.answers().isEmpty() ? "no records" : m.answers().stream().map(a -> a.data().toString())
                .collect(Collectors.joining(", "));
    }

    private static String answersWithTtl(DnsMessage m) {
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

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
