package org.wirewise.model.journey;

import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;

/**
 * The seed's optimisations as milliseconds: the same journey, same seed, run again with one thing
 * changed (the DNS answer already cached by the resolver or by the browser, the site served from a
 * CDN edge nearby, a lossy last mile, TLS 1.2 or a resumed TLS 1.3 session, HTTP/1.1's connections, HTTP/2's one,
 * HTTP/3 over QUIC), each page load time set against this run's (negative: a loss).
 * Each is also a parameter, so the window's A/B compare shows any two side by side.
 */
final class JourneyWhatIfs {

    static final TableKey WHAT_IFS = TableKey.of("what-ifs");
    /** A CDN edge in the user's metro area: a round trip of this many milliseconds. */
    static final double EDGE_RTT_MS = 15;
    /** The lossy last mile's loss, each way. */
    static final double LOSSY_PERCENT = 2;

    private record Variant(String name, JourneyScenario scenario) {
    }

    private JourneyWhatIfs() {
    }

    /** The table of what-ifs for {@code s}, whose own page load took {@code loadNanos}, in {@code n}'s words. */
    static Table table(JourneyScenario s, long loadNanos, JourneyNarration n) {
        List<Variant> variants = new ArrayList<>(List.of(
                new Variant(n.text("whatIfs.resolver"), new JourneyScenario("resolver", s.siteRttMs(),
                        s.lossPercent(), s.tls(), s.http(), s.seed())),
                new Variant(n.text("whatIfs.browser"), new JourneyScenario("browser", s.siteRttMs(),
                        s.lossPercent(), s.tls(), s.http(), s.seed())),
                new Variant(n.text("whatIfs.edge", Long.toString(Math.round(EDGE_RTT_MS))),
                        new JourneyScenario(s.caches(), EDGE_RTT_MS, s.lossPercent(), s.tls(), s.http(), s.seed())),
                new Variant(n.text("whatIfs.lossy", Long.toString(Math.round(LOSSY_PERCENT))), new JourneyScenario(s.caches(), s.siteRttMs(),
                        LOSSY_PERCENT, s.tls(), s.http(), s.seed()))));
        String http1 = n.text("whatIfs.http1", Integer.toString(Http1Browsing.PER_HOST));
        if (s.http().equals("3")) {
            // one thing changed per row: QUIC carries a full TLS 1.3 handshake only, so TLS 1.2 and resumption
            // are not what-ifs of an HTTP/3 run; HTTP/2 and HTTP/1.1 over the same TLS 1.3 are
            variants.add(new Variant("HTTP/2", withHttp(s, "1.3", "2")));
            variants.add(new Variant(http1, withHttp(s, "1.3", "1.1")));
        } else {
            variants.add(new Variant("TLS 1.3", withHttp(s, "1.3", s.http())));
            variants.add(new Variant("TLS 1.2", withHttp(s, "1.2", s.http())));
            variants.add(new Variant(n.text("tls.version.resumed"), withHttp(s, "resumed", s.http())));
            variants.add(new Variant("HTTP/2", withHttp(s, s.tls(), "2")));
            variants.add(new Variant(http1, withHttp(s, s.tls(), "1.1")));
            // from a TLS 1.2 or resumed run HTTP/3 changes the TLS too: the name says so
            variants.add(new Variant(n.text(s.tls().equals("1.3") ? "whatIfs.h3" : "whatIfs.h3tls"),
                    withHttp(s, "1.3", "3")));
        }
        List<Table.Row> rows = new ArrayList<>();
        rows.add(Table.Row.emphasis(n.text("whatIfs.thisRun"), n.millis(loadNanos), ""));
        for (Variant v : variants) {
            if (v.scenario().equals(s)) {
                continue; // this run already is that what-if
            }
            long load = JourneySimulator.loadTime(v.scenario());
            long saved = loadNanos - load;
            rows.add(Table.Row.of(v.name(), n.millis(load), saved >= 0 ? n.millis(saved) : "\u2212" + n.millis(-saved)));
        }
        return new Table(WHAT_IFS, n.text("whatIfs.title"), List.of(n.text("whatIfs.whatIf"), n.text("whatIfs.load"),
                n.text("whatIfs.saved")), rows);
    }

    private static JourneyScenario withHttp(JourneyScenario s, String tls, String http) {
        return new JourneyScenario(s.caches(), s.siteRttMs(), s.lossPercent(), tls, http, s.seed());
    }
}
