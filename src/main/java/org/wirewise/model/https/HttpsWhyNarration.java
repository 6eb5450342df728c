package org.wirewise.model.https;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.tls.AlertDescription;
import org.wirewise.model.tls.ContentType;
import org.wirewise.model.tls.HandshakeType;
import org.wirewise.model.tls.WireRecords;

/** Every sentence of the why-HTTPS lesson; the bytes and lengths it names come from the run's frames. */
final class HttpsWhyNarration {

    private final HttpsWhyScenario s;

    HttpsWhyNarration(HttpsWhyScenario s) {
        this.s = s;
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
        return "Why HTTPS: one request, a router that reads and rewrites";
    }

    String intro() {
        return "The client fetches an invoice from " + HttpsWhySimulator.HOST + " twice through the same router: a café "
                + "Wi-Fi, a compromised ISP box, anything on the path. First over plain HTTP on port "
                + HttpsWhySimulator.PLAIN_PORT + ", then over HTTPS (TLS 1.3) on port " + HttpsWhySimulator.TLS_PORT + ". "
                + (s.tamper() ? "The router reads everything it forwards and changes one digit of the bank account in each response."
                : "The router only reads what it forwards.");
    }

    List<String> introReferences() {
        return List.of("RFC 9110 §17.1", "RFC 8446 §1", "RFC 7258");
    }

    String plainSynTitle() {
        return "Plain HTTP: TCP to port " + HttpsWhySimulator.PLAIN_PORT;
    }

    String plainSyn() {
        return "The client opens a TCP connection to port " + HttpsWhySimulator.PLAIN_PORT + ". Every byte of it will cross "
                + "the router as it is: TCP and IP protect nothing, and their checksums catch accidents, not attackers.";
    }

    String plainRequestTitle() {
        return "The router reads the request, cookie and all";
    }

    String plainRequest() {
        return "The request crosses the router in the clear: the path of the invoice, the host, and the session cookie "
                + "that logs the client in. Whoever holds that cookie can act as the client until the session ends.";
    }

    String plainResponseTitle(boolean changed) {
        return changed ? "The router changes one digit of the account number" : "The router reads the response";
    }

    String plainResponse(List<TamperingRouter.Change> changes) {
        if (changes.isEmpty()) {
            return "The response crosses the router in the clear: the router reads the account number the page asks the "
                    + "client to pay into, and could have changed any byte of it.";
        }
        TamperingRouter.Change c = changes.get(0);
        return "The router finds the account number in the page and changes byte " + c.payloadOffset() + " of the TCP payload "
                + "from " + shown(c.before()) + " to " + shown(c.after()) + ". It recomputes the TCP checksum, so the "
                + "segment is valid: nothing below HTTP can tell, and HTTP has no integrity check of its own.";
    }

    String plainShownTitle(String shown) {
        return "The client shows " + shown + ": nothing looks wrong";
    }

    String plainShown(String shown, String sent) {
        return shown.equals(sent) ? "The page arrived as the server sent it, but only because the router chose not to change it."
                : "The server sent " + sent + "; the client parsed a well-formed 200 response and shows " + shown
                + ". Same length, valid framing, a correct checksum: the reader would pay the router's account.";
    }

    String tlsSynTitle() {
        return "HTTPS: the same request inside TLS 1.3";
    }

    String tlsSyn() {
        return "Now the client connects to port " + HttpsWhySimulator.TLS_PORT + " and runs TLS 1.3 before sending the same "
                + "request. The router stays on the path and keeps trying.";
    }

    String helloTitle() {
        return "ClientHello: the router reads the server name";
    }

    String hello() {
        return "The ClientHello is plaintext: the router learns that the client wants " + HttpsWhySimulator.HOST
                + " (server_name), and the offered versions and key share. It cannot learn the keys: x25519 gives both "
                + "ends a secret that no one watching the shares can compute.";
    }

    String flightTitle() {
        return "ServerHello, then ciphertext";
    }

    String flight() {
        return "Only ServerHello is readable. The certificate, the signature over the handshake and Finished are encrypted "
                + "records: the router sees their headers (type application_data, version 0x0303, a length) and nothing "
                + "else. If it changed the ServerHello's key share, the signature would not verify.";
    }

    String tlsRequestTitle() {
        return "The request crosses as ciphertext: the router sees lengths";
    }

    String tlsRequest(List<WireRecords.Seen> records) {
        return "Right behind the client's Finished, the request goes out as an application_data record of "
                + records.stream().map(r -> Integer.toString(r.length())).collect(Collectors.joining(" and ")) + " bytes. "
                + "The router reads the header only: no path, no cookie. The length and the timing stay visible.";
    }

    String tlsResponseTitle(boolean changed) {
        return changed ? "The router changes the same byte of the response record" : "The response record crosses unread";
    }

