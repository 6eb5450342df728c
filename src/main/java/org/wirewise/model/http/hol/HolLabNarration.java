package org.wirewise.model.http.hol;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.wirewise.model.http.RequestTiming;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.quic.Frame;
import org.wirewise.model.quic.QuicConnection;

/** Every sentence of the head-of-line lab, each number handed in by the code that measured it. */
final class HolLabNarration {

    private final HolSetup s;

    HolLabNarration(HolSetup s) {
        this.s = s;
    }

    static String ms(long nanos) {
        return nanos < 0 ? "—" : String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    String browser() {
        return "Browser";
    }

    String server() {
        return "Server";
    }

    /** Under each lane's name: which load it is (short: the diagram may be narrow, and the address is in the bytes). */
    String laneDetail(HolProtocol p) {
        return p.label();
    }

    /** Short: three stand over a waterfall that may be 250 px wide. */
    String waterfallTitle(HolProtocol p, HolRun run, boolean lossFree) {
        String how = !s.lossy() ? "" : lossFree ? ", no loss" : ", with loss";
        return p.label() + how + ": " + (run.complete() ? ms(run.pageLoad()) : "incomplete");
    }

    private String percent() {
        return String.format(Locale.ROOT, "%s %%", trim(s.lossPercent()));
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
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
        return "One page over HTTP/1.1, HTTP/2 and HTTP/3";
    }

    String intro(HolPage page, long totalBytes) {
        return "The browser loads an HTML page, then the " + s.assets() + " scripts it names, all requested together as soon "
                + "as the HTML has arrived: " + totalBytes + " bytes of responses in all, over a " + ms(Math.round(s.rttMs() * 1e6))
                + " round trip at " + trim(s.bandwidthMbps()) + " Mbit/s. Each protocol loads it on its own copy of the same "
                + "network and seed, one after the other on this timeline. The waterfalls show each load as the browser's "
                + "developer tools would: when each request waited, connected, was sent and came back. HTTP/1.1 runs in clear "
                + "text here, so its connections skip the TLS round trip that HTTPS would add; HTTP/2 runs over TLS 1.3 and "
                + "HTTP/3 over QUIC, which carries TLS 1.3 inside its own handshake. " + lossSentence();
    }

    private String lossSentence() {
        if (!s.lossy()) {
            return "Nothing is lost: set \"Lose packet\" to lose one of the server's packets.";
        }
        String chosen = s.losePacket() > 0 ? "the " + ordinal(s.losePacket()) + " packet of response bytes the server sends "
                + "after the browser asked for the scripts is lost" : "";
        String random = s.lossPercent() > 0 ? "every packet, either way, is lost with probability " + percent() : "";
        return "Then the same load with loss: " + (chosen.isEmpty() ? random : random.isEmpty() ? chosen : chosen + ", and " + random) + ".";
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    List<String> introReferences() {
        return List.of("RFC 9112 §9.4", "RFC 9113 §5", "RFC 9000 §2");
    }

    String withoutLossTitle(HolProtocol p) {
        return switch (p) {
            case HTTP1 -> "HTTP/1.1: six connections, one request at a time on each";
            case HTTP2 -> "HTTP/2: every request a stream on one TCP connection";
            case HTTP3 -> "HTTP/3: every request a QUIC stream";
        };
    }

    String withoutLoss(HolProtocol p, HolRun clean, int connections, long handshake, long queued, boolean sameRun) {
        String load = "Without loss " + p.label() + " loads the page in " + ms(clean.pageLoad()) + ". ";
        String how = switch (p) {
            case HTTP1 -> "The browser opens " + connections + " connections, each with its own TCP handshake (" + ms(handshake)
                    + " for the first). HTTP/1.1 carries one request at a time on a connection and waits for its whole "
                    + "response (RFC 9112 §9.3; browsers do not pipeline), and a browser opens at most six connections to a "
                    + "host (RFC 9112 §9.4 leaves the number to the client), so " + queued + " of the " + s.assets()
                    + " scripts wait in the browser's queue for a connection to come free.";
            case HTTP2 -> "One TCP connection and one TLS 1.3 handshake (" + ms(handshake) + " for both) carry every request, "
                    + "each on its own stream: HEADERS and DATA frames of all the streams interleave on the connection "
                    + "(RFC 9113 §5), so no script waits for a connection and none waits in a queue.";
            case HTTP3 -> "QUIC's handshake carries TLS 1.3 in its CRYPTO frames, so the connection is ready after one round "
                    + "trip (" + ms(handshake) + "). Each request is a QUIC stream of its own (RFC 9114 §4.1); QUIC numbers, "
                    + "orders and retransmits the bytes of every stream separately (RFC 9000 §2).";
        };
        String diagram = sameRun ? " The diagram shows this load up to the moment the HTML has arrived and the browser "
                + "asks for the scripts" + (s.losePacket() > 0 ? "; the lost packet comes after that." : ".")
                : " The diagram shows the load as set up, with its random loss, up to the moment the HTML has arrived and "
                + "the browser asks for the scripts; the waterfalls show the load without loss.";
        return load + how + diagram;
    }

    List<String> withoutLossReferences(HolProtocol p) {
        return switch (p) {
            case HTTP1 -> List.of("RFC 9112 §9.3", "RFC 9112 §9.4");
            case HTTP2 -> List.of("RFC 9113 §5", "RFC 9113 §5.1");
            case HTTP3 -> List.of("RFC 9000 §2", "RFC 9114 §4.1");
        };
    }

    String lostTitle(HolProtocol p) {
        return p.label() + ": one of the server's packets is lost";
    }

    String lost(HolProtocol p, LostPacket l, List<String> carried) {
        String when = "At " + ms(l.sentAt()) + " into the load the server's packet ";
        return switch (p) {
            case HTTP1 -> when + "on the connection to the browser's port " + l.flow() + " is lost. TCP hands a connection's "
                    + "bytes to the application only in order (RFC 9293 §3.10.7.4): the browser's TCP keeps what arrives "
                    + "after the hole and gives HTTP none of it until the hole is filled. On HTTP/1.1 that connection carries "
                    + "one response, so only that request waits; the other connections carry on.";
            case HTTP2 -> when + "is lost. TCP hands a connection's bytes to the application only in order "
                    + "(RFC 9293 §3.10.7.4), and every HTTP/2 stream shares this one connection (RFC 9113 §5): until the "
                    + "hole is filled, no stream gets another byte, even streams whose own bytes have arrived.";
            case HTTP3 -> when + "is lost: it carried " + (carried.isEmpty() ? "no request's bytes" : "bytes of "
                    + String.join(", ", carried)) + ". QUIC delivers each stream's bytes in order but streams independently of "
                    + "each other (RFC 9000 §2.2): only " + (carried.size() == 1 ? "that stream waits" : "those streams wait")
                    + ", and the other streams' bytes in later packets go to HTTP/3 as they arrive.";
        };
    }

    List<String> lostReferences(HolProtocol p) {
        return p == HolProtocol.HTTP3 ? List.of("RFC 9000 §2.2", "RFC 9002 §6") : p == HolProtocol.HTTP2
                ? List.of("RFC 9293 §3.10.7.4", "RFC 9113 §5") : List.of("RFC 9293 §3.10.7.4", "RFC 9112 §9.3");
    }

    String repairedTitle(HolProtocol p, int held) {
        return p.label() + ": the lost bytes arrive again; " + held + (held == 1 ? " request was" : " requests were") + " held up";
    }

    String repaired(HolProtocol p, LostPacket l, List<String> held, long longestHeld) {
        String first = "The lost bytes reach the browser " + ms(l.stall()) + " after their packet first left ("
                + String.format(Locale.ROOT, "%.1f", l.stall() / (s.rttMs() * 1e6)) + " round trips). ";
        String how = p == HolProtocol.HTTP3
                ? "QUIC never resends a packet: once loss detection declares it lost (RFC 9002 §6: a packet three numbers "
                + "later acknowledged, or 9/8 of a round trip since it was sent), the lost frames' data goes again in a new packet with a "
                + "new number (RFC 9000 §13.3). "
                : "TCP resends the missing bytes, after duplicate acknowledgements (fast retransmit, RFC 5681 §3.2) or its "
                + "retransmission timer (RFC 6298), and now delivers everything it held. ";
        String whom = held.isEmpty() ? "No request was in flight behind it."
                : "Held up behind it: " + String.join(", ", held) + (held.size() == 1 ? "; it completed " : "; the most "
                + "delayed of them completed ") + ms(longestHeld) + " later than it did without loss.";
        return first + how + whom;
    }

    List<String> repairedReferences(HolProtocol p) {
        return p == HolProtocol.HTTP3 ? List.of("RFC 9000 §13.3", "RFC 9002 §6.1", "RFC 9002 §6.2")
                : List.of("RFC 5681 §3.2", "RFC 6298 §5", "RFC 9293 §3.10.7.4");
    }

    String loadedTitle(HolProtocol p, HolRun run) {
        return p.label() + (run.complete() ? ": the page has loaded" : ": the page did not load");
    }

    String loaded(HolProtocol p, HolRun run, HolRun clean, int held, long longestOther) {
        if (!run.complete()) {
            return p.label() + " had not loaded the page after " + ms(HolLoads.GIVE_UP) + " of simulated time.";
        }
        if (!s.lossy()) {
            return p.label() + " loaded the page in " + ms(run.pageLoad()) + ".";
        }
        long cost = run.pageLoad() - clean.pageLoad();
        String others = longestOther <= 0 || run.lost().isEmpty() ? "" : " Requests it did not hold up finished later too, "
                + "up to " + ms(longestOther) + (p == HolProtocol.HTTP1 ? ": on HTTP/1.1 a request waits for the one before it "
                + "on its connection, and the loss also made the sender shrink that connection's congestion window "
                + "(RFC 5681 §3.2)." : ": a loss also tells the sender to slow down, and it shrinks the congestion window "
                + "every stream of the connection shares (" + (p == HolProtocol.HTTP3 ? "RFC 9002 §7.3.2" : "RFC 5681 §3.2") + ").");
        return p.label() + " loaded the page in " + ms(run.pageLoad()) + ", " + ms(clean.pageLoad()) + " without loss: the loss "
                + (cost >= 0 ? "cost " + ms(cost) : "changed it by " + ms(cost)) + (run.lost().isPresent() ? ", and the lost "
                + "packet held up " + held + (held == 1 ? " request." : " requests.") : ".") + others;
    }

    String comparisonTitle() {
        return "Three protocols, " + (s.losePacket() > 0 ? "one lost packet" : s.lossy() ? "the same random loss" : "no loss");
    }

    String comparison(List<HolComparison.Measured> all) {
        String loads = all.stream().map(m -> m.protocol().label() + " " + (m.run().complete() ? ms(m.run().pageLoad()) : "incomplete"))
                .collect(Collectors.joining(", "));
        String held = s.losePacket() == 0 ? "" : " The lost packet held up " + all.stream().map(m -> m.run().heldUp().size()
                + " over " + m.protocol().label()).collect(Collectors.joining(", ")) + ": TCP holds every stream behind "
                + "one hole, QUIC only the streams whose bytes were in it.";
        return "Page load times: " + loads + "." + held + " Try a longer round trip, more scripts or random loss, and another "
                + "seed: one lost packet is one draw, and the command wirewise http compare --seeds 100 shows the spread.";
    }

    List<String> comparisonReferences() {
        return List.of("RFC 9113 §5", "RFC 9000 §2.2", "RFC 9002 §6");
    }

    // --- tables ---

    String loadTimesTitle() {
        return "Page load times";
    }

    List<String> loadTimesColumns() {
        return s.lossy() ? List.of("Protocol", "Connections", "No loss", "With loss", "Requests held up", "Longest delay")
                : List.of("Protocol", "Connections", "Page load");
    }

    String heldTitle(HolProtocol p) {
        return "Requests held up over " + p.label();
    }

    List<String> heldColumns(HolProtocol p) {
        return List.of("Request", p == HolProtocol.HTTP3 ? "Stream" : "Connection", "Done, no loss", "Done, with loss", "Stall");
    }

    String target(RequestTiming t) {
        return t.target();
    }
}
