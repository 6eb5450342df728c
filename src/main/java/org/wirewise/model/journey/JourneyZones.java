package org.wirewise.model.journey;

import java.util.List;
import org.wirewise.model.dns.Rdata;
import org.wirewise.model.dns.RecordType;
import org.wirewise.model.dns.ResourceRecord;
import org.wirewise.model.dns.Zone;
import org.wirewise.model.dns.Zones;

/**
 * The zones the journey resolves through: the DNS lessons' root and com. as they are, and an
 * example.com. whose shop is the site's load balancer (five minutes' TTL, as the web server's).
 */
final class JourneyZones {

    static final String SITE = "shop.example.com";
    static final long SITE_TTL = 300;

    private JourneyZones() {
    }

    static List<Zone> all() {
        return List.of(Zones.root(), Zones.com(), new Zone("example.com", List.of(
                ResourceRecord.in("example.com", RecordType.SOA, 3600, new Rdata.Soa("ns1.example.com",
                        "hostmaster.example.com", 2026120601, 7200, 3600, 1_209_600, 300)),
                ResourceRecord.in("example.com", RecordType.NS, 86_400, new Rdata.Target("ns1.example.com")),
                ResourceRecord.in("ns1.example.com", RecordType.A, 86_400, Rdata.Address.of(Zones.EXAMPLE_SERVER)),
                site())));
    }

    /** shop.example.com's address record: the balancer's virtual address. */
    static ResourceRecord site() {
        return ResourceRecord.in(SITE, RecordType.A, SITE_TTL, Rdata.Address.of(JourneyNetwork.VIP.getHostAddress()));
    }
}
