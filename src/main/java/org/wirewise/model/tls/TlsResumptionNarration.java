package org.wirewise.model.tls;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.tls.cert.CertificateChain;
import org.wirewise.model.trace.Measurement;

/**
 * Every sentence of the resumption lesson; numbers come from the frames (the ticket, the offered
 * PSK, the spans) and the server's log of the requests it served. The record rows and labels are
 * the handshake lesson's, so both lessons show records the same way.
 */
final class TlsResumptionNarration {

    /** What the narration reads from the run. */
    record Context(CertificateChain chain, List<Measurement> spans, List<TlsResumptionSimulator.Served> served, int copiedBytes,
                   List<TlsResumptionSteps.Seen> frames, java.util.Map<Integer, SessionTickets.Freshness> freshness) {
    }

    private final TlsResumptionScenario s;
    private final TlsHandshakeNarration records;

    TlsResumptionNarration(TlsResumptionScenario s) {
        this.s = s;
        this.records = new TlsHandshakeNarration(new TlsHandshakeScenario(s.rttMs(), s.seed(), CertificateChain.HOST, false));
    }

    String label(int connection, TcpSegment seg, List<WireRecords.Seen> rs) {
        String prefix = connection == 2 && !rs.isEmpty() ? "replay: " : "";
        return prefix + (rs.stream().allMatch(r -> !r.protection().equals(WireRecords.UNREADABLE)) ? records.label(seg, rs)
                : "Application Data (" + rs.get(rs.size() - 1).length() + " bytes the server cannot open)");
    }

    String recordsTitle() {
        return records.recordsTitle();
    }

    List<String> recordColumns() {
        return records.recordColumns();
    }

    List<String> recordRow(WireRecords.Seen r) {
        return r.protection().equals(WireRecords.UNREADABLE)
                ? List.of("Application Data (23), " + r.length() + " bytes", "early data under a key the server does not have", "skipped (RFC 8446 §4.2.10)")
                : records.recordRow(r);
    }

    String keyTableTitle(int connection) {
        return "Connection " + (connection + 1) + ", the client's key schedule so far (RFC 8446 §7.1)";
    }

    List<String> keyColumns() {
        return records.keyColumns();
    }

    String earlyInput(int connection) {
        return connection == 0 ? records.earlyInput() : "HKDF-Extract(0, PSK from the ticket)";
    }

    String stageInput(String stage) {
        return stage.equals(TlsHandshakeNarration.HANDSHAKE) ? records.handshakeInput() : records.masterInput();
    }

    String protects(String label, int connection) {
        return switch (label) {
            case TlsEndpoint.CLIENT_EARLY -> "the client's 0-RTT data (the GET) and EndOfEarlyData";
            case TlsEndpoint.SERVER_HS -> connection == 0 ? records.protects(label)
                    : "EncryptedExtensions and the server's Finished: no certificate on a resumed connection";
            case TlsEndpoint.EARLY_EXPORTER -> "no records: early keys exported to other protocols (RFC 8446 §7.5)";
            default -> records.protects(label);
        };
    }

    String span(int connection) {
        return connection == 0 ? "Full handshake: SYN to GET at the server" : "Resumed: SYN to GET at the server";
    }

    String introTitle() {
        return "Coming back: a ticket, a PSK and 0-RTT";
    }

    String intro(Context c) {
        return "The client connects to " + c.chain().host() + " twice. Connection 1 is a full TLS 1.3 handshake that ends with "
                + "a NewSessionTicket. A second later, connection 2 hands the ticket back: the server skips its certificate "
                + "and signature and, if it allows 0-RTT, reads the GET the client sent in its very first flight. "
                + (s.replay() ? String.format(java.util.Locale.ROOT, "%s s after that an attacker who copied that flight off the wire "
                + "sends it again. ", new java.math.BigDecimal(Double.toString(s.replayAfterS())).stripTrailingZeros().toPlainString()) : "")
                + "The server's policy here: " + s.policy() + ".";
    }

