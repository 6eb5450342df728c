package org.wirewise.model.journey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wirewise.model.http.ConnectionSetup;
import org.wirewise.model.http.Phase;
import org.wirewise.model.http.RequestTiming;
import org.wirewise.model.http.Waterfall;
import org.wirewise.model.net.Datagram;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.TcpSegment;

/**
 * The load's parts as DevTools names them, each between two frames the laptop sent or received:
 * DNS lookup (query sent to answer received), Initial connection (SYN sent to SYN-ACK received),
 * SSL/TLS (ClientHello sent to the server's Finished received), then per request Waiting (TTFB)
 * (the frame carrying its first byte sent to the response's first byte received) and Content
 * download (to its last byte). The browser's moments say which frames; the frames give the times.
 */
final class JourneyPhases {

    /** One part: what DevTools names it, the request it belongs to ("" for the connection's), from and to. */
    record Part(Phase.Kind kind, String request, long from, long to) {
        long duration() {
            return to - from;
        }
    }

    /** One request as a waterfall row needs it: queued, sent, first byte, complete (ns), its connection's port, whether it opened it. */
    record Request(String target, long queuedAt, long sentAt, long firstByteAt, long completeAt, int port, boolean opened) {
    }

    /** A connection's setup: DNS, TCP's and TLS's handshakes (ns; -1 for a part that did not happen). */
    record Setup(long dnsStart, long dnsEnd, long connectStart, long connectEnd, long tlsStart, long tlsEnd) {
    }

    private JourneyPhases() {
    }

    /** The page's own connection's setup, the DNS lookup before it included. */
    static Setup setup(Browser.Times t, List<JourneyWire.Hop> hops) {
        return setup(t, hops, t.first());
    }

    /** {@code c}'s setup; the DNS lookup only for the first connection, the one that waited for it. */
    static Setup setup(Browser.Times t, List<JourneyWire.Hop> hops, Browser.Connection c) {
        boolean first = c == t.first();
        boolean asked = first && t.dnsEnd > t.dnsStart;
        long dnsStart = asked ? departure(hops, t.dnsStart, h -> h.label().startsWith("DNS query")) : first ? t.dnsStart : -1;
        if (t.quic) { // one handshake, QUIC's, with TLS 1.3 inside it: no separate TLS part
            return new Setup(dnsStart, t.dnsEnd, departure(hops, c.connectStart, h -> h.label().startsWith("QUIC Initial")),
                    c.connectEnd, -1, -1);
        }
        return new Setup(dnsStart, first ? t.dnsEnd : -1,
                departure(hops, c.connectStart, h -> h.label().equals("SYN") && port(h) == c.localPort), c.connectEnd,
                departure(hops, c.tlsStart, h -> h.label().equals("TLS ClientHello") && port(h) == c.localPort), c.tlsEnd);
    }

    static List<Request> requests(Browser.Times t, List<JourneyWire.Hop> hops) {
        List<Request> out = new ArrayList<>();
        for (Browser.Fetch f : t.fetches) {
            long sent = t.quic ? streamFrame(t, hops, t.streams.get(f.target()), f.sentAt())
                    : requestFrame(t, hops, f.sentAt(), f.localPort());
            out.add(new Request(f.target(), f.queuedAt(), sent, f.firstByteAt(), f.completeAt(), f.localPort(), f.opened()));
        }
        return out;
    }

    static List<Part> of(Browser.Times t, List<JourneyWire.Hop> hops) {
        List<Part> parts = new ArrayList<>();
        List<Request> requests = requests(t, hops);
        Setup first = setup(t, hops);
        parts.add(new Part(Phase.Kind.DNS, "", first.dnsStart(), first.dnsEnd()));
        for (Browser.Connection c : t.connections) {
            Setup s = setup(t, hops, c);
            // the page's connection is the page's; a later one belongs to the request that opened it
            String opener = c == t.first() ? "" : requests.stream().filter(r -> r.opened() && r.port() == c.localPort)
                    .map(Request::target).findFirst().orElse("");
            parts.add(new Part(Phase.Kind.CONNECT, opener, s.connectStart(), s.connectEnd()));
            if (s.tlsStart() >= 0) {
                parts.add(new Part(Phase.Kind.TLS, opener, s.tlsStart(), s.tlsEnd()));
            }
        }
        for (Request r : requests) {
            parts.add(new Part(Phase.Kind.WAITING, r.target(), r.sentAt(), r.firstByteAt()));
            parts.add(new Part(Phase.Kind.DOWNLOAD, r.target(), r.firstByteAt(), r.completeAt()));
        }
        parts.sort(Comparator.comparingLong(Part::to));
        return parts;
    }

