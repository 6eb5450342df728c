package org.wirewise.model.journey.region;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.wirewise.model.dns.DnsMessage;
import org.wirewise.model.dns.DnsName;
import org.wirewise.model.dns.DnsObserver;
import org.wirewise.model.dns.DnsServer;
import org.wirewise.model.dns.RecordType;
import org.wirewise.model.dns.Rdata;
import org.wirewise.model.dns.ResourceRecord;
import org.wirewise.model.latency.City;
import org.wirewise.model.net.HostNode;

/**
 * The shop's authoritative name server with latency-based routing: it looks up where the asking
 * resolver is (by its source address, as a geo-IP database does; it never sees the user) and answers
 * the A query for {@link #NAME} with the virtual address of the region the fibre model puts nearest,
 * among those its health checker still counts as serving, with the configured TTL (with none serving,
 * the nearest of all, as Route 53 fails open). Other names get NXDOMAIN.
 */
final class GeoDnsServer extends DnsServer {

    static final String NAME = "shop.example.com";
    /** The EDNS(0) size it advertises back (the DNS flag day's 1232 bytes). */
    static final int EDNS_SIZE = 1232;

    private final RegionNetwork net;
    private final Health health;
    private final long ttlSeconds;

    GeoDnsServer(HostNode host, RegionNetwork net, Health health, long ttlSeconds) {
        super(host, "geodns", DnsObserver.NONE);
        this.net = net;
        this.health = health;
        this.ttlSeconds = ttlSeconds;
    }

    /** A region's round trip from a city as the routing policy measures it: metro access and fibre, both ways. */
    static long rtt(City from, Region to) {
        return 2 * (RegionNetwork.METRO + RegionNetwork.fibre(from, to.city()));
    }

    /** The serving region with the shortest round trip from {@code city}, or empty when none is serving. */
    static java.util.Optional<Region> nearest(City city, java.util.function.Predicate<Region> serving) {
        List<Region> candidates = new ArrayList<>();
        for (Region r : Region.values()) {
            if (serving.test(r)) {
                candidates.add(r);
            }
        }
        return candidates.stream().min(java.util.Comparator.comparingLong(r -> rtt(city, r)));
    }

    /** The nearest serving region; with none serving, the nearest of all (Route 53 fails open). */
    java.util.Optional<Region> choose(City city) {
        return nearest(city, health::serving).or(() -> nearest(city, r -> true));
    }

    @Override
    protected void answer(DnsMessage query, InetAddress client, Consumer<DnsMessage> send) {
        DnsMessage.Question q = query.question();
        String user = net.owner.get(client);
        List<ResourceRecord> opt = query.ednsSize().isPresent() ? List.of(ResourceRecord.opt(EDNS_SIZE)) : List.of();
        java.util.Optional<Region> region = user == null || !q.name().equals(DnsName.canonical(NAME))
                || q.type() != RecordType.A ? java.util.Optional.empty() : choose(net.userCity.get(user));
        if (region.isEmpty()) {
            send.accept(DnsMessage.reply(query, true, false, DnsMessage.Rcode.NXDOMAIN, List.of(), List.of(), opt));
            return;
        }
        ResourceRecord a = ResourceRecord.in(NAME, RecordType.A, ttlSeconds, new Rdata.Address(region.get().vip()));
        send.accept(DnsMessage.reply(query, true, false, DnsMessage.Rcode.NOERROR, List.of(a), List.of(), opt));
    }
}