    String tlsResponse(List<TamperingRouter.Change> changes, int target) {
        if (changes.isEmpty()) {
            return "The response is one application_data record; the router can read its length and nothing else.";
        }
        TamperingRouter.Change c = changes.get(0);
        return "The router cannot read the page, but the record's length gives it away (the page plus "
                + HttpsWhySteps.TLS13_OVERHEAD + " bytes of TLS overhead), and it changes the ciphertext byte at the digit's "
                + "place, " + target + " bytes into the content (byte " + c.payloadOffset() + " of the TCP payload): AES-GCM "
                + "encrypts by XOR, so without a tag this would turn the same 4 into a 9.";
    }

    String tlsOutcomeTitle(AlertDescription alert) {
        return alert == null ? "The client shows the page as sent" : "The client sends " + alert.rfcName() + " and closes";
    }

    String tlsOutcome(AlertDescription alert) {
        if (alert == null) {
            return "The record opened: nobody changed it on the way.";
        }
        return "The client's AEAD check fails: the tag, computed over the ciphertext and the record header with a key "
                + "the router does not have, no longer matches. TLS never hands the altered bytes to HTTP: the client "
                + "sends a fatal " + alert.rfcName() + " alert (code " + alert.code() + ") and closes the connection. "
                + "The attack becomes a failed page load instead of a wrong account number.";
    }

    List<String> tlsOutcomeReferences(AlertDescription alert) {
        return alert == null ? List.of("RFC 8446 §5.2") : List.of("RFC 8446 §5.2", "RFC 8446 §6.2");
    }

    String summaryTitle() {
        return "Without TLS the router reads and rewrites; with TLS it can only break the connection";
    }

    String summary(String plainShown, String sent, AlertDescription alert, boolean tlsDelivered) {
        String plain = plainShown == null ? "The plain page never arrived."
                : plainShown.equals(sent) ? "Over HTTP the client got " + plainShown + " because the router let it pass."
                : "Over HTTP the server sent " + sent + " and the client showed " + plainShown + ", unnoticed.";
        String tls = alert != null ? " Over HTTPS the changed record failed its tag and the client ended with "
                + alert.rfcName() + ": an on-path attacker can stop HTTPS, not rewrite it."
                : tlsDelivered ? " Over HTTPS the page arrived intact, and the router never read it." : "";
        return plain + tls + " Either way the router saw who talked to whom, when, how much, and (in server_name) which site.";
    }

    List<String> summaryReferences() {
        return List.of("RFC 8446 §1", "RFC 8446 §5.2", "RFC 9110 §4.2.2");
    }

    String lineName(String line, boolean first) {
        if (first) {
            return line.startsWith("HTTP/") ? "Status line" : "Request line";
        }
        int colon = line.indexOf(':');
        return colon > 0 && !line.startsWith("<") ? "Field " + line.substring(0, colon) : "Content";
    }

    List<String> changeRow(TamperingRouter.Change c) {
        return List.of("Changed by the router", "byte " + c.payloadOffset() + " of the TCP payload: " + shown(c.before())
                + " → " + shown(c.after()));
    }

    private static String shown(byte b) {
        String hex = String.format(Locale.ROOT, "0x%02x", b & 0xFF);
        return b >= 0x20 && b < 0x7F ? hex + " '" + new String(new byte[] {b}, StandardCharsets.US_ASCII) + "'" : hex;
    }

    String wireTitle(boolean tls) {
        return tls ? "What the router reads in this segment: record headers" : "What the router reads in this segment: everything";
    }

    List<String> wireColumns() {
        return List.of("Part", "On the wire");
    }

    List<String> recordRow(WireRecords.Seen r) {
        String header = (r.outer() == ContentType.HANDSHAKE ? "Handshake (22)" : r.outer() == ContentType.APPLICATION_DATA
                ? "Application Data (23)" : r.outer() == ContentType.ALERT ? "Alert (21)" : "ChangeCipherSpec (20)")
                + ", " + r.length() + " bytes";
        String inside = r.encrypted() || r.protection().equals(WireRecords.UNREADABLE) ? "ciphertext and a 16-byte tag: unreadable"
                : r.messages().stream().map(HandshakeType::rfcName).collect(Collectors.joining(", "));
        return List.of(header, inside);
    }

    String endsTitle() {
        return "What the server sent and what the client got";
    }

    List<String> endsColumns() {
        return List.of("Connection", "Server sent", "Client got");
    }

    String plainName() {
        return "HTTP, port " + HttpsWhySimulator.PLAIN_PORT;
    }

    String tlsName() {
        return "HTTPS, port " + HttpsWhySimulator.TLS_PORT;
    }

    String notYet() {
        return "(not yet)";
    }

    String refused(AlertDescription alert) {
        return "nothing: " + alert.rfcName() + ", connection closed";
    }
}
