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

/** Every sentence of the TLS handshake lesson, 1.3 and 1.2; numbers come from the trace's own frames and secrets. */
final class TlsHandshakeNarration {

    static final String TCP_SPAN = "TCP handshake: 1 RTT";
    static final String TLS_SPAN = "TLS 1.3 handshake: 1 RTT";
    static final String TLS12_SPAN = "TLS 1.2 handshake: 2 RTT";
    static final String REQUEST_SPAN = "SYN to request at the server";
    static final String EARLY = "Early Secret";
    static final String HANDSHAKE = "Handshake Secret";
    static final String MASTER = "Master Secret";
    static final String PRE_MASTER = "pre_master_secret";
    static final String MASTER_12 = "master_secret";
    static final String KEY_BLOCK = "key_block";

    private final TlsHandshakeScenario s;

    TlsHandshakeNarration(TlsHandshakeScenario s) {
        this.s = s;
    }

    /** The TLS span's label: what this version's handshake costs, measured on the frames. */
    String tlsSpan() {
        return s.tls12() ? TLS12_SPAN : TLS_SPAN;
    }

    private String version() {
        return s.version();
    }

    String introTitle() {
        return "HTTPS to " + s.serverName() + ": TCP first, then " + version();
    }

    String intro(CertificateChain chain) {
        if (s.tls12()) {
            return "The client opens a TCP connection to port 443, then runs the TLS 1.2 handshake inside it: two "
                    + "round trips. The first agrees on the suite and brings the server's certificate (issued by "
                    + chain.intermediate().subject().commonName() + " under " + chain.root().subject().commonName()
                    + ") and its x25519 share, signed, all in the clear; the second brings the client's share and both "
                    + "Finished. Only then does the HTTP request go out, as application data.";
        }
        return "The client opens a TCP connection to port 443, then runs the TLS 1.3 handshake inside it: one "
                + "round trip that agrees on keys (x25519), proves the server is " + chain.host() + " (its certificate, "
                + "issued by " + chain.intermediate().subject().commonName() + " under " + chain.root().subject().commonName()
                + ", and a signature over the handshake) and switches everything after ServerHello to encryption. "
                + "Only then does the HTTP request go out, as application data.";
    }

    List<String> introReferences() {
        return s.tls12() ? List.of("RFC 5246 §7.3", "RFC 8422 §2", "RFC 9293 §3.5") : List.of("RFC 8446 §2", "RFC 9293 §3.5");
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
        if (s.tls12()) {
            if (f.carries(HandshakeType.SERVER_HELLO)) {
                return "ServerHello to ServerHelloDone: the server's flight, in the clear";
            }
            if (f.carries(HandshakeType.CLIENT_KEY_EXCHANGE)) {
                return "ClientKeyExchange, ChangeCipherSpec, client Finished";
            }
            if (f.carries(HandshakeType.FINISHED)) {
                return "Server ChangeCipherSpec and Finished: 2 RTT after ClientHello";
            }
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
                    + "first needs " + (s.tls12() ? "two more round trips for TLS 1.2." : "one more round trip for TLS.");
        }
        List<String> parts = new ArrayList<>();
        if (s.tls12()) {
            tls12(f, m, parts);
        } else {
            tls13(f, m, parts);
        }
        if (f.carriesAlert()) {
            parts.add("An alert record: the sender gives up on the connection (" + (s.tls12() ? "RFC 5246 §7.2" : "RFC 8446 §6.2")
                    + "), encrypted when it already had keys.");
        }
        if (s.observerView()) {
            parts.add(s.tls12() ? "Observer view: everything before ChangeCipherSpec is readable; after it, each record shows "
                    + "its type and length only."
                    : "Observer view: each encrypted record shows only as application_data and a length.");
        }
        return String.join(" ", parts);
    }