    List<String> introReferences() {
        return List.of("RFC 8446 §2.2", "RFC 8446 §2.3");
    }

    String title(TlsResumptionSteps.Seen f) {
        int c = f.connection();
        if (f.segment().has(TcpFlags.SYN)) {
            return c == 0 ? "Connection 1: TCP to port 443" : c == 1 ? "A second later, connection 2: TCP again"
                    : "The attacker opens its own TCP connection";
        }
        if (f.carries(HandshakeType.CLIENT_HELLO)) {
            return c == 0 ? "Connection 1: a full handshake, no ticket yet" : c == 2 ? "The attacker sends the copied first flight"
                    : f.carriesData() ? "ClientHello with the ticket, the GET right behind it (0-RTT)" : "ClientHello offering the ticket";
        }
        if (f.carries(HandshakeType.SERVER_HELLO)) {
            return !resumed(f) ? (c == 0 ? "The server proves who it is: Certificate, CertificateVerify" : "No ticket: a full handshake")
                    : earlyAccepted(f) ? "Resumed, no certificate, 0-RTT accepted" : "Resumed, no certificate";
        }
        if (f.carries(HandshakeType.END_OF_EARLY_DATA)) {
            return "EndOfEarlyData, then Finished";
        }
        if (f.carries(HandshakeType.NEW_SESSION_TICKET)) {
            return "A ticket for next time";
        }
        if (f.carries(HandshakeType.FINISHED)) {
            return f.carriesData() ? "Finished, then the GET" : "The client's Finished";
        }
        return "Connection " + (c + 1) + ": " + records.label(f.segment(), f.records());
    }

    String narration(TlsResumptionSteps.Seen f, Context c) {
        int conn = f.connection();
        if (f.segment().has(TcpFlags.SYN)) {
            return conn == 2 ? "The attacker, " + TlsResumptionSimulator.ATTACKER_IP + ", needs no keys to open a TCP connection to the "
                    + "server: TLS has not started yet." : "Every connection pays TCP's round trip first; resumption saves TLS round "
                    + "trips, not TCP's.";
        }
        if (f.carries(HandshakeType.CLIENT_HELLO)) {
            return conn == 0 ? "No ticket yet: the client offers an x25519 key share and, in psk_key_exchange_modes, psk_dhe_ke, "
                    + "the only way it will resume later: with a PSK and a fresh key exchange (RFC 8446 §4.2.9)."
                    : conn == 1 ? offered(f) : replayed(c);
        }
        if (f.carries(HandshakeType.SERVER_HELLO)) {
            return serverFlight(f, c);
        }
        if (f.carries(HandshakeType.END_OF_EARLY_DATA)) {
            return "EndOfEarlyData (type 5, empty) is the last record under the early key; the client's Finished follows under "
                    + "its handshake key and covers EndOfEarlyData in the transcript (RFC 8446 §4.5).";
        }
        if (f.carries(HandshakeType.NEW_SESSION_TICKET)) {
            return ticket(f);
        }
        if (f.carries(HandshakeType.FINISHED)) {
            return "The client checked the server's Finished; its own Finished answers, and the GET goes right behind it: "
                    + measured(c, 0) + " after the SYN it reaches the server.";
        }
        if (f.records().stream().anyMatch(r -> r.inner() == ContentType.ALERT)) {
            return "close_notify: the client is done with this connection (RFC 8446 §6.1); TCP's FIN follows.";
        }
        if (conn == 2) {
            return "The answer to the replayed GET goes to the attacker under keys it does not have: it cannot read it, but "
                    + "the server has acted on the request all the same.";
        }
        return f.toServer() ? "The GET, under the client's application key." : "The response, under the server's application key.";
    }

