package org.wirewise.model.replay;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a segment's or datagram's first payload bytes say at a glance, for the steps: TLS
 * handshake messages (RFC 8446 §4), a DNS query or answer (RFC 1035 §4.1), an HTTP/1.x start line.
 * Reads only captured bytes and returns null when the payload is none of these.
 */
final class PayloadSummary {

    enum Kind { TLS_HANDSHAKE, DNS_QUERY, DNS_ANSWER, HTTP }

    record Summary(Kind kind, String text) {
    }

    private PayloadSummary() {
    }

    static Summary of(Frame f, byte[] b, CaptureNarration n) {
        int at = f.payloadOffset();
        int end = Math.min(b.length, at + f.payloadLength());
        if (end <= at) {
            return null;
        }
        if (f.protocol() == Frame.UDP && (f.source().port() == 53 || f.destination().port() == 53)) {
            return dns(b, at, end, n);
        }
        if (f.protocol() == Frame.TCP) {
            Summary tls = tls(b, at, end, n);
            return tls != null ? tls : http(b, at, end);
        }
        return null;
    }

    /** The handshake messages of the TLS records that start in this segment ("ClientHello"). */
    private static Summary tls(byte[] b, int at, int end, CaptureNarration n) {
        List<String> messages = new ArrayList<>();
        while (at + 5 <= end && (b[at + 1] & 0xFF) == 3) {
            int type = b[at] & 0xFF;
            int length = (b[at + 3] & 0xFF) << 8 | (b[at + 4] & 0xFF);
            if (type == 22 && at + 5 < end) {
                messages.add(handshakeName(b[at + 5] & 0xFF, n));
            } else if (type == 20) {
                messages.add("ChangeCipherSpec");
            } else if (type != 23 && type != 21) {
                return null;
            }
            at += 5 + length;
        }
        return messages.isEmpty() ? null : new Summary(Kind.TLS_HANDSHAKE, String.join(", ", messages));
    }

    private static String handshakeName(int type, CaptureNarration n) {
        return switch (type) {
            case 1 -> "ClientHello";
            case 2 -> "ServerHello";
            case 4 -> "NewSessionTicket";
            case 8 -> "EncryptedExtensions";
            case 11 -> "Certificate";
            case 12 -> "ServerKeyExchange";
            case 13 -> "CertificateRequest";
            case 14 -> "ServerHelloDone";
            case 15 -> "CertificateVerify";
            case 16 -> "ClientKeyExchange";
            case 20 -> "Finished";
            default -> n.text("tls.encrypted");
        };
    }

    /** "query A example.com" or "answer A example.com, 3 records" from the header and first question. */
    private static Summary dns(byte[] b, int at, int end, CaptureNarration n) {
        if (end - at < 12) {
            return null;
        }
        boolean response = (b[at + 2] & 0x80) != 0;
        int answers = (b[at + 6] & 0xFF) << 8 | (b[at + 7] & 0xFF);
        int rcode = b[at + 3] & 0x0F;
        StringBuilder name = new StringBuilder();
        int p = at + 12;
        while (p < end && b[p] != 0 && (b[p] & 0xC0) == 0) {
            int length = b[p] & 0xFF;
            if (p + 1 + length > end) {
                return null;
            }
            name.append(name.isEmpty() ? "" : ".").append(new String(b, p + 1, length, StandardCharsets.US_ASCII));
            p += 1 + length;
        }
        if (p + 3 > end) {
            return null;
        }
        int qtype = (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF);
        String question = typeName(qtype, n) + " " + (name.isEmpty() ? "." : name);
        if (!response) {
            return new Summary(Kind.DNS_QUERY, question);
        }
        String outcome = rcode == 3 ? n.text("dns.noSuchName") : rcode != 0 ? n.text("dns.error", Integer.toString(rcode))
                : n.text(answers == 1 ? "dns.record" : "dns.records", Integer.toString(answers));
        return new Summary(Kind.DNS_ANSWER, n.text("dns.answer", question, outcome));
    }

    private static String typeName(int type, CaptureNarration n) {
        return switch (type) {
            case 1 -> "A";
            case 2 -> "NS";
            case 5 -> "CNAME";
            case 12 -> "PTR";
            case 15 -> "MX";
            case 16 -> "TXT";
            case 28 -> "AAAA";
            case 33 -> "SRV";
            case 65 -> "HTTPS";
            case 255 -> "ANY";
            default -> n.text("dns.type", Integer.toString(type));
        };
    }

    /** An HTTP/1.x request or status line, up to its end of line. */
    private static Summary http(byte[] b, int at, int end) {
        int lineEnd = at;
        while (lineEnd < end && lineEnd - at < 200 && b[lineEnd] != '\r' && b[lineEnd] != '\n') {
            lineEnd++;
        }
        String line = new String(b, at, lineEnd - at, StandardCharsets.ISO_8859_1);
        boolean request = line.matches("(GET|POST|PUT|DELETE|HEAD|OPTIONS|PATCH|CONNECT) \\S+ HTTP/1\\.[01]");
        boolean status = line.matches("HTTP/1\\.[01] \\d{3}.*");
        return request || status ? new Summary(Kind.HTTP, line) : null;
    }
}
