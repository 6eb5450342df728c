package org.wirewise.model.https;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.text.Texts;
import org.wirewise.model.tls.AlertDescription;
import org.wirewise.model.tls.ContentType;
import org.wirewise.model.tls.HandshakeType;
import org.wirewise.model.tls.WireRecords;

/**
 * Every sentence of the why-HTTPS lesson in one language ({@code https-why.properties} and its
 * translations); the bytes and lengths it names come from the run's frames. Frame labels are wire
 * notation, as Wireshark's Info column, and stay English.
 */
final class HttpsWhyNarration {

    static final String TEXTS = "org.wirewise.model.https.https-why";

    private final HttpsWhyScenario s;
    private final Texts texts;

    HttpsWhyNarration(HttpsWhyScenario s, Locale language) {
        this.s = s;
        this.texts = Texts.of(TEXTS, language);
    }

    /** Port numbers are passed as text: MessageFormat would group a number. */
    private static final String PLAIN = Integer.toString(HttpsWhySimulator.PLAIN_PORT);
    private static final String TLS = Integer.toString(HttpsWhySimulator.TLS_PORT);

    /** A text of the bundle: a lane, a title, a column. */
    String text(String key, Object... args) {
        return texts.get(key, args);
    }

    /** A frame's label on the diagram, as the router reads it. */
    String label(HttpsWhySteps.Seen x) {
        String flags = TcpFlags.names(x.segment().flags());
        if (x.segment().payloadLength() == 0) {
            return flags;
        }
        if (!x.tls()) {
            String text = x.text();
            int end = text.indexOf("\r\n");
            return end > 0 ? text.substring(0, end) : flags + " (" + x.segment().payloadLength() + " bytes)";
        }
        if (x.records().isEmpty()) {
            return flags + " (" + x.segment().payloadLength() + " bytes, part of a record)";
        }
        return x.records().stream().map(r -> r.encrypted() || r.protection().equals(WireRecords.UNREADABLE)
                ? "Application Data (" + r.length() + " bytes)"
                : r.messages().stream().map(HandshakeType::rfcName).collect(Collectors.joining(", "))).collect(Collectors.joining(" + "));
    }

    String introTitle() {
        return text("intro.title");
    }

    String intro() {
        return text("intro", HttpsWhySimulator.HOST, PLAIN, TLS, text(s.tamper() ? "intro.tamper" : "intro.reads"));
    }

    List<String> introReferences() {
        return List.of("RFC 9110 §17.1", "RFC 8446 §1", "RFC 7258");
    }

    String plainSynTitle() {
        return text("plainSyn.title", PLAIN);
    }

    String plainSyn() {
        return text("plainSyn", PLAIN);
    }

    String plainRequestTitle() {
        return text("plainRequest.title");
    }

    String plainRequest() {
        return text("plainRequest");
    }

    String plainResponseTitle(boolean changed) {
        return text(changed ? "plainResponse.title.changed" : "plainResponse.title");
    }

    String plainResponse(List<TamperingRouter.Change> changes) {
        if (changes.isEmpty()) {
            return text("plainResponse.read");
        }
        TamperingRouter.Change c = changes.get(0);
        return text("plainResponse.changed", Integer.toString(c.payloadOffset()), shown(c.before()), shown(c.after()));
    }

    String plainShownTitle(String shown) {
        return text("plainShown.title", shown);
    }

    String plainShown(String shown, String sent) {
        return shown.equals(sent) ? text("plainShown.same") : text("plainShown.changed", sent, shown);
    }

    String tlsSynTitle() {
        return text("tlsSyn.title");
    }

    String tlsSyn() {
        return text("tlsSyn", TLS);
    }

    String helloTitle() {
        return text("hello.title");
    }

    String hello() {
        return text("hello", HttpsWhySimulator.HOST);
    }

    String flightTitle() {
        return text("flight.title");
    }

    String flight() {
        return text("flight");
    }

    String tlsRequestTitle() {
        return text("tlsRequest.title");
    }

    String tlsRequest(List<WireRecords.Seen> records) {
        return text("tlsRequest", records.stream().map(r -> Integer.toString(r.length()))
                .collect(Collectors.joining(" " + text("tlsRequest.and") + " ")));
    }