    private String offered(TlsResumptionSteps.Seen f) {
        Optional<OfferedPsk> psk = f.message(HandshakeType.CLIENT_HELLO).map(ClientHello::decode)
                .flatMap(h -> h.extension(Extension.PRE_SHARED_KEY)).map(OfferedPsk::decode);
        String offer = psk.map(p -> "pre_shared_key carries the " + p.identity().length + "-byte ticket, its obfuscated_ticket_age 0x"
                + Long.toHexString(p.obfuscatedTicketAge()) + " (age in ms plus ticket_age_add, mod 2^32, so an observer cannot "
                + "link the two connections by it) and a binder: an HMAC over this ClientHello keyed from the PSK, proof that "
                + "the client holds it (RFC 8446 §4.2.11). ").orElse("");
        return offer + (f.carriesData() ? "early_data says the GET follows in the same flight, under client_early_traffic_secret, "
                + "derived from the PSK alone. No fresh key exchange has happened yet: these bytes have no forward secrecy, and "
                + "nothing in them stops someone from sending them again (RFC 8446 §2.3)."
                : "No early_data: the ticket from this server allows none, so the GET waits for the handshake.");
    }

    private String replayed(Context c) {
        return "These are the " + c.copiedBytes() + " bytes the client sent first on connection 2 (its ClientHello and the early "
                + "data record), copied off the wire and sent unchanged. The attacker cannot read them, change them or finish "
                + "the handshake: it does not need to. The binder is correct, because the client computed it.";
    }

    private String serverFlight(TlsResumptionSteps.Seen f, Context c) {
        int conn = f.connection();
        if (!resumed(f)) {
            return conn == 0 ? "ServerHello, then under the handshake keys EncryptedExtensions, Certificate ("
                    + c.chain().host() + "'s chain), CertificateVerify and Finished: the signature and the chain are what "
                    + "resumption will skip." : "The server no longer holds that ticket (single use, RFC 8446 §8.1): it ignores "
                    + "the PSK and runs a full handshake, certificate included. The early data record does not open under the "
                    + "handshake key and is skipped (§4.2.10): the GET in it is not served.";
        }
        String resumed = "The server found the ticket in its cache and checked the binder: ServerHello selects PSK identity 0, "
                + "and no Certificate or CertificateVerify follows, the PSK vouches for the server. The key share still gives a "
                + "fresh x25519 secret (psk_dhe_ke). ";
        if (!earlyAccepted(f)) {
            return resumed + "EncryptedExtensions has no early_data: no 0-RTT on this connection." + fresh(c, conn);
        }
        long servedHere = c.served().stream().filter(x -> x.connection() == conn).count();
        return resumed + fresh(c, conn).strip() + " EncryptedExtensions carries early_data: the server read the GET before its own flight went out and "
                + "answers it under its application key without waiting for the client's Finished (0.5-RTT). "
                + (conn == 2 ? "This is the replay: the server has now served that GET " + (servedHere + c.served().stream()
                .filter(x -> x.connection() == 1).count()) + " times. For GET /account/orders that is harmless; for "
                + "POST /transfer it would pay twice." : measured(c, 1) + " after the SYN, the GET was at the server.");
    }

    private String ticket(TlsResumptionSteps.Seen f) {
        return f.message(HandshakeType.NEW_SESSION_TICKET).map(NewSessionTicket::decode).map(t -> {
            long early = Extension.find(t.extensions(), Extension.EARLY_DATA).map(Extension::earlyDataLimit).orElse(0L);
            return "NewSessionTicket, under the server's application key: lifetime " + t.lifetime() + " s, ticket_age_add 0x"
                    + Long.toHexString(t.ageAdd()) + ", nonce " + HexFormat.of().formatHex(t.nonce()) + ", a " + t.ticket().length
                    + "-byte ticket and " + (early > 0 ? "early_data allowing " + early + " bytes of 0-RTT data" : "no early_data: "
                    + "this server takes no 0-RTT data") + ". Both sides derive the PSK from the resumption master secret and the "
                    + "nonce (RFC 8446 §4.6.1); the server keeps ticket and PSK in its cache, the client keeps both for next time.";
        }).orElse("");
    }

