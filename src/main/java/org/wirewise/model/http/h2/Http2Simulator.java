package org.wirewise.model.http.h2;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.sim.Link;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.transport.ClientServer;

/**
 * The http2 lesson: a browser loads a page over one HTTP/2 connection (h2c on port 80 or h2 over
 * TLS with ALPN): the HTML, then a stylesheet, a script and an image at once on three streams
 * whose DATA interleaves and stalls on a small window until WINDOW_UPDATE; the browser cancels
 * the image with RST_STREAM, and the server, reloaded, says GOAWAY.
 */
public final class Http2Simulator {

    public static final String LESSON_ID = "http2";
    /** The header block of the step's HEADERS frame, field by field, as its sender's encoder chose. */
    public static final TableKey HEADER_BLOCK = TableKey.of("http2-header-block");
    /** The dynamic table of the encoder that sent the latest header block. */
    public static final TableKey HPACK_TABLE = TableKey.of("http2-hpack-table");
    /** Every stream so far: path, state, the server's send window, octets received. */
    public static final TableKey STREAMS = TableKey.of("http2-streams");
    /** HTTP/1.1 header octets against HPACK octets, per request. */
    public static final TableKey SAVINGS = TableKey.of("http2-hpack-savings");
    /** A frame strip: the frames each side has sent so far, stream by stream. */
    public static final TableKey FRAMES = TableKey.of("http2-frames");

    /** One frame as it crossed the cable. */
    record Wire(boolean toServer, long sentAt, long arrivesAt, Link.Fate fate, byte[] bytes) {
    }

    private final Http2Scenario s;
    private final ClientServer net;
    private final H2Rig rig;
    private final List<Wire> wires = new ArrayList<>();
    private final List<H2Client.Completion> completions = new ArrayList<>();
    private long assetsSentAt = -1;

    public static Trace simulate(Http2Scenario scenario) {
        return simulate(scenario, Locale.ENGLISH);
    }

    /** The lesson with its texts in {@code language}; the packets and numbers are the same in every language. */
    public static Trace simulate(Http2Scenario scenario, Locale language) {
        return new Http2Simulator(scenario).run(language);
    }

    private Http2Simulator(Http2Scenario scenario) {
        this.s = scenario;
        this.net = new ClientServer(scenario.seed(), scenario.rttMs(), 100, 1000);
        this.rig = new H2Rig(net, scenario.security(), scenario.seed(),
                Settings.BROWSER.withInitialWindowSize(scenario.windowKiB() * 1024), Settings.SERVER, Http2Site::respond);
        net.network.observe(this::record);
    }

    /** "https" over TLS, "http" for h2c. */
    String scheme() {
        return s.security() == H2Rig.Security.TLS ? "https" : "http";
    }

    private Trace run(Locale language) {
        H2Client client = rig.client();
        var sim = net.network.simulation();
        long rtt = SimTime.millis(s.rttMs());
        client.fetch(List.of(Http2Site.request(Http2Site.PAGE, scheme())), page -> {
            completions.addAll(page);
            assetsSentAt = sim.now();
            client.fetch(Http2Site.ASSETS.stream().map(r -> Http2Site.request(r, scheme())).toList(), assets -> {
                completions.addAll(assets);
                // the server is reloaded a round trip later: a graceful GOAWAY (§6.8)
                sim.schedule(rtt, () -> rig.server().ifPresent(server -> server.goaway(ErrorCode.NO_ERROR, "reload")));
            });
            int image = client.connection().streams().get(client.connection().streams().size() - 1).id();
            // the user scrolls past the hero image before it arrives: the browser cancels it
            sim.schedule(rtt + rtt / 2, () -> client.cancel(image));
        });
        rig.connect();
        sim.runUntil(SimTime.seconds(60));
        return new Http2Steps(s, new Http2Narration(s, scheme(), language), rig, wires, completions, assetsSentAt).build();
    }

    private void record(Transmission t) {
        if (EthernetFrame.decode(t.packet().frame()).etherType() == EtherType.IPV4) {
            wires.add(new Wire(t.to().node() == net.server, t.start(), t.arrival(), t.fate(), t.packet().frame()));
        }
    }

    ClientServer network() {
        return net;
    }
}
