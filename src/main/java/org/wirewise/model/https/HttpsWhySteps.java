package org.wirewise.model.https;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.Link;
import org.wirewise.model.tls.AlertDescription;
import org.wirewise.model.tls.ContentType;
import org.wirewise.model.tls.HandshakeType;
import org.wirewise.model.tls.WireRecords;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;

/**
 * The why-HTTPS trace, built after the run: every frame on either cable, labelled as the router
 * reads it (HTTP lines in the clear, record headers and clear handshake messages inside TLS);
 * a step where the router reads or rewrites something and where each client finds out.
 */
final class HttpsWhySteps {

    /** TLS 1.3's overhead on a record: the inner content type byte and the 16-byte tag (RFC 8446 §5.2). */
    static final int TLS13_OVERHEAD = 17;

    private record Frame(String from, String to, long sentAt, long arrivesAt, Link.Fate fate, byte[] bytes) {
    }

    /** A frame after the run: its segment, whether it is the TLS connection's, the records that completed in it. */
    record Seen(int id, Frame frame, TcpSegment segment, boolean tls, boolean toServer, List<WireRecords.Seen> records) {
        boolean clientCable() {
            return frame.from().equals(HttpsWhySimulator.CLIENT) || frame.to().equals(HttpsWhySimulator.CLIENT);
        }

        String text() {
            return new String(segment.payload(), StandardCharsets.ISO_8859_1);
        }

        boolean carries(HandshakeType type) {
            return records.stream().anyMatch(r -> r.messages().contains(type));
        }
    }

    private final HttpsWhyScenario s;
    private final List<Lane> lanes;
    private final byte[] response;
    private final int target;
    private final List<Frame> frames = new ArrayList<>();
    private final HttpsWhyNarration n;
    private String plainBody;
    private long plainAt = -1;
    private String tlsBody;
    private AlertDescription tlsAlert;
    private long tlsAt = -1;

    HttpsWhySteps(HttpsWhyScenario s, HttpsWhyNarration n, List<Lane> lanes, byte[] response, int target) {
        this.s = s;
        this.lanes = List.copyOf(lanes);
        this.response = response.clone();
        this.target = target;
        this.n = n;
    }

    int packet(String from, String to, long sentAt, long arrivesAt, Link.Fate fate, byte[] frame) {
        frames.add(new Frame(from, to, sentAt, arrivesAt, fate, frame));
        return frames.size() - 1;
    }

    void plainReceived(String body, long at) {
        plainBody = body;
        plainAt = at;
    }

    void tlsReceived(Optional<String> body, AlertDescription alert, long at) {
        tlsBody = body.orElse(null);
        tlsAlert = alert;
        tlsAt = at;
    }

