package org.wirewise.model.http.hol;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.wirewise.model.http.HttpUnits;
import org.wirewise.model.http.RequestTiming;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.quic.Frame;
import org.wirewise.model.quic.QuicConnection;
import org.wirewise.model.text.Texts;

/**
 * Every sentence of the head-of-line lab in one language ({@code http-hol-lab.properties} and its
 * translations), each number handed in by the code that measured it. Packet labels are wire notation
 * (as a capture's Info column) and stay English.
 */
final class HolLabNarration {

    private final HolSetup s;
    private final Texts texts;
    private final HttpUnits units;

    HolLabNarration(HolSetup s, Locale language) {
        this.s = s;
        this.texts = Texts.of("org.wirewise.model.http.hol.http-hol-lab", language);
        this.units = new HttpUnits(texts.language());
    }

    String ms(long nanos) {
        return nanos < 0 ? "—" : units.units().fixed(nanos / 1e6, 1) + " ms";
    }

    String browser() {
        return texts.get("lane.browser");
    }

    String server() {
        return texts.get("lane.server");
    }

    String incomplete() {
        return texts.get("incomplete");
    }

    /** Under each lane's name: which load it is (short: the diagram may be narrow, and the address is in the bytes). */
    String laneDetail(HolProtocol p) {
        return p.label();
    }

    /** Short: three stand over a waterfall that may be 250 px wide. */
    String waterfallTitle(HolProtocol p, HolRun run, boolean lossFree) {
        String key = !s.lossy() ? "waterfall" : lossFree ? "waterfall.noLoss" : "waterfall.withLoss";
        return texts.get(key, p.label(), run.complete() ? ms(run.pageLoad()) : incomplete());
    }

    private String percent() {
        return units.shortest(s.lossPercent()) + " %";
    }

    // --- packet labels ---

    /** A TCP segment as a capture's Info column would summarise it: an HTTP/1.1 start line, else flags and length. */
    String tcpLabel(TcpSegment seg, boolean retransmission) {
        byte[] p = seg.payload();
        String flags = TcpFlags.names(seg.flags());
        String what = flags;
        if (p.length > 0) {
            String text = new String(p, 0, Math.min(p.length, 80), java.nio.charset.StandardCharsets.ISO_8859_1);
            int cr = text.indexOf('\r');
            what = cr > 0 && (text.startsWith("HTTP/1.1") || text.startsWith("GET ")) ? text.substring(0, cr)
                    : (seg.sourcePort() == 443 || seg.destinationPort() == 443 ? "TLS, " : "") + p.length + " bytes";
        }
        return retransmission ? "Retransmission: " + what : what;
    }

    String otherFrame(int length) {
        return length + " bytes";
    }

    /** A QUIC datagram by what its sender built: packet type and number, and frames (stream IDs named). */
    String quicLabel(QuicConnection.Datagram d) {
        return d.packets().stream().map(p -> p.type().label() + " " + p.packetNumber() + ": " + p.frames().stream()
                .filter(f -> !(f instanceof Frame.Padding))
                .map(f -> f instanceof Frame.Stream st ? "STREAM " + st.streamId() : f.describe().split(" ")[0])
                .distinct().collect(Collectors.joining(", "))).collect(Collectors.joining(" · "));
    }

    // --- steps ---

    String introTitle() {
        return texts.get("step.intro");
    }

    String intro(HolPage page, long totalBytes) {
        return texts.get("intro", Integer.toString(s.assets()), Long.toString(totalBytes), ms(Math.round(s.rttMs() * 1e6)),
                units.shortest(s.bandwidthMbps()), lossSentence());
    }

    private String lossSentence() {
        if (!s.lossy()) {
            return texts.get("loss.none");
        }
        String chosen = s.losePacket() > 0 ? texts.get("loss.chosen", ordinal(s.losePacket())) : "";
        String random = s.lossPercent() > 0 ? texts.get("loss.random", percent()) : "";
        return texts.get("loss", chosen.isEmpty() ? random : random.isEmpty() ? chosen : texts.get("loss.both", chosen, random));
    }

    /** "1st", "22nd", "13th" in English; the bundle says how each language writes an ordinal. */
    private String ordinal(int n) {
        int mod100 = n % 100;
        int last = n % 10;
        String key = mod100 >= 11 && mod100 <= 13 || last == 0 || last > 3 ? "ordinal.n" : "ordinal." + last;
        return texts.get(key, Integer.toString(n));
    }

    List<String> introReferences() {
        return List.of("RFC 9112 §9.4", "RFC 9113 §5", "RFC 9000 §2");
    }

    String withoutLossTitle(HolProtocol p) {
        return texts.get("step.withoutLoss." + key(p));
    }

    private static String key(HolProtocol p) {
        return switch (p) {
            case HTTP1 -> "http1";
            case HTTP2 -> "http2";
            case HTTP3 -> "http3";
        };
    }

    String withoutLoss(HolProtocol p, HolRun clean, int connections, long handshake, long queued, boolean sameRun) {
        String load = texts.get("withoutLoss.load", p.label(), ms(clean.pageLoad()));
        String how = switch (p) {
            case HTTP1 -> texts.get("withoutLoss.http1", Integer.toString(connections), ms(handshake), Long.toString(queued),
                    Integer.toString(s.assets()));
            case HTTP2, HTTP3 -> texts.get("withoutLoss." + key(p), ms(handshake));
        };
        String diagram = texts.get(!sameRun ? "diagram.other" : s.losePacket() > 0 ? "diagram.sameRunLost" : "diagram.sameRun");
        return texts.get("withoutLoss", load, how, diagram);
    }

