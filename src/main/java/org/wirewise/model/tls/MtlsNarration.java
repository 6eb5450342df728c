package org.wirewise.model.tls;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.tls.cert.Certificate;
import org.wirewise.model.tls.cert.Check;
import org.wirewise.model.tls.cert.Validation;
import org.wirewise.model.trace.Table;

/** Every sentence of the mutual TLS lesson; names, counts and alerts come from the run's own records and checks. */
final class MtlsNarration {

    private final MtlsScenario s;
    private final String clientIp;
    private final String serverIp;

    MtlsNarration(MtlsScenario s, String clientIp, String serverIp) {
        this.s = s;
        this.clientIp = clientIp;
        this.serverIp = serverIp;
    }

    String clientLane() {
        return "Orders service";
    }

    String serverLane() {
        return "Shop API";
    }

    byte[] request(String host) {
        return MtlsSimulator.ascii("POST /v1/charges HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: 27\r\n\r\n{\"order\":1042,\"cents\":1999}");
    }

    byte[] response() {
        return MtlsSimulator.ascii("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 17\r\n\r\n{\"charge\":\"ch_1\"}");
    }

    String introTitle() {
        return "Service to service: both sides show a certificate";
    }

    String intro(Certificate clientLeaf) {
        String has = switch (s.clientCertificate()) {
            case TRUSTED -> "The orders service holds a certificate for " + clientLeaf.dnsNames().get(0) + " from "
                    + clientLeaf.issuer().commonName() + ", the CA the shop API trusts for callers.";
            case NONE -> "In this scenario the orders service has no certificate at all.";
            case UNTRUSTED_CA -> "In this scenario its certificate for " + clientLeaf.dnsNames().get(0) + " comes from "
                    + clientLeaf.issuer().commonName() + ", a CA the shop API has never heard of.";
        };
        return "The orders service (" + clientIp + ") calls the shop API (" + serverIp + ") on one network. In ordinary "
                + "HTTPS only the server proves who it is; here the server also asks the client for a certificate, so "
                + "each side checks the other's chain and the server learns which service is calling. " + has;
    }

    List<String> introReferences() {
        return List.of("RFC 8446 §4.3.2", "RFC 8446 §4.4.2");
    }

    /** A frame's label on the diagram: TCP flags, or what its records carry. */
    String label(TcpSegment seg, List<WireRecords.Seen> records) {
        if (records.isEmpty()) {
            return seg.payloadLength() > 0 ? TcpFlags.names(seg.flags()) + " (" + seg.payloadLength() + " bytes, part of a record)"
                    : TcpFlags.names(seg.flags());
        }
        return records.stream().map(TlsHandshakeNarration::inside).collect(Collectors.joining(" + "));
    }

    String title(boolean toServer, List<WireRecords.Seen> records, TcpSegment seg) {
        if (records.isEmpty()) {
            return "SYN: TCP opens the connection first";
        }
        if (has(records, HandshakeType.CLIENT_HELLO)) {
            return "ClientHello: nothing about the client's certificate yet";
        }
        if (has(records, HandshakeType.CERTIFICATE_REQUEST)) {
            return "The server's flight carries a CertificateRequest";
        }
        if (toServer && has(records, HandshakeType.CERTIFICATE)) {
            return s.clientCertificate() == MtlsScenario.ClientCertificate.NONE
                    ? "The client's answer: an empty Certificate, then Finished"
                    : "The client's answer: Certificate, CertificateVerify, Finished";
        }
        java.util.Optional<AlertDescription> alert = alert(records);
        if (alert.isPresent()) {
            return "The server refuses: " + alert.get().rfcName() + " (" + alert.get().code() + ")";
        }
        if (has(records, HandshakeType.NEW_SESSION_TICKET)) {
            return "The server accepts the client and sends a ticket";
        }
        return toServer ? "The request, sent right after the client's Finished" : "The response: the server knows who called";
    }

    String narration(boolean toServer, List<WireRecords.Seen> records, TcpSegment seg, Validation serverVerdict, Validation clientVerdict) {
        if (records.isEmpty()) {
            return "The orders service opens TCP to port 443. TLS starts once TCP is up; mutual TLS changes nothing here.";
        }
        if (has(records, HandshakeType.CLIENT_HELLO)) {
            return "The ClientHello offers key shares, cipher suites and signature schemes. A TLS 1.3 client cannot offer "
                    + "its certificate: it sends one only when the server asks.";
        }
        if (has(records, HandshakeType.CERTIFICATE_REQUEST)) {
            String verdict = clientVerdict == null ? "" : " The client checks the server's chain (" + clientVerdict.path().size()
                    + " certificates up to " + clientVerdict.anchor().subject().commonName() + "): "
                    + (clientVerdict.accepted() ? "accepted." : clientVerdict.failure().alert() + ".");
            return "After ServerHello, under the handshake keys: EncryptedExtensions, then the CertificateRequest (its "
                    + "signature_algorithms list the schemes the client may sign with), then the server's own Certificate, "
                    + "CertificateVerify and Finished: " + seg.payloadLength() + " bytes of TCP payload with the ServerHello." + verdict;
        }
        if (toServer && has(records, HandshakeType.CERTIFICATE)) {
            return clientFlight(serverVerdict);
        }
        java.util.Optional<AlertDescription> alert = alert(records);
        if (alert.isPresent()) {
            return alert.get() == AlertDescription.CERTIFICATE_REQUIRED
                    ? "The server requires a certificate and got an empty one, so it ends the connection with the fatal alert "
                    + "certificate_required (" + alert.get().code() + "), encrypted under its application keys. The client "
                    + "had already sent its request: in TLS 1.3 the client's handshake ends with its Finished, so it learns of "
                    + "the refusal only now. The request is never read."
                    : "The client's chain does not lead to a CA the server trusts, so the server sends the fatal alert "
                    + alert.get().rfcName() + " (" + alert.get().code() + "): the TLS connection is over and the request behind the handshake is never read.";
        }
        if (has(records, HandshakeType.NEW_SESSION_TICKET)) {
            return "With the client's Finished checked, the server sends a NewSessionTicket under its application keys: "
                    + "a resumed connection keeps the client's identity without sending the certificate again.";
        }
        return toServer ? "The POST goes out as application data right behind the client's Finished: TLS 1.3 does not make "
                + "the client wait for the server's verdict on its certificate."
                : "The shop API served the request knowing the caller is " + ClientCredential.NAME + ": the name in the "
                + "certificate's subjectAltName, proven by the signature in CertificateVerify. It can now authorise by that "
                + "name instead of by IP address or a shared API key.";
    }