    Trace build(List<SessionSecret> keyLog, List<TamperingRouter.Change> plainChanges, List<TamperingRouter.Change> tlsChanges) {
        TraceBuilder trace = new TraceBuilder(HttpsWhySimulator.LESSON_ID, lanes);
        keyLog.forEach(trace::secret);
        Map<String, WireRecords> readers = new HashMap<>();
        List<Seen> seen = new ArrayList<>();
        for (Frame f : frames) {
            byte[] ip = EthernetFrame.decode(f.bytes()).payload();
            byte[] tcp = Ipv4Packet.decode(ip, 0, ip.length).payload();
            TcpSegment seg = TcpSegment.decode(tcp, 0, tcp.length);
            boolean tls = seg.sourcePort() == HttpsWhySimulator.TLS_PORT || seg.destinationPort() == HttpsWhySimulator.TLS_PORT;
            boolean toServer = seg.destinationPort() == HttpsWhySimulator.TLS_PORT || seg.destinationPort() == HttpsWhySimulator.PLAIN_PORT;
            List<WireRecords.Seen> records = List.of();
            if (tls) { // one reader per direction per cable: each cable carries its own copy of the stream
                String key = f.from() + ">" + f.to();
                WireRecords r = readers.computeIfAbsent(key, k -> toServer ? WireRecords.fromClient(keyLog) : WireRecords.fromServer(keyLog));
                records = r.add(seg.payload());
            }
            Seen x = new Seen(seen.size(), f, seg, tls, toServer, records);
            int id = trace.packet(f.from(), f.to(), f.sentAt(), f.arrivesAt(), f.fate(), n.label(x), f.bytes());
            seen.add(new Seen(id, f, seg, tls, toServer, records));
        }
        List<Draft> drafts = new ArrayList<>();
        drafts.add(new Draft(0, n.introTitle(), n.intro(), n.introReferences(), -1, List.of()));
        first(seen, x -> !x.tls() && x.segment().has(TcpFlags.SYN) && x.toServer()).ifPresent(x ->
                drafts.add(draft(x, n.plainSynTitle(), n.plainSyn(), List.of("RFC 9293 §3.5", "RFC 9110 §4.2.1"), List.of())));
        first(seen, x -> !x.tls() && x.toServer() && x.clientCable() && x.segment().payloadLength() > 0).ifPresent(x ->
                drafts.add(draft(x, n.plainRequestTitle(), n.plainRequest(), List.of("RFC 9112 §3", "RFC 6265 §5.4"), List.of(lines(x, null)))));
        first(seen, x -> !x.tls() && !x.toServer() && x.clientCable() && x.segment().payloadLength() > 0).ifPresent(x ->
                drafts.add(draft(x, n.plainResponseTitle(!plainChanges.isEmpty()), n.plainResponse(plainChanges),
                        List.of("RFC 9112 §6", "RFC 9110 §17.1"), List.of(lines(x, plainChanges.isEmpty() ? null : plainChanges.get(0))))));
        if (plainAt >= 0) {
            drafts.add(new Draft(plainAt, n.plainShownTitle(shown(plainBody)), n.plainShown(shown(plainBody), sentAccount()),
                    List.of("RFC 9110 §17.1"), -1, List.of(ends(plainAt))));
        }
        first(seen, x -> x.tls() && x.segment().has(TcpFlags.SYN) && x.toServer()).ifPresent(x ->
                drafts.add(draft(x, n.tlsSynTitle(), n.tlsSyn(), List.of("RFC 9110 §4.2.2", "RFC 8446 §2"), List.of())));
        first(seen, x -> x.clientCable() && x.carries(HandshakeType.CLIENT_HELLO)).ifPresent(x ->
                drafts.add(draft(x, n.helloTitle(), n.hello(), List.of("RFC 8446 §4.1.2", "RFC 6066 §3"), List.of(records(x, null)))));
        first(seen, x -> x.clientCable() && x.carries(HandshakeType.SERVER_HELLO)).ifPresent(x ->
                drafts.add(draft(x, n.flightTitle(), n.flight(), List.of("RFC 8446 §4.1.3", "RFC 8446 §5.2"), List.of(records(x, null)))));
        first(seen, x -> x.tls() && x.toServer() && x.clientCable() && x.records().stream().anyMatch(r -> r.inner() == ContentType.APPLICATION_DATA))
                .ifPresent(x -> drafts.add(draft(x, n.tlsRequestTitle(), n.tlsRequest(x.records()), List.of("RFC 8446 §5.1", "RFC 8446 §5.2"),
                        List.of(records(x, null)))));
        first(seen, x -> x.tls() && !x.toServer() && x.clientCable() && x.records().stream()
                .anyMatch(r -> r.length() == response.length + TLS13_OVERHEAD)).ifPresent(x ->
                drafts.add(draft(x, n.tlsResponseTitle(!tlsChanges.isEmpty()), n.tlsResponse(tlsChanges, target),
                        List.of("RFC 8446 §5.2", "RFC 5116 §5.1"), List.of(records(x, tlsChanges.isEmpty() ? null : tlsChanges.get(0))))));
        if (tlsAt >= 0) {
            int alertFrame = first(seen, x -> x.tls() && x.toServer() && x.clientCable() && x.frame().sentAt() >= tlsAt
                    && x.records().stream().anyMatch(r -> r.inner() == ContentType.ALERT)).map(Seen::id).orElse(-1);
            drafts.add(new Draft(tlsAt, n.tlsOutcomeTitle(tlsAlert), n.tlsOutcome(tlsAlert), n.tlsOutcomeReferences(tlsAlert),
                    alertFrame, List.of(ends(tlsAt))));
        }
        drafts.sort(Comparator.comparingLong(Draft::time));
        for (Draft d : drafts) {
            trace.step(d.time(), d.title(), d.narration(), d.references(), d.packet(), new Snapshot(List.of(), List.of(), d.tables()));
        }
        long end = seen.isEmpty() ? 0 : seen.get(seen.size() - 1).frame().arrivesAt();
        trace.step(end, n.summaryTitle(), n.summary(shown(plainBody), sentAccount(), tlsAlert, tlsBody != null), n.summaryReferences(), -1,
                new Snapshot(List.of(), List.of(), List.of(ends(end))));
        return trace.build();
    }