    List<String> withoutLossReferences(HolProtocol p) {
        return switch (p) {
            case HTTP1 -> List.of("RFC 9112 §9.3", "RFC 9112 §9.4");
            case HTTP2 -> List.of("RFC 9113 §5", "RFC 9113 §5.1");
            case HTTP3 -> List.of("RFC 9000 §2", "RFC 9114 §4.1");
        };
    }

    String lostTitle(HolProtocol p) {
        return texts.get("step.lost", p.label());
    }

    String lost(HolProtocol p, LostPacket l, List<String> carried) {
        return switch (p) {
            case HTTP1 -> texts.get("lost.http1", ms(l.sentAt()), String.valueOf(l.flow()));
            case HTTP2 -> texts.get("lost.http2", ms(l.sentAt()));
            case HTTP3 -> texts.get("lost.http3", ms(l.sentAt()), carried.isEmpty() ? texts.get("lost.carriedNone")
                    : texts.get("lost.carried", String.join(", ", carried)),
                    texts.get(carried.size() == 1 ? "lost.waits.one" : "lost.waits.many"));
        };
    }

    List<String> lostReferences(HolProtocol p) {
        return p == HolProtocol.HTTP3 ? List.of("RFC 9000 §2.2", "RFC 9002 §6") : p == HolProtocol.HTTP2
                ? List.of("RFC 9293 §3.10.7.4", "RFC 9113 §5") : List.of("RFC 9293 §3.10.7.4", "RFC 9112 §9.3");
    }

    String repairedTitle(HolProtocol p, int held) {
        return texts.get(held == 1 ? "step.repaired.one" : "step.repaired.many", p.label(), Integer.toString(held));
    }

    String repaired(HolProtocol p, LostPacket l, List<String> held, long longestHeld) {
        String first = texts.get("repaired.first", ms(l.stall()), units.oneDecimal(l.stall() / (s.rttMs() * 1e6)));
        String how = texts.get(p == HolProtocol.HTTP3 ? "repaired.quic" : "repaired.tcp");
        String whom = held.isEmpty() ? texts.get("repaired.none")
                : texts.get(held.size() == 1 ? "repaired.one" : "repaired.many", String.join(", ", held), ms(longestHeld));
        return texts.get("repaired", first, how, whom);
    }

    List<String> repairedReferences(HolProtocol p) {
        return p == HolProtocol.HTTP3 ? List.of("RFC 9000 §13.3", "RFC 9002 §6.1", "RFC 9002 §6.2")
                : List.of("RFC 5681 §3.2", "RFC 6298 §5", "RFC 9293 §3.10.7.4");
    }

    String loadedTitle(HolProtocol p, HolRun run) {
        return texts.get(run.complete() ? "step.loaded" : "step.notLoaded", p.label());
    }

    String loaded(HolProtocol p, HolRun run, HolRun clean, int held, long longestOther) {
        if (!run.complete()) {
            return texts.get("loaded.incomplete", p.label(), ms(HolLoads.GIVE_UP));
        }
        if (!s.lossy()) {
            return texts.get("loaded", p.label(), ms(run.pageLoad()));
        }
        long cost = run.pageLoad() - clean.pageLoad();
        String others = longestOther <= 0 || run.lost().isEmpty() ? "" : " " + (p == HolProtocol.HTTP1
                ? texts.get("loaded.others.http1", ms(longestOther))
                : texts.get("loaded.others.shared", ms(longestOther),
                        p == HolProtocol.HTTP3 ? "RFC 9002 §7.3.2" : "RFC 5681 §3.2"));
        String heldUp = run.lost().isPresent()
                ? texts.get(held == 1 ? "loaded.held.one" : "loaded.held.many", Integer.toString(held))
                : texts.get("loaded.end");
        return texts.get(cost >= 0 ? "loaded.cost" : "loaded.changed", p.label(), ms(run.pageLoad()),
                ms(clean.pageLoad()), ms(cost), heldUp, others);
    }

    String comparisonTitle() {
        return texts.get(s.losePacket() > 0 ? "step.comparison.lost" : s.lossy() ? "step.comparison.random"
                : "step.comparison.none");
    }

    String comparison(List<HolComparison.Measured> all) {
        String loads = all.stream().map(m -> texts.get("comparison.load", m.protocol().label(),
                        m.run().complete() ? ms(m.run().pageLoad()) : incomplete()))
                .collect(Collectors.joining(", "));
        String held = s.losePacket() == 0 ? "" : " " + texts.get("comparison.held", all.stream()
                .map(m -> texts.get("comparison.heldItem", Integer.toString(m.run().heldUp().size()), m.protocol().label()))
                .collect(Collectors.joining(", ")));
        return texts.get("comparison", loads, held);
    }

    List<String> comparisonReferences() {
        return List.of("RFC 9113 §5", "RFC 9000 §2.2", "RFC 9002 §6");
    }

    // --- tables ---

    String loadTimesTitle() {
        return texts.get("table.loadTimes");
    }

    List<String> loadTimesColumns() {
        return (s.lossy() ? List.of("protocol", "connections", "noLoss", "withLoss", "held", "longest")
                : List.of("protocol", "connections", "pageLoad")).stream().map(k -> texts.get("table.loadTimes." + k)).toList();
    }

    String heldTitle(HolProtocol p) {
        return texts.get("table.held", p.label());
    }

    List<String> heldColumns(HolProtocol p) {
        return List.of(texts.get("table.held.request"), texts.get(p == HolProtocol.HTTP3 ? "table.held.stream"
                : "table.held.connection"), texts.get("table.held.clean"), texts.get("table.held.lossy"),
                texts.get("table.held.stall"));
    }

    String target(RequestTiming t) {
        return t.target();
    }
}
