package org.wirewise.model.journey;

import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirewise.model.dns.DnsObserver;
import org.wirewise.model.lb.BackendPicker;
import org.wirewise.model.lb.Layer4Balancer;
import org.wirewise.model.net.Packet;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.tls.LessonServer;
import org.wirewise.model.tls.ResumptionTicket;
import org.wirewise.model.tls.SessionTickets;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;

/**
 * "What happens when you type a URL": the laptop loads https://shop.example.com/ across one
 * network built from the lessons' devices (home NAT, recursive resolver and the three zones'
 * servers, a layer-4 load balancer, TLS 1.3 and HTTP/2 app servers, a PostgreSQL database). This
 * class writes only the glue: it builds the network, starts the servers, types the address,
 * records every frame from lane to lane and hands the run to {@link JourneySteps}.
 */
public final class JourneySimulator {

    public static final String LESSON_ID = "url-journey";
    public static final TableKey PHASES = TableKey.of("phases");
    /** The last step's what-ifs: page load times of the same seed with one thing changed. */
    public static final TableKey WHAT_IFS = JourneyWhatIfs.WHAT_IFS;
    /** When the address is typed: after the app servers' database pools have connected. */
    static final long TYPED_AT = SimTime.millis(20);
    /** Long enough for any what-if's page to finish, losses and retransmissions included. */
    private static final long RUN_LIMIT = SimTime.seconds(30);

    private JourneySimulator() {
    }

    public static Trace simulate(JourneyScenario s) {
        return simulate(s, Locale.ENGLISH);
    }

    /** The journey with every word in {@code language}; packets and times are the same in every language. */
    public static Trace simulate(JourneyScenario s, Locale language) {
        return run(s, true, language).trace();
    }

    /** How long the page took to load, from typing to the last byte, in a run without the what-ifs. */
    static long loadTime(JourneyScenario s) {
        Browser.Times t = run(s, false, Locale.ENGLISH).times();
        return t.doneAt - t.typedAt;
    }

    /** A finished run: what the browser timed, what crossed, the balancer's choice, the trace. */
    record Run(JourneyScenario scenario, Browser.Times times, List<JourneyWire.Hop> hops,
               BackendPicker.Choice choice, Trace trace) {
    }

    /**
     * @param whatIfs whether the last step also runs the what-ifs (they themselves do not)
     */
    static Run run(JourneyScenario s, boolean whatIfs, Locale language) {
        if (!s.tls().equals("resumed")) {
            return visit(s, whatIfs, null, List.of(), language).run();
        }
        // the first visit, a full TLS 1.3 handshake, earns the ticket; only the second is recorded
        SessionTickets tickets = new SessionTickets(SessionTickets.EarlyDataPolicy.REJECT);
        Visit first = visit(new JourneyScenario(s.caches(), s.siteRttMs(), s.lossPercent(), "1.3", s.http(), s.seed()),
                false, tickets, List.of(), language);
        List<ResumptionTicket> earned = first.browser().tickets();
        if (earned.isEmpty()) {
            throw new IllegalStateException("the first visit received no ticket");
        }
        return visit(s, whatIfs, tickets, earned, language).run();
    }

    private record Visit(Run run, Browser browser) {
    }

    private static Visit visit(JourneyScenario s, boolean whatIfs, SessionTickets tickets, List<ResumptionTicket> earned,
                               Locale language) {
        JourneyNetwork net = new JourneyNetwork(s, DnsObserver.NONE);
        JourneyNarration narration = new JourneyNarration(s, language);
        TraceBuilder builder = new TraceBuilder(LESSON_ID, lanes(narration));
        Map<InetAddress, String> laneOf = new LinkedHashMap<>();
        laneOf.put(JourneyNetwork.VIP, JourneyNetwork.LB);
        laneOf.put(JourneyNetwork.HOME_PUBLIC, JourneyNetwork.HOME);
        laneOf.put(JourneyNetwork.RESOLVER_IP, JourneyNetwork.RESOLVER);
        JourneyWire wire = new JourneyWire(java.util.Set.copyOf(JourneyNetwork.LANES), laneOf);
        net.network.observe(wire::observe);
        BackendPicker.Choice[] chosen = new BackendPicker.Choice[1];
        net.balancer.setListener(new Layer4Balancer.Listener() {
            @Override
            public void chose(Layer4Balancer.Flow flow, BackendPicker.Choice choice, Packet in) {
                if (chosen[0] == null) { // the page's own connection; HTTP/1.1's later ones may hash elsewhere
                    chosen[0] = choice;
                }
            }
        });
        warm(s, net);
        net.start();
        LessonServer site = LessonServer.named(s.seed(), "Example Shop", List.of(JourneyZones.SITE));
        ShopServers.database(net.host(JourneyNetwork.DB));
        String version = s.tls().equals("1.2") ? "1.2" : "1.3";
        boolean quic = s.http().equals("3");
        ShopServers.app(net.host(JourneyNetwork.APP_1), site, JourneyNetwork.DB_IP, version, tickets, quic);
        ShopServers.app(net.host(JourneyNetwork.APP_2), site, JourneyNetwork.DB_IP, version, tickets, quic);
        Browser browser = new Browser(net.host(JourneyNetwork.LAPTOP), net.stub, site, builder::secret, version, s.http(),
                earned);
        browser.navigate(TYPED_AT);
        net.network.simulation().runUntil(RUN_LIMIT);
        List<JourneyWire.Hop> hops = wire.hops();
        for (JourneyWire.Hop h : hops) {
            builder.packet(h.from(), h.to(), h.sentAt(), h.arrivesAt(), h.fate(), h.label(), h.frame());
        }
        new JourneySteps(s, browser.times(), hops, chosen[0], narration, whatIfs).record(builder);
        return new Visit(new Run(s, browser.times(), hops, chosen[0], builder.build()), browser);
    }

    /** The caches the scenario says already hold the answer, filled as a lookup a while ago would have. */
    private static void warm(JourneyScenario s, JourneyNetwork net) {
        switch (s.caches()) {
            case "resolver" -> net.resolver.cache().put(List.of(JourneyZones.site()), 0);
            case "browser" -> net.stub.browserCache().put(List.of(JourneyZones.site()), 0);
            default -> { }
        }
    }

    private static List<Lane> lanes(JourneyNarration n) {
        return List.of(
                new Lane(JourneyNetwork.LAPTOP, n.text("lane.laptop"), "192.168.1.20"),
                new Lane(JourneyNetwork.HOME, n.text("lane.home"), JourneyNetwork.HOME_PUBLIC.getHostAddress()),
                new Lane(JourneyNetwork.RESOLVER, n.text("lane.resolver"), JourneyNetwork.RESOLVER_IP.getHostAddress()),
                new Lane(JourneyNetwork.ROOT, n.text("lane.root"), org.wirewise.model.dns.Zones.ROOT_SERVER),
                new Lane(JourneyNetwork.TLD, "com.", org.wirewise.model.dns.Zones.TLD_SERVER),
                new Lane(JourneyNetwork.AUTH, "example.com.", org.wirewise.model.dns.Zones.EXAMPLE_SERVER),
                new Lane(JourneyNetwork.LB, n.text("lane.lb"), JourneyNetwork.VIP.getHostAddress()),
                new Lane(JourneyNetwork.APP_1, n.text("lane.app1"), "10.0.0.11"),
                new Lane(JourneyNetwork.APP_2, n.text("lane.app2"), "10.0.0.12"),
                new Lane(JourneyNetwork.DB, n.text("lane.db"), JourneyNetwork.DB_IP.getHostAddress()));
    }
}
