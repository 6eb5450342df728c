package org.wirewise.model.tls;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.text.Texts;
import org.wirewise.model.tls.cert.CertificateChain;
import org.wirewise.model.trace.Measurement;

/**
 * Every sentence of the resumption lesson in one language ({@code tls-resumption.properties} and its
 * translations); numbers come from the frames (the ticket, the offered PSK, the spans) and the server's
 * log of the requests it served. The record rows, labels and key words are the handshake lesson's, so
 * both lessons show records the same way.
 */
final class TlsResumptionNarration {

    /** What the narration reads from the run. */
    record Context(CertificateChain chain, List<Measurement> spans, List<TlsResumptionSimulator.Served> served, int copiedBytes,
                   List<TlsResumptionSteps.Seen> frames, java.util.Map<Integer, SessionTickets.Freshness> freshness) {
    }

    private final TlsResumptionScenario s;
    private final TlsHandshakeNarration records;
    private final Texts texts;
    private final TlsUnits units;

    TlsResumptionNarration(TlsResumptionScenario s, Locale language) {
        this.s = s;
        this.records = new TlsHandshakeNarration(new TlsHandshakeScenario(s.rttMs(), s.seed(), CertificateChain.HOST, false), language);
        this.texts = Texts.of("org.wirewise.model.tls.tls-resumption", language);
        this.units = new TlsUnits(texts.language());
    }

    /** A text of the bundle with no numbers: a lane. */
    String text(String key) {
        return texts.get(key);
    }

