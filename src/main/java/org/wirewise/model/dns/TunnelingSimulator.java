package org.wirewise.model.dns;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;

/**
 * Part 3 of the DNS attacks lesson: a file carried out in query names through the office resolver,
 * the attacker's command carried back in TXT answers, beside the same laptop's ordinary lookups; then
 * what a detector computes from the resolver's log of the laptop's queries, per domain, and its verdict.
 */
final class TunnelingSimulator {

    private final AttacksScenario s;
    private final TunnelingNarration n;
    private final TraceBuilder trace;
    private final AttackPackets packets;

    private TunnelingSimulator(AttacksScenario s, Locale language) {
        this.s = s;
        n = new TunnelingNarration(s, language);
        trace = new TraceBuilder(AttacksSimulator.LESSON_ID, List.of(
                new Lane(Tunneling.LAPTOP, n.lane("laptop"), Tunneling.LAPTOP_IP),
                new Lane(Tunneling.RESOLVER, n.lane("officeResolver"), Tunneling.RESOLVER_IP),
                new Lane(Tunneling.AUTH, "example.com.", Zones.EXAMPLE_SERVER),
                new Lane(Tunneling.TUNNEL, DnsName.display(Tunneling.DOMAIN), Tunneling.TUNNEL_IP)));
        packets = new AttackPackets(trace, n::label);
    }

    static Trace simulate(AttacksScenario scenario, Locale language) {
        return new TunnelingSimulator(scenario, language).run();
    }

    private Trace run() {
        Tunneling net = new Tunneling(s.seed(), (int) s.fileBytes());
        net.network.observe(t -> packets.transmission(t, false));
        net.startBrowsing();
        net.startTunnel();
        net.run();

        step(0, n.introTitle(), n.intro(net.codec), List.of("RFC 1035 §2.3.4", "RFC 4648 §6"), -1, List.of());
        AttackPackets.Sent up = packets.first(p -> tunnel(p) && p.from().equals(Tunneling.LAPTOP));
        step(up.arrival(), n.upTitle(), n.up(up, net.codec), List.of("RFC 1035 §2.3.4", "RFC 1035 §3.1"), up.id(),
                List.of());
        AttackPackets.Sent forwarded = packets.first(p -> tunnel(p) && p.to().equals(Tunneling.TUNNEL));
        step(forwarded.arrival(), n.forwardedTitle(), n.forwarded(), List.of("RFC 1034 §5.3.3"), forwarded.id(),
                List.of());
        AttackPackets.Sent back = packets.first(p -> tunnel(p) && p.to().equals(Tunneling.LAPTOP));
        step(back.arrival(), n.backTitle(), n.back(back), List.of("RFC 1035 §3.3.14", "RFC 1035 §3.2.1"),
                back.id(), List.of());
        List<AttackPackets.Sent> ups = packets.all().stream().filter(p -> tunnel(p)
                && p.from().equals(Tunneling.LAPTOP)).toList();
        AttackPackets.Sent done = packets.last(p -> tunnel(p) && p.to().equals(Tunneling.LAPTOP));
        AttackPackets.Sent browsing = packets.first(p -> !tunnel(p) && p.from().equals(Tunneling.LAPTOP));
        Runnable carried = () -> step(done.arrival(), n.carriedTitle(), n.carried(net.file.length, ups.size(),
                ups.stream().mapToLong(AttackPackets.Sent::wireBytes).sum(),
                Arrays.equals(net.file, net.tunnel.received()), net.commandHeard(), done.arrival() - up.start()),
                List.of("RFC 1035 §2.3.4"), done.id(), List.of());
        Runnable normal = () -> step(browsing.arrival(), n.browsingTitle(), n.browsing(browsing),
                List.of("RFC 1034 §3.1"), browsing.id(), List.of());
        // steps in time order: a short tunnel is done before the browser's first lookup, a long one after
        (browsing.arrival() < done.arrival() ? List.of(normal, carried) : List.of(carried, normal))
                .forEach(Runnable::run);
        List<TunnelDetector.Domain> figures = TunnelDetector.analyse(packets.all().stream()
                .filter(p -> p.from().equals(Tunneling.LAPTOP) && p.to().equals(Tunneling.RESOLVER))
                .map(p -> new TunnelDetector.Query(p.arrival(), p.message().question().name())).toList());
        Table detector = new Table(AttacksSimulator.DETECTOR, n.detectorTitle(), n.detectorColumns(),
                n.detectorRows(figures));
        long end = packets.last(p -> true).arrival();
        step(end, n.detectorStepTitle(figures), n.detector(figures), List.of("RFC 1035 §2.3.4"), -1,
                List.of(detector));
        step(end, n.limitsTitle(), n.limits(), List.of("RFC 8484 §1", "RFC 7858 §1"), -1, List.of(detector));
        return trace.build();
    }

    private static boolean tunnel(AttackPackets.Sent p) {
        return DnsName.isWithin(p.message().question().name(), Tunneling.DOMAIN);
    }

    private void step(long time, String title, String text, List<String> refs, int packet, List<Table> tables) {
        trace.step(time, title, text, refs, packet, new Snapshot(List.of(), List.of(), tables));
    }
}