    /** When the first frame the laptop sent at or after {@code time} that {@code which} accepts left. */
    private static long departure(List<JourneyWire.Hop> hops, long time, java.util.function.Predicate<JourneyWire.Hop> which) {
        return hops.stream().filter(h -> h.from().equals(JourneyNetwork.LAPTOP) && h.sentAt() >= time && which.test(h))
                .mapToLong(JourneyWire.Hop::sentAt).min().orElse(time);
    }

    /** When the frame that carried the first byte of request stream {@code stream} left the laptop (HTTP/3). */
    private static long streamFrame(Browser.Times t, List<JourneyWire.Hop> hops, long stream, long time) {
        byte[] frame = t.streamFrames.get(stream);
        return hops.stream().filter(h -> h.from().equals(JourneyNetwork.LAPTOP) && java.util.Arrays.equals(h.frame(), frame))
                .mapToLong(JourneyWire.Hop::sentAt).findFirst().orElse(time);
    }

    /**
     * When the frame carrying the first byte of what the browser wrote at {@code time} on the connection from
     * {@code port} left the laptop: the segment of that connection whose sequence range holds that byte, first
     * transmission.
     */
    private static long requestFrame(Browser.Times t, List<JourneyWire.Hop> hops, long time, int port) {
        long seq = t.writes.stream().filter(w -> w[0] == time && w[2] == port).mapToLong(w -> w[1]).findFirst().orElse(-1);
        for (JourneyWire.Hop h : hops) {
            TcpSegment s = segment(h);
            if (s != null && h.from().equals(JourneyNetwork.LAPTOP) && s.sourcePort() == port
                    && ((seq - s.sequenceNumber()) & 0xFFFF_FFFFL) < s.payloadLength()) {
                return h.sentAt();
            }
        }
        return time;
    }

    /**
     * The load as DevTools' waterfall: one row per request, each request that opened a connection carrying
     * that connection's setup (the page's with the DNS lookup), times counted from the moment the address
     * was typed (DevTools counts from navigation start).
     */
    static Waterfall waterfall(Browser.Times t, List<JourneyWire.Hop> hops, JourneyScenario scenario,
                               JourneyNarration n) {
        long o = t.typedAt;
        List<RequestTiming> timings = new ArrayList<>();
        List<Request> requests = requests(t, hops);
        for (int i = 0; i < requests.size(); i++) {
            Request r = requests.get(i);
            RequestTiming timing = new RequestTiming(i, r.target(), r.queuedAt() - o, r.sentAt() - o,
                    r.firstByteAt() - o, r.completeAt() - o, r.port());
            Browser.Connection c = t.connection(r.port()).orElseThrow();
            Setup s = setup(t, hops, c);
            timings.add(!r.opened() ? timing : timing.withSetup(new ConnectionSetup(shift(s.dnsStart(), o),
                    shift(s.dnsEnd(), o), s.connectStart() - o, s.connectEnd() - o, s.tlsStart() - o, s.tlsEnd() - o)));
        }
        String version = switch (scenario.tls()) {
            case "1.2" -> "TLS 1.2";
            case "resumed" -> n.text("tls.version.resumed");
            default -> "TLS 1.3";
        };
        return Waterfall.of(n.text("waterfall.title", JourneyZones.SITE, t.quic ? n.text("waterfall.h3")
                : n.text("waterfall.tcp", scenario.http(), version)), timings);
    }

    /** A moment counted from {@code origin}; -1 stays -1 (a part that did not happen). */
    private static long shift(long time, long origin) {
        return time < 0 ? -1 : time - origin;
    }

    /** The TCP source port of a hop's frame, or -1 for one that is not TCP. */
    static int port(JourneyWire.Hop h) {
        TcpSegment s = segment(h);
        return s == null ? -1 : s.sourcePort();
    }

    static TcpSegment segment(JourneyWire.Hop h) {
        Datagram d = Datagram.of(h.frame());
        return d == null || d.protocol() != IpProtocol.TCP ? null
                : TcpSegment.decode(d.ip(), d.transportOffset(), d.transportLength());
    }
}
