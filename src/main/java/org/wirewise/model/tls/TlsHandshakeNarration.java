package org.wirewise.model.tls;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.text.Texts;
import org.wirewise.model.tls.cert.CertificateChain;
import org.wirewise.model.tls.cert.Validation;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.Table;

/**
 * Every sentence of the TLS handshake lesson, 1.3 and 1.2, in one language ({@code tls-handshake.properties}
 * and its translations); numbers come from the trace's own frames and secrets. Frame labels are wire
 * notation, as Wireshark's Info column, and stay English.
 */
final class TlsHandshakeNarration {

    static final String TEXTS = "org.wirewise.model.tls.tls-handshake";
    static final String PRE_MASTER = "pre_master_secret";
    static final String MASTER_12 = "master_secret";
    static final String KEY_BLOCK = "key_block";

    /** The spans the lesson measures; each is found again by its label in this narration's language. */
    enum Span {
        TCP("span.tcp"), TLS13("span.tls13"), TLS12("span.tls12"), REQUEST("span.request");

        private final String key;

        Span(String key) {
            this.key = key;
        }
    }

    /** The key schedule's stages (RFC 8446 §7.1). */
    enum Stage {
        EARLY("stage.early"), HANDSHAKE("stage.handshake"), MASTER("stage.master");

        private final String key;

        Stage(String key) {
            this.key = key;
        }
    }

    private final TlsHandshakeScenario s;
    private final Texts texts;
    private final TlsUnits units;

    TlsHandshakeNarration(TlsHandshakeScenario s, Locale language) {
        this.s = s;
        this.texts = Texts.of(TEXTS, language);
        this.units = new TlsUnits(texts.language());
    }

    /** A text of the bundle with no numbers: a lane, a column. */
    String text(String key) {
        return texts.get(key);
    }

    String span(Span span) {
        return texts.get(span.key);
    }

    String stage(Stage stage) {
        return texts.get(stage.key);
    }

    /** The TLS span: what this version's handshake costs, measured on the frames. */
    Span tlsSpan() {
        return s.tls12() ? Span.TLS12 : Span.TLS13;
    }

    private String version() {
        return s.version();
    }

    String introTitle() {
        return texts.get("intro.title", s.serverName(), version());
    }

    String intro(CertificateChain chain) {
        String intermediate = chain.intermediate().subject().commonName();
        String root = chain.root().subject().commonName();
        return s.tls12() ? texts.get("intro.tls12", intermediate, root) : texts.get("intro.tls13", chain.host(), intermediate, root);
    }

    List<String> introReferences() {
        return s.tls12() ? List.of("RFC 5246 §7.3", "RFC 8422 §2", "RFC 9293 §3.5") : List.of("RFC 8446 §2", "RFC 9293 §3.5");
    }

    /** A frame's label on the diagram: TCP flags, then its records as the toggle's viewer sees them (wire notation). */
    String label(TcpSegment seg, List<WireRecords.Seen> records) {
        String flags = TcpFlags.names(seg.flags());
        if (records.isEmpty()) {
            return seg.payloadLength() > 0 ? flags + " (" + seg.payloadLength() + " bytes, part of a record)" : flags;
        }
        return records.stream().map(this::recordLabel).collect(Collectors.joining(" + "));
    }

    private String recordLabel(WireRecords.Seen r) {
        if (s.observerView() && r.encrypted()) {
            return outerName(r.outer()) + " (" + r.length() + " bytes, opaque)";
        }
        return inside(r);
    }

    /** What a record holds once opened: its handshake messages, its data's first line, or its alert. */
    static String inside(WireRecords.Seen r) {
        return switch (r.inner()) {
            case HANDSHAKE -> r.messages().stream().map(HandshakeType::rfcName).collect(Collectors.joining(", "));
            case APPLICATION_DATA -> firstLine(r.plaintext());
            case ALERT -> "Alert: " + Alert.decode(r.plaintext()).description().rfcName();
            default -> "ChangeCipherSpec";
        };
    }

    /** A record type as Wireshark names it in the Info column. */
    private static String outerName(ContentType type) {
        return switch (type) {
            case HANDSHAKE -> "Handshake";
            case APPLICATION_DATA -> "Application Data";
            case ALERT -> "Alert";
            default -> "ChangeCipherSpec";
        };
    }

    private static String firstLine(byte[] http) {
        String text = new String(http, StandardCharsets.US_ASCII);
        int end = text.indexOf('\r');
        return end > 0 ? text.substring(0, end) : text;
    }

    String title(TlsHandshakeSteps.Seen f) {
        return texts.get("title." + titleKey(f));
    }

