package org.wirewise.model.tls;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.tls.cert.CertificateChain;
import org.wirewise.model.tls.cert.Validation;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.Table;

/** Every sentence of the TLS 1.3 handshake lesson; numbers come from the trace's own frames and secrets. */
final class TlsHandshakeNarration {

    static final String TCP_SPAN = "TCP handshake: 1 RTT";
    static final String TLS_SPAN = "TLS 1.3 handshake: 1 RTT";
    static final String REQUEST_SPAN = "SYN to request at the server";
    static final String EARLY = "Early Secret";
    static final String HANDSHAKE = "Handshake Secret";
    static final String MASTER = "Master Secret";

    private final TlsHandshakeScenario s;

    TlsHandshakeNarration(TlsHandshakeScenario s) {
        this.s = s;
    }

    String introTitle() {
        return "HTTPS to " + s.serverName() + ": TCP first, then TLS 1.3";
    }

    String intro(CertificateChain chain) {
        return "The client opens a TCP connection to port 443, then runs the TLS 1.3 handshake inside it: one "
                + "round trip that agrees on keys (x25519), proves the server is " + chain.host() + " (its certificate, "
                + "issued by " + chain.intermediate().subject().commonName() + " under " + chain.root().subject().commonName()
                + ", and a signature over the handshake) and switches everything after ServerHello to encryption. "
                + "Only then does the HTTP request go out, as application data.";
    }

    List<String> introReferences() {
        return List.of("RFC 8446 §2", "RFC 9293 §3.5");
    }

    /** A frame's label on the diagram: TCP flags, then its records as the toggle's viewer sees them. */
    String label(TcpSegment seg, List<WireRecords.Seen> records) {
        String flags = TcpFlags.names(seg.flags());
        if (records.isEmpty()) {
            return seg.payloadLength() > 0 ? flags + " (" + seg.payloadLength() + " bytes, part of a record)" : flags;
        }
        return records.stream().map(this::recordLabel).collect(Collectors.joining(" + "));
    }

