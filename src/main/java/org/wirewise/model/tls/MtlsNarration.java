package org.wirewise.model.tls;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.text.Texts;
import org.wirewise.model.tls.cert.Certificate;
import org.wirewise.model.tls.cert.Check;
import org.wirewise.model.tls.cert.Validation;
import org.wirewise.model.trace.Table;

/**
 * Every sentence of the mutual TLS lesson in one language ({@code mtls.properties} and its translations);
 * names, counts and alerts come from the run's own records and checks. Record columns are the handshake
 * lesson's; frame labels are wire notation and stay English.
 */
final class MtlsNarration {

    private final MtlsScenario s;
    private final String clientIp;
    private final String serverIp;
    private final Texts texts;
    private final TlsHandshakeNarration records;

    MtlsNarration(MtlsScenario s, String clientIp, String serverIp, Locale language) {
        this.s = s;
        this.clientIp = clientIp;
        this.serverIp = serverIp;
        this.texts = Texts.of("org.wirewise.model.tls.mtls", language);
        this.records = new TlsHandshakeNarration(TlsHandshakeScenario.DEFAULTS, language);
    }

    String clientLane() {
        return texts.get("lane.client");
    }

    String serverLane() {
        return texts.get("lane.server");
    }

    byte[] request(String host) {
        return MtlsSimulator.ascii("POST /v1/charges HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: 27\r\n\r\n{\"order\":1042,\"cents\":1999}");
    }

    byte[] response() {
        return MtlsSimulator.ascii("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 17\r\n\r\n{\"charge\":\"ch_1\"}");
    }

    String introTitle() {
        return texts.get("intro.title");
    }

    String intro(Certificate clientLeaf) {
        String has = switch (s.clientCertificate()) {
            case TRUSTED -> texts.get("intro.trusted", clientLeaf.dnsNames().get(0), clientLeaf.issuer().commonName());
            case NONE -> texts.get("intro.none");
            case UNTRUSTED_CA -> texts.get("intro.untrusted", clientLeaf.dnsNames().get(0), clientLeaf.issuer().commonName());
        };
        return texts.get("intro", clientIp, serverIp, has);
    }

    List<String> introReferences() {
        return List.of("RFC 8446 §4.3.2", "RFC 8446 §4.4.2");
    }

    /** A frame's label on the diagram: TCP flags, or what its records carry (wire notation, the same in every language). */
    String label(TcpSegment seg, List<WireRecords.Seen> records) {
        if (records.isEmpty()) {
            return seg.payloadLength() > 0 ? TcpFlags.names(seg.flags()) + " (" + seg.payloadLength() + " bytes, part of a record)"
                    : TcpFlags.names(seg.flags());
        }
        return records.stream().map(TlsHandshakeNarration::inside).collect(Collectors.joining(" + "));
    }

    String title(boolean toServer, List<WireRecords.Seen> records, TcpSegment seg) {
        if (records.isEmpty()) {
            return texts.get("title.syn");
        }
        if (has(records, HandshakeType.CLIENT_HELLO)) {
            return texts.get("title.clientHello");
        }
        if (has(records, HandshakeType.CERTIFICATE_REQUEST)) {
            return texts.get("title.certificateRequest");
        }
        if (toServer && has(records, HandshakeType.CERTIFICATE)) {
            return texts.get(s.clientCertificate() == MtlsScenario.ClientCertificate.NONE ? "title.clientEmpty" : "title.client");
        }
        java.util.Optional<AlertDescription> alert = alert(records);
        if (alert.isPresent()) {
            return texts.get("title.alert", alert.get().rfcName(), Integer.toString(alert.get().code()));
        }
        if (has(records, HandshakeType.NEW_SESSION_TICKET)) {
            return texts.get("title.ticket");
        }
        return texts.get(toServer ? "title.request" : "title.response");
    }

    String narration(boolean toServer, List<WireRecords.Seen> records, TcpSegment seg, Validation serverVerdict, Validation clientVerdict) {
        if (records.isEmpty()) {
            return texts.get("syn");
        }
        if (has(records, HandshakeType.CLIENT_HELLO)) {
            return texts.get("clientHello");
        }
        if (has(records, HandshakeType.CERTIFICATE_REQUEST)) {
            String verdict = clientVerdict == null ? "" : texts.get("verdict", Integer.toString(clientVerdict.path().size()),
                    clientVerdict.anchor().subject().commonName(), clientVerdict.accepted() ? texts.get("verdict.accepted")
                            : texts.get("verdict.failed", clientVerdict.failure().alert()));
            return texts.get("certificateRequest", Integer.toString(seg.payloadLength()), verdict);
        }
        if (toServer && has(records, HandshakeType.CERTIFICATE)) {
            return clientFlight(serverVerdict);
        }
        java.util.Optional<AlertDescription> alert = alert(records);
        if (alert.isPresent()) {
            return alert.get() == AlertDescription.CERTIFICATE_REQUIRED
                    ? texts.get("alert.required", Integer.toString(alert.get().code()))
                    : texts.get("alert.untrusted", alert.get().rfcName(), Integer.toString(alert.get().code()));
        }
        if (has(records, HandshakeType.NEW_SESSION_TICKET)) {
            return texts.get("ticket");
        }
        return toServer ? texts.get("request") : texts.get("response", ClientCredential.NAME);
    }