    private String titleKey(TlsHandshakeSteps.Seen f) {
        TcpSegment seg = f.segment();
        if (seg.has(TcpFlags.SYN)) {
            return seg.has(TcpFlags.ACK) ? "synAck" : "syn";
        }
        if (f.records().isEmpty()) {
            return "ack";
        }
        if (f.carriesAlert()) {
            return "alert";
        }
        if (f.carries(HandshakeType.CLIENT_HELLO)) {
            return "clientHello";
        }
        if (s.tls12()) {
            if (f.carries(HandshakeType.SERVER_HELLO)) {
                return "tls12.serverFlight";
            }
            if (f.carries(HandshakeType.CLIENT_KEY_EXCHANGE)) {
                return "tls12.clientKeyExchange";
            }
            if (f.carries(HandshakeType.FINISHED)) {
                return "tls12.serverFinished";
            }
        }
        if (f.carries(HandshakeType.SERVER_HELLO)) {
            return "serverHello";
        }
        if (f.carries(HandshakeType.FINISHED) && f.toServer()) {
            return f.carriesData() ? "clientFinishedRequest" : "clientFinished";
        }
        if (f.carries(HandshakeType.NEW_SESSION_TICKET)) {
            return f.carriesData() ? "ticketResponse" : "ticket";
        }
        if (f.carriesData()) {
            return f.toServer() ? "request" : "response";
        }
        return f.toServer() ? "clientRecords" : "serverRecords";
    }

    String narration(TlsHandshakeSteps.Seen f, List<Measurement> m) {
        TcpSegment seg = f.segment();
        if (seg.has(TcpFlags.SYN)) {
            return texts.get(seg.has(TcpFlags.ACK) ? "synAck" : "syn");
        }
        if (f.records().isEmpty()) {
            return texts.get(s.tls12() ? "ack.tls12" : "ack.tls13");
        }
        List<String> parts = new ArrayList<>();
        if (s.tls12()) {
            tls12(f, m, parts);
        } else {
            tls13(f, m, parts);
        }
        if (f.carriesAlert()) {
            parts.add(texts.get("alert", s.tls12() ? "RFC 5246 §7.2" : "RFC 8446 §6.2"));
        }
        if (s.observerView()) {
            parts.add(texts.get(s.tls12() ? "observer.tls12" : "observer.tls13"));
        }
        return String.join(" ", parts);
    }

    private void tls12(TlsHandshakeSteps.Seen f, List<Measurement> m, List<String> parts) {
        if (f.carries(HandshakeType.CLIENT_HELLO)) {
            parts.add(texts.get("tls12.clientHello", s.serverName()));
        }
        if (f.carries(HandshakeType.SERVER_HELLO)) {
            parts.add(texts.get("tls12.serverHello"));
        }
        if (f.carries(HandshakeType.CLIENT_KEY_EXCHANGE)) {
            parts.add(texts.get("tls12.clientKeyExchange"));
        }
        if (f.carries(HandshakeType.FINISHED) && !f.toServer()) {
            parts.add(texts.get("tls12.serverFinished", span(m, Span.TLS12)));
        }
        if (f.carriesData()) {
            parts.add(f.toServer() ? texts.get("tls12.request", span(m, Span.REQUEST)) : texts.get("tls12.response"));
        }
    }

    private void tls13(TlsHandshakeSteps.Seen f, List<Measurement> m, List<String> parts) {
        if (f.carries(HandshakeType.CLIENT_HELLO)) {
            parts.add(texts.get("tls13.clientHello", s.serverName()));
        }
        if (f.carries(HandshakeType.SERVER_HELLO)) {
            parts.add(texts.get("tls13.serverHello"));
        }
        if (f.carries(HandshakeType.FINISHED) && f.toServer()) {
            parts.add(texts.get("tls13.clientFinished", span(m, Span.TLS13)));
        }
        if (f.carriesData() && !f.carries(HandshakeType.NEW_SESSION_TICKET)) {
            parts.add(f.toServer() ? texts.get("tls13.request", span(m, Span.REQUEST)) : texts.get("tls13.response"));
        }
        if (f.carries(HandshakeType.NEW_SESSION_TICKET)) {
            parts.add(texts.get("tls13.ticket"));
        }
    }

