package org.wirewise.model.dns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.wirewise.model.net.Datagram;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Packet;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.packet.UdpDatagram;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;

/**
 * The DNS lesson's trace: one packet per datagram from the host that sent it to the host it
 * reached (the routers and the switch in between are not lanes), a step each time a DNS process
 * has read a message, and the four caches' contents with their remaining TTLs in every step.
 */
final class DnsSteps {

    /** Where a datagram began: its sender's lane, when, and the frame as sent. */
    private record Origin(String lane, long start, byte[] frame) {
    }

    private final TraceBuilder trace;
    private final DnsNetwork net;
    private final DnsNarration n;
    private final Map<Packet, Origin> origins = new IdentityHashMap<>();
    private final Map<String, Integer> lastArrival = new HashMap<>();
    private final List<Table.Row> timings = new ArrayList<>();
    private List<Measurement> measurements = List.of();
    private final List<String> wheres = new ArrayList<>();
    private boolean fromCache;
    /** During the current lookup: servers the resolver asked, and whether it answered from its cache. */
    private int upstream;
    private boolean resolverHit;
    private Lookup current;
    /** Why the current lookup happens: said in its first step. */
    private String pendingWhy;
    private int currentIndex;
    private long lastStep;

    DnsSteps(TraceBuilder trace, DnsNetwork net, DnsNarration n) {
        this.trace = trace;
        this.net = net;
        this.n = n;
    }

    void transmission(Transmission t) {
        if (t.from().node() instanceof HostNode) {
            origins.put(t.packet(), new Origin(t.from().node().name(), t.start(), t.packet().frame()));
        }
        if (!(t.to().node() instanceof HostNode)) {
            return;
        }
        if (!((HostNode) t.to().node()).owns(Datagram.of(t.packet().frame()).destination())) {
            return; // a switch flooding a frame it has no port for yet: not this host's packet
        }
        Packet p = t.packet();
        while (p != null && !origins.containsKey(p)) {
            p = p.cause();
        }
        if (p == null) {
            return;
        }
        Origin o = origins.get(p);
        int id = trace.packet(o.lane(), t.to().node().name(), o.start(), t.arrival(), t.fate(), label(o.frame()),
                o.frame());
        lastArrival.put(t.to().node().name(), id);
    }

    /** The diagram's label: the DNS message it carries, or the TCP flags of a segment without one. */
    private String label(byte[] frame) {
        Datagram d = Datagram.of(frame);
        byte[] ip = d.ip();
        if (d.protocol() == IpProtocol.UDP) {
            UdpDatagram u = UdpDatagram.decode(ip, d.transportOffset(), d.transportLength());
            return decoded(u.payload(), false);
        }
        TcpSegment seg = TcpSegment.decode(ip, d.transportOffset(), d.transportLength());
        return seg.payloadLength() > 2 ? decoded(seg.payload(), true) : TcpFlags.names(seg.flags());
    }

    private String decoded(byte[] payload, boolean tcp) {
        try {
            return n.label(tcp ? DnsReader.decodeFromTcp(payload) : DnsReader.decode(payload), tcp);
        } catch (DnsFormatException e) {
            return "DNS?";
        }
    }

    void intro() {
        step(n.introTitle(), n.intro(), n.introReferences(), -1);
    }

    void lookupStarts(int index, Lookup l) {
        current = l;
        currentIndex = index;
        measurements = List.of();
        upstream = 0;
        resolverHit = false;
        pendingWhy = n.why(index, l);
    }

    void fromCache() {
        fromCache = true;
    }

    /** A DNS process on {@code lane} has read {@code m}. */
    void received(String lane, DnsMessage m, boolean overTcp) {
        boolean hit = fromCache;
        fromCache = false;
        resolverHit |= hit && upstream == 0; // the TCP retry of an answer just fetched is not a cache answer
        boolean client = lane.equals(DnsNetwork.LAPTOP) || lane.equals(DnsNetwork.PHONE);
        if (client && m.response() && !m.truncated()) {
            return; // the answer's step is the lookup's end, made when the stub handed it over
        }
        if (!m.response() && !client && !lane.equals(DnsNetwork.RESOLVER)) {
            upstream++;
        }
        DnsNarration.Said said = n.received(current, lane, m, overTcp, hit);
        step(said.title(), said.text(), said.references(), lastArrival.getOrDefault(lane, -1));
    }

    void lookupEnds(int index, Lookup l, StubResolver.Result r) {
        long took = r.answeredAt() - r.startedAt();
        String where = n.source(r, upstream, resolverHit);
        wheres.add(where);
        measurements = List.of(new Measurement(n.measurementLabel(r), l.client(), r.startedAt(), r.answeredAt()));
        timings.add(Table.Row.of(Integer.toString(index + 1), l.client(), n.question(l.question()), where,
                n.millis(took)));
        if (r.source() != StubResolver.Source.NETWORK) {
            DnsNarration.Said said = n.cached(l, r);
            step(said.title(), said.text(), said.references(), -1);
        } else {
            // the network answer's step was made when the stub read it; its measurement belongs there too
            step(n.answerTitle(l, r), n.answered(l, r, upstream, resolverHit), n.answeredReferences(r),
                    lastArrival.getOrDefault(l.client(), -1));
        }
    }

    Trace summary(List<StubResolver.Result> results) {
        measurements = List.of();
        // after the last packet, not after the TCP connection's TIME-WAIT, which sends nothing
        long end = Math.max(lastStep, trace.packet(trace.packetCount() - 1).arrivesAt());
        trace.step(end, n.summaryTitle(), n.summary(results, wheres), List.of("RFC 1034 §5.3.3", "RFC 2308 §5"), -1,
                snapshot(end));
        return trace.build();
    }

    private void step(String title, String text, List<String> refs, int packet) {
        String said = pendingWhy == null ? text : pendingWhy + " " + text;
        String heading = pendingWhy == null ? title : n.lookupTitle(currentIndex, title);
        pendingWhy = null;
        lastStep = net.network.now();
        trace.step(lastStep, heading, said, refs, packet, snapshot());
    }

    private Snapshot snapshot() {
        return snapshot(net.network.now());
    }

    private Snapshot snapshot(long now) {
        String focus = current == null ? "" : DnsName.display(current.question().name());
        List<Table> tables = List.of(
                cache(DnsResolutionSimulator.BROWSER_CACHE, n.cacheTitle("browser"), net.laptop.browserCache(), now,
                        focus),
                cache(DnsResolutionSimulator.OS_CACHE, n.cacheTitle("os"), net.laptop.osCache(), now, focus),
                cache(DnsResolutionSimulator.PHONE_CACHE, n.cacheTitle("phone"), net.phone.osCache(), now, focus),
                cache(DnsResolutionSimulator.RESOLVER_CACHE, n.cacheTitle("resolver"), net.resolver.cache(), now,
                        focus),
                new Table(DnsResolutionSimulator.TIMINGS, n.timingsTitle(), n.timingsColumns(), timings));
        return new Snapshot(List.of(), measurements, tables);
    }

    private Table cache(org.wirewise.model.trace.TableKey key, String title, DnsCache cache, long now, String focus) {
        List<Table.Row> rows = cache.lines(now).stream().map(l -> new Table.Row(List.of(l.name(), l.type(), l.data(),
                l.secondsLeft() + " s"), l.name().equals(focus))).toList();
        return new Table(key, title, n.cacheColumns(), rows);
    }
}
