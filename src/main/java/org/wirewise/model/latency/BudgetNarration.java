package org.wirewise.model.latency;

import static org.wirewise.model.latency.LatencyText.ms;

import java.util.Locale;

/** Every sentence of the latency budget. */
public final class BudgetNarration {

    private BudgetNarration() {
    }

    public static String baselineTitle(double totalMs) {
        return "Nothing optimised: " + ms(totalMs);
    }

    public static String baseline(LatencyBudgetScenario s, double totalMs) {
        return "One page over HTTPS from an origin " + ms(s.rttMs()) + " away, at " + number(s.bandwidthMbps())
                + " Mb/s: a DNS lookup (" + ms(s.dnsMs()) + "), TCP's handshake and TLS 1.3's (one round trip each), "
                + "the request's round trip, " + ms(s.serverMs()) + " of server time, the " + s.documentKb()
                + " KB document (slow start: a new connection sends ten segments, then doubles each round trip, "
                + "RFC 6928), then " + s.objects() + " objects of " + s.objectKb() + " KB one at a time on the "
                + "same HTTP/1.1 connection. Total " + ms(totalMs) + ": most of it is waiting for round trips, not "
                + "bytes.";
    }

    public static String switchTitle(Switch w, double beforeMs, double afterMs) {
        return w.label() + ": " + ms(beforeMs) + " → " + ms(afterMs);
    }

    public static String what(Switch w, LatencyBudgetScenario s) {
        return switch (w) {
            case CLOSER -> "A CDN edge " + ms(s.edgeRttMs()) + " away ends the connection: every handshake and "
                    + "request round trip shrinks from " + ms(s.rttMs()) + ". On a miss the edge still asks the origin, "
                    + "over a connection it keeps open, so the server time grows by one origin round trip.";
            case REUSE -> "A connection already open (keep-alive, a client pool) skips DNS, TCP's and TLS's handshakes, "
                    + "and its window has already grown, so the document is not held back by slow start.";
            case ZERO_RTT -> "TLS 1.3 resumption with early data (RFC 8446 §2.3) sends the request in the first "
                    + "flight, saving TLS's round trip; early data can be replayed, so only safe, idempotent "
                    + "requests should use it.";
            case HTTP2 -> "HTTP/2 (RFC 9113) asks for all " + s.objects() + " objects at once on one connection: one "
                    + "round trip and the bytes, instead of a round trip each.";
            case COMPRESSION -> "gzip or Brotli shrink text about " + number(PageLoad.TEXT_COMPRESSION) + " times "
                    + "(images are compressed already, so the objects shrink less): fewer bytes, and fewer slow-start "
                    + "round trips.";
            case PARALLEL -> "HTTP/1.1 browsers open " + PageLoad.HTTP1_CONNECTIONS + " connections per host: "
                    + "objects go " + PageLoad.HTTP1_CONNECTIONS + " at a time, but each new connection pays its own "
                    + "handshakes.";
            case CACHE_HIT -> "The answer is in a cache (a CDN's or the application's): " + ms(PageLoad.CACHE_MS)
                    + " instead of " + ms(s.serverMs()) + " of server time, and no trip to the origin.";
        };
    }

    public static String effect(Switch w, LatencyBudgetScenario s, double beforeMs, double afterMs) {
        double saved = beforeMs - afterMs;
        return what(w, s) + " Alone, it takes the page from " + ms(beforeMs) + " to " + ms(afterMs)
                + (saved >= 0 ? ", saving " + ms(saved) + "." : ", " + ms(-saved) + " slower.");
    }

    public static String yoursTitle(double beforeMs, double afterMs) {
        return "Your configuration: " + ms(beforeMs) + " → " + ms(afterMs);
    }

    public static String yours(String on, double beforeMs, double afterMs) {
        return (on.isEmpty() ? "No switch is on in the parameters, so nothing changes."
                : "With " + on + " together: " + ms(afterMs) + ", " + String.format(Locale.ROOT, "%.0f", 100 * afterMs
                / beforeMs) + " % of the unoptimised " + ms(beforeMs) + ". Savings do not simply add: a connection "
                + "reused has no handshake left for 0-RTT or a nearer edge to shorten.")
                + " Turn switches on and off in the parameters to compare.";
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