    List<String> references(TlsHandshakeSteps.Seen f) {
        if (f.segment().has(TcpFlags.SYN) || f.records().isEmpty()) {
            return List.of("RFC 9293 §3.5");
        }
        if (s.tls12()) {
            if (f.carries(HandshakeType.CLIENT_HELLO)) {
                return List.of("RFC 5246 §7.4.1.2", "RFC 8422 §5.1", "RFC 7627 §5.1", "RFC 6066 §3");
            }
            if (f.carries(HandshakeType.SERVER_HELLO)) {
                return List.of("RFC 5246 §7.4.1.3", "RFC 5246 §7.4.2", "RFC 8422 §5.4", "RFC 5246 §7.4.5");
            }
            if (f.carries(HandshakeType.CLIENT_KEY_EXCHANGE)) {
                return List.of("RFC 8422 §5.7", "RFC 7627 §4", "RFC 5246 §6.3", "RFC 5246 §7.1", "RFC 5246 §7.4.9");
            }
            if (f.carries(HandshakeType.FINISHED)) {
                return List.of("RFC 5246 §7.1", "RFC 5246 §7.4.9");
            }
            return List.of("RFC 5246 §6.2.3.3", "RFC 5288 §3");
        }
        if (f.carries(HandshakeType.CLIENT_HELLO)) {
            return List.of("RFC 8446 §4.1.2", "RFC 8446 §4.2.8", "RFC 6066 §3");
        }
        if (f.carries(HandshakeType.SERVER_HELLO)) {
            return List.of("RFC 8446 §4.1.3", "RFC 8446 §7.1", "RFC 8446 §4.4.2", "RFC 8446 §4.4.3", "RFC 8446 §4.4.4");
        }
        if (f.carries(HandshakeType.FINISHED)) {
            return List.of("RFC 8446 §4.4.4", "RFC 8446 §5.2", "RFC 8446 §7.3");
        }
        if (f.carries(HandshakeType.NEW_SESSION_TICKET)) {
            return List.of("RFC 8446 §4.6.1", "RFC 8446 §5.2");
        }
        return List.of("RFC 8446 §5.2", "RFC 8446 §5.3");
    }

    String failureTitle(AlertDescription alert) {
        return texts.get("failure.title", alert.rfcName());
    }

    String failure(AlertDescription alert, Validation v) {
        String why = v == null || v.failure() == null ? texts.get("failure.handshake")
                : texts.get("failure.check", v.failure().opensslError());
        return texts.get("failure", s.serverName(), why, alert.rfcName(), Integer.toString(alert.code()));
    }

    String summaryTitle(boolean answered) {
        return texts.get(!answered ? "summary.title.none" : s.tls12() ? "summary.title.tls12" : "summary.title.tls13");
    }

    /** {@code other}: the spans the other version measured on the same network and seed, in this language. */
    String summary(List<Measurement> m, List<Measurement> other, boolean answered, OnPathObserver o) {
        if (!answered) {
            return texts.get("summary.none", span(m, Span.TCP));
        }
        Span otherTls = s.tls12() ? Span.TLS13 : Span.TLS12;
        String seen = o.certificate().map(c -> texts.get("summary.certificate", c.subject().commonName(), c.issuer().commonName()))
                .orElse(texts.get("summary.noCertificate"));
        return texts.get("summary", span(m, Span.TCP), version(), span(m, tlsSpan()), span(m, Span.REQUEST),
                s.otherVersion().version(), span(other, otherTls), span(other, Span.REQUEST),
                o.serverName().orElse(texts.get("summary.noName")), seen);
    }

    List<String> summaryReferences() {
        return s.tls12() ? List.of("RFC 5246 §7.3", "RFC 8446 §2") : List.of("RFC 8446 §2", "RFC 8446 §7.1");
    }

    /** A measured span in ms and in multiples of the measured TCP round trip. */
    private String span(List<Measurement> m, Span which) {
        Measurement x = find(m, which);
        Measurement rtt = find(m, Span.TCP);
        if (x == null) {
            return texts.get("span.notReached");
        }
        return units.span(x.duration(), rtt == null ? 0 : rtt.duration());
    }

    private Measurement find(List<Measurement> m, Span which) {
        String label = span(which);
        return m.stream().filter(y -> y.label().equals(label)).findFirst().orElse(null);
    }

    String recordsTitle() {
        return texts.get(s.observerView() ? "records.title.observer" : "records.title");
    }

    List<String> recordColumns() {
        return List.of(texts.get("records.wire"), texts.get("records.inside"), texts.get("records.protectedBy"));
    }

    List<String> recordRow(WireRecords.Seen r) {
        String outer = switch (r.outer()) {
            case HANDSHAKE -> "Handshake (22)";
            case APPLICATION_DATA -> "Application Data (23)";
            case ALERT -> "Alert (21)";
            default -> "ChangeCipherSpec (20)";
        };
        String inside = s.observerView() && r.encrypted()
                ? texts.get("record.hidden", Integer.toString(ciphertextBytes(r)), Integer.toString(RecordProtection.TAG_LENGTH))
                : inside(r);
        String by = !r.encrypted() ? texts.get("record.plaintext") : s.observerView() ? texts.get("record.noKeys") : r.protection();
        return List.of(outerLength(outer, r.length()), inside, by);
    }