    private String clientFlight(Validation verdict) {
        if (s.clientCertificate() == MtlsScenario.ClientCertificate.NONE) {
            return "Asked for a certificate it does not have, the client still answers: a Certificate message with an empty "
                    + "list, no CertificateVerify (there is nothing to sign for), then its Finished over the transcript.";
        }
        String checks = verdict == null ? "" : " The server runs the same path validation a browser runs on servers: "
                + verdict.checks().stream().filter(Check::passed).count() + " of " + verdict.checks().size() + " checks pass"
                + (verdict.accepted() ? ", the chain is accepted." : "; it fails with " + verdict.failure().opensslError() + ".");
        return "Under the client's handshake keys: its Certificate (the leaf for " + ClientCredential.NAME + " and its issuing CA), "
                + "a CertificateVerify signed with the leaf's key over 64 spaces, \"" + CertificateVerify.CLIENT_CONTEXT
                + "\" and the transcript hash, and its Finished, whose HMAC now covers the longer transcript." + checks;
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
        return alert == null ? "Mutual TLS: the server knows who called" : "Refused with " + alert.rfcName();
    }

    String summary(AlertDescription alert, Certificate accepted) {
        String outcome = alert == null && accepted != null
                ? "The shop API accepted " + accepted.dnsNames().get(0) + ", issued by " + accepted.issuer().commonName() + ". "
                : "The connection ended with " + (alert == null ? "no answer" : alert.rfcName() + " (" + alert.code() + ")") + ". ";
        return outcome + "Service meshes (Istio, Linkerd) do this on every call between services: a sidecar proxy beside each "
                + "service holds a short-lived certificate and runs mutual TLS for it, so the services themselves speak plain "
                + "HTTP to localhost. The identity is usually a SPIFFE ID such as spiffe://example.com/ns/shop/sa/orders, "
                + "carried as a URI in the certificate's subjectAltName, and the mesh's policies allow or deny calls by it.";
    }

    List<String> summaryReferences() {
        return List.of("RFC 8446 §4.4.2", "RFC 5280 §4.2.1.6");
    }

    String recordsTitle() {
        return "Records in this segment, opened with the key log";
    }

    List<String> recordColumns() {
        return List.of("On the wire", "Inside", "Protected by");
    }

    List<String> recordRow(WireRecords.Seen r) {
        return List.of(r.outer().name().toLowerCase(java.util.Locale.ROOT) + " (" + r.outer().code() + "), " + r.length() + " bytes",
                TlsHandshakeNarration.inside(r), r.encrypted() ? r.protection() : "nothing (plaintext)");
    }

    String checksTitle() {
        return "Each side's check of the other's certificate chain";
    }

    List<String> checkColumns() {
        return List.of("Check", "Certificate", "Result");
    }

    List<Table.Row> checkRows(Validation ofServer, Validation ofClient, boolean emptyCertificate) {
        List<Table.Row> rows = new ArrayList<>();
        if (ofServer != null) {
            rows.add(new Table.Row(List.of("client checks the server", ofServer.path().get(0).subject().commonName(),
                    ofServer.accepted() ? "accepted" : ofServer.failure().opensslError()), false));
        }
        if (emptyCertificate) {
            rows.add(new Table.Row(List.of("server checks the client", "(empty Certificate)", "certificate_required"), true));
        } else if (ofClient != null) {
            for (Check c : ofClient.checks()) {
                rows.add(new Table.Row(List.of("server: " + c.kind().section(), c.certificate().subject().commonName(),
                        c.passed() ? "pass" : "FAIL"), !c.passed()));
            }
            rows.add(new Table.Row(List.of("server's verdict", ClientCredential.NAME,
                    ofClient.accepted() ? "accepted" : ofClient.failure().opensslError() + " → " + ofClient.failure().alert()), !ofClient.accepted()));
        } else {
            rows.add(new Table.Row(List.of("server checks the client", "(not yet sent)", "waiting"), false));
        }
        return rows;
    }

    private static boolean has(List<WireRecords.Seen> records, HandshakeType type) {
        return records.stream().anyMatch(r -> r.messages().contains(type));
    }

    private static java.util.Optional<AlertDescription> alert(List<WireRecords.Seen> records) {
        return records.stream().filter(r -> r.inner() == ContentType.ALERT)
                .map(r -> Alert.decode(r.plaintext()).description()).findFirst();
    }
}