    private String recordLabel(WireRecords.Seen r) {
        if (s.observerView() && r.encrypted()) {
            return "Application Data (" + r.length() + " bytes, opaque)";
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

    private static String firstLine(byte[] http) {
        String text = new String(http, StandardCharsets.US_ASCII);
        int end = text.indexOf('\r');
        return end > 0 ? text.substring(0, end) : text;
    }

    String title(TlsHandshakeSteps.Seen f) {
        TcpSegment seg = f.segment();
        if (seg.has(TcpFlags.SYN)) {
            return seg.has(TcpFlags.ACK) ? "SYN-ACK: the server accepts" : "SYN: TCP opens the connection";
        }
        if (f.records().isEmpty()) {
            return "ACK: TCP is open, TLS can start";
        }
        if (f.carriesAlert()) {
            return "Alert: the connection ends";
        }
        if (f.carries(HandshakeType.CLIENT_HELLO)) {
            return "ClientHello: offers, in the clear";
        }
        if (f.carries(HandshakeType.SERVER_HELLO)) {
            return "ServerHello, then the server's flight under handshake keys";
        }
        if (f.carries(HandshakeType.FINISHED) && f.toServer()) {
            return f.carriesData() ? "Client Finished, and the HTTP request right behind it" : "Client Finished: keys confirmed";
        }
        if (f.carries(HandshakeType.NEW_SESSION_TICKET)) {
            return "NewSessionTicket" + (f.carriesData() ? " and the HTTP response" : "");
        }
        if (f.carriesData()) {
            return f.toServer() ? "HTTP request as application data" : "HTTP response as application data";
        }
        return f.toServer() ? "Client records" : "Server records";
    }

    String narration(TlsHandshakeSteps.Seen f, List<Measurement> m) {
        TcpSegment seg = f.segment();
        if (seg.has(TcpFlags.SYN)) {
            return seg.has(TcpFlags.ACK) ? "The server answers the SYN. Nothing about TLS has happened yet: TCP must "
                    + "finish its own handshake before a single TLS byte can flow."
                    : "Before TLS, TCP: the client's SYN asks the server for a connection on port 443. TLS needs a "
                    + "reliable, ordered byte stream underneath it.";
        }
        if (f.records().isEmpty()) {
            return "The client's ACK completes TCP's handshake. Plain HTTP could send its request right now; HTTPS "
                    + "first needs one more round trip for TLS.";
        }
        List<String> parts = new ArrayList<>();
        if (f.carries(HandshakeType.CLIENT_HELLO)) {
            parts.add("The ClientHello travels in the clear. It offers TLS 1.3 in supported_versions, the cipher suite "
                    + "TLS_AES_128_GCM_SHA256, an x25519 public key in key_share (a guess that saves a round trip) and "
                    + "the host name " + s.serverName() + " in server_name, which anyone on the path can read.");
        }
        if (f.carries(HandshakeType.SERVER_HELLO)) {
            parts.add("ServerHello carries the server's x25519 share. From the two shares both sides compute the same "
                    + "shared secret and the Handshake Secret; everything after ServerHello is encrypted. "
                    + "EncryptedExtensions, the Certificate chain, CertificateVerify (a signature over the whole "
                    + "handshake so far) and Finished (an HMAC over it) go in records protected by "
                    + "SERVER_HANDSHAKE_TRAFFIC_SECRET: an observer sees neither the certificate nor the server's name in it.");
        }
        if (f.carries(HandshakeType.FINISHED) && f.toServer()) {
            parts.add("The client checked the chain, the signature and the server's Finished, and answers with its own "
                    + "Finished under CLIENT_HANDSHAKE_TRAFFIC_SECRET. It switches to CLIENT_TRAFFIC_SECRET_0 at once: "
                    + "the TLS handshake took " + span(m, TLS_SPAN) + " from the ClientHello.");
        }
        if (f.carriesData() && !f.carries(HandshakeType.NEW_SESSION_TICKET)) {
            parts.add(f.toServer() ? "The HTTP request leaves right behind the client's Finished, as an application_data "
                    + "record under CLIENT_TRAFFIC_SECRET_0; it reaches the server " + span(m, REQUEST_SPAN)
                    + " after the SYN."
                    : "The response comes back under SERVER_TRAFFIC_SECRET_0: the record's outer type says "
                    + "application_data, its real type hides inside the encryption.");
        }
        if (f.carriesAlert()) {
            parts.add("An alert record: the sender gives up on the connection (RFC 8446 §6.2), encrypted when it already "
                    + "had handshake keys.");
        }
        if (f.carries(HandshakeType.NEW_SESSION_TICKET)) {
            parts.add("After the client's Finished the server sends a NewSessionTicket under its application keys: a "
                    + "later connection can resume with it and skip the certificate.");
        }
        if (s.observerView()) {
            parts.add("Observer view: each encrypted record shows only as application_data and a length.");
        }
        return String.join(" ", parts);
    }

    List<String> references(TlsHandshakeSteps.Seen f) {
        if (f.segment().has(TcpFlags.SYN) || f.records().isEmpty()) {
            return List.of("RFC 9293 §3.5");
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
        return "The client refuses: " + alert.rfcName() + " alert";
    }

    String failure(AlertDescription alert, Validation v) {
        String why = v == null || v.failure() == null ? "the handshake failed"
                : "its check of the certificate failed (" + v.failure().opensslError() + ")";
        return "The client asked for " + s.serverName() + ", but " + why + ". It sends a fatal " + alert.rfcName()
                + " alert (code " + alert.code() + ") and closes: no request is sent.";
    }

    String summaryTitle(boolean answered) {
        return answered ? "1 RTT for TLS 1.3 on top of TCP" : "No page: the handshake did not complete";
    }

    String summary(List<Measurement> m, boolean answered) {
        if (!answered) {
            return "The client never sent its request. Measured: " + span(m, TCP_SPAN) + " for TCP.";
        }
        return "Measured on these frames: TCP's handshake took " + span(m, TCP_SPAN) + ", TLS 1.3's " + span(m, TLS_SPAN)
                + ". The request reached the server " + span(m, REQUEST_SPAN) + " after the SYN: where plain HTTP's "
                + "request arrives 1.5 round trips after the SYN, HTTPS with TLS 1.3 adds one. TLS 1.2 needed two. "
                + "An on-path observer saw the server name " + s.serverName() + ", the record sizes and their timing; "
                + "not the certificate, not the request, not the response.";
    }

    List<String> summaryReferences() {
        return List.of("RFC 8446 §2", "RFC 8446 §7.1");
    }

    /** A measured span in ms and in multiples of the measured TCP round trip. */
    private static String span(List<Measurement> m, String label) {
        Measurement x = m.stream().filter(y -> y.label().equals(label)).findFirst().orElse(null);
        Measurement rtt = m.stream().filter(y -> y.label().equals(TCP_SPAN)).findFirst().orElse(null);
        if (x == null) {
            return "(not reached)";
        }
        String ms = String.format(Locale.ROOT, "%.1f ms", SimTime.toMillis(x.duration()));
        return rtt == null || rtt.duration() == 0 ? ms
                : ms + String.format(Locale.ROOT, " (%.1f RTT)", (double) x.duration() / rtt.duration());
    }

    String recordsTitle() {
        return s.observerView() ? "Records in this segment, as an on-path observer sees them"
                : "Records in this segment, opened with the key log";
    }

    List<String> recordColumns() {
        return List.of("On the wire", "Inside", "Protected by");
    }

    List<String> recordRow(WireRecords.Seen r) {
        String outer = switch (r.outer()) {
            case HANDSHAKE -> "Handshake (22)";
            case APPLICATION_DATA -> "Application Data (23)";
            case ALERT -> "Alert (21)";
            default -> "ChangeCipherSpec (20)";
        };
        String inside = s.observerView() && r.encrypted() ? "hidden: " + (r.length() - RecordProtection.TAG_LENGTH - 1)
                + " bytes of ciphertext and a 16-byte tag" : inside(r);
        String by = !r.encrypted() ? "nothing (plaintext)" : s.observerView() ? "keys the observer does not have" : r.protection();
        return List.of(outer + ", " + r.length() + " bytes", inside, by);
    }

    String keyTableTitle() {
        return "Key schedule so far (RFC 8446 §7.1): which secret protects which records";
    }

    List<String> keyColumns() {
        return List.of("Traffic secret", "From", "First bytes", "Protects");
    }

    String earlyInput() {
        return "HKDF-Extract(0, 0): no PSK";
    }

    String handshakeInput() {
        return "HKDF-Extract(Derive-Secret(Early, \"derived\"), x25519 shared secret)";
    }

    String masterInput() {
        return "HKDF-Extract(Derive-Secret(Handshake, \"derived\"), 0)";
    }

    String protects(String label) {
        return switch (label) {
            case TlsEndpoint.CLIENT_HS -> "the client's Finished";
            case TlsEndpoint.SERVER_HS -> "EncryptedExtensions, Certificate, CertificateVerify, server Finished";
            case TlsEndpoint.CLIENT_AP -> "the client's application data (the request)";
            case TlsEndpoint.SERVER_AP -> "NewSessionTicket, the server's application data (the response)";
            default -> "no records: keys exported to other protocols (RFC 8446 §7.5)";
        };
    }

    String observerTitle() {
        return "What an on-path observer sees in TLS 1.3";
    }

    List<String> observerColumns() {
        return List.of("Item", "Visible on the wire?");
    }

    List<Table.Row> observerRows() {
        return List.of(Table.Row.of("Server name (SNI) " + s.serverName(), "Yes: ClientHello is plaintext"),
                Table.Row.of("Key shares, cipher suite, versions", "Yes: in the hellos"),
                Table.Row.of("Server certificate", "No: encrypted under the handshake keys"),
                Table.Row.of("HTTP method, path, headers, body", "No: application data records"),
                Table.Row.of("Record sizes and timing", "Yes: lengths are in the clear"));
    }
}