    List<String> references(TlsResumptionSteps.Seen f) {
        if (f.segment().has(TcpFlags.SYN)) {
            return List.of("RFC 9293 §3.5");
        }
        if (f.carries(HandshakeType.NEW_SESSION_TICKET)) {
            return List.of("RFC 8446 §4.6.1");
        }
        if (f.connection() == 2) {
            return List.of("RFC 8446 §8", "RFC 8446 §4.2.10");
        }
        return f.connection() == 1 ? List.of("RFC 8446 §4.2.11", "RFC 8446 §4.2.10") : List.of("RFC 8446 §4", "RFC 8446 §4.2.9");
    }

    String summaryTitle(Context c) {
        return c.served().stream().anyMatch(x -> x.connection() == 2) ? "The replayed GET was served again"
                : s.replay() ? "The replay got nothing served" : "Resumed, one round trip earlier";
    }

    String summary(Context c) {
        String spans = c.spans().stream().map(m -> m.label() + ": " + duration(m, c)).reduce((a, b) -> a + "; " + b).orElse("");
        long replays = c.served().stream().filter(x -> x.connection() == 2).count();
        return spans + ". The server served the GET " + c.served().size() + " times" + (replays > 0 ? ", once for the attacker" : "")
                + ". 0-RTT data can be replayed (RFC 8446 §8): servers take it only for requests that are safe to repeat, "
                + "use each ticket once or keep a record of ClientHellos seen within an anti-replay window, and an HTTP server "
                + "may answer 425 Too Early to make the client send the request again after the handshake (RFC 8470).";
    }

    List<String> summaryReferences() {
        return List.of("RFC 8446 §8", "RFC 8470 §5.2");
    }

    private static boolean resumed(TlsResumptionSteps.Seen f) {
        return f.message(HandshakeType.SERVER_HELLO).map(ServerHello::decode).flatMap(h -> h.extension(Extension.PRE_SHARED_KEY)).isPresent();
    }

    /** The server's freshness check of this connection's ticket age, as a sentence (RFC 8446 §8.3). */
    private static String fresh(Context c, int connection) {
        SessionTickets.Freshness f = c.freshness().get(connection);
        if (f == null) {
            return "";
        }
        return " Freshness check (RFC 8446 §8.3): the ClientHello says the ticket is " + f.clientAgeMillis() + " ms old, so the "
                + "server expected it at " + f.expectedArrivalMillis() + " ms on its clock (creation + round trip + age); it "
                + "arrived at " + f.arrivedMillis() + " ms, " + f.offByMillis() + " ms off, "
                + (f.fresh() ? "inside" : "outside") + " its " + f.windowMillis() / 1000 + " s window"
                + (f.fresh() ? "." : ": too old to be the client's, so no 0-RTT, and the PSK resumes with 1 RTT.");
    }

    private static boolean earlyAccepted(TlsResumptionSteps.Seen f) {
        return f.message(HandshakeType.ENCRYPTED_EXTENSIONS).map(EncryptedExtensions::decode)
                .flatMap(e -> Extension.find(e.extensions(), Extension.EARLY_DATA)).isPresent();
    }

    private String measured(Context c, int connection) {
        return c.spans().stream().filter(m -> m.label().equals(span(connection))).findFirst().map(m -> duration(m, c)).orElse("later");
    }

    /** A span in ms and in round trips of connection 1's TCP handshake, as measured on its SYN and SYN-ACK. */
    private static String duration(Measurement m, Context c) {
        Optional<TlsResumptionSteps.Seen> syn = c.frames().stream().filter(f -> f.connection() == 0 && f.segment().has(TcpFlags.SYN)).findFirst();
        Optional<TlsResumptionSteps.Seen> synAck = c.frames().stream().filter(f -> f.connection() == 0 && !f.toServer()
                && f.segment().has(TcpFlags.SYN)).findFirst();
        String ms = String.format(Locale.ROOT, "%.1f ms", SimTime.toMillis(m.duration()));
        if (syn.isEmpty() || synAck.isEmpty()) {
            return ms;
        }
        long rtt = synAck.get().arrivesAt() - syn.get().sentAt();
        return ms + String.format(Locale.ROOT, " (%.1f RTT)", (double) m.duration() / rtt);
    }
}