    String tlsResponseTitle(boolean changed) {
        return text(changed ? "tlsResponse.title.changed" : "tlsResponse.title");
    }

    String tlsResponse(List<TamperingRouter.Change> changes, int target) {
        if (changes.isEmpty()) {
            return text("tlsResponse.read");
        }
        TamperingRouter.Change c = changes.get(0);
        return text("tlsResponse.changed", Integer.toString(HttpsWhySteps.TLS13_OVERHEAD), Integer.toString(target),
                Integer.toString(c.payloadOffset()));
    }

    String tlsOutcomeTitle(AlertDescription alert) {
        return alert == null ? text("tlsOutcome.title.delivered") : text("tlsOutcome.title.alert", alert.rfcName());
    }

    String tlsOutcome(AlertDescription alert) {
        return alert == null ? text("tlsOutcome.delivered")
                : text("tlsOutcome.alert", alert.rfcName(), Integer.toString(alert.code()));
    }

    List<String> tlsOutcomeReferences(AlertDescription alert) {
        return alert == null ? List.of("RFC 8446 §5.2") : List.of("RFC 8446 §5.2", "RFC 8446 §6.2");
    }

    String summaryTitle() {
        return text("summary.title");
    }

    String summary(String plainShown, String sent, AlertDescription alert, boolean tlsDelivered) {
        String plain = plainShown == null ? text("summary.plainLost")
                : plainShown.equals(sent) ? text("summary.plainSame", plainShown)
                : text("summary.plainChanged", sent, plainShown);
        String tls = alert != null ? " " + text("summary.tlsAlert", alert.rfcName())
                : tlsDelivered ? " " + text("summary.tlsDelivered") : "";
        return plain + tls + " " + text("summary.seen");
    }

    List<String> summaryReferences() {
        return List.of("RFC 8446 §1", "RFC 8446 §5.2", "RFC 9110 §4.2.2");
    }

    String lineName(String line, boolean first) {
        if (first) {
            return text(line.startsWith("HTTP/") ? "line.status" : "line.request");
        }
        int colon = line.indexOf(':');
        return colon > 0 && !line.startsWith("<") ? text("line.field", line.substring(0, colon)) : text("line.content");
    }

    List<String> changeRow(TamperingRouter.Change c) {
        return List.of(text("change.by"),
                text("change.byte", Integer.toString(c.payloadOffset()), shown(c.before()), shown(c.after())));
    }

    /** A byte as a hex number and, when printable, its character: wire notation, the same in every language. */
    private static String shown(byte b) {
        String hex = String.format(Locale.ROOT, "0x%02x", b & 0xFF);
        return b >= 0x20 && b < 0x7F ? hex + " '" + new String(new byte[] {b}, StandardCharsets.US_ASCII) + "'" : hex;
    }

    String wireTitle(boolean tls) {
        return text(tls ? "wire.title.tls" : "wire.title.plain");
    }

    List<String> wireColumns() {
        return List.of(text("wire.part"), text("wire.onTheWire"));
    }

    /** A record's header as Wireshark names its content type, and what the router can read inside. */
    List<String> recordRow(WireRecords.Seen r) {
        String type = r.outer() == ContentType.HANDSHAKE ? "Handshake (22)" : r.outer() == ContentType.APPLICATION_DATA
                ? "Application Data (23)" : r.outer() == ContentType.ALERT ? "Alert (21)" : "ChangeCipherSpec (20)";
        String inside = r.encrypted() || r.protection().equals(WireRecords.UNREADABLE) ? text("record.ciphertext")
                : r.messages().stream().map(HandshakeType::rfcName).collect(Collectors.joining(", "));
        return List.of(text("record.header", type, Integer.toString(r.length())), inside);
    }

    String endsTitle() {
        return text("ends.title");
    }

    List<String> endsColumns() {
        return List.of(text("ends.connection"), text("ends.sent"), text("ends.got"));
    }

    String plainName() {
        return text("ends.plain", PLAIN);
    }

    String tlsName() {
        return text("ends.tls", TLS);
    }

    String notYet() {
        return text("ends.notYet");
    }

    String refused(AlertDescription alert) {
        return text("ends.refused", alert.rfcName());
    }
}