    private String clientFlight(Validation verdict) {
        if (s.clientCertificate() == MtlsScenario.ClientCertificate.NONE) {
            return texts.get("client.empty");
        }
        String checks = verdict == null ? "" : texts.get("client.checks",
                Long.toString(verdict.checks().stream().filter(Check::passed).count()), Integer.toString(verdict.checks().size()),
                verdict.accepted() ? texts.get("client.accepted") : texts.get("client.failed", verdict.failure().opensslError()));
        return texts.get("client", ClientCredential.NAME, CertificateVerify.CLIENT_CONTEXT, checks);
    }

    List<String> references(List<WireRecords.Seen> records) {
        if (records.isEmpty()) {
            return List.of("RFC 9293 §3.5");
        }
        if (has(records, HandshakeType.CERTIFICATE_REQUEST)) {
            return List.of("RFC 8446 §4.3.2", "RFC 8446 §4.4");
        }
        if (has(records, HandshakeType.CERTIFICATE)) {
            return List.of("RFC 8446 §4.4.2", "RFC 8446 §4.4.3", "RFC 8446 §4.4.4", "RFC 5280 §6.1");
        }
        if (alert(records).isPresent()) {
            return List.of("RFC 8446 §4.4.2.4", "RFC 8446 §6.2");
        }
        return List.of("RFC 8446 §4.1.2", "RFC 8446 §2");
    }

    String summaryTitle(AlertDescription alert) {
        return alert == null ? texts.get("summary.title") : texts.get("summary.title.refused", alert.rfcName());
    }

    String summary(AlertDescription alert, Certificate accepted) {
        String outcome = alert == null && accepted != null
                ? texts.get("summary.accepted", accepted.dnsNames().get(0), accepted.issuer().commonName())
                : alert == null ? texts.get("summary.noAnswer") : texts.get("summary.ended", alert.rfcName(), Integer.toString(alert.code()));
        return texts.get("summary", outcome);
    }

    List<String> summaryReferences() {
        return List.of("RFC 8446 §4.4.2", "RFC 5280 §4.2.1.6");
    }

    String recordsTitle() {
        return records.recordsTitle();
    }

    List<String> recordColumns() {
        return records.recordColumns();
    }

    /** A record as RFC 8446 §5.1 names its type: "handshake (22), 517 bytes". */
    List<String> recordRow(WireRecords.Seen r) {
        return List.of(texts.get("record", r.outer().name().toLowerCase(Locale.ROOT), Integer.toString(r.outer().code()),
                        Integer.toString(r.length())),
                TlsHandshakeNarration.inside(r), r.encrypted() ? r.protection() : records.plaintext());
    }

    String checksTitle() {
        return texts.get("checks.title");
    }

    List<String> checkColumns() {
        return List.of(texts.get("checks.check"), texts.get("checks.certificate"), texts.get("checks.result"));
    }

    List<Table.Row> checkRows(Validation ofServer, Validation ofClient, boolean emptyCertificate) {
        List<Table.Row> rows = new ArrayList<>();
        if (ofServer != null) {
            rows.add(new Table.Row(List.of(texts.get("check.clientOfServer"), ofServer.path().get(0).subject().commonName(),
                    ofServer.accepted() ? texts.get("check.accepted") : ofServer.failure().opensslError()), false));
        }
        if (emptyCertificate) {
            rows.add(new Table.Row(List.of(texts.get("check.serverOfClient"), texts.get("check.emptyCertificate"), "certificate_required"), true));
        } else if (ofClient != null) {
            for (Check c : ofClient.checks()) {
                rows.add(new Table.Row(List.of(texts.get("check.server", section(c.kind())), c.certificate().subject().commonName(),
                        texts.get(c.passed() ? "check.pass" : "check.fail")), !c.passed()));
            }
            rows.add(new Table.Row(List.of(texts.get("check.verdict"), ClientCredential.NAME,
                    ofClient.accepted() ? texts.get("check.accepted") : ofClient.failure().opensslError() + " → " + ofClient.failure().alert()),
                    !ofClient.accepted()));
        } else {
            rows.add(new Table.Row(List.of(texts.get("check.serverOfClient"), texts.get("check.notYetSent"), texts.get("check.waiting")), false));
        }
        return rows;
    }

    /** A check's section; one with words in it ("path building") has them in the bundle. */
    private String section(Check.Kind kind) {
        return texts.has("kind." + kind.name()) ? texts.get("kind." + kind.name()) : kind.section();
    }

    private static boolean has(List<WireRecords.Seen> records, HandshakeType type) {
        return records.stream().anyMatch(r -> r.messages().contains(type));
    }

    private static java.util.Optional<AlertDescription> alert(List<WireRecords.Seen> records) {
        return records.stream().filter(r -> r.inner() == ContentType.ALERT)
                .map(r -> Alert.decode(r.plaintext()).description()).findFirst();
    }
}