    private void tls12(TlsHandshakeSteps.Seen f, List<Measurement> m, List<String> parts) {
        if (f.carries(HandshakeType.CLIENT_HELLO)) {
            parts.add("The ClientHello travels in the clear. It offers TLS 1.2 (legacy_version 0x0303, no supported_versions), "
                    + "the suite TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, x25519 in supported_groups and the extended "
                    + "master secret, but no key share: in TLS 1.2 the key exchange waits for the server. The host name "
                    + s.serverName() + " is in server_name, which anyone on the path can read.");
        }
        if (f.carries(HandshakeType.SERVER_HELLO)) {
            parts.add("The server's whole first flight is plaintext: ServerHello picks the suite, Certificate carries the "
                    + "chain (an observer reads every name in it), ServerKeyExchange carries the server's x25519 share "
                    + "signed with the certificate's key over both randoms, and ServerHelloDone hands the turn back. "
                    + "Nothing is encrypted yet: no keys exist until the client answers.");
        }
        if (f.carries(HandshakeType.CLIENT_KEY_EXCHANGE)) {
            parts.add("The client checked the chain and the signature, and sends its own x25519 share in ClientKeyExchange. "
                    + "Both sides now compute the same pre_master_secret, the master_secret over the handshake so far "
                    + "(RFC 7627) and the key block. ChangeCipherSpec says the client's next records are protected; the "
                    + "first is its Finished, under client_write_key. The request may not go yet: the client waits for "
                    + "the server's Finished.");
        }
        if (f.carries(HandshakeType.FINISHED) && !f.toServer()) {
            parts.add("The server answers with its own ChangeCipherSpec and Finished under server_write_key. The TLS 1.2 "
                    + "handshake took " + span(m, TLS12_SPAN) + " from the ClientHello: two round trips.");
        }
        if (f.carriesData()) {
            parts.add(f.toServer() ? "Only now does the HTTP request leave, as an application_data record under "
                    + "client_write_key with an 8-byte explicit nonce in front; it reaches the server " + span(m, REQUEST_SPAN)
                    + " after the SYN."
                    : "The response comes back under server_write_key. Unlike TLS 1.3, the record header shows the real "
                    + "type, and no NewSessionTicket precedes it: this server keeps no sessions.");
        }
    }

    private void tls13(TlsHandshakeSteps.Seen f, List<Measurement> m, List<String> parts) {
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
        if (f.carries(HandshakeType.NEW_SESSION_TICKET)) {
            parts.add("After the client's Finished the server sends a NewSessionTicket under its application keys: a "
                    + "later connection can resume with it and skip the certificate.");
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
        return "The client refuses: " + alert.rfcName() + " alert";
    }

    String failure(AlertDescription alert, Validation v) {
        String why = v == null || v.failure() == null ? "the handshake failed"
                : "its check of the certificate failed (" + v.failure().opensslError() + ")";
        return "The client asked for " + s.serverName() + ", but " + why + ". It sends a fatal " + alert.rfcName()
                + " alert (code " + alert.code() + ") and closes: no request is sent.";
    }

    String summaryTitle(boolean answered) {
        return !answered ? "No page: the handshake did not complete"
                : s.tls12() ? "2 RTT for TLS 1.2 on top of TCP" : "1 RTT for TLS 1.3 on top of TCP";
    }

    /** {@code other}: the spans the other version measured on the same network and seed. */
    String summary(List<Measurement> m, List<Measurement> other, boolean answered, OnPathObserver o) {
        if (!answered) {
            return "The client never sent its request. Measured: " + span(m, TCP_SPAN) + " for TCP.";
        }
        String otherVersion = s.otherVersion().version();
        String otherTls = s.tls12() ? TLS_SPAN : TLS12_SPAN;
        return "Measured on these frames: TCP's handshake took " + span(m, TCP_SPAN) + ", " + version() + "'s "
                + span(m, tlsSpan()) + ". The request reached the server " + span(m, REQUEST_SPAN) + " after the SYN. "
                + "The same network and seed with " + otherVersion + ": its handshake took " + span(other, otherTls)
                + " and its request arrived " + span(other, REQUEST_SPAN) + " after the SYN. "
                + "An on-path observer read the server name " + o.serverName().orElse("(none)")
                + o.certificate().map(c -> " and the certificate of " + c.subject().commonName() + " issued by "
                        + c.issuer().commonName() + "; not the request, not the response.")
                .orElse(", the record sizes and their timing; not the certificate, not the request, not the response.");
    }

    List<String> summaryReferences() {
        return s.tls12() ? List.of("RFC 5246 §7.3", "RFC 8446 §2") : List.of("RFC 8446 §2", "RFC 8446 §7.1");
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
        String inside = s.observerView() && r.encrypted() ? "hidden: " + ciphertextBytes(r) + " bytes of ciphertext and a "
                + RecordProtection.TAG_LENGTH + "-byte tag" : inside(r);
        String by = !r.encrypted() ? "nothing (plaintext)" : s.observerView() ? "keys the observer does not have" : r.protection();
        return List.of(outer + ", " + r.length() + (r.length() == 1 ? " byte" : " bytes"), inside, by);
    }

    /** A protected record's ciphertext: TLS 1.3 adds the inner type byte, TLS 1.2 an 8-byte explicit nonce (RFC 5288 §3). */
    private int ciphertextBytes(WireRecords.Seen r) {
        int overhead = s.tls12() ? Tls12RecordProtection.EXPLICIT_NONCE : 1;
        return r.length() - RecordProtection.TAG_LENGTH - overhead;
    }

    String keyTableTitle() {
        return s.tls12() ? "Keys so far (RFC 5246 §8.1, §6.3): one master secret, one key per direction"
                : "Key schedule so far (RFC 8446 §7.1): which secret protects which records";
    }

    String keyScheduleTitle() {
        return s.tls12() ? "TLS 1.2 keys (RFC 5246 §8.1, §6.3)" : "Key schedule (RFC 8446 §7.1)";
    }

    String preMasterInput() {
        return "the x25519 shared secret of the two key exchange messages (RFC 8422 §5.10)";
    }

    String master12Input() {
        return "PRF(pre_master_secret, \"extended master secret\", hash of ClientHello…ClientKeyExchange) (RFC 7627 §4)";
    }

    String keyBlockInput() {
        return "PRF(master_secret, \"key expansion\", server_random + client_random), cut into two keys and two salts";
    }

    List<String> keyColumns() {
        return List.of(s.tls12() ? "Key" : "Traffic secret", "From", "First bytes", "Protects");
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
            case Tls12Endpoint.CLIENT_WRITE -> "the client's Finished and application data (the request)";
            case Tls12Endpoint.SERVER_WRITE -> "the server's Finished and application data (the response)";
            default -> "no records: keys exported to other protocols (RFC 8446 §7.5)";
        };
    }