    /** A record's type and length: "Handshake (22), 517 bytes". */
    String outerLength(String outer, int length) {
        return length == 1 ? texts.get("record.outer.one", outer) : texts.get("record.outer", outer, Integer.toString(length));
    }

    /** "nothing (plaintext)": what protects a record in the clear. */
    String plaintext() {
        return texts.get("record.plaintext");
    }

    /** A protected record's ciphertext: TLS 1.3 adds the inner type byte, TLS 1.2 an 8-byte explicit nonce (RFC 5288 §3). */
    private int ciphertextBytes(WireRecords.Seen r) {
        int overhead = s.tls12() ? Tls12RecordProtection.EXPLICIT_NONCE : 1;
        return r.length() - RecordProtection.TAG_LENGTH - overhead;
    }

    String keyTableTitle() {
        return texts.get(s.tls12() ? "keys.title.tls12" : "keys.title.tls13");
    }

    String keyScheduleTitle() {
        return texts.get(s.tls12() ? "keys.picture.tls12" : "keys.picture.tls13");
    }

    String preMasterInput() {
        return texts.get("keys.preMaster");
    }

    String master12Input() {
        return texts.get("keys.master12");
    }

    String keyBlockInput() {
        return texts.get("keys.keyBlock");
    }

    List<String> keyColumns() {
        return List.of(texts.get(s.tls12() ? "keys.key" : "keys.trafficSecret"), texts.get("keys.from"),
                texts.get("keys.firstBytes"), texts.get("keys.protects"));
    }

    String earlyInput() {
        return texts.get("keys.early");
    }

    String handshakeInput() {
        return texts.get("keys.handshake");
    }

    String masterInput() {
        return texts.get("keys.master");
    }

    String protects(String label) {
        return texts.get(switch (label) {
            case TlsEndpoint.CLIENT_HS -> "protects.clientHandshake";
            case TlsEndpoint.SERVER_HS -> "protects.serverHandshake";
            case TlsEndpoint.CLIENT_AP -> "protects.clientApplication";
            case TlsEndpoint.SERVER_AP -> "protects.serverApplication";
            case Tls12Endpoint.CLIENT_WRITE -> "protects.clientWrite";
            case Tls12Endpoint.SERVER_WRITE -> "protects.serverWrite";
            default -> "protects.exporter";
        });
    }

    /** The records table's last row in observer view: what the clear records have told the observer so far. */
    List<String> observerSoFar(OnPathObserver o) {
        String read = o.serverName().map(name -> texts.get("soFar.name", name)).orElse(texts.get("soFar.noName"))
                + o.certificate().map(c -> texts.get("soFar.certificate", c.subject().commonName(), c.issuer().commonName()))
                .orElse(texts.get("soFar.noCertificate"));
        int n = o.protectedRecords();
        return List.of(texts.get("soFar"), read, n == 0 ? texts.get("soFar.nothing")
                : n == 1 ? texts.get("soFar.keys.one") : texts.get("soFar.keys.many", Integer.toString(n)));
    }

    String observerTitle() {
        return texts.get("observer.title", version());
    }

    List<String> observerColumns() {
        return List.of(texts.get("observer.item"), texts.get("observer.visible"));
    }

    /** Rows from what the observer actually read out of the clear records. */
    List<Table.Row> observerRows(OnPathObserver o) {
        String where = s.tls12() ? texts.get("observer.certificate.clear") : "";
        return List.of(
                Table.Row.of(texts.get("observer.sni"), o.serverName().map(name -> texts.get("observer.sni.yes", name))
                        .orElse(texts.get("observer.sni.no"))),
                Table.Row.of(texts.get("observer.suite"), o.cipherSuite().map(c -> texts.get("observer.suite.yes",
                        String.format(Locale.ROOT, "%04x", c))).orElse(texts.get("observer.suite.no"))),
                Table.Row.of(texts.get("observer.certificate"), o.certificate().map(c -> texts.get("observer.certificate.yes",
                        c.subject().commonName(), c.issuer().commonName(), where)).orElse(texts.get("observer.certificate.no"))),
                Table.Row.of(texts.get("observer.messages"), o.clearMessages().stream().map(HandshakeType::rfcName)
                        .collect(Collectors.joining(", "))),
                Table.Row.of(texts.get("observer.http"), texts.get("observer.http.no", Integer.toString(o.protectedRecords()),
                        Long.toString(o.protectedBytes()))));
    }
}
