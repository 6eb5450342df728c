package org.wirewise.model.journey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wirewise.model.http.ConnectionSetup;
import org.wirewise.model.http.RequestTiming;
import org.wirewise.model.http.Waterfall;
import org.wirewise.model.http.h2.H2Client;
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

    /** One part: its DevTools name, the request it belongs to ("" for the connection's), from and to. */
    record Part(String name, String request, long from, long to) {
        long duration() {
            return to - from;
        }
    }

    /** One request as a waterfall row needs it: queued, sent, first byte, complete (ns). */
    record Request(String target, long queuedAt, long sentAt, long firstByteAt, long completeAt) {
    }

    /** The connection's setup: DNS, TCP's and TLS's handshakes (ns; -1 for a part that did not happen). */
    record Setup(long dnsStart, long dnsEnd, long connectStart, long connectEnd, long tlsStart, long tlsEnd) {
    }

    private JourneyPhases() {
    }

    static Setup setup(Browser.Times t, List<JourneyWire.Hop> hops) {
        boolean asked = t.dnsEnd > t.dnsStart;
        long dnsStart = asked ? departure(hops, t.dnsStart, h -> h.label().startsWith("DNS query")) : t.dnsStart;
        if (t.quic) { // one handshake, QUIC's, with TLS 1.3 inside it: no separate TLS part
            return new Setup(dnsStart, t.dnsEnd, departure(hops, t.connectStart, h -> h.label().startsWith("QUIC Initial")),
                    t.connectEnd, -1, -1);
        }
        return new Setup(dnsStart, t.dnsEnd, departure(hops, t.connectStart, h -> h.label().equals("SYN")), t.connectEnd,
                departure(hops, t.tlsStart, h -> h.label().equals("TLS ClientHello")), t.tlsEnd);
    }

    static List<Request> requests(Browser.Times t, List<JourneyWire.Hop> hops) {
        List<Request> out = new ArrayList<>();
        for (int i = 0; i < t.completions.size(); i++) {
            H2Client.Completion c = t.completions.get(i);
            long sent = t.quic ? streamFrame(t, hops, c.stream(), c.sentAt()) : requestFrame(t, hops, c.sentAt());
            out.add(new Request(t.targets.get(i), t.queuedAt.get(i), sent, c.headersAt(), c.completedAt()));
        }
        return out;
    }

    static List<Part> of(Browser.Times t, List<JourneyWire.Hop> hops) {
        List<Part> parts = new ArrayList<>();
        Setup s = setup(t, hops);
        parts.add(new Part("DNS lookup", "", s.dnsStart(), s.dnsEnd()));
        parts.add(new Part("Initial connection", "", s.connectStart(), s.connectEnd()));
        if (s.tlsStart() >= 0) {
            parts.add(new Part("SSL/TLS", "", s.tlsStart(), s.tlsEnd()));
        }
        for (Request r : requests(t, hops)) {
            parts.add(new Part("Waiting (TTFB)", r.target(), r.sentAt(), r.firstByteAt()));
            parts.add(new Part("Content download", r.target(), r.firstByteAt(), r.completeAt()));
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
     * When the frame carrying the first byte of what the browser wrote at {@code time} left the laptop:
     * the segment of the browser's connection whose sequence range holds that byte, first transmission.
     */
    private static long requestFrame(Browser.Times t, List<JourneyWire.Hop> hops, long time) {
        long seq = t.writes.stream().filter(w -> w[0] == time).mapToLong(w -> w[1]).findFirst().orElse(-1);
        for (JourneyWire.Hop h : hops) {
            TcpSegment s = segment(h);
            if (s != null && h.from().equals(JourneyNetwork.LAPTOP) && s.sourcePort() == t.localPort
                    && ((seq - s.sequenceNumber()) & 0xFFFF_FFFFL) < s.payloadLength()) {
                return h.sentAt();
            }
        }
        return time;
    }

    /**
     * The load as DevTools' waterfall: one row per request, the HTML's carrying the connection's setup,
     * times counted from the moment the address was typed (DevTools counts from navigation start).
     */
    static Waterfall waterfall(Browser.Times t, List<JourneyWire.Hop> hops, String tls) {
        return drawn(t, hops, t.quic ? "HTTP/3 (QUIC)" : "HTTP/2, " + switch (tls) {
            case "1.2" -> "TLS 1.2";
            case "resumed" -> "TLS 1.3 resumed";
            default -> "TLS 1.3";
        });
    }

    private static Waterfall drawn(Browser.Times t, List<JourneyWire.Hop> hops, String title) {
        long o = t.typedAt;
        Setup s = setup(t, hops);
        List<RequestTiming> timings = new ArrayList<>();
        List<Request> requests = requests(t, hops);
        for (int i = 0; i < requests.size(); i++) {
            Request r = requests.get(i);
            RequestTiming timing = new RequestTiming(i, r.target(), r.queuedAt() - o, r.sentAt() - o,
                    r.firstByteAt() - o, r.completeAt() - o, 1);
            timings.add(i > 0 ? timing : timing.withSetup(new ConnectionSetup(s.dnsStart() - o, s.dnsEnd() - o,
                    s.connectStart() - o, s.connectEnd() - o, s.tlsStart() < 0 ? -1 : s.tlsStart() - o,
                    s.tlsEnd() < 0 ? -1 : s.tlsEnd() - o)));
        }
        return Waterfall.of(JourneyZones.SITE + ": " + title, timings);
    }

    static TcpSegment segment(JourneyWire.Hop h) {
        Datagram d = Datagram.of(h.frame());
        return d == null || d.protocol() != IpProtocol.TCP ? null
                : TcpSegment.decode(d.ip(), d.transportOffset(), d.transportLength());
    }
}
