package org.wirewise.model.journey.region;

import java.net.InetAddress;
import java.util.List;
import org.wirewise.model.dns.DnsClient;
import org.wirewise.model.dns.DnsMessage;
import org.wirewise.model.dns.DnsObserver;
import org.wirewise.model.dns.RecordType;
import org.wirewise.model.dns.Rdata;
import org.wirewise.model.dns.ResourceRecord;
import org.wirewise.model.lb.HttpHead;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Packet;
import org.wirewise.model.net.Process;
import org.wirewise.model.sim.SimTime;

/**
 * A user in one city, with its ISP's resolver in the same place: it opens the shop every
 * {@link #VISIT_EVERY}, looking the name up only when the resolver's cached answer has run out (its
 * TTL), and goes wherever that answer points. A request unanswered after {@link #DEADLINE} is given up
 * and tried again {@link #RETRY_AFTER} later, as a user reloading. The first visit also fetches the
 * page's script from the CDN edge; one visit may be a write instead of a read.
 */
final class RegionUser extends Process {

    static final long VISIT_EVERY = SimTime.seconds(10);
    static final long DEADLINE = SimTime.seconds(2);
    static final long RETRY_AFTER = SimTime.seconds(1);

    /** What a visit asked for. */
    enum Kind { PAGE, STATIC, WRITE }

    /** What the simulator hears. */
    interface Listener {
        /** The resolver got GeoDNS's answer (carried by trace packet {@code packetId}). */
        void looked(RegionUser user, DnsMessage answer, Region region, int packetId);

        void visited(RegionUser user, Kind kind, Region region, Fetch.Result result);
    }

    private final DnsClient dns;
    private final InetAddress dnsServer;
    private final InetAddress cdnEdge;
    private final long until;
    private final Listener listener;
    private Region cached;
    private long expiresAt = -1;
    private long writeAt = Long.MAX_VALUE;
    private boolean first = true;

    RegionUser(HostNode host, InetAddress dnsServer, InetAddress cdnEdge, long until, Listener listener) {
        super(host, "browser");
        this.dns = new DnsClient(host, DnsObserver.NONE);
        this.dnsServer = dnsServer;
        this.cdnEdge = cdnEdge;
        this.until = until;
        this.listener = listener;
    }

    /** The first visit at or after {@code time} is a write. */
    void writeAt(long time) {
        writeAt = time;
    }

    /** The region the resolver's cached answer names, or null before the first answer. */
    Region cachedRegion() {
        return cached;
    }

    /** When the cached answer runs out. */
    long expiresAt() {
        return expiresAt;
    }

    @Override
    protected void onStart() {
        visit();
    }

    private void visit() {
        if (cached != null && now() < expiresAt) {
            request();
            return;
        }
        DnsMessage query = DnsMessage.query(dns.nextId(), new DnsMessage.Question(GeoDnsServer.NAME, RecordType.A),
                false, GeoDnsServer.EDNS_SIZE);
        dns.ask(dnsServer, query, reply -> {
            Packet carrying = host().network().delivering();
            List<ResourceRecord> a = reply.message().answers();
            if (a.isEmpty() || !(a.get(0).data() instanceof Rdata.Address address)) {
                after(RETRY_AFTER, this::visit);
                return;
            }
            cached = regionOf(address.address());
            expiresAt = now() + SimTime.seconds(a.get(0).ttl());
            listener.looked(this, reply.message(), cached, carrying == null ? -1 : carrying.traceId());
            request();
        });
    }

    private void request() {
        Region region = cached;
        boolean write = now() >= writeAt;
        if (write) {
            writeAt = Long.MAX_VALUE;
        }
        Kind kind = write ? Kind.WRITE : Kind.PAGE;
        byte[] bytes = write ? HttpHead.request("POST", GeoDnsServer.NAME, "/cart", List.of(), "item=42")
                : HttpHead.request("GET", GeoDnsServer.NAME, "/", List.of(), "");
        Fetch.send(host(), region.vip(), bytes, DEADLINE, result -> {
            listener.visited(this, kind, region, result);
            long next = result.ok() ? VISIT_EVERY : RETRY_AFTER;
            if (now() + next < until) {
                after(next, this::visit);
            }
        });
        if (first) {
            first = false;
            byte[] script = HttpHead.request("GET", "static." + GeoDnsServer.NAME, "/app.js", List.of(), "");
            Fetch.send(host(), cdnEdge, script, DEADLINE, result -> listener.visited(this, Kind.STATIC, null, result));
        }
    }

    static Region regionOf(InetAddress address) {
        for (Region r : Region.values()) {
            if (r.vip().equals(address)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no region has " + address);
    }
}