    /** The records table's last row in observer view: what the clear records have told the observer so far. */
    List<String> observerSoFar(OnPathObserver o) {
        String read = o.serverName().map(name -> "server_name " + name).orElse("no name")
                + o.certificate().map(c -> "; the certificate of " + c.subject().commonName() + ", issued by " + c.issuer().commonName())
                .orElse("; no certificate in the clear");
        return List.of("The observer has read so far", read, o.protectedRecords() == 0 ? "nothing yet: every record so far was plaintext"
                : "keys it does not have, on " + o.protectedRecords() + (o.protectedRecords() == 1 ? " record" : " records"));
    }

    String observerTitle() {
        return "What an on-path observer read in this " + version() + " connection";
    }

    List<String> observerColumns() {
        return List.of("Item", "Visible on the wire?");
    }

    /** Rows from what the observer actually read out of the clear records. */
    List<Table.Row> observerRows(OnPathObserver o) {
        String where = s.tls12() ? "the Certificate message crossed in the clear" : "";
        return List.of(
                Table.Row.of("Server name (SNI)", o.serverName().map(name -> "Yes: " + name + ", read from the ClientHello")
                        .orElse("No: no readable ClientHello")),
                Table.Row.of("Cipher suite", o.cipherSuite().map(c -> "Yes: 0x" + String.format(Locale.ROOT, "%04x", c)
                        + ", from the ServerHello").orElse("No")),
                Table.Row.of("Server certificate", o.certificate().map(c -> "Yes: " + c.subject().commonName() + ", issued by "
                        + c.issuer().commonName() + " (" + where + ")").orElse("No: encrypted under the handshake keys")),
                Table.Row.of("Handshake messages read", o.clearMessages().stream().map(HandshakeType::rfcName)
                        .collect(Collectors.joining(", "))),
                Table.Row.of("HTTP method, path, headers, body", "No: " + o.protectedRecords() + " protected records, "
                        + o.protectedBytes() + " bytes, only their lengths and timing"));
    }
}
