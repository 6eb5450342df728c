package org.wirewise.model.latency;

import java.util.ArrayList;
import java.util.List;

/**
 * The time to fetch one page over HTTPS, part by part, from round trips, bandwidth and TCP's slow
 * start. Every switch of {@link LatencyBudgetScenario} changes one input; the parts follow.
 */
public final class PageLoad {

    /**
     * The parts of a page's time, in the order they happen; their names, in each language, are in the
     * lesson's bundle (part.NAME) and, for the view's legend, in latency-views.
     */
    public enum Part {
        DNS, TCP, TLS, REQUEST, SERVER, TRANSFER, OBJECTS
    }

    /** One part and its milliseconds. */
    public record Segment(Part part, double ms) {
    }

    /** RFC 6928's initial window: ten segments of 1,460 bytes. */
    static final int INITIAL_WINDOW_SEGMENTS = 10;
    static final int MSS = 1460;
    /** Text shrinks about four-fold with gzip or Brotli (HTML, CSS, JavaScript); images are compressed already. */
    public static final double TEXT_COMPRESSION = 4;
    /** Connections per host an HTTP/1.1 browser opens. */
    public static final int HTTP1_CONNECTIONS = 6;
    /** A cache lookup in memory near the server. */
    public static final double CACHE_MS = 1;

    private PageLoad() {
    }

    /** The page's time as parts, for a scenario with the switches it has. */
    public static List<Segment> parts(LatencyBudgetScenario s) {
        double rtt = s.closer() ? s.edgeRttMs() : s.rttMs();
        double rate = s.bandwidthMbps() * 1e6 / 8; // bytes per second
        double tlsRtts = s.zeroRtt() ? 0 : PathLatency.TLS13_RTTS;
        double handshake = s.reuse() ? 0 : (PathLatency.TCP_WAIT_RTTS + tlsRtts) * rtt;
        List<Segment> parts = new ArrayList<>();
        parts.add(new Segment(Part.DNS, s.reuse() ? 0 : s.dnsMs()));
        parts.add(new Segment(Part.TCP, s.reuse() ? 0 : PathLatency.TCP_WAIT_RTTS * rtt));
        parts.add(new Segment(Part.TLS, s.reuse() ? 0 : tlsRtts * rtt));
        parts.add(new Segment(Part.REQUEST, PathLatency.HTTP_RTTS * rtt));
        // A cache answers at once; a CDN edge without the answer asks the origin over a connection it keeps open.
        double server = s.cacheHit() ? CACHE_MS : s.serverMs() + (s.closer() ? s.rttMs() : 0);
        parts.add(new Segment(Part.SERVER, server));
        double document = s.documentKb() * 1000 / (s.compression() ? TEXT_COMPRESSION : 1);
        parts.add(new Segment(Part.TRANSFER, transferMs(document, rtt, rate, !s.reuse())));
        parts.add(new Segment(Part.OBJECTS, objectsMs(s, rtt, rate, handshake)));
        return parts;
    }

    public static double totalMs(List<Segment> parts) {
        return parts.stream().mapToDouble(Segment::ms).sum();
    }

    /**
     * The objects after the document: on HTTP/2 all requested at once on the open connection (one
     * round trip, then every byte); on HTTP/1.1 one at a time per connection, on one connection or
     * on six, each extra connection paying its own handshakes. Objects are half text, so
     * compression halves their shrinkage. The connection's window has grown with the document.
     */
    static double objectsMs(LatencyBudgetScenario s, double rtt, double rate, double handshakeMs) {
        if (s.objects() == 0) {
            return 0;
        }
        double each = s.objectKb() * 1000 / (s.compression() ? (1 + TEXT_COMPRESSION) / 2 : 1);
        double all = each * s.objects();
        if (s.http2()) {
            return rtt + all / rate * 1000;
        }
        if (s.parallel()) {
            long rounds = (s.objects() + HTTP1_CONNECTIONS - 1) / HTTP1_CONNECTIONS;
            return handshakeMs + rounds * rtt + all / rate * 1000;
        }
        return s.objects() * rtt + all / rate * 1000;
    }

    /**
     * Time to deliver {@code bytes} after the first response byte's round trip: a new connection
     * starts at the initial window and doubles it each round trip (slow start) until the window
     * covers the path's bandwidth-delay product; then bytes flow at the bottleneck rate.
     */
    static double transferMs(double bytes, double rttMs, double rate, boolean newConnection) {
        double serialise = bytes / rate * 1000;
        if (!newConnection) {
            return serialise;
        }
        double bdp = rate * rttMs / 1000;
        double window = INITIAL_WINDOW_SEGMENTS * MSS;
        double sent = 0;
        int waits = 0;
        while (sent + window < bytes && window < bdp) {
            sent += window;
            window *= 2;
            waits++;
        }
        return waits * rttMs + serialise;
    }
}