    /** A frame's label on the diagram: wire notation, as Wireshark's Info column, the same in every language. */
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
                ? List.of(records.outerLength("Application Data (23)", r.length()), texts.get("record.unreadable"), texts.get("record.skipped"))
                : records.recordRow(r);
    }

    String keyTableTitle(int connection) {
        return texts.get("keys.title", Integer.toString(connection + 1));
    }

    /** The key schedule picture's heading. */
    String keyScheduleTitle() {
        return texts.get("keys.picture");
    }

    List<String> keyColumns() {
        return records.keyColumns();
    }

    String earlyInput(int connection) {
        return connection == 0 ? records.earlyInput() : texts.get("keys.early.psk");
    }

    String stage(TlsHandshakeNarration.Stage stage) {
        return records.stage(stage);
    }

    String stageInput(TlsHandshakeNarration.Stage stage) {
        return stage == TlsHandshakeNarration.Stage.HANDSHAKE ? records.handshakeInput() : records.masterInput();
    }

    String protects(String label, int connection) {
        return switch (label) {
            case TlsEndpoint.CLIENT_EARLY -> texts.get("protects.early");
            case TlsEndpoint.SERVER_HS -> connection == 0 ? records.protects(label) : texts.get("protects.resumedHandshake");
            case TlsEndpoint.EARLY_EXPORTER -> texts.get("protects.earlyExporter");
            default -> records.protects(label);
        };
    }

    String span(int connection) {
        return texts.get(connection == 0 ? "span.full" : "span.resumed");
    }

    String introTitle() {
        return texts.get("intro.title");
    }

    String intro(Context c) {
        return texts.get("intro", c.chain().host(), s.replay() ? texts.get("intro.replay", units.plain(s.replayAfterS())) : "",
                texts.get("policy." + s.earlyDataPolicy().name()));
    }

    List<String> introReferences() {
        return List.of("RFC 8446 §2.2", "RFC 8446 §2.3");
    }

    String title(TlsResumptionSteps.Seen f) {
        int c = f.connection();
        if (f.segment().has(TcpFlags.SYN)) {
            return texts.get("title.syn." + Math.min(c, 2));
        }
        if (f.carries(HandshakeType.CLIENT_HELLO)) {
            return texts.get(c == 0 ? "title.hello.0" : c == 2 ? "title.hello.2"
                    : f.carriesData() ? "title.hello.early" : "title.hello.ticket");
        }
        if (f.carries(HandshakeType.SERVER_HELLO)) {
            return texts.get(!resumed(f) ? (c == 0 ? "title.full.0" : "title.full")
                    : earlyAccepted(f) ? "title.resumed.early" : "title.resumed");
        }
        if (f.carries(HandshakeType.END_OF_EARLY_DATA)) {
            return texts.get("title.endOfEarlyData");
        }
        if (f.carries(HandshakeType.NEW_SESSION_TICKET)) {
            return texts.get("title.ticket");
        }
        if (f.carries(HandshakeType.FINISHED)) {
            return texts.get(f.carriesData() ? "title.finished.data" : "title.finished");
        }
        return texts.get("title.other", Integer.toString(c + 1), records.label(f.segment(), f.records()));
    }

    String narration(TlsResumptionSteps.Seen f, Context c) {
        int conn = f.connection();
        if (f.segment().has(TcpFlags.SYN)) {
            return conn == 2 ? texts.get("syn.attacker", TlsResumptionSimulator.ATTACKER_IP) : texts.get("syn");
        }
        if (f.carries(HandshakeType.CLIENT_HELLO)) {
            return conn == 0 ? texts.get("hello.0") : conn == 1 ? offered(f) : replayed(c);
        }
        if (f.carries(HandshakeType.SERVER_HELLO)) {
            return serverFlight(f, c);
        }
        if (f.carries(HandshakeType.END_OF_EARLY_DATA)) {
            return texts.get("endOfEarlyData");
        }
        if (f.carries(HandshakeType.NEW_SESSION_TICKET)) {
            return ticket(f);
        }
        if (f.carries(HandshakeType.FINISHED)) {
            return texts.get("finished", measured(c, 0));
        }
        if (f.records().stream().anyMatch(r -> r.inner() == ContentType.ALERT)) {
            return texts.get("closeNotify");
        }
        if (conn == 2) {
            return texts.get("attackerAnswer");
        }
        return texts.get(f.toServer() ? "get" : "response");
    }

    private String offered(TlsResumptionSteps.Seen f) {
        Optional<OfferedPsk> psk = f.message(HandshakeType.CLIENT_HELLO).map(ClientHello::decode)
                .flatMap(h -> h.extension(Extension.PRE_SHARED_KEY)).map(OfferedPsk::decode);
        String offer = psk.map(p -> texts.get("offer", Integer.toString(p.identity().length),
                Long.toHexString(p.obfuscatedTicketAge()))).orElse("");
        return offer + texts.get(f.carriesData() ? "offer.early" : "offer.noEarly");
    }

    private String replayed(Context c) {
        return texts.get("replayed", Integer.toString(c.copiedBytes()));
    }

    private String serverFlight(TlsResumptionSteps.Seen f, Context c) {
        int conn = f.connection();
        if (!resumed(f)) {
            return conn == 0 ? texts.get("flight.full.0", c.chain().host()) : texts.get("flight.full");
        }
        String resumed = texts.get("flight.resumed");
        if (!earlyAccepted(f)) {
            return resumed + texts.get("flight.noEarly") + fresh(c, conn);
        }
        long servedHere = c.served().stream().filter(x -> x.connection() == conn).count();
        return resumed + fresh(c, conn).strip() + texts.get("flight.early")
                + (conn == 2 ? texts.get("flight.replay", Long.toString(servedHere + c.served().stream()
                .filter(x -> x.connection() == 1).count())) : texts.get("flight.measured", measured(c, 1)));
    }

    private String ticket(TlsResumptionSteps.Seen f) {
        return f.message(HandshakeType.NEW_SESSION_TICKET).map(NewSessionTicket::decode).map(t -> {
            long early = Extension.find(t.extensions(), Extension.EARLY_DATA).map(Extension::earlyDataLimit).orElse(0L);
            return texts.get("ticket", Long.toString(t.lifetime()), Long.toHexString(t.ageAdd()), HexFormat.of().formatHex(t.nonce()),
                    Integer.toString(t.ticket().length),
                    early > 0 ? texts.get("ticket.early", Long.toString(early)) : texts.get("ticket.noEarly"));
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
        return texts.get(c.served().stream().anyMatch(x -> x.connection() == 2) ? "summary.title.replayed"
                : s.replay() ? "summary.title.refused" : "summary.title");
    }

    String summary(Context c) {
        String spans = c.spans().stream().map(m -> texts.get(m.label().equals(span(0)) ? "summary.span.full" : "summary.span.resumed",
                duration(m, c))).reduce((a, b) -> a + "; " + b).orElse("");
        long replays = c.served().stream().filter(x -> x.connection() == 2).count();
        return texts.get("summary", spans, Integer.toString(c.served().size()), replays > 0 ? texts.get("summary.attacker") : "");
    }

    List<String> summaryReferences() {
        return List.of("RFC 8446 §8", "RFC 8470 §5.2");
    }

    private static boolean resumed(TlsResumptionSteps.Seen f) {
        return f.message(HandshakeType.SERVER_HELLO).map(ServerHello::decode).flatMap(h -> h.extension(Extension.PRE_SHARED_KEY)).isPresent();
    }

    /** The server's freshness check of this connection's ticket age, as a sentence (RFC 8446 §8.3). */
    private String fresh(Context c, int connection) {
        SessionTickets.Freshness f = c.freshness().get(connection);
        if (f == null) {
            return "";
        }
        String window = Long.toString(f.windowMillis() / 1000);
        return texts.get("fresh", Long.toString(f.clientAgeMillis()), Long.toString(f.expectedArrivalMillis()),
                Long.toString(f.arrivedMillis()), Long.toString(f.offByMillis()),
                f.fresh() ? texts.get("fresh.inside", window) : texts.get("fresh.outside", window));
    }

    private static boolean earlyAccepted(TlsResumptionSteps.Seen f) {
        return f.message(HandshakeType.ENCRYPTED_EXTENSIONS).map(EncryptedExtensions::decode)
                .flatMap(e -> Extension.find(e.extensions(), Extension.EARLY_DATA)).isPresent();
    }

    private String measured(Context c, int connection) {
        return c.spans().stream().filter(m -> m.label().equals(span(connection))).findFirst().map(m -> duration(m, c))
                .orElse(texts.get("span.later"));
    }

    /** A span in ms and in round trips of connection 1's TCP handshake, as measured on its SYN and SYN-ACK. */
    private String duration(Measurement m, Context c) {
        Optional<TlsResumptionSteps.Seen> syn = c.frames().stream().filter(f -> f.connection() == 0 && f.segment().has(TcpFlags.SYN)).findFirst();
        Optional<TlsResumptionSteps.Seen> synAck = c.frames().stream().filter(f -> f.connection() == 0 && !f.toServer()
                && f.segment().has(TcpFlags.SYN)).findFirst();
        if (syn.isEmpty() || synAck.isEmpty()) {
            return units.ms(m.duration());
        }
        return units.span(m.duration(), synAck.get().arrivesAt() - syn.get().sentAt());
    }
}