    private record Draft(long time, String title, String narration, List<String> references, int packet, List<Table> tables) {
    }

    private static Draft draft(Seen x, String title, String narration, List<String> references, List<Table> tables) {
        return new Draft(x.frame().sentAt(), title, narration, references, x.id(), tables);
    }

    private static Optional<Seen> first(List<Seen> seen, java.util.function.Predicate<Seen> p) {
        return seen.stream().filter(p).findFirst();
    }

    /** The account number in a page the client was shown, as the client read it. */
    private static String shown(String body) {
        if (body == null) {
            return null;
        }
        int at = body.indexOf("NL");
        return at < 0 ? body.strip() : body.substring(at, Math.min(body.length(), at + HttpsWhySimulator.ACCOUNT.length()));
    }

    private String sentAccount() {
        String page = new String(response, StandardCharsets.ISO_8859_1);
        int at = page.indexOf(HttpsWhySimulator.ACCOUNT);
        return page.substring(at, at + HttpsWhySimulator.ACCOUNT.length());
    }

    /** The clear text of a plain HTTP frame, one row per line; the changed byte's line highlighted. */
    private Table lines(Seen x, TamperingRouter.Change change) {
        String text = x.text();
        List<Table.Row> rows = new ArrayList<>();
        int at = 0;
        for (String line : text.split("\r\n", -1)) {
            boolean hit = change != null && change.payloadOffset() >= at && change.payloadOffset() < at + line.length();
            if (!line.isEmpty()) {
                // The page ends with a newline: shown without it, a label's trailing line break reads as cut text.
                rows.add(new Table.Row(List.of(n.lineName(line, rows.isEmpty()), line.stripTrailing()), hit));
            }
            at += line.length() + 2;
        }
        if (change != null) {
            // Right above the line it changed, so the two highlighted rows share a short (projected) pane.
            int hit = rows.indexOf(rows.stream().filter(Table.Row::highlighted).findFirst().orElse(null));
            rows.add(Math.max(0, hit), new Table.Row(n.changeRow(change), true));
        }
        return new Table(HttpsWhySimulator.WIRE_TABLE, n.wireTitle(false), n.wireColumns(), rows);
    }

    /** A TLS frame's records as the router reads them: headers, and the handshake messages sent in the clear. */
    private Table records(Seen x, TamperingRouter.Change change) {
        List<Table.Row> rows = new ArrayList<>(x.records().stream().map(r -> new Table.Row(n.recordRow(r), r.encrypted())).toList());
        if (change != null) {
            rows.add(0, new Table.Row(n.changeRow(change), true));
        }
        return new Table(HttpsWhySimulator.WIRE_TABLE, n.wireTitle(true), n.wireColumns(), rows);
    }

    /** Each connection's outcome as known at {@code time}. */
    private Table ends(long time) {
        return new Table(HttpsWhySimulator.ENDS_TABLE, n.endsTitle(), n.endsColumns(), List.of(
                Table.Row.of(n.plainName(), sentAccount(), plainAt < 0 || plainAt > time ? n.notYet() : shown(plainBody)),
                Table.Row.of(n.tlsName(), sentAccount(), tlsAt < 0 || tlsAt > time ? n.notYet()
                        : tlsBody != null ? shown(tlsBody) : n.refused(tlsAlert))));
    }
}
