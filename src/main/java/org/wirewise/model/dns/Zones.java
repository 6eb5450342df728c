package org.wirewise.model.dns;

import java.util.List;

/**
 * The three zones the DNS lessons resolve through, as data: the root (with the real a.root-servers.net
 * and a.gtld-servers.net addresses), {@code com.}, and {@code example.com.} (RFC 2606's example
 * domain, its hosts in RFC 5737/3849 documentation ranges). TTLs are the ones these zones use:
 * two days for delegations, five minutes for the web server.
 */
public final class Zones {

    public static final String ROOT_SERVER = "198.41.0.4";
    public static final String TLD_SERVER = "192.5.6.30";
    public static final String EXAMPLE_SERVER = "192.0.2.53";
    /** The CNAME and negative-answer examples the lesson asks for. */
    public static final String ALIAS = "shop.example.com.";
    public static final String MISSING = "nosuch.example.com.";
    public static final String BIG_TXT = "example.com.";
    private static final long DELEGATION_TTL = 172_800;

    private Zones() {
    }

    public static Zone root() {
        return new Zone(DnsName.ROOT, List.of(
                soa(".", "a.root-servers.net", "nstld.verisign-grs.com", 2026120600, 86400),
                rr(".", RecordType.NS, 518_400, new Rdata.Target("a.root-servers.net")),
                rr("a.root-servers.net", RecordType.A, 518_400, Rdata.Address.of(ROOT_SERVER)),
                rr("com", RecordType.NS, DELEGATION_TTL, new Rdata.Target("a.gtld-servers.net")),
                rr("a.gtld-servers.net", RecordType.A, DELEGATION_TTL, Rdata.Address.of(TLD_SERVER))));
    }

    public static Zone com() {
        return new Zone("com", List.of(
                soa("com", "a.gtld-servers.net", "nstld.verisign-grs.com", 1765000000, 900),
                rr("com", RecordType.NS, DELEGATION_TTL, new Rdata.Target("a.gtld-servers.net")),
                rr("example.com", RecordType.NS, DELEGATION_TTL, new Rdata.Target("ns1.example.com")),
                // glue: ns1.example.com lives inside the zone it serves, so the parent must give its address
                rr("ns1.example.com", RecordType.A, DELEGATION_TTL, Rdata.Address.of(EXAMPLE_SERVER))));
    }

    public static Zone example() {
        return new Zone("example.com", List.of(
                soa("example.com", "ns1.example.com", "hostmaster.example.com", 2026120601, 300),
                rr("example.com", RecordType.NS, 86_400, new Rdata.Target("ns1.example.com")),
                rr("ns1.example.com", RecordType.A, 86_400, Rdata.Address.of(EXAMPLE_SERVER)),
                rr("example.com", RecordType.A, 300, Rdata.Address.of("192.0.2.10")),
                rr("www.example.com", RecordType.A, 300, Rdata.Address.of("192.0.2.10")),
                rr("www.example.com", RecordType.AAAA, 300, Rdata.Address.of("2001:db8::10")),
                rr(ALIAS, RecordType.CNAME, 600, new Rdata.Target("www.example.com")),
                rr("example.com", RecordType.MX, 3600, new Rdata.Mx(10, "mail.example.com")),
                rr("mail.example.com", RecordType.A, 3600, Rdata.Address.of("192.0.2.25")),
                // what a busy domain's apex collects: SPF, site verifications, a DKIM-sized key
                rr(BIG_TXT, RecordType.TXT, 3600, new Rdata.Txt(List.of("v=spf1 ip4:192.0.2.0/24 "
                        + "include:_spf.mail.example.net include:servers.example.org -all"))),
                rr(BIG_TXT, RecordType.TXT, 3600, new Rdata.Txt(List.of(
                        "google-site-verification=Zk3vQ8m1pX7aL2cT9bR4wE6yH0uJ5nD3sF8gK1qV7xM"))),
                rr(BIG_TXT, RecordType.TXT, 3600, new Rdata.Txt(List.of(
                        "MS=ms48213907", "apple-domain-verification=Q2w9E4r7T1y6U3i8O5p0"))),
                rr(BIG_TXT, RecordType.TXT, 3600, new Rdata.Txt(List.of("v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQ"
                        + "EFAAOCAQ8AMIIBCgKCAQEAwYv5r0tq2Q8u7m3n1b6c9x4z2a8s5d7f1g3h6j9k2l4p0o8i7u5y3t1r9e6w4q2m1n0b8v",
                        "7c5x3z1a9s8d6f4g2h0j8k6l4p2o0i9u7y5t3r1e9w7q5m3n1b9v7c5x3z1a9s8d6f4g2h0j8k6l4p2o0i9u7y5t3r1e9w"
                        + "7q5m3n1b9v7c5x3z1a9s8d6f4g2h0j8k6l4p2o0i9u7y5t3r1e9w7q5IDAQAB")))));
    }

    public static List<Zone> all() {
        return List.of(root(), com(), example());
    }

    private static ResourceRecord rr(String name, RecordType type, long ttl, Rdata data) {
        return ResourceRecord.in(name, type, ttl, data);
    }

    private static ResourceRecord soa(String zone, String mname, String rname, long serial, long minimum) {
        return rr(zone, RecordType.SOA, 3600, new Rdata.Soa(mname, rname, serial, 7200, 3600, 1_209_600, minimum));
    }
}
